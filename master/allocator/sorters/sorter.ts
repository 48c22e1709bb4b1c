// The sorter decides who is offered first: the allocator asks one sorter for the order of roles and one per role
// for the order of that role's frameworks (Mesos src/master/allocator/sorter/sorter.hpp). Sorters are chosen by
// name from the registry in index.ts; each lives in its own file.
import type { Quantities } from '../quantities.js';

/** What a sorter orders. Names are role paths `a/b/c` in a hierarchical sorter, opaque ids in a flat one. */
export interface SorterClient {
  readonly name: string;
  /** Dense non-negative id, unique among the clients of one sorter, chosen by whoever adds the client. */
  readonly index: number;
}

/** A sorted list of clients as indices, so the allocator can scan it without touching client objects. */
export interface SortedClients<C> {
  /** Client indices, the one to offer first at 0; entries from `length` on are meaningless. */
  readonly order: Int32Array;
  readonly length: number;
  /** Clients by index. */
  readonly byIndex: readonly (C | undefined)[];
}

/** The cluster's total resources, which every share is measured against; shared by reference by all sorters. */
export interface ClusterTotals {
  /** Thousandths per resource name id. */
  readonly quantities: Quantities;
  /** Changes whenever the quantities do. */
  readonly version: number;
}

export interface SorterOptions {
  readonly totals: ClusterTotals;
  /** Names are role paths and a role's share includes its subroles'; false: a flat list (frameworks of a role). */
  readonly hierarchical: boolean;
  /** Resource names left out of shares (Mesos --fair_sharing_excluded_resource_names, e.g. gpus). */
  readonly excludedResourceNames: readonly string[];
  /** The seeded random source of the allocator; only random orderings use it. */
  readonly random: () => number;
}

export interface Sorter<C extends SorterClient> {
  /** Adds a client, inactive; an active client is one that may be offered resources. */
  add(client: C): void;
  /** Removes a client together with whatever allocation it still holds. */
  remove(client: C): void;
  activate(client: C): void;
  deactivate(client: C): void;
  /** How many clients are active. */
  readonly activeCount: number;
  /** The weight of a name (a role path, or an inner path of one); 1 unless set. */
  setWeight(name: string, weight: number): void;
  /** Charges or credits a client (scalar quantities in thousandths). */
  allocated(client: C, quantities: Quantities): void;
  unallocated(client: C, quantities: Quantities): void;
  /**
   * Active clients in offer order. The result may be the sorter's own state: read it before the next call that
   * changes the sorter (allocated, activate, ...), and never modify it.
   */
  sort(): SortedClients<C>;
  /** Unweighted dominant share of every name the sorter knows (role paths include inner ones such as `a` of `a/b`). */
  dominantShares(): Map<string, number>;
}

export type SorterFactory = <C extends SorterClient>(options: SorterOptions) => Sorter<C>;
