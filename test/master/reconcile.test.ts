import { expect } from 'chai';
import { v1, type pb } from '../../shared/protocol/index.js';
import { reconcileAnswers } from '../../master/reconcile.js';
import type { AgentEntry, FrameworkEntry, TaskEntry } from '../../master/state.js';

const STATE = v1.TaskState;

function framework(partitionAware: boolean, tasks: TaskEntry[] = [], completed: TaskEntry[] = []): FrameworkEntry {
  return {
    id: 'f1', info: { name: 'f', ...(partitionAware ? { capabilities: [{ type: v1.FrameworkInfo.Capability.Type.PARTITION_AWARE }] } : {}) },
    eventSubject: 'x', connected: true, subscribedHere: true, registeredAt: 0, disconnectedAt: undefined, failoverTimer: undefined,
    missedHeartbeats: 0, tasks: new Map(tasks.map((task) => [task.taskId, task])), completedTasks: completed, offerIds: new Set(),
  };
}

function task(taskId: string, state: pb.TaskState, latestStatus?: pb.TaskStatus.$Properties): TaskEntry {
  return { taskId, frameworkId: 'f1', agentId: 'a1', info: {}, resources: [], role: '*', state, latestStatus, history: [], resourcesRecovered: false };
}

const agents = new Map<string, AgentEntry>([['a1', {} as AgentEntry]]);
const context = (pending: string[] = []) => ({ agents, pendingAgentIds: new Set(pending), nowMs: 5000 });
const summary = (answers: pb.TaskStatus.$Properties[]) => answers.map((answer) => [answer.taskId?.value, v1.TaskState[answer.state ?? 0], answer.agentId?.value]);

describe('reconciliation answers', function () {
  it('implicit: every task the master holds, latest state, no uuid, reason RECONCILIATION, exit code kept', function () {
    const answers = reconcileAnswers(framework(false, [
      task('t1', STATE.TASK_RUNNING, { uuid: new Uint8Array([1]), healthy: true, message: 'up' }),
      task('t2', STATE.TASK_UNREACHABLE),
    ]), [], context());
    expect(summary(answers)).to.deep.equal([['t1', 'TASK_RUNNING', 'a1'], ['t2', 'TASK_UNREACHABLE', 'a1']]);
    expect(answers[0]).to.deep.include({ healthy: true, message: 'up', reason: v1.TaskStatus.Reason.REASON_RECONCILIATION, timestamp: 5 });
    expect(answers[0]?.uuid).to.have.length(0);
  });

  it('explicit: known tasks (also completed ones) get their state; unknown ones are lost, gone or unknown', function () {
    const done = task('t-done', STATE.TASK_FINISHED, { exitCode: 0 });
    const ask = [{ taskId: { value: 't-done' } }, { taskId: { value: 'nope' }, agentId: { value: 'a1' } }, { taskId: { value: 'nope2' }, agentId: { value: 'a9' } }];
    expect(summary(reconcileAnswers(framework(false, [], [done]), ask, context()))).to.deep.equal([
      ['t-done', 'TASK_FINISHED', 'a1'], ['nope', 'TASK_LOST', 'a1'], ['nope2', 'TASK_LOST', 'a9'],
    ]);
    expect(summary(reconcileAnswers(framework(true, [], [done]), ask, context()))).to.deep.equal([
      ['t-done', 'TASK_FINISHED', 'a1'], ['nope', 'TASK_GONE', 'a1'], ['nope2', 'TASK_UNKNOWN', 'a9'],
    ]);
  });

  it('stays silent about unknown tasks that may be on agents not re-registered yet', function () {
    const ask = [{ taskId: { value: 'maybe' }, agentId: { value: 'a-pending' } }, { taskId: { value: 'anywhere' } }, { taskId: { value: 'elsewhere' }, agentId: { value: 'a1' } }];
    expect(summary(reconcileAnswers(framework(false), ask, context(['a-pending'])))).to.deep.equal([['elsewhere', 'TASK_LOST', 'a1']]);
  });
});
