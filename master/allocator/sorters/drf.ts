// Weighted dominant resource fairness (Mesos DRFSorter): ascending weighted dominant share, ties broken by fewer
// allocations so far, then by name. The order is kept incrementally: when a client is charged, only it and its
// ancestors move (binary search + splice), so an allocation cycle never re-sorts, and a flat sorter hands out its
// live array without copying.
import { ClientTree, SorterNode } from './client-tree.js';
import type { SortedClient, Sorter, SorterClient, SorterOptions } from './sorter.js';

export const DRF_SORTER_NAME = 'drf';

/** Negative when `a` (by the key it is filed under) comes before `b`. */
function compareFiled<C extends SorterClient>(a: SorterNode<C>, b: SorterNode<C>): number {
  if (a.sortedShare !== b.sortedShare) return a.sortedShare < b.sortedShare ? -1 : 1;
  if (a.sortedAllocations !== b.sortedAllocations) return a.sortedAllocations - b.sortedAllocations;
  return a.path === b.path ? 0 : a.path < b.path ? -1 : 1;
}

/** First index whose item does not come before `node`'s filed key. */
function lowerBound<C extends SorterClient>(items: readonly SorterNode<C>[], node: SorterNode<C>): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareFiled(items[middle]!, node) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

export class DrfSorter<C extends SorterClient> extends ClientTree<C> {
  /** Shares changed wholesale (totals, weights): every order is rebuilt on the next sort(). */
  private resortNeeded = false;
  /** Hierarchical trees hand out a flattened copy, rebuilt only after an order actually changed. */
  private flattened: SortedClient<C>[] = [];
  private flattenedStale = true;

  sort(): readonly SortedClient<C>[] {
    this.syncTotals();
    if (this.resortNeeded) this.resortAll();
    // In a flat tree every child of the root is a leaf, which always carries its client.
    if (!this.hierarchical) return this.root.order as readonly SortedClient<C>[];
    if (this.flattenedStale) {
      const out: SortedClient<C>[] = [];
      this.flatten(this.root, out);
      this.flattened = out;
      this.flattenedStale = false;
    }
    return this.flattened;
  }

  protected becameActive(node: SorterNode<C>): void {
    const parent = node.parent!;
    node.sortedShare = this.shareOf(node);
    node.sortedAllocations = node.allocations;
    parent.order.splice(lowerBound(parent.order, node), 0, node);
    node.inOrder = true;
    this.flattenedStale = true;
  }

  protected becameInactive(node: SorterNode<C>): void {
    this.unfile(node);
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

  private refile(node: SorterNode<C>, share: number): void {
    const order = node.parent!.order;
    if (order.length === 1) {
      node.sortedShare = share;
      node.sortedAllocations = node.allocations;
      return;
    }
    const from = this.unfile(node);
    node.sortedShare = share;
    node.sortedAllocations = node.allocations;
    const to = lowerBound(order, node);
    order.splice(to, 0, node);
    if (from !== to) this.flattenedStale = true;
  }

  /** Takes the node out of its parent's order; returns where it was. */
  private unfile(node: SorterNode<C>): number {
    const order = node.parent!.order;
    let at = lowerBound(order, node);
    if (order[at] !== node) at = order.indexOf(node);
    if (at >= 0) order.splice(at, 1);
    return at;
  }

  private resortAll(): void {
    for (const node of this.allNodes()) {
      node.sortedShare = this.shareOf(node);
      node.sortedAllocations = node.allocations;
    }
    const resort = (node: SorterNode<C>): void => {
      if (node.order.length > 1) node.order.sort(compareFiled);
      for (const child of node.children.values()) resort(child);
    };
    resort(this.root);
    this.resortNeeded = false;
    this.flattenedStale = true;
  }

  private flatten(node: SorterNode<C>, out: SortedClient<C>[]): void {
    for (const child of node.order) {
      if (child.isLeaf) out.push(child.asEntry());
      else this.flatten(child, out);
    }
  }
}

export function createDrfSorter<C extends SorterClient>(options: SorterOptions): Sorter<C> {
  return new DrfSorter<C>(options);
}
