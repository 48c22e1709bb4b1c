// The allocator's records of agents, frameworks, roles and (framework, role) clients. Plain data with the few
// invariants documented per field; the allocator (hierarchical.ts) and the cycle (cycle.ts) change them.
import type { Resources } from '../../shared/resources/index.js';
import { NO_QUANTITIES, type Quantities } from './quantities.js';
import type { Sorter, SorterClient } from './sorters/index.js';

export const NO_RESOURCES: Resources = [];
export const NO_FILTERS = new Float64Array(0);
export const NO_FILTER_BITS = new Uint32Array(0);

/** Filters an agent's free resources outgrew (see offer-filters.ts): each still blocks offers within `ceiling`. */
export interface LegacyFilters {
  readonly expiries: Float64Array;
  readonly ceiling: Resources;
  live: number;
}

/** A filter whose refused resources did not cover the agent's ceiling: checked exactly, entry by entry. */
export interface ExactFilter {
  readonly refused: Resources;
  readonly expiresAt: number;
}

export class AgentState {
  total: Resources;
  /** total minus everything offered or allocated. */
  free: Resources;
  freeQuantities: Quantities = NO_QUANTITIES;
  active = true;
  hasGpus = false;
  /** Some entry of `total` is reserved: slices then differ per role. */
  hasReservations = false;
  /** Some entry of `total` has a refined (stacked) reservation. */
  hasRefinedReservations = false;
  readonly allocations = new Map<Client, Resources>();
  /** Position in the allocator's agent list (swap-remove). */
  listIndex = -1;
  // Offer filters (offer-filters.ts). Invariant: free ⊆ ceiling.
  ceiling: Resources;
  /** Expiry (ms) of each client's fast filter, by client index; 0 when none. */
  filterExpiries: Float64Array = NO_FILTERS;
  /**
   * Bit i set: client i holds a fast filter here, unexpired as of the latest sweep. The cycle reads only this
   * (F/8 bytes per agent stay in cache where the 8-byte expiries would not).
   */
  filterBits: Uint32Array = NO_FILTER_BITS;
  fastFilters = 0;
  /** Fast filters held by clients active in their role's sorter, by role index: all of them filtered means skip it. */
  activeFilteredByRole: number[] = [];
  legacyFilters: LegacyFilters[] | undefined;
  exactFilters: Map<number, ExactFilter> | undefined;
  /** The earliest expiry of any filter on this agent; Infinity when none. */
  filterMinExpiry = Infinity;

  constructor(
    readonly id: string,
    total: Resources,
    readonly attributes: unknown,
  ) {
    this.total = total;
    this.free = total;
    this.ceiling = total;
  }
}

export interface FrameworkCapabilities {
  gpuResources: boolean;
  reservationRefinement: boolean;
}

export class FrameworkState {
  /** Roles the framework subscribed to. */
  roles: ReadonlySet<string> = new Set();
  suppressedRoles: ReadonlySet<string> = new Set();
  capabilities: FrameworkCapabilities = { gpuResources: false, reservationRefinement: false };
  active = true;
  /** Known only from allocations (an agent reported its tasks) until the master adds it. */
  implicit = false;
  /** One client per role it subscribed to or still holds resources in. */
  readonly clients = new Map<string, Client>();

  constructor(readonly id: string) {}
}

/** A framework within one role: what a role's framework sorter orders. */
export class Client implements SorterClient {
  readonly name: string;
  /** Active in its role's sorter: framework active, role subscribed and not suppressed. */
  sorterActive = false;
  /** Filters this client holds, on all agents. */
  filterCount = 0;
  /** How many agents this client holds resources on. */
  heldAgents = 0;

  constructor(
    readonly framework: FrameworkState,
    readonly role: RoleState,
    /** Dense, reused after removal: the column of this client in every agent's filter table. */
    readonly index: number,
  ) {
    this.name = framework.id;
  }
}

export class RoleState implements SorterClient {
  readonly clients = new Map<string, Client>();

  constructor(
    readonly name: string,
    /** Dense, reused after removal: the role's id in the role sorter. */
    readonly index: number,
    readonly sorter: Sorter<Client>,
  ) {}
}
