// Weighted dominant resource fairness (Mesos DRFSorter): ascending weighted dominant share, ties broken by fewer
// allocations so far, then by name. The order is kept incrementally: when a client is charged, only it and its
// ancestors move, each by one binary search and one memmove of an Int32Array of ids, so a cycle never re-sorts and
// a flat sorter hands out its live order without copying.
import type { SorterNode } from './client-tree.js';
import { ClientTree } from './client-tree.js';
import type { SortedClients, Sorter, SorterClient, SorterOptions } from './sorter.js';

export const DRF_SORTER_NAME = 'drf';

/** Negative when `a` (by the key it is filed under) comes before `b`. */
function compareFiled<C extends SorterClient>(a: SorterNode<C>, b: SorterNode<C>): number {
  if (a.sortedShare !== b.sortedShare) return a.sortedShare < b.sortedShare ? -1 : 1;
  if (a.sortedAllocations !== b.sortedAllocations) return a.sortedAllocations - b.sortedAllocations;
  return a.nameRank - b.nameRank;
}

interface MutableView<C> {
  order: Int32Array;
  length: number;
  byIndex: readonly (C | undefined)[];
}

export class DrfSorter<C extends SorterClient> extends ClientTree<C> {
  /** Shares changed wholesale (totals, weights): every order is rebuilt on the next sort(). */
  private resortNeeded = false;
  private readonly view: MutableView<C> = { order: new Int32Array(0), length: 0, byIndex: this.clients };
  /** Hierarchical trees hand out a flattened copy, rebuilt only after an order actually changed. */
  private flattened = new Int32Array(8);
  private flattenedLength = 0;
  private flattenedStale = true;

  sort(): SortedClients<C> {
    this.syncTotals();
    if (this.resortNeeded) this.resortAll();
    if (!this.hierarchical) {
      // In a flat tree every child of the root is a leaf, whose id is its client's index.
      this.view.order = this.root.order;
      this.view.length = this.root.orderLength;
      return this.view;
    }
    if (this.flattenedStale) {
      this.flattenedLength = 0;
      this.flatten(this.root);
      this.flattenedStale = false;
    }
    this.view.order = this.flattened;
    this.view.length = this.flattenedLength;
    return this.view;
  }

  protected becameActive(node: SorterNode<C>): void {
    const parent = node.parent!;
    node.sortedShare = this.shareOf(node);
    node.sortedAllocations = node.allocations;
    if (parent.orderLength === parent.order.length) {
      const grown = new Int32Array(Math.max(8, parent.order.length * 2));
      grown.set(parent.order);
      parent.order = grown;
    }
    const at = this.lowerBound(parent, 0, parent.orderLength, node);
    parent.order.copyWithin(at + 1, at, parent.orderLength);
    parent.order[at] = node.id;
    parent.orderLength += 1;
    node.inOrder = true;
    this.flattenedStale = true;
  }

  protected becameInactive(node: SorterNode<C>): void {
    const parent = node.parent!;
    const at = this.position(node);
    parent.order.copyWithin(at, at + 1, parent.orderLength);
    parent.orderLength -= 1;
    node.inOrder = false;
    this.flattenedStale = true;
  }

  protected allocationChanged(leaf: SorterNode<C>): void {
    if (this.resortNeeded) return;
    for (let node: SorterNode<C> = leaf; node.parent !== undefined; node = node.parent) {
      const share = this.refreshShare(node);
      if (node.inOrder && (share !== node.sortedShare || node.allocations !== node.sortedAllocations)) {
        this.refile(node, share);
      }
    }
  }

  protected sharesChanged(): void {
    this.resortNeeded = true;
  }

  protected structureChanged(): void {
    this.flattenedStale = true;
  }

  /** Moves a node within its parent's order to where its new key belongs: one memmove. */
  private refile(node: SorterNode<C>, share: number): void {
    const parent = node.parent!;
    const order = parent.order;
    const from = parent.orderLength === 1 ? 0 : this.position(node);
    const later = share > node.sortedShare || (share === node.sortedShare && node.allocations > node.sortedAllocations);
    node.sortedShare = share;
    node.sortedAllocations = node.allocations;
    if (parent.orderLength === 1) return;
    if (later) {
      const to = this.lowerBound(parent, from + 1, parent.orderLength, node) - 1;
      if (to === from) return;
      order.copyWithin(from, from + 1, to + 1);
      order[to] = node.id;
    } else {
      const to = this.lowerBound(parent, 0, from, node);
      if (to === from) return;
      order.copyWithin(to + 1, to, from);
      order[to] = node.id;
    }
    this.flattenedStale = true;
  }

  /** First position in [low, high) of the parent's order whose node does not come before `node`'s filed key. */
  private lowerBound(parent: SorterNode<C>, low: number, high: number, node: SorterNode<C>): number {
    const order = parent.order;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compareFiled(this.node(order[middle]!), node) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** Where the node sits in its parent's order (by its filed key). */
  private position(node: SorterNode<C>): number {
    const parent = node.parent!;
    const at = this.lowerBound(parent, 0, parent.orderLength, node);
    if (parent.order[at] === node.id) return at;
    // Unreachable while every key change goes through refile; kept as a safety net.
    return parent.order.subarray(0, parent.orderLength).indexOf(node.id);
  }

  private resortAll(): void {
    for (const node of this.allNodes()) {
      node.sortedShare = this.shareOf(node);
      node.sortedAllocations = node.allocations;
    }
    const resort = (node: SorterNode<C>): void => {
      if (node.orderLength > 1) {
        const ids = Array.from(node.order.subarray(0, node.orderLength));
        ids.sort((a, b) => compareFiled(this.node(a), this.node(b)));
        node.order.set(ids);
      }
      for (const child of node.children.values()) resort(child);
    };
    resort(this.root);
    this.resortNeeded = false;
    this.flattenedStale = true;
  }

  private flatten(node: SorterNode<C>): void {
    for (let i = 0; i < node.orderLength; i += 1) {
      const id = node.order[i]!;
      if (id < 0) {
        this.flatten(this.node(id));
        continue;
      }
      if (this.flattenedLength === this.flattened.length) {
        const grown = new Int32Array(this.flattened.length * 2);
        grown.set(this.flattened);
        this.flattened = grown;
      }
      this.flattened[this.flattenedLength] = id;
      this.flattenedLength += 1;
    }
  }
}

export function createDrfSorter<C extends SorterClient>(options: SorterOptions): Sorter<C> {
  return new DrfSorter<C>(options);
}
