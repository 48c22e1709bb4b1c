// B1: Mesos HierarchicalAllocator_BENCHMARK_Test.DeclineOffers (src/tests/hierarchical_allocator_tests.cpp).
// Agents `cpus:24;mem:4096;disk:4096;ports:[31000-32000]`, each already running `cpus:16;mem:2014;disk:1024` plus
// 16 port ranges for one framework (round robin); all frameworks in role `*`. Then 2 × F rounds: one timed
// allocate(), after which every offer is declined with a filter that never expires. Offers per cycle start at one
// per agent and fall to zero once every framework has filtered every agent.
//
// Before the first shape, a small warm-up run (discarded) lets V8 optimise the hot paths, as a master that has been
// up for a minute would have; the measured run's first cycle is reported on its own as well.
//
//   npm run bench -- allocator [--quick] [--shapes 10000x1000,20000x2000] [--rounds N] [--seed N] [--no-warmup]
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';
import { HierarchicalAllocator } from '../master/allocator/index.js';
import { parseResources, type Resources } from '../shared/resources/index.js';
import { machineInfo, percentile, round } from './support/machine.js';

interface Shape {
  readonly agents: number;
  readonly frameworks: number;
}

const DEFAULT_SHAPES: readonly Shape[] = [
  { agents: 1000, frameworks: 100 },
  { agents: 10000, frameworks: 100 },
  { agents: 10000, frameworks: 1000 },
  { agents: 20000, frameworks: 2000 },
];
const QUICK_SHAPES: readonly Shape[] = [{ agents: 1000, frameworks: 100 }];
const QUICK_ROUNDS = 20;
/** Mesos declines with refuse_seconds = INT_MAX; any value longer than the run does. */
const REFUSE_SECONDS = 1e9;
const ALLOCATION_INTERVAL_MS = 1000;
const WARMUP: Shape & { readonly rounds: number } = { agents: 1000, frameworks: 50, rounds: 60 };

/** Mesos fragment([31000-32000], 16): 15 single ports with gaps, then the rest of the range. */
function fragmentedPorts(begin: number, end: number, count: number): string {
  const ranges: string[] = [];
  for (let i = 0; i < count - 1; i += 1) ranges.push(`${begin + 2 * i}-${begin + 2 * i}`);
  ranges.push(`${begin + 2 * (count - 1)}-${end}`);
  return ranges.join(',');
}

interface Options {
  readonly shapes: readonly Shape[];
  readonly rounds: number | undefined;
  readonly seed: number;
  readonly warmup: boolean;
}

function parseArgs(args: readonly string[]): Options {
  let shapes = DEFAULT_SHAPES;
  let rounds: number | undefined;
  let seed = 1;
  let warmup = true;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    const value = (): string => {
      const next = args[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--quick') {
      shapes = QUICK_SHAPES;
      rounds ??= QUICK_ROUNDS;
    } else if (arg === '--shapes') {
      shapes = value().split(',').map((text) => {
        const match = /^(\d+)x(\d+)$/.exec(text.trim());
        if (match === null) throw new Error(`shape '${text}' is not AGENTSxFRAMEWORKS`);
        return { agents: Number(match[1]), frameworks: Number(match[2]) };
      });
    } else if (arg === '--rounds') rounds = Number(value());
    else if (arg === '--seed') seed = Number(value());
    else if (arg === '--no-warmup') warmup = false;
    else throw new Error(`unknown argument ${arg}`);
  }
  return { shapes, rounds, seed, warmup };
}

/**
 * A full garbage collection, so that the garbage of building 20k agents is not collected inside a timed cycle.
 * Node hides gc() unless started with --expose-gc; this turns the flag on for a fresh context instead.
 */
function collectGarbage(): boolean {
  v8.setFlagsFromString('--expose-gc');
  const gc: unknown = vm.runInNewContext('gc');
  if (typeof gc !== 'function') return false;
  (gc as () => void)();
  return true;
}

function runShape(shape: Shape, roundsOverride: number | undefined, seed: number, warmup: boolean): Record<string, unknown> {
  const agentTotal = parseResources('cpus:24;mem:4096;disk:4096;ports:[31000-32000]');
  const used: Resources = parseResources(`cpus:16;mem:2014;disk:1024;ports:[${fragmentedPorts(31000, 32000, 16)}]`);
  const allocator = new HierarchicalAllocator({ seed });
  const frameworkIds = Array.from({ length: shape.frameworks }, (_, i) => `framework-${i}`);

  let started = performance.now();
  for (const id of frameworkIds) allocator.addFramework(id, { roles: ['*'] });
  const addFrameworksMs = performance.now() - started;

  started = performance.now();
  for (let i = 0; i < shape.agents; i += 1) {
    allocator.addAgent(`agent-${i}`, agentTotal, [{ frameworkId: frameworkIds[i % shape.frameworks]!, role: '*', resources: used }]);
  }
  const addAgentsMs = performance.now() - started;

  const collected = collectGarbage();
  const rounds = roundsOverride ?? shape.frameworks * 2;
  const cycles: number[] = [];
  const offers: number[] = [];
  let declineMs = 0;
  let now = 0;
  for (let round = 0; round < rounds; round += 1) {
    started = performance.now();
    const decisions = allocator.allocate(now);
    cycles.push(performance.now() - started);
    offers.push(decisions.length);
    started = performance.now();
    for (const decision of decisions) {
      allocator.recoverResources(decision.frameworkId, decision.agentId, decision.role, decision.resources, REFUSE_SECONDS, now);
    }
    declineMs += performance.now() - started;
    now += ALLOCATION_INTERVAL_MS;
  }
  const sorted = [...cycles].sort((a, b) => a - b);
  const memory = process.memoryUsage();
  return {
    benchmark: 'B1 allocator DeclineOffers',
    shape: `${shape.agents}x${shape.frameworks}`,
    agents: shape.agents,
    frameworks: shape.frameworks,
    rounds,
    cycleMs: {
      p50: round(percentile(sorted, 0.5)),
      p99: round(percentile(sorted, 0.99)),
      max: round(sorted[sorted.length - 1] ?? Number.NaN),
      min: round(sorted[0] ?? Number.NaN),
      first: round(cycles[0] ?? Number.NaN),
    },
    /** Cycles that made offers (the first F rounds); the rest find every agent filtered. */
    offeringCycleMs: offeringStats(cycles, offers),
    offersPerCycle: { first: offers[0] ?? 0, last: offers[offers.length - 1] ?? 0, total: offers.reduce((a, b) => a + b, 0) },
    addAgentsMs: round(addAgentsMs),
    addFrameworksMs: round(addFrameworksMs),
    declineAllMs: round(declineMs),
    filtersAtEnd: allocator.stats().filters,
    gcBeforeRounds: collected,
    warmup: warmup ? `${WARMUP.agents}x${WARMUP.frameworks}, ${WARMUP.rounds} rounds, discarded` : 'none',
    heapUsedMb: Math.round(memory.heapUsed / 2 ** 20),
    rssMb: Math.round(memory.rss / 2 ** 20),
    machine: machineInfo(),
  };
}

function offeringStats(cycles: readonly number[], offers: readonly number[]): Record<string, number> {
  const offering = cycles.filter((_, i) => (offers[i] ?? 0) > 0).sort((a, b) => a - b);
  return { count: offering.length, p50: round(percentile(offering, 0.5)), p99: round(percentile(offering, 0.99)) };
}

export function main(args: string[]): Promise<void> {
  const options = parseArgs(args);
  if (options.warmup) runShape(WARMUP, WARMUP.rounds, options.seed, false);
  for (const shape of options.shapes) {
    console.log(JSON.stringify(runShape(shape, options.rounds, options.seed, options.warmup)));
  }
  return Promise.resolve();
}
