// Weighted random ordering (Mesos RandomSorter): at every level of the role tree, siblings are drawn at random in
// proportion to their weights, anew on every sort(). Shares are still tracked, for metrics.
import { ClientTree, type SorterNode } from './client-tree.js';
import type { SortedClients, Sorter, SorterClient, SorterOptions } from './sorter.js';

export const RANDOM_SORTER_NAME = 'random';

export class RandomSorter<C extends SorterClient> extends ClientTree<C> {
  sort(): SortedClients<C> {
    this.syncTotals();
    const ids: number[] = [];
    this.visit(this.root, ids);
    return { order: Int32Array.from(ids), length: ids.length, byIndex: this.clients };
  }

  private visit(node: SorterNode<C>, out: number[]): void {
    // Efraimidis–Spirakis: sorting by u^(1/weight), largest first, draws without replacement in proportion to weight.
    const keyed = this.activeChildren(node).map((child) => ({ child, key: Math.pow(this.random(), 1 / child.weight) }));
    keyed.sort((a, b) => b.key - a.key);
    for (const { child } of keyed) {
      if (child.isLeaf) out.push(child.id);
      else this.visit(child, out);
    }
  }

  protected becameActive(): void {}
  protected becameInactive(): void {}
  protected allocationChanged(): void {}
  protected sharesChanged(): void {}
  protected structureChanged(): void {}
}

export function createRandomSorter<C extends SorterClient>(options: SorterOptions): Sorter<C> {
  return new RandomSorter<C>(options);
}
