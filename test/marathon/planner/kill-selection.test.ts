import { expect } from 'chai';
import fc from 'fast-check';
import type { Instance, InstanceCondition } from '../../../frameworks/marathon/model/index.js';
import { selectForKill } from '../../../frameworks/marathon/planner/index.js';

function inst(id: string, condition: InstanceCondition, fields: Partial<Instance> = {}): Instance {
  return {
    instanceId: id, appId: '/a', appVersion: '2024-01-01T00:00:00.000Z', goal: 'running', incarnation: 1, condition,
    conditionSince: '2024-01-01T00:00:00.000Z', hostPorts: [], ...fields,
  };
}
const ids = (xs: Instance[]) => xs.map((x) => x.instanceId);

describe('marathon planner: selectForKill', () => {
  const t = (h: number) => `2024-01-01T${String(h).padStart(2, '0')}:00:00.000Z`;
  const healthyOld = inst('h-old', 'running', { healthy: true, startedAt: t(1) });
  const healthyNew = inst('h-new', 'running', { healthy: true, startedAt: t(5) });
  const noChecks = inst('h-mid', 'running', { startedAt: t(3) });
  const unhealthy = inst('sick', 'running', { healthy: false, startedAt: t(2) });
  const staging = inst('staging', 'staging', { stagedAt: t(6) });
  const starting = inst('starting', 'starting', { stagedAt: t(6) });
  const unreachable = inst('lost', 'unreachable', { startedAt: t(1) });
  const scheduled = inst('sched', 'scheduled');
  const all = [healthyOld, healthyNew, noChecks, unhealthy, staging, starting, unreachable, scheduled];

  it('kills what is not running, then the unhealthy, then the youngest healthy (YOUNGEST_FIRST)', () => {
    expect(ids(selectForKill(all, all.length, 'YOUNGEST_FIRST')))
      .to.deep.equal(['sched', 'lost', 'staging', 'starting', 'sick', 'h-new', 'h-mid', 'h-old']);
  });

  it('kills the longest running healthy first with OLDEST_FIRST', () => {
    expect(ids(selectForKill(all, all.length, 'OLDEST_FIRST')))
      .to.deep.equal(['sched', 'lost', 'staging', 'starting', 'sick', 'h-old', 'h-mid', 'h-new']);
  });

  it('takes only count, and nothing for 0 or less', () => {
    expect(ids(selectForKill(all, 2, 'YOUNGEST_FIRST'))).to.deep.equal(['sched', 'lost']);
    expect(selectForKill(all, 0, 'YOUNGEST_FIRST')).to.deep.equal([]);
    expect(selectForKill(all, -1, 'YOUNGEST_FIRST')).to.deep.equal([]);
    expect(selectForKill(all, 99, 'YOUNGEST_FIRST')).to.have.length(all.length);
  });

  it('breaks ties by instanceId, whatever the input order', () => {
    const twins = ['c', 'a', 'b'].map((id) => inst(id, 'running', { healthy: true, startedAt: t(1) }));
    fc.assert(fc.property(fc.shuffledSubarray(twins, { minLength: 3, maxLength: 3 }), (xs) => {
      expect(ids(selectForKill(xs, 3, 'YOUNGEST_FIRST'))).to.deep.equal(['a', 'b', 'c']);
      expect(ids(selectForKill(xs, 3, 'OLDEST_FIRST'))).to.deep.equal(['a', 'b', 'c']);
    }));
  });

  it('is deterministic for any input order', () => {
    fc.assert(fc.property(fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length }), fc.nat(10), (xs, k) => {
      expect(ids(selectForKill(xs, k, 'YOUNGEST_FIRST'))).to.deep.equal(ids(selectForKill(all, k, 'YOUNGEST_FIRST')));
    }));
  });
});
