// The allocator: turns free resources into offers by weighted hierarchical DRF (see README.md).
export { HierarchicalAllocator } from './hierarchical.js';
export { AllocationLoop, type AllocationLoopOptions, type AllocationTarget } from './allocation-loop.js';
export type {
  AllocationUse,
  AllocatorOptions,
  AllocatorStats,
  FrameworkAllocationInfo,
  OfferDecision,
  ResourceTotals,
  RoleQuotaStatus,
} from './types.js';
export { DEFAULT_SORTER, sorterFactory, sorterNames } from './sorters/index.js';
export type { ClusterTotals, Sorter, SorterClient, SorterFactory, SorterOptions, SortedClients } from './sorters/index.js';
