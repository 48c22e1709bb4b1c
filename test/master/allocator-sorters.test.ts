import { expect } from 'chai';
import fc from 'fast-check';
import {
  sorterFactory,
  sorterNames,
  type ClusterTotals,
  type Sorter,
  type SorterClient,
} from '../../master/allocator/index.js';
import { quantitiesOf, type Quantities } from '../../master/allocator/quantities.js';
import { r } from './allocator-support.js';

class Named implements SorterClient {
  constructor(
    readonly name: string,
    readonly index: number,
  ) {}
}

function makeSorter(name: string, hierarchical: boolean, totals: ClusterTotals, seed = 1): Sorter<Named> {
  let state = seed;
  const random = (): number => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
  return sorterFactory(name)<Named>({ hierarchical, excludedResourceNames: [], random, totals });
}

function names(sorter: Sorter<Named>): string[] {
  const sorted = sorter.sort();
  return Array.from(sorted.order.subarray(0, sorted.length), (index) => sorted.byIndex[index]!.name);
}

const TOTALS: ClusterTotals = { quantities: quantitiesOf(r('cpus:100;mem:1000')), version: 1 };

describe('sorters', function () {
  it('registers drf and random by name', function () {
    expect(sorterNames()).to.include.members(['drf', 'random']);
  });

  describe('drf', function () {
    it('orders by weighted dominant share, then allocations, then name', function () {
      const sorter = makeSorter('drf', false, TOTALS);
      const [a, b, c] = ['a', 'b', 'c'].map((name, i) => new Named(name, i)) as [Named, Named, Named];
      for (const client of [c, b, a]) {
        sorter.add(client);
        sorter.activate(client);
      }
      expect(names(sorter)).to.deep.equal(['a', 'b', 'c']);
      sorter.allocated(a, quantitiesOf(r('cpus:10')));
      expect(names(sorter)).to.deep.equal(['b', 'c', 'a']);
      sorter.allocated(b, quantitiesOf(r('mem:200'))); // 0.2 > a's 0.1
      expect(names(sorter)).to.deep.equal(['c', 'a', 'b']);
      sorter.unallocated(b, quantitiesOf(r('mem:200'))); // share 0 again, but one allocation more than c
      expect(names(sorter)).to.deep.equal(['c', 'b', 'a']);
      sorter.setWeight('a', 4); // 0.1 / 4 = 0.025 > 0
      expect(names(sorter)).to.deep.equal(['c', 'b', 'a']);
      sorter.deactivate(c);
      expect(names(sorter)).to.deep.equal(['b', 'a']);
      sorter.remove(b);
      expect(names(sorter)).to.deep.equal(['a']);
    });

    it('re-sorts when the cluster totals change', function () {
      const totals = { quantities: quantitiesOf(r('cpus:10;mem:100')), version: 1 };
      const sorter = makeSorter('drf', false, totals);
      const cpu = new Named('cpu', 0);
      const mem = new Named('mem', 1);
      for (const client of [cpu, mem]) {
        sorter.add(client);
        sorter.activate(client);
      }
      sorter.allocated(cpu, quantitiesOf(r('cpus:5'))); // 0.5
      sorter.allocated(mem, quantitiesOf(r('mem:40'))); // 0.4
      expect(names(sorter)).to.deep.equal(['mem', 'cpu']);
      totals.quantities = quantitiesOf(r('cpus:100;mem:100'));
      totals.version += 1;
      expect(names(sorter)).to.deep.equal(['cpu', 'mem']);
    });

    it('matches a full re-sort after any sequence of changes (flat and hierarchical)', function () {
      const paths = ['a', 'b', 'a/x', 'a/y', 'b/z', 'c', 'a/x/deep'];
      const op = fc.oneof(
        fc.record({ kind: fc.constant('add' as const), client: fc.nat(paths.length - 1) }),
        fc.record({ kind: fc.constant('remove' as const), client: fc.nat(paths.length - 1) }),
        fc.record({ kind: fc.constant('activate' as const), client: fc.nat(paths.length - 1), on: fc.boolean() }),
        fc.record({ kind: fc.constant('charge' as const), client: fc.nat(paths.length - 1), cpus: fc.integer({ min: 1, max: 20 }), sign: fc.constantFrom(1, -1) }),
        fc.record({ kind: fc.constant('weight' as const), path: fc.constantFrom(...paths), weight: fc.constantFrom(0.5, 1, 2, 3) }),
      );
      fc.assert(
        fc.property(fc.boolean(), fc.array(op, { maxLength: 60 }), (hierarchical, ops) => {
          const sorter = makeSorter('drf', hierarchical, TOTALS);
          const clients = paths.map((path, i) => new Named(path, i));
          const model = new Map<number, { active: boolean; cpus: number; count: number }>();
          const weights = new Map<string, number>();
          for (const step of ops) {
            if (step.kind === 'weight') {
              sorter.setWeight(step.path, step.weight);
              weights.set(step.path, step.weight);
              continue;
            }
            const client = clients[step.client]!;
            const state = model.get(step.client);
            if (step.kind === 'add' && state === undefined) {
              sorter.add(client);
              model.set(step.client, { active: false, cpus: 0, count: 0 });
            } else if (step.kind === 'remove' && state !== undefined) {
              sorter.remove(client);
              model.delete(step.client);
            } else if (step.kind === 'activate' && state !== undefined) {
              if (step.on) sorter.activate(client);
              else sorter.deactivate(client);
              state.active = step.on;
            } else if (step.kind === 'charge' && state !== undefined) {
              if (step.sign < 0 && state.cpus < step.cpus) continue;
              const amount: Quantities = quantitiesOf(r(`cpus:${step.cpus}`));
              if (step.sign > 0) sorter.allocated(client, amount);
              else sorter.unallocated(client, amount);
              state.cpus += step.sign * step.cpus;
              if (step.sign > 0) state.count += 1;
            }
            expect(names(sorter)).to.deep.equal(referenceOrder(hierarchical, paths, model, weights));
          }
        }),
        { numRuns: 200 },
      );
    });
  });

  describe('random', function () {
    it('lists every active client once, in an order that depends on the seed', function () {
      const orders = [1, 2, 3].map((seed) => {
        const sorter = makeSorter('random', true, TOTALS, seed);
        ['a/x', 'a/y', 'b', 'c/z'].forEach((path, i) => {
          const client = new Named(path, i);
          sorter.add(client);
          sorter.activate(client);
        });
        return names(sorter);
      });
      for (const order of orders) expect([...order].sort()).to.deep.equal(['a/x', 'a/y', 'b', 'c/z']);
      expect(new Set(orders.map((order) => order.join())).size).to.be.greaterThan(1);
    });

    it('puts heavier clients first more often', function () {
      const sorter = makeSorter('random', false, TOTALS, 5);
      const light = new Named('light', 0);
      const heavy = new Named('heavy', 1);
      for (const client of [light, heavy]) {
        sorter.add(client);
        sorter.activate(client);
      }
      sorter.setWeight('heavy', 4);
      let heavyFirst = 0;
      for (let i = 0; i < 1000; i += 1) if (names(sorter)[0] === 'heavy') heavyFirst += 1;
      expect(heavyFirst).to.be.within(700, 900); // 4 / (4 + 1) = 0.8
    });
  });
});

/** The DRF order computed from scratch: at each level of the tree, by (share / weight, allocations, path). */
function referenceOrder(
  hierarchical: boolean,
  paths: readonly string[],
  model: ReadonlyMap<number, { active: boolean; cpus: number; count: number }>,
  weights: ReadonlyMap<string, number>,
): string[] {
  const present = [...model.keys()].map((i) => paths[i]!);
  const stateOf = (path: string): { active: boolean; cpus: number; count: number } => model.get(paths.indexOf(path))!;
  const under = (path: string): string[] => present.filter((p) => p === path || p.startsWith(`${path}/`));
  interface Item { path: string; leaf: boolean; share: number; count: number }
  const itemOf = (path: string, leaf: boolean): Item => {
    const members = leaf ? [path] : under(path);
    const cpus = members.reduce((sum, p) => sum + stateOf(p).cpus, 0);
    const count = members.reduce((sum, p) => sum + stateOf(p).count, 0);
    return { path, leaf, share: cpus / 100 / (weights.get(path) ?? 1), count };
  };
  const hasActive = (path: string, leaf: boolean): boolean =>
    (leaf ? [path] : under(path)).some((p) => stateOf(p).active);
  const visit = (prefix: string | undefined): string[] => {
    const items: Item[] = [];
    if (!hierarchical) {
      for (const path of present) if (stateOf(path).active) items.push(itemOf(path, true));
    } else {
      if (prefix !== undefined && present.includes(prefix) && stateOf(prefix).active) items.push(itemOf(prefix, true));
      const depth = prefix === undefined ? 0 : prefix.split('/').length;
      const children = new Set(
        present
          .filter((p) => prefix === undefined || p.startsWith(`${prefix}/`))
          .map((p) => p.split('/').slice(0, depth + 1).join('/')),
      );
      for (const child of children) if (hasActive(child, false)) items.push(itemOf(child, false));
    }
    items.sort((x, y) => x.share - y.share || x.count - y.count || (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
    return items.flatMap((item) => (item.leaf ? [item.path] : visit(item.path)));
  };
  return visit(undefined);
}
