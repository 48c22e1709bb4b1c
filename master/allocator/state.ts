// The allocator's records of agents, frameworks, roles and (framework, role) clients. Plain data with the few
// invariants documented per field; the allocator (hierarchical.ts) and the cycle (cycle.ts) change them.
import type { Resources } from '../../shared/resources/index.js';
import { NO_QUANTITIES, type Quantities } from './quantities.js';
import type { Sorter, SorterClient } from './sorters/index.js';

export const NO_RESOURCES: Resources = [];
export const NO_FILTERS = new Float64Array(0);
export const NO_FILTER_BITS = new Uint32Array(0);
/** Clients an agent's held list is scanned for linearly; past this many it becomes a Map. */
const SMALL_HELD = 16;

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
  // What a cycle reads of every agent it visits comes first, next to `active`, which allocate() has just read for
  // every agent in list order: V8 lays fields out in declaration order, so these share the object's first lines.
  active = true;
  /**
   * isAllocatable(freeQuantities), kept by whoever sets `free` (the cycle tests it for every agent, and a field
   * costs no cache miss where the quantities vector would).
   */
  freeAllocatable = false;
  /** The earliest expiry of any filter on this agent; Infinity when none. */
  filterMinExpiry = Infinity;
  fastFilters = 0;
  /**
   * Bit i set: client i holds a fast filter here, unexpired as of the latest sweep. The cycle reads only this
   * (F/8 bytes per agent stay in cache where the 8-byte expiries would not).
   */
  filterBits: Uint32Array = NO_FILTER_BITS;
  /** total minus everything offered or allocated. */
  free: Resources;
  freeQuantities: Quantities = NO_QUANTITIES;
  /**
   * What each client holds here, as [client, resources, client, resources, ...] in insertion order: one array the
   * cycle finds with the agent, where a Map costs a hash table to miss in cache and rehashes as offers come and go.
   * Agents held by many clients switch to `heldMap` (same order) for good. Use the held* methods.
   */
  private heldPairs: (Client | Resources)[] = [];
  hasGpus = false;
  /** Some entry of `total` is reserved: slices then differ per role. */
  hasReservations = false;
  /** Some entry of `total` has a refined (stacked) reservation. */
  hasRefinedReservations = false;
  legacyFilters: LegacyFilters[] | undefined;
  exactFilters: Map<number, ExactFilter> | undefined;
  readonly id: string;
  total: Resources;
  private heldMap: Map<Client, Resources> | undefined;
  /** Position in the allocator's agent list (swap-remove). */
  listIndex = -1;
  // Offer filters (offer-filters.ts). Invariant: free ⊆ ceiling.
  ceiling: Resources;
  /** Expiry (ms) of each client's fast filter, by client index; 0 when none. */
  filterExpiries: Float64Array = NO_FILTERS;
  /** Fast filters held by clients active in their role's sorter, by role index: all of them filtered means skip it. */
  activeFilteredByRole: number[] = [];

  constructor(
    id: string,
    total: Resources,
    readonly attributes: unknown,
  ) {
    this.id = id;
    this.total = total;
    this.free = total;
    this.ceiling = total;
  }

  /** What the client holds here (offered or allocated), undefined when nothing. */
  heldBy(client: Client): Resources | undefined {
    if (this.heldMap !== undefined) return this.heldMap.get(client);
    const pairs = this.heldPairs;
    for (let i = 0; i < pairs.length; i += 2) if (pairs[i] === client) return pairs[i + 1] as Resources;
    return undefined;
  }

  setHeld(client: Client, resources: Resources): void {
    if (this.heldMap !== undefined) {
      this.heldMap.set(client, resources);
      return;
    }
    const pairs = this.heldPairs;
    for (let i = 0; i < pairs.length; i += 2) {
      if (pairs[i] === client) {
        pairs[i + 1] = resources;
        return;
      }
    }
    if (pairs.length < 2 * SMALL_HELD) {
      pairs.push(client, resources);
      return;
    }
    this.heldMap = new Map(this.heldEntries());
    this.heldMap.set(client, resources);
    this.heldPairs = [];
  }

  deleteHeld(client: Client): void {
    if (this.heldMap !== undefined) {
      this.heldMap.delete(client);
      return;
    }
    const pairs = this.heldPairs;
    for (let i = 0; i < pairs.length; i += 2) {
      if (pairs[i] === client) {
        pairs.splice(i, 2);
        return;
      }
    }
  }

  /** A snapshot of what every client holds here, in the order they first got it. */
  heldEntries(): [Client, Resources][] {
    if (this.heldMap !== undefined) return [...this.heldMap];
    const out: [Client, Resources][] = [];
    const pairs = this.heldPairs;
    for (let i = 0; i < pairs.length; i += 2) out.push([pairs[i] as Client, pairs[i + 1] as Resources]);
    return out;
  }

  clearHeld(): void {
    this.heldPairs = [];
    this.heldMap = undefined;
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
