import { expect } from 'chai';
import fc from 'fast-check';
import type { Instance, InstanceCondition } from '../../../frameworks/marathon/model/index.js';
import { TERMINAL_CONDITIONS } from '../../../frameworks/marathon/model/index.js';
import {
  applyTaskStatus, conditionOfState, taskStateOf, type StatusOutcome,
} from '../../../frameworks/marathon/scheduler/instance-status.js';
import type { TaskStateName } from '../../../frameworks/sdk/index.js';
import { at, inst, status, T0 } from './fixtures.js';

const TASK = 'a.instance-1._app.1';
const NOW = at(5);

function changed(outcome: StatusOutcome): Extract<StatusOutcome, { kind: 'changed' }> {
  if (outcome.kind !== 'changed') throw new Error(`expected a change, got ${outcome.kind}`);
  return outcome;
}

const STATE_TO_CONDITION: ReadonlyArray<[TaskStateName, InstanceCondition, boolean]> = [
  ['TASK_STAGING', 'staging', false],
  ['TASK_STARTING', 'starting', false],
  ['TASK_RUNNING', 'running', false],
  ['TASK_KILLING', 'killing', false],
  ['TASK_FINISHED', 'finished', true],
  ['TASK_FAILED', 'failed', true],
  ['TASK_KILLED', 'killed', true],
  ['TASK_ERROR', 'error', true],
  ['TASK_LOST', 'gone', true],
  ['TASK_DROPPED', 'dropped', true],
  ['TASK_GONE', 'gone', true],
  ['TASK_GONE_BY_OPERATOR', 'gone_by_operator', true],
  ['TASK_UNREACHABLE', 'unreachable', false],
  ['TASK_UNKNOWN', 'unknown', true],
];
const ALL_STATES = STATE_TO_CONDITION.map(([state]) => state);

describe('marathon core: applyTaskStatus', () => {
  const provisioned = inst('i1', 'provisioned', { taskId: TASK });

  it('ignores an update for an earlier task of the instance (stale)', () => {
    const relaunched = inst('i1', 'running', { taskId: 'a.instance-1._app.2', incarnation: 2 });
    for (const state of ALL_STATES) expect(applyTaskStatus(relaunched, status(TASK, state), NOW)).to.deep.equal({ kind: 'stale' });
  });

  it('treats any update as stale for an instance that has no task yet', () => {
    const scheduled = inst('i1', 'scheduled');
    expect(applyTaskStatus(scheduled, status(TASK, 'TASK_RUNNING'), NOW).kind).to.equal('stale');
  });

  it('maps every Mesos task state to its condition, and says which are terminal', () => {
    for (const [state, condition, terminal] of STATE_TO_CONDITION) {
      expect(conditionOfState(state), state).to.equal(condition);
      const outcome = changed(applyTaskStatus(provisioned, status(TASK, state), NOW));
      expect(outcome.instance.condition, state).to.equal(condition);
      expect(outcome.instance.conditionSince, state).to.equal(NOW);
      expect(outcome.terminal, state).to.equal(terminal);
      expect(TERMINAL_CONDITIONS.has(condition), state).to.equal(terminal);
    }
  });

  it('leaves the instance alone for a state it does not know', () => {
    expect(conditionOfState('TASK_STATE_UNSPECIFIED')).to.equal(undefined);
    expect(applyTaskStatus(provisioned, status(TASK, 'TASK_STATE_UNSPECIFIED'), NOW)).to.deep.equal({ kind: 'unchanged' });
  });

  it('keeps a terminal instance terminal: a late update of any state changes nothing', () => {
    const terminal = [...TERMINAL_CONDITIONS];
    fc.assert(fc.property(fc.constantFrom(...terminal), fc.constantFrom(...ALL_STATES), fc.option(fc.boolean(), { nil: undefined }),
      (condition, state, healthy) => {
        const ended = inst('i1', condition, { taskId: TASK });
        expect(applyTaskStatus(ended, status(TASK, state, healthy), NOW)).to.deep.equal({ kind: 'unchanged' });
      }));
  });

  it('reports unchanged when neither condition nor health moves (conditionSince kept)', () => {
    const running = inst('i1', 'running', { taskId: TASK, healthy: true, conditionSince: at(1) });
    expect(applyTaskStatus(running, status(TASK, 'TASK_RUNNING'), NOW).kind).to.equal('unchanged');
    expect(applyTaskStatus(running, status(TASK, 'TASK_RUNNING', true), NOW).kind).to.equal('unchanged');
  });

  it('sets stagedAt on the first STAGING only', () => {
    const staged = changed(applyTaskStatus(provisioned, status(TASK, 'TASK_STAGING'), at(1))).instance;
    expect(staged.stagedAt).to.equal(at(1));
    const starting = changed(applyTaskStatus(staged, status(TASK, 'TASK_STARTING'), at(2))).instance;
    expect(starting.stagedAt).to.equal(at(1));
    const restaged = changed(applyTaskStatus(starting, status(TASK, 'TASK_STAGING'), at(3))).instance;
    expect(restaged.stagedAt).to.equal(at(1));
    expect(restaged.conditionSince).to.equal(at(3));
    // Never staged when another state comes first.
    expect(changed(applyTaskStatus(provisioned, status(TASK, 'TASK_RUNNING'), at(1))).instance.stagedAt).to.equal(undefined);
  });

  it('sets startedAt on the first RUNNING only', () => {
    const running = changed(applyTaskStatus(provisioned, status(TASK, 'TASK_RUNNING'), at(1))).instance;
    expect(running.startedAt).to.equal(at(1));
    const killing = changed(applyTaskStatus(running, status(TASK, 'TASK_KILLING'), at(2))).instance;
    expect(killing.startedAt).to.equal(at(1));
    const again = changed(applyTaskStatus(killing, status(TASK, 'TASK_RUNNING'), at(3))).instance;
    expect(again.startedAt).to.equal(at(1));
  });

  it('sets unreachableSince once, and clears it when the task comes back RUNNING', () => {
    const running = inst('i1', 'running', { taskId: TASK, startedAt: at(1), conditionSince: at(1) });
    const away = changed(applyTaskStatus(running, status(TASK, 'TASK_UNREACHABLE'), at(2)));
    expect(away.terminal).to.equal(false);
    expect(away.instance.condition).to.equal('unreachable');
    expect(away.instance.unreachableSince).to.equal(at(2));
    // The agent repeating UNREACHABLE changes nothing.
    expect(applyTaskStatus(away.instance, status(TASK, 'TASK_UNREACHABLE'), at(3)).kind).to.equal('unchanged');
    // The strategy's clock keeps its start when the condition moves on and back.
    const inactive: Instance = { ...away.instance, condition: 'unreachable_inactive', conditionSince: at(4) };
    const back = changed(applyTaskStatus(inactive, status(TASK, 'TASK_RUNNING'), at(5)));
    expect(back.terminal).to.equal(false);
    expect(back.instance.condition).to.equal('running');
    expect(back.instance).to.not.have.property('unreachableSince');
    expect(back.instance.startedAt).to.equal(at(1));
    expect(back.instance.conditionSince).to.equal(at(5));
  });

  it('clears unreachableSince on unreachable → running', () => {
    const away = inst('i1', 'unreachable', { taskId: TASK, unreachableSince: at(1), startedAt: T0 });
    const back = changed(applyTaskStatus(away, status(TASK, 'TASK_RUNNING', true), at(2)));
    expect(back.instance).to.not.have.property('unreachableSince');
    expect(back.instance.healthy).to.equal(true);
    expect(back.healthChanged).to.equal(true);
  });

  it('stops the unreachable clock when the task is heard from again in any live state, not only RUNNING', () => {
    // The scheduler's sweep expunges every instance that has unreachableSince once expungeAfterSeconds have passed,
    // whatever its condition: a task that went unreachable while staging and came back STARTING (a long image pull)
    // must not keep the clock of its earlier absence.
    const away = inst('i1', 'unreachable', { taskId: TASK, unreachableSince: at(1), stagedAt: T0 });
    for (const state of ['TASK_STAGING', 'TASK_STARTING', 'TASK_KILLING'] as const) {
      const back = changed(applyTaskStatus(away, status(TASK, state), at(2)));
      expect(back.instance, state).to.not.have.property('unreachableSince');
    }
  });

  it('keeps unreachable_inactive on a repeated UNREACHABLE', () => {
    const inactive = inst('i1', 'unreachable_inactive', { taskId: TASK, unreachableSince: at(1), conditionSince: at(2) });
    expect(applyTaskStatus(inactive, status(TASK, 'TASK_UNREACHABLE'), at(3))).to.deep.equal({ kind: 'unchanged' });
    // A health flag on the repeat still updates health, but not the condition.
    const flagged = changed(applyTaskStatus(inactive, status(TASK, 'TASK_UNREACHABLE', false), at(3)));
    expect(flagged.instance.condition).to.equal('unreachable_inactive');
    expect(flagged.instance.conditionSince).to.equal(at(2));
    expect(flagged.instance.unreachableSince).to.equal(at(1));
  });

  it('a terminal state after unreachable is terminal', () => {
    const away = inst('i1', 'unreachable_inactive', { taskId: TASK, unreachableSince: at(1) });
    const gone = changed(applyTaskStatus(away, status(TASK, 'TASK_GONE'), at(3)));
    expect(gone.terminal).to.equal(true);
    expect(gone.instance.condition).to.equal('gone');
  });

  describe('health', () => {
    const running = inst('i1', 'running', { taskId: TASK, startedAt: T0 });

    it('takes the health flag of the update and says that it changed', () => {
      const healthy = changed(applyTaskStatus(running, status(TASK, 'TASK_RUNNING', true), NOW));
      expect(healthy.instance.healthy).to.equal(true);
      expect(healthy.healthChanged).to.equal(true);
      expect(healthy.instance.conditionSince).to.equal(T0);
      const sick = changed(applyTaskStatus(healthy.instance, status(TASK, 'TASK_RUNNING', false), NOW));
      expect(sick.instance.healthy).to.equal(false);
      expect(sick.healthChanged).to.equal(true);
      expect(sick.terminal).to.equal(false);
    });

    it('carries the known health over a RUNNING update without a flag', () => {
      const healthy: Instance = { ...running, healthy: true };
      expect(applyTaskStatus(healthy, status(TASK, 'TASK_RUNNING'), NOW).kind).to.equal('unchanged');
      const killing = changed(applyTaskStatus({ ...healthy, condition: 'killing' }, status(TASK, 'TASK_RUNNING'), NOW));
      expect(killing.instance.healthy).to.equal(true);
      expect(killing.healthChanged).to.equal(false);
    });

    it('drops health when the task leaves RUNNING without a flag', () => {
      const healthy: Instance = { ...running, healthy: true };
      const killing = changed(applyTaskStatus(healthy, status(TASK, 'TASK_KILLING'), NOW));
      expect(killing.instance).to.not.have.property('healthy');
      expect(killing.healthChanged).to.equal(true);
      const away = changed(applyTaskStatus(healthy, status(TASK, 'TASK_UNREACHABLE'), NOW));
      expect(away.instance).to.not.have.property('healthy');
    });

    it('property: healthChanged says exactly whether healthy differs; nothing else of the instance is lost', () => {
      const live: InstanceCondition[] = ['provisioned', 'staging', 'starting', 'running', 'killing', 'unreachable', 'unreachable_inactive'];
      fc.assert(fc.property(fc.constantFrom(...live), fc.option(fc.boolean(), { nil: undefined }), fc.constantFrom(...ALL_STATES),
        fc.option(fc.boolean(), { nil: undefined }), (condition, before, state, flag) => {
          const instance = inst('i1', condition, {
            taskId: TASK, hostPorts: [31000], agent: { agentId: 'agent-1', hostname: 'h', attributes: {} },
            ...(before === undefined ? {} : { healthy: before }),
          });
          const outcome = applyTaskStatus(instance, status(TASK, state, flag), NOW);
          if (outcome.kind === 'stale') throw new Error('not stale');
          if (outcome.kind === 'unchanged') return;
          expect(outcome.healthChanged).to.equal(outcome.instance.healthy !== before);
          expect(outcome.instance.instanceId).to.equal('i1');
          expect(outcome.instance.taskId).to.equal(TASK);
          expect(outcome.instance.hostPorts).to.deep.equal([31000]);
          expect(outcome.instance.agent?.agentId).to.equal('agent-1');
          expect(outcome.instance.goal).to.equal('running');
          expect('healthy' in outcome.instance).to.equal(outcome.instance.healthy !== undefined);
        }));
    });
  });
});

describe('marathon core: taskStateOf', () => {
  it('names the Mesos state of every condition', () => {
    const expected: Record<InstanceCondition, string> = {
      scheduled: 'TASK_STAGING', provisioned: 'TASK_STAGING', staging: 'TASK_STAGING', starting: 'TASK_STARTING',
      running: 'TASK_RUNNING', killing: 'TASK_KILLING', finished: 'TASK_FINISHED', failed: 'TASK_FAILED',
      killed: 'TASK_KILLED', error: 'TASK_ERROR', dropped: 'TASK_DROPPED', gone: 'TASK_GONE',
      gone_by_operator: 'TASK_GONE_BY_OPERATOR', unreachable: 'TASK_UNREACHABLE', unreachable_inactive: 'TASK_UNREACHABLE',
      unknown: 'TASK_UNKNOWN',
    };
    for (const [condition, state] of Object.entries(expected)) {
      expect(taskStateOf(condition as InstanceCondition), condition).to.equal(state);
    }
  });

  it('round-trips every condition a task state maps to', () => {
    for (const [state, condition] of STATE_TO_CONDITION) {
      if (state === 'TASK_LOST') continue; // LOST is folded into gone
      expect(taskStateOf(condition)).to.equal(state);
    }
  });
});
