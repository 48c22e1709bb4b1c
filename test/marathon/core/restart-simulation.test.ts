// A rolling restart driven through evaluateAction on real Instance objects, the way the deployment executor drives
// it: evaluate, carry out the answer at once, let time pass until something about the instances changes, repeat.
import { expect } from 'chai';
import fc from 'fast-check';
import type { AppDefinition } from '../../../frameworks/marathon/app-definition/index.js';
import { configVersion, evaluateAction, type InstanceJudge } from '../../../frameworks/marathon/deployments/action-progress.js';
import type { Instance } from '../../../frameworks/marathon/model/index.js';
import { restartLimits } from '../../../frameworks/marathon/planner/index.js';
import { app, at, T0 } from './fixtures.js';

const V1 = T0;
const V2 = at(60);

/** Healthy = running with a passing health check; new instances are ready once healthy. */
const judge: InstanceJudge = {
  healthy: (i) => i.condition === 'running' && i.healthy === true,
  ready: () => true,
};

interface Params {
  readonly n: number;
  readonly h: number;
  readonly o: number;
  readonly initialOld: number;
  readonly unhealthyOld: number;
  readonly killSelection: 'YOUNGEST_FIRST' | 'OLDEST_FIRST';
  /** Ticks before each next event (cycled): a launch, a health check passing, a killed task ending. */
  readonly delays: readonly number[];
}

/** Plain assertion for the hot loop (chai is slow there). */
function check(ok: boolean, message: string): void {
  if (!ok) throw new Error(message);
}

interface Pending { readonly due: number; readonly apply: () => void }

function simulate(p: Params): { instances: Instance[]; lowestHealthy: number; floor: number } {
  const target: AppDefinition = app('/a', {
    instances: p.n, killSelection: p.killSelection, upgradeStrategy: { minimumHealthCapacity: p.h, maximumOverCapacity: p.o },
  }, V2);
  const version = configVersion(target);
  const instances = new Map<string, Instance>();
  for (let k = 0; k < p.initialOld; k++) {
    const id = `old-${String(k).padStart(2, '0')}`;
    instances.set(id, {
      instanceId: id, appId: '/a', appVersion: V1, goal: 'running', incarnation: 1, condition: 'running',
      conditionSince: at(k), taskId: `${id}.task`, hostPorts: [], healthy: k >= p.unhealthyOld, stagedAt: at(k), startedAt: at(k),
    });
  }
  const { minHealthy, maxCapacity } = restartLimits(p.n, p.h, p.o);
  const capacity = maxCapacity + (minHealthy === maxCapacity ? 1 : 0);
  const healthyNow = () => [...instances.values()].filter((i) => i.goal === 'running' && judge.healthy(i) && judge.ready(i)).length;
  const floor = Math.min(minHealthy, healthyNow());
  let lowestHealthy = healthyNow();

  let tick = 0;
  let nextDelay = 0;
  let created = 0;
  const delay = () => p.delays[nextDelay++ % p.delays.length] ?? 0;
  let pending: Pending[] = [];
  const update = (id: string, change: Partial<Instance>) => {
    const current = instances.get(id);
    if (current !== undefined) instances.set(id, { ...current, ...change });
  };

  for (let round = 0; round < 10_000; round++) {
    const all = [...instances.values()];
    const needs = evaluateAction('RestartApplication', target, all, judge);
    if (needs.done) break;
    for (const victim of needs.decommission) {
      const current = instances.get(victim.instanceId);
      check(current !== undefined && current.goal === 'running', `decommission of ${victim.instanceId}, which is not wanted running`);
      // The scheduler forgets an instance without a task at once, and kills the others.
      if (victim.condition === 'scheduled') { instances.delete(victim.instanceId); continue; }
      update(victim.instanceId, { goal: 'decommissioned' });
      pending.push({ due: tick + 1 + delay(), apply: () => instances.delete(victim.instanceId) });
    }
    for (let k = 0; k < needs.create; k++) {
      const id = `new-${String(created++).padStart(3, '0')}`;
      instances.set(id, {
        instanceId: id, appId: '/a', appVersion: version, goal: 'running', incarnation: 0, condition: 'scheduled',
        conditionSince: at(tick), hostPorts: [],
      });
      const launchAt = tick + 1 + delay();
      const healthyAt = launchAt + delay();
      pending.push({ due: launchAt, apply: () => update(id, { condition: 'running', taskId: `${id}.task`, startedAt: at(launchAt) }) });
      pending.push({ due: healthyAt, apply: () => update(id, { healthy: true }) });
    }
    const healthy = healthyNow();
    lowestHealthy = Math.min(lowestHealthy, healthy);
    check(healthy >= floor, `round ${round}: ${healthy} healthy, below the floor ${floor}`);
    check(needs.create === 0 || instances.size <= Math.max(capacity, p.initialOld),
      `round ${round}: ${instances.size} instances after a start, capacity ${capacity}`);
    if (pending.length === 0) {
      check(needs.create > 0 || needs.decommission.length > 0, `round ${round}: stuck, nothing pending and nothing asked`);
      continue;
    }
    // Time passes until the next event; everything due then happens before the next evaluation.
    tick = Math.min(...pending.map((e) => e.due));
    for (const event of pending.filter((e) => e.due <= tick)) event.apply();
    pending = pending.filter((e) => e.due > tick);
  }
  return { instances: [...instances.values()], lowestHealthy, floor };
}

function params(unhealthyOld: fc.Arbitrary<number>): fc.Arbitrary<Params> {
  return fc.record({
    n: fc.integer({ min: 0, max: 20 }),
    h: fc.constantFrom(0, 0.25, 0.5, 0.7, 0.75, 1),
    o: fc.constantFrom(0, 0.1, 0.25, 0.5, 1),
    initialOld: fc.integer({ min: 0, max: 24 }),
    unhealthyOld,
    killSelection: fc.constantFrom('YOUNGEST_FIRST' as const, 'OLDEST_FIRST' as const),
    delays: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 16 }),
  });
}

function endsWithNewHealthy(p: Params): void {
  const { instances } = simulate(p);
  expect(instances.length).to.equal(p.n);
  for (const i of instances) {
    expect(i.appVersion).to.equal(V2);
    expect(i.goal).to.equal('running');
    expect(judge.healthy(i)).to.equal(true);
  }
}

describe('marathon core: rolling restart through evaluateAction (simulation)', () => {
  it('property: ends with exactly N new healthy instances, never below min(ceil(N·h), healthy at start)', () => {
    fc.assert(fc.property(params(fc.constant(0)), endsWithNewHealthy), { numRuns: 150 });
  });

  it('property: the same when some old instances are unhealthy (killing them costs no health)', () => {
    fc.assert(fc.property(params(fc.integer({ min: 1, max: 24 })), endsWithNewHealthy), { numRuns: 150 });
  });

  it('keeps every healthy old instance until its replacement is ready when h=1', () => {
    const { lowestHealthy, floor } = simulate({
      n: 5, h: 1, o: 0.5, initialOld: 5, unhealthyOld: 0, killSelection: 'YOUNGEST_FIRST', delays: [2, 0, 3, 1],
    });
    expect(floor).to.equal(5);
    expect(lowestHealthy).to.equal(5);
  });

  it('h=0 may take every old instance down first', () => {
    const { lowestHealthy, instances } = simulate({
      n: 4, h: 0, o: 0, initialOld: 4, unhealthyOld: 0, killSelection: 'YOUNGEST_FIRST', delays: [1],
    });
    expect(lowestHealthy).to.equal(0);
    expect(instances).to.have.length(4);
  });
});
