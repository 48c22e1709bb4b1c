// The bookkeeping every sorter shares: clients as leaves of a tree of role paths (or of one flat level), each node's
// allocation summed over its subtree, cluster totals, weights and dominant shares. Sorters add the ordering on top
// through the hooks at the end of the class.
import { addQuantities, NO_QUANTITIES, resourceNameId, type Quantities } from '../quantities.js';
import type { ClusterTotals, SortedClient, Sorter, SorterClient, SorterOptions } from './sorter.js';

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
  /** Thousandths per resource name id over the whole subtree. */
  allocated: Float64Array = NO_QUANTITIES;
  /** How many times the subtree was charged (the DRF tie-breaker). */
  allocations = 0;
  weight = 1;
  /** Weighted dominant share; valid while shareVersion equals the tree's. */
  share = 0;
  shareVersion = -1;
  // Ordering state, used by the DRF sorter: this node's active children sorted, and the key this node was placed
  // under in its parent's `order`.
  order: SorterNode<C>[] = [];
  inOrder = false;
  sortedShare = 0;
  sortedAllocations = 0;

  constructor(
    readonly path: string,
    readonly parent: SorterNode<C> | undefined,
    readonly isLeaf: boolean,
  ) {}

  /** The node as a sorted entry; only leaves are ever handed out, and they always carry their client. */
  asEntry(): SortedClient<C> {
    return this as SortedClient<C>;
  }
}

export abstract class ClientTree<C extends SorterClient> implements Sorter<C> {
  protected readonly root = new SorterNode<C>('', undefined, false);
  protected readonly hierarchical: boolean;
  protected readonly random: () => number;
  private readonly leaves = new Map<C, SorterNode<C>>();
  private readonly pathNodes = new Map<string, SorterNode<C>>();
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

  add(client: C): void {
    if (this.leaves.has(client)) return;
    let leaf: SorterNode<C>;
    if (this.hierarchical) {
      const node = this.pathNode(client.name);
      leaf = new SorterNode<C>(client.name, node, true);
      node.self = leaf;
    } else {
      leaf = new SorterNode<C>(client.name, this.root, true);
      this.root.children.set(client.name, leaf);
    }
    leaf.client = client;
    leaf.weight = this.weights.get(client.name) ?? 1;
    this.leaves.set(client, leaf);
  }

  remove(client: C): void {
    const leaf = this.leaves.get(client);
    if (leaf === undefined) return;
    this.deactivate(client);
    if (leaf.allocated.some((amount) => amount !== 0)) {
      const left = leaf.allocated.slice();
      for (let node: SorterNode<C> = leaf; node.parent !== undefined; node = node.parent) {
        node.allocated = addQuantities(node.allocated, left, -1);
      }
      this.allocationChanged(leaf);
    }
    this.leaves.delete(client);
    const parent = leaf.parent!;
    if (this.hierarchical) {
      parent.self = undefined;
      this.prune(parent);
    } else {
      parent.children.delete(client.name);
    }
  }

  activate(client: C): void {
    const leaf = this.leaves.get(client);
    if (leaf === undefined || leaf.active) return;
    leaf.active = true;
    this.activeCount += 1;
    for (let node: SorterNode<C> | undefined = leaf; node !== undefined; node = node.parent) {
      node.activeLeaves += 1;
      if (node.activeLeaves === 1 && node.parent !== undefined) this.becameActive(node);
    }
  }

  deactivate(client: C): void {
    const leaf = this.leaves.get(client);
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
    const node = this.hierarchical ? this.pathNodes.get(name) : this.root.children.get(name);
    if (node !== undefined) {
      node.weight = weight;
      if (node.self !== undefined) node.self.weight = weight;
    }
    this.shareVersion += 1;
    this.sharesChanged();
  }

  allocated(client: C, quantities: Quantities): void {
    this.syncTotals();
    const leaf = this.leaves.get(client);
    if (leaf === undefined) return;
    // The root's own allocation is never read: shares are compared among siblings only.
    for (let node: SorterNode<C> = leaf; node.parent !== undefined; node = node.parent) {
      node.allocated = addQuantities(node.allocated, quantities);
      node.allocations += 1;
    }
    this.allocationChanged(leaf);
  }

  unallocated(client: C, quantities: Quantities): void {
    this.syncTotals();
    const leaf = this.leaves.get(client);
    if (leaf === undefined) return;
    for (let node: SorterNode<C> = leaf; node.parent !== undefined; node = node.parent) {
      node.allocated = addQuantities(node.allocated, quantities, -1);
    }
    this.allocationChanged(leaf);
  }

  /** Notices a change of the cluster totals (every share changes with them); call before reading shares. */
  protected syncTotals(): void {
    if (this.totals.version === this.seenTotalsVersion) return;
    this.seenTotalsVersion = this.totals.version;
    this.shareVersion += 1;
    this.sharesChanged();
  }

  abstract sort(): readonly SortedClient<C>[];

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
    node.shareVersion = -1;
    return this.shareOf(node);
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

  /** Every inner node and leaf, parents before children. */
  protected *allNodes(node: SorterNode<C> = this.root): Generator<SorterNode<C>> {
    if (node.self !== undefined) yield node.self;
    for (const child of node.children.values()) {
      yield child;
      yield* this.allNodes(child);
    }
  }

  private pathNode(path: string): SorterNode<C> {
    const existing = this.pathNodes.get(path);
    if (existing !== undefined) return existing;
    const slash = path.lastIndexOf('/');
    const parent = slash < 0 ? this.root : this.pathNode(path.slice(0, slash));
    const node = new SorterNode<C>(path, parent, false);
    node.weight = this.weights.get(path) ?? 1;
    parent.children.set(path, node);
    this.pathNodes.set(path, node);
    return node;
  }

  private prune(node: SorterNode<C>): void {
    for (let current: SorterNode<C> | undefined = node; current !== undefined && current !== this.root;) {
      if (current.self !== undefined || current.children.size > 0) return;
      const parent: SorterNode<C> = current.parent!;
      parent.children.delete(current.path);
      this.pathNodes.delete(current.path);
      current = parent;
    }
  }

  // Hooks for the ordering. becameActive/becameInactive: the node gained its first or lost its last active leaf.
  protected abstract becameActive(node: SorterNode<C>): void;
  protected abstract becameInactive(node: SorterNode<C>): void;
  /** The leaf's allocation (and so its ancestors') changed. */
  protected abstract allocationChanged(leaf: SorterNode<C>): void;
  /** Every share may have changed (totals or weights). */
  protected abstract sharesChanged(): void;
}
