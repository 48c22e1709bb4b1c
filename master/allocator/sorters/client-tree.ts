// The bookkeeping every sorter shares: clients as leaves of a tree of role paths (or of one flat level), each node's
// allocation summed over its subtree, cluster totals, weights and dominant shares. Sorters add the ordering on top
// through the hooks at the end of the class. Node ids: a leaf's id is its client's index (>= 0), inner nodes get
// negative ids, so one Int32Array can list the children of a node.
import { addQuantities, NO_QUANTITIES, resourceNameId, type Quantities } from '../quantities.js';
import type { ClusterTotals, Sorter, SorterClient, SorterOptions, SortedClients } from './sorter.js';

const NO_ORDER = new Int32Array(0);

export class SorterNode<C extends SorterClient> {
  /** Child nodes by path (hierarchical) or by client name (flat). */
  readonly children = new Map<string, SorterNode<C>>();
  /** Hierarchical trees: the leaf of the client whose name is this node's path (Mesos' virtual leaf). */
  self: SorterNode<C> | undefined;
  /** Leaves only. */
  client: C | undefined;
  /** Leaves only: the client may be offered resources. */
  active = false;
  /** Active leaves in this subtree, the node itself included. */
  activeLeaves = 0;
  /** Thousandths per resource name id over the whole subtree (not kept for the root, which nobody compares). */
  allocated: Float64Array = NO_QUANTITIES;
  /** How many times the subtree was charged (the DRF tie-breaker). */
  allocations = 0;
  weight = 1;
  /** Weighted dominant share; valid while shareVersion equals the tree's. */
  share = 0;
  shareVersion = -1;
  // Ordering state, used by the DRF sorter: ids of this node's active children in order, and the key this node is
  // filed under in its parent's order.
  order: Int32Array = NO_ORDER;
  orderLength = 0;
  inOrder = false;
  sortedShare = 0;
  sortedAllocations = 0;
  /** Orders nodes like their paths do, as a number (the cheap last tie-breaker). */
  nameRank = 0;

  constructor(
    readonly id: number,
    readonly path: string,
    /** Changes only when a leaf becomes the virtual leaf of a new inner node (a subrole appeared). */
    public parent: SorterNode<C> | undefined,
    readonly isLeaf: boolean,
  ) {}
}

export abstract class ClientTree<C extends SorterClient> implements Sorter<C> {
  protected readonly root = new SorterNode<C>(-1, '', undefined, false);
  protected readonly hierarchical: boolean;
  protected readonly random: () => number;
  /** Clients by index (what sort() hands out) and their leaves. */
  protected readonly clients: (C | undefined)[] = [];
  protected readonly leaves: (SorterNode<C> | undefined)[] = [];
  /** Inner nodes by -id - 1. */
  protected readonly inner: (SorterNode<C> | undefined)[] = [this.root];
  private readonly freeInnerIds: number[] = [];
  private readonly pathNodes = new Map<string, SorterNode<C>>();
  /** Hierarchical trees: leaves that sit at their own path because the role has no subroles (yet). */
  private readonly leafAt = new Map<string, SorterNode<C>>();
  /** Every node but the root, by path: the source of name ranks. */
  private readonly byName: SorterNode<C>[] = [];
  private readonly totals: ClusterTotals;
  private seenTotalsVersion: number;
  private readonly weights = new Map<string, number>();
  /** By resource name id: left out of shares. */
  private readonly excluded: boolean[] = [];
  /** Bumped whenever totals or weights change, which changes every share. */
  protected shareVersion = 0;
  activeCount = 0;

  constructor(options: SorterOptions) {
    this.hierarchical = options.hierarchical;
    this.random = options.random;
    for (const name of options.excludedResourceNames) this.excluded[resourceNameId(name)] = true;
    this.totals = options.totals;
    this.seenTotalsVersion = options.totals.version;
  }

  /** The node with this id (leaf: client index; inner: negative). */
  protected node(id: number): SorterNode<C> {
    return (id >= 0 ? this.leaves[id] : this.inner[-id - 1])!;
  }

  add(client: C): void {
    if (this.leaves[client.index] !== undefined) return;
    let leaf: SorterNode<C>;
    const inner = this.hierarchical ? this.pathNodes.get(client.name) : undefined;
    if (inner !== undefined) {
      // The role has subroles: its own client is the virtual leaf of its node.
      leaf = new SorterNode<C>(client.index, client.name, inner, true);
      inner.self = leaf;
    } else {
      // A role without subroles (or a flat client) is a leaf at its own path: one node less to update per charge.
      const parent = this.hierarchical ? this.parentNode(client.name) : this.root;
      leaf = new SorterNode<C>(client.index, client.name, parent, true);
      parent.children.set(client.name, leaf);
      if (this.hierarchical) this.leafAt.set(client.name, leaf);
    }
    leaf.client = client;
    leaf.weight = this.weights.get(client.name) ?? 1;
    this.rank(leaf);
    this.leaves[client.index] = leaf;
    this.clients[client.index] = client;
  }

  remove(client: C): void {
    const leaf = this.leaves[client.index];
    if (leaf === undefined) return;
    this.deactivate(client);
    if (leaf.allocated.some((amount) => amount !== 0)) this.unallocated(client, leaf.allocated.slice());
    this.leaves[client.index] = undefined;
    this.clients[client.index] = undefined;
    this.unrank(leaf);
    const parent = leaf.parent!;
    if (parent.self === leaf) parent.self = undefined;
    else {
      parent.children.delete(client.name);
      this.leafAt.delete(client.name);
    }
    if (this.hierarchical) this.prune(parent);
  }

  activate(client: C): void {
    const leaf = this.leaves[client.index];
    if (leaf === undefined || leaf.active) return;
    leaf.active = true;
    this.activeCount += 1;
    for (let node: SorterNode<C> | undefined = leaf; node !== undefined; node = node.parent) {
      node.activeLeaves += 1;
      if (node.activeLeaves === 1 && node.parent !== undefined) this.becameActive(node);
    }
  }

  deactivate(client: C): void {
    const leaf = this.leaves[client.index];
    if (leaf === undefined || !leaf.active) return;
    leaf.active = false;
    this.activeCount -= 1;
    for (let node: SorterNode<C> | undefined = leaf; node !== undefined; node = node.parent) {
      node.activeLeaves -= 1;
      if (node.activeLeaves === 0 && node.parent !== undefined) this.becameInactive(node);
    }
  }

  setWeight(name: string, weight: number): void {
    this.weights.set(name, weight);
    const node = this.hierarchical ? (this.pathNodes.get(name) ?? this.leafAt.get(name)) : this.root.children.get(name);
    if (node !== undefined) {
      node.weight = weight;
      if (node.self !== undefined) node.self.weight = weight;
    }
    this.shareVersion += 1;
    this.sharesChanged();
  }

  allocated(client: C, quantities: Quantities): void {
    this.syncTotals();
    const leaf = this.leaves[client.index];
    if (leaf === undefined) return;
    for (let node: SorterNode<C> = leaf; node.parent !== undefined; node = node.parent) {
      node.allocated = addQuantities(node.allocated, quantities);
      node.allocations += 1;
    }
    this.allocationChanged(leaf);
  }

  unallocated(client: C, quantities: Quantities): void {
    this.syncTotals();
    const leaf = this.leaves[client.index];
    if (leaf === undefined) return;
    for (let node: SorterNode<C> = leaf; node.parent !== undefined; node = node.parent) {
      node.allocated = addQuantities(node.allocated, quantities, -1);
    }
    this.allocationChanged(leaf);
  }

  abstract sort(): SortedClients<C>;

  dominantShares(): Map<string, number> {
    this.syncTotals();
    const shares = new Map<string, number>();
    const visit = (node: SorterNode<C>): void => {
      for (const child of node.children.values()) {
        shares.set(child.path, this.unweightedShare(child));
        visit(child);
      }
    };
    visit(this.root);
    return shares;
  }

  /** Notices a change of the cluster totals (every share changes with them); call before reading shares. */
  protected syncTotals(): void {
    if (this.totals.version === this.seenTotalsVersion) return;
    this.seenTotalsVersion = this.totals.version;
    this.shareVersion += 1;
    this.sharesChanged();
  }

  /** max over resources of allocated / total, divided by the weight: the DRF share (Mesos DRFSorter::calculateShare). */
  protected shareOf(node: SorterNode<C>): number {
    if (node.shareVersion !== this.shareVersion) {
      node.share = this.unweightedShare(node) / node.weight;
      node.shareVersion = this.shareVersion;
    }
    return node.share;
  }

  /** Recomputes a share after the node's allocation changed. */
  protected refreshShare(node: SorterNode<C>): number {
    node.share = this.unweightedShare(node) / node.weight;
    node.shareVersion = this.shareVersion;
    return node.share;
  }

  private unweightedShare(node: SorterNode<C>): number {
    let share = 0;
    const allocated = node.allocated;
    const totals = this.totals.quantities;
    const length = Math.min(allocated.length, totals.length);
    for (let i = 0; i < length; i += 1) {
      const total = totals[i]!;
      if (total <= 0 || this.excluded[i] === true) continue;
      const ratio = allocated[i]! / total;
      if (ratio > share) share = ratio;
    }
    return share;
  }

  /** Active children of a node, in no particular order (the node's own leaf first). */
  protected activeChildren(node: SorterNode<C>): SorterNode<C>[] {
    const out: SorterNode<C>[] = [];
    if (node.self !== undefined && node.self.active) out.push(node.self);
    for (const child of node.children.values()) if (child.activeLeaves > 0) out.push(child);
    return out;
  }

  /** Every inner node and leaf below the root. */
  protected *allNodes(node: SorterNode<C> = this.root): Generator<SorterNode<C>> {
    if (node.self !== undefined) yield node.self;
    for (const child of node.children.values()) {
      yield child;
      yield* this.allNodes(child);
    }
  }

  private parentNode(path: string): SorterNode<C> {
    const slash = path.lastIndexOf('/');
    return slash < 0 ? this.root : this.pathNode(path.slice(0, slash));
  }

  /** The inner node of a path, created with its ancestors; a leaf sitting at the path becomes its virtual leaf. */
  private pathNode(path: string): SorterNode<C> {
    const existing = this.pathNodes.get(path);
    if (existing !== undefined) return existing;
    const leaf = this.leafAt.get(path);
    const parent = leaf?.parent ?? this.parentNode(path);
    const slot = this.freeInnerIds.pop() ?? this.inner.length;
    const node = new SorterNode<C>(-slot - 1, path, parent, false);
    this.inner[slot] = node;
    node.weight = this.weights.get(path) ?? 1;
    this.rank(node);
    parent.children.set(path, node);
    this.pathNodes.set(path, node);
    if (leaf !== undefined) this.adopt(node, leaf);
    return node;
  }

  /**
   * Puts a new inner node where `leaf` was (same allocation, same key, same place in its parent's order) and makes
   * the leaf its virtual leaf. Orders stay valid: the node's name rank sits right before the leaf's.
   */
  private adopt(node: SorterNode<C>, leaf: SorterNode<C>): void {
    this.leafAt.delete(leaf.path);
    node.allocated = leaf.allocated.slice();
    node.allocations = leaf.allocations;
    node.activeLeaves = leaf.activeLeaves;
    node.share = leaf.share;
    node.shareVersion = leaf.shareVersion;
    node.sortedShare = leaf.sortedShare;
    node.sortedAllocations = leaf.sortedAllocations;
    const parent = leaf.parent!;
    if (leaf.inOrder) {
      const at = parent.order.subarray(0, parent.orderLength).indexOf(leaf.id);
      parent.order[at] = node.id;
      node.inOrder = true;
      node.order = Int32Array.of(leaf.id, 0, 0, 0);
      node.orderLength = 1;
    }
    leaf.parent = node;
    node.self = leaf;
    this.structureChanged();
  }

  private prune(node: SorterNode<C>): void {
    for (let current: SorterNode<C> | undefined = node; current !== undefined && current !== this.root;) {
      if (current.self !== undefined || current.children.size > 0) return;
      const parent: SorterNode<C> = current.parent!;
      parent.children.delete(current.path);
      this.pathNodes.delete(current.path);
      this.inner[-current.id - 1] = undefined;
      this.unrank(current);
      this.freeInnerIds.push(-current.id - 1);
      current = parent;
    }
  }

  /**
   * Gives a new node a rank between its neighbours by path. Ranks only ever need to keep the order of paths, so
   * when halving runs out of precision everything is renumbered in place, which keeps every sorted order valid.
   */
  private rank(node: SorterNode<C>): void {
    const names = this.byName;
    let low = 0;
    let high = names.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (names[middle]!.path < node.path) low = middle + 1;
      else high = middle;
    }
    const before = names[low - 1];
    const after = names[low];
    names.splice(low, 0, node);
    if (before === undefined) node.nameRank = after === undefined ? 0 : after.nameRank - 1;
    else if (after === undefined) node.nameRank = before.nameRank + 1;
    else {
      node.nameRank = (before.nameRank + after.nameRank) / 2;
      if (node.nameRank === before.nameRank || node.nameRank === after.nameRank) {
        names.forEach((named, i) => (named.nameRank = i));
      }
    }
  }

  private unrank(node: SorterNode<C>): void {
    const at = this.byName.indexOf(node);
    if (at >= 0) this.byName.splice(at, 1);
  }

  // Hooks for the ordering. becameActive/becameInactive: the node gained its first or lost its last active leaf.
  protected abstract becameActive(node: SorterNode<C>): void;
  protected abstract becameInactive(node: SorterNode<C>): void;
  /** The leaf's allocation (and so its ancestors') changed. */
  protected abstract allocationChanged(leaf: SorterNode<C>): void;
  /** Every share may have changed (totals or weights). */
  protected abstract sharesChanged(): void;
  /** Nodes were rearranged without changing any order. */
  protected abstract structureChanged(): void;
}
