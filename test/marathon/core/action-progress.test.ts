import { expect } from 'chai';
import {
  configVersion, countedInstances, evaluateAction, type InstanceJudge,
} from '../../../frameworks/marathon/deployments/action-progress.js';
import type { Instance } from '../../../frameworks/marathon/model/index.js';
import { app, at, ids, inst, T0 } from './fixtures.js';

/** Healthy = running and not known unhealthy; ready unless listed as not ready. */
function judge(notReady: readonly string[] = []): InstanceJudge {
  return {
    healthy: (i) => i.condition === 'running' && i.healthy !== false,
    ready: (i) => !notReady.includes(i.instanceId),
  };
}

/** Running healthy instance started `minutes` after T0. */
function up(id: string, minutes: number, fields: Partial<Instance> = {}): Instance {
  return inst(id, 'running', { taskId: `${id}.task`, healthy: true, startedAt: at(minutes), ...fields });
}

const V1 = T0;
const V2 = at(60);

describe('marathon core: evaluateAction', () => {
  describe('StartApplication', () => {
    it('is done at once and asks for nothing (the app starts at 0 instances)', () => {
      expect(evaluateAction('StartApplication', app('/a', { instances: 3 }), [], judge()))
        .to.deep.equal({ create: 0, decommission: [], done: true });
    });
  });

  describe('StopApplication', () => {
    it('decommissions every instance wanted running and is done only when none is left', () => {
      const a = app('/a', { instances: 2 });
      const instances = [up('i1', 1), inst('i2', 'scheduled'), up('i3', 2, { goal: 'decommissioned' })];
      const needs = evaluateAction('StopApplication', a, instances, judge());
      expect(ids(needs.decommission)).to.deep.equal(['i1', 'i2']);
      expect(needs.create).to.equal(0);
      expect(needs.done).to.equal(false);
      expect(evaluateAction('StopApplication', a, [instances[2] as Instance], judge()))
        .to.deep.equal({ create: 0, decommission: [], done: false });
      expect(evaluateAction('StopApplication', a, [], judge()).done).to.equal(true);
    });

    it('decommissions unreachable_inactive instances too, so the stop can finish', () => {
      // The app is removed from the state when its Stop begins, and the scheduler's sweep skips the unreachable
      // strategy of instances whose app is gone: nothing else would ever remove this instance.
      const away = inst('i1', 'unreachable_inactive', { taskId: 'i1.task', unreachableSince: at(1) });
      const needs = evaluateAction('StopApplication', app('/a'), [away], judge());
      expect(ids(needs.decommission)).to.deep.equal(['i1']);
    });
  });

  describe('ScaleApplication', () => {
    it('creates the missing instances', () => {
      const needs = evaluateAction('ScaleApplication', app('/a', { instances: 3 }), [up('i1', 1)], judge());
      expect(needs).to.deep.equal({ create: 2, decommission: [], done: false });
    });

    it('does not count unreachable_inactive instances, so a replacement is created; unreachable ones still count', () => {
      const a = app('/a', { instances: 2 });
      const instances = [up('i1', 1), inst('i2', 'unreachable_inactive', { taskId: 't2', unreachableSince: at(2) })];
      expect(countedInstances(instances)).to.deep.equal([instances[0]]);
      expect(evaluateAction('ScaleApplication', a, instances, judge())).to.deep.include({ create: 1, done: false });
      const stillUnreachable = [up('i1', 1), inst('i2', 'unreachable', { taskId: 't2', unreachableSince: at(2) })];
      expect(evaluateAction('ScaleApplication', a, stillUnreachable, judge())).to.deep.include({ create: 0, done: false });
      // With the replacement healthy, the written-off instance does not stop the scale from being done.
      const replaced = [...instances, up('i3', 3)];
      expect(evaluateAction('ScaleApplication', a, replaced, judge())).to.deep.equal({ create: 0, decommission: [], done: true });
    });

    it('scales down by killSelection: youngest first by default, oldest first when asked', () => {
      const instances = [up('i1', 1), up('i2', 3), up('i3', 2)];
      const youngest = evaluateAction('ScaleApplication', app('/a', { instances: 1 }), instances, judge());
      expect(ids(youngest.decommission)).to.deep.equal(['i2', 'i3']);
      expect(youngest.create).to.equal(0);
      expect(youngest.done).to.equal(false);
      const oldest = evaluateAction('ScaleApplication', app('/a', { instances: 1, killSelection: 'OLDEST_FIRST' }), instances, judge());
      expect(ids(oldest.decommission)).to.deep.equal(['i1', 'i3']);
    });

    it('scales down what serves nothing first: waiting, unreachable, staging, unhealthy, then healthy', () => {
      const instances = [
        up('healthy', 9), up('sick', 1, { healthy: false }), inst('sched', 'scheduled'),
        inst('lost', 'unreachable', { taskId: 't', unreachableSince: at(1) }), inst('staging', 'staging', { taskId: 's', stagedAt: at(1) }),
      ];
      const needs = evaluateAction('ScaleApplication', app('/a', { instances: 1 }), instances, judge());
      expect(ids(needs.decommission)).to.deep.equal(['sched', 'lost', 'staging', 'sick']);
    });

    it('never decommissions an instance twice: leaving instances are neither counted nor chosen', () => {
      const instances = [up('i1', 1), up('i2', 2, { goal: 'decommissioned' }), up('i3', 3, { goal: 'decommissioned' })];
      expect(evaluateAction('ScaleApplication', app('/a', { instances: 1 }), instances, judge()))
        .to.deep.equal({ create: 0, decommission: [], done: false });
      expect(evaluateAction('ScaleApplication', app('/a', { instances: 0 }), instances, judge()).decommission)
        .to.deep.equal([instances[0]]);
    });

    it('is done only at the target count with every counted instance healthy and ready and none leaving', () => {
      const a = app('/a', { instances: 2 });
      const done = (instances: Instance[], notReady: string[] = []) => evaluateAction('ScaleApplication', a, instances, judge(notReady)).done;
      expect(done([up('i1', 1), up('i2', 2)])).to.equal(true);
      expect(done([up('i1', 1), up('i2', 2)], ['i2'])).to.equal(false);
      expect(done([up('i1', 1), up('i2', 2, { healthy: false })])).to.equal(false);
      expect(done([up('i1', 1), inst('i2', 'staging', { taskId: 't' })])).to.equal(false);
      expect(done([up('i1', 1), up('i2', 2), up('i3', 3, { goal: 'decommissioned' })])).to.equal(false);
      expect(done([up('i1', 1)])).to.equal(false);
      expect(done([up('i1', 1), up('i2', 2), up('i3', 3)])).to.equal(false);
      expect(evaluateAction('ScaleApplication', app('/a', { instances: 0 }), [], judge()).done).to.equal(true);
    });
  });

  describe('RestartApplication', () => {
    /** Version 2 of /a (a config change at V2), with the given upgrade strategy. */
    function v2(instances: number, minimumHealthCapacity: number, maximumOverCapacity: number, fields: Record<string, unknown> = {}) {
      return app('/a', { instances, upgradeStrategy: { minimumHealthCapacity, maximumOverCapacity }, ...fields }, V2);
    }
    const old = (id: string, minutes: number, fields: Partial<Instance> = {}) => up(id, minutes, { appVersion: V1, ...fields });
    const fresh = (id: string, minutes: number, fields: Partial<Instance> = {}) => up(id, minutes, { appVersion: V2, ...fields });

    it('tells old from new by the config version, which a scale does not change', () => {
      const a = v2(1, 1, 1);
      expect(configVersion(a)).to.equal(V2);
      const scaled = { ...a, instances: 3, version: at(90), versionInfo: { lastScalingAt: at(90), lastConfigChangeAt: V2 } };
      expect(configVersion(scaled)).to.equal(V2);
      const { versionInfo: _vi, ...bare } = a;
      expect(configVersion(bare)).to.equal(a.version);
      // Instances at the config version are new: only a scale is left.
      expect(evaluateAction('RestartApplication', scaled, [fresh('n1', 61)], judge())).to.deep.equal({ create: 2, decommission: [], done: false });
    });

    it('h=0.5, o=0, N=4: kills 2 old first, waits for them to end, then starts 2', () => {
      const a = v2(4, 0.5, 0);
      const olds = [old('o1', 1), old('o2', 2), old('o3', 3), old('o4', 4)];
      const first = evaluateAction('RestartApplication', a, olds, judge());
      expect(first.create).to.equal(0);
      expect(ids(first.decommission)).to.deep.equal(['o4', 'o3']);
      expect(first.done).to.equal(false);
      // Killed but still running: they hold capacity and are not killed again.
      const stopping = olds.map((o) => (o.instanceId === 'o4' || o.instanceId === 'o3' ? { ...o, goal: 'decommissioned' as const } : o));
      expect(evaluateAction('RestartApplication', a, stopping, judge())).to.deep.equal({ create: 0, decommission: [], done: false });
      // One ended: one slot free.
      expect(evaluateAction('RestartApplication', a, stopping.slice(0, 3), judge())).to.deep.equal({ create: 1, decommission: [], done: false });
      // Both ended: two new start; the old healthy pair stays (minHealthy 2).
      const news = [old('o1', 1), old('o2', 2), inst('n1', 'scheduled', { appVersion: V2 }), inst('n2', 'scheduled', { appVersion: V2 })];
      expect(evaluateAction('RestartApplication', a, news, judge())).to.deep.equal({ create: 0, decommission: [], done: false });
      // One new ready and healthy lets one more old go.
      const oneReady = [old('o1', 1), old('o2', 2), fresh('n1', 70), inst('n2', 'staging', { taskId: 't', appVersion: V2 })];
      expect(ids(evaluateAction('RestartApplication', a, oneReady, judge()).decommission)).to.deep.equal(['o2']);
      // ... but not while it is not ready yet.
      expect(evaluateAction('RestartApplication', a, oneReady, judge(['n1'])).decommission).to.deep.equal([]);
    });

    it('h=1, o=1: starts all N new beside the old, then one old per new ready one', () => {
      const a = v2(2, 1, 1);
      const olds = [old('o1', 1), old('o2', 2)];
      expect(evaluateAction('RestartApplication', a, olds, judge())).to.deep.equal({ create: 2, decommission: [], done: false });
      const started = [...olds, inst('n1', 'scheduled', { appVersion: V2 }), inst('n2', 'scheduled', { appVersion: V2 })];
      expect(evaluateAction('RestartApplication', a, started, judge())).to.deep.equal({ create: 0, decommission: [], done: false });
      const oneReady = [...olds, fresh('n1', 70), inst('n2', 'starting', { taskId: 't', appVersion: V2 })];
      expect(ids(evaluateAction('RestartApplication', a, oneReady, judge()).decommission)).to.deep.equal(['o2']);
    });

    it('kills unhealthy old instances before healthy ones', () => {
      const olds = [old('o1', 1), old('o2', 2, { healthy: false }), old('o3', 3)];
      // healthy 2, minHealthy 2: no healthy one may go, and there is no room: the unhealthy one goes (it costs no health)
      expect(ids(evaluateAction('RestartApplication', v2(3, 0.5, 0), olds, judge()).decommission)).to.deep.equal(['o2']);
      // healthy 2, minHealthy 1: one may go, and it is the unhealthy one
      expect(ids(evaluateAction('RestartApplication', v2(3, 0.3, 0), olds, judge()).decommission)).to.deep.equal(['o2']);
      const h0 = v2(3, 0, 0);
      expect(ids(evaluateAction('RestartApplication', h0, olds, judge()).decommission)).to.deep.equal(['o2', 'o3']);
    });

    it('is never done while an old instance remains, and finishes as a plain scale', () => {
      const a = v2(2, 1, 1);
      const nearly = [old('o1', 1), fresh('n1', 70), fresh('n2', 71)];
      const needs = evaluateAction('RestartApplication', a, nearly, judge());
      expect(needs.done).to.equal(false);
      expect(ids(needs.decommission)).to.deep.equal(['o1']);
      const leaving = [old('o1', 1, { goal: 'decommissioned' }), fresh('n1', 70), fresh('n2', 71)];
      expect(evaluateAction('RestartApplication', a, leaving, judge())).to.deep.equal({ create: 0, decommission: [], done: false });
      expect(evaluateAction('RestartApplication', a, [fresh('n1', 70), fresh('n2', 71)], judge()))
        .to.deep.equal({ create: 0, decommission: [], done: true });
      expect(evaluateAction('RestartApplication', a, [fresh('n1', 70), fresh('n2', 71)], judge(['n2'])).done).to.equal(false);
    });

    it('old instances still ending hold capacity in the last phase too (o=0 never runs more than N)', () => {
      // N=2, h=0, o=0: maxCapacity 2. The last old instance was told to stop but still runs, one new one runs:
      // 2 active, no room for the second new one until the old one has ended.
      const a = v2(2, 0, 0);
      const instances = [old('o1', 1, { goal: 'decommissioned' }), fresh('n1', 70)];
      expect(evaluateAction('RestartApplication', a, instances, judge())).to.deep.equal({ create: 0, decommission: [], done: false });
    });

    it('makes progress when old instances are unhealthy and there is no room over capacity', () => {
      // Killing an unhealthy old instance costs no health, so minimumHealthCapacity cannot forbid it; without it
      // (o=0, no room to start a new one first) the restart waits forever.
      const single = evaluateAction('RestartApplication', v2(1, 0, 0), [old('o1', 1, { healthy: false })], judge());
      expect(ids(single.decommission)).to.deep.equal(['o1']);
      const olds = [old('o1', 1), old('o2', 2), old('o3', 3, { healthy: false }), old('o4', 4, { healthy: false })];
      const half = evaluateAction('RestartApplication', v2(4, 0.5, 0), olds, judge());
      // One unhealthy old instance at a time (the youngest first): the next evaluation, after it ended, frees room.
      expect(ids(half.decommission)).to.deep.equal(['o4']);
    });

    it('a restart folded with a scale-down drops the extra old instances at once', () => {
      const a = v2(1, 1, 0);
      const olds = [old('o1', 1), old('o2', 2), old('o3', 3)];
      const needs = evaluateAction('RestartApplication', a, olds, judge());
      expect(ids(needs.decommission)).to.deep.equal(['o3', 'o2']);
    });
  });
});
