// The allocator's public vocabulary: what the master passes in and what a cycle hands back.
import type { Resources } from '../../shared/resources/index.js';

export interface FrameworkAllocationInfo {
  readonly roles: readonly string[];
  readonly suppressedRoles?: readonly string[];
  readonly capabilities?: { readonly gpuResources?: boolean; readonly reservationRefinement?: boolean };
}

export interface AllocatorOptions {
  /** Sorter for roles and for the frameworks of each role, by name: 'drf' (default) or 'random'. */
  readonly sorter?: string;
  /**
   * Alternatives: a slice is offered only if it holds at least one of them in full (scalar quantities; Mesos
   * --min_allocatable_resources). Default `cpus:0.01` or `mem:32`.
   */
  readonly minAllocatable?: readonly Resources[];
  /** Resource names left out of DRF shares (Mesos --fair_sharing_excluded_resource_names). */
  readonly fairnessExcludedResourceNames?: readonly string[];
  /** Agents with GPUs go only to frameworks with the gpuResources capability (Mesos --filter_gpu_resources). */
  readonly filterGpuResources?: boolean;
  /** Seed of the random source that shuffles agents (and orders clients under the random sorter). */
  readonly seed?: number;
}

/** One offer to make: `resources` of `agentId` to `frameworkId` in `role`, already charged to it. */
export interface OfferDecision {
  readonly frameworkId: string;
  readonly agentId: string;
  readonly role: string;
  readonly resources: Resources;
}

export interface AllocationUse {
  readonly frameworkId: string;
  readonly role: string;
  readonly resources: Resources;
}

export interface AllocatorStats {
  readonly agents: number;
  readonly activeAgents: number;
  readonly frameworks: number;
  readonly activeFrameworks: number;
  readonly roles: number;
  /** Offer filters in force (expired ones count until their agent is next visited by a cycle). */
  readonly filters: number;
  readonly allocationRuns: number;
  /** Offers made by the latest cycle. */
  readonly lastRunOffers: number;
}

/** Scalar totals per resource name (plain numbers, not thousandths). */
export interface ResourceTotals {
  readonly total: Map<string, number>;
  readonly offeredOrAllocated: Map<string, number>;
}

export interface RoleQuotaStatus {
  readonly limit: Map<string, number>;
  readonly guarantee: Map<string, number>;
  /** Reservations plus unreserved resources offered or allocated, over the role's subtree. */
  readonly consumed: Map<string, number>;
}
