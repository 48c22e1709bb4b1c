// Mesos task reconciliation, as a pure function: which statuses answer a RECONCILE call.
import { v1, type pb } from '../shared/protocol/index.js';
import type { AgentEntry, FrameworkEntry, TaskEntry } from './state.js';
import { isPartitionAware, masterStatus } from './task-status.js';

const STATE = v1.TaskState;
const RECONCILIATION = v1.TaskStatus.Reason.REASON_RECONCILIATION;

export interface ReconcileContext {
  readonly agents: ReadonlyMap<string, AgentEntry>;
  /** Agents known from the registry that have not re-registered with this master yet. */
  readonly pendingAgentIds: ReadonlySet<string>;
  readonly nowMs: number;
}

/** The latest known state of a task, marked as a reconciliation answer; such answers carry no uuid. */
function latest(task: TaskEntry, nowMs: number): pb.TaskStatus.$Properties {
  const previous = task.latestStatus;
  return {
    ...(previous ?? {}),
    ...masterStatus(task.taskId, task.agentId, task.state, RECONCILIATION, previous?.message ?? '', nowMs),
    ...(previous?.exitCode !== undefined && previous.exitCode !== null ? { exitCode: previous.exitCode } : {}),
    ...(previous?.healthy !== undefined && previous.healthy !== null ? { healthy: previous.healthy } : {}),
    uuid: new Uint8Array(),
  };
}

/**
 * An empty list asks for every task the master holds that is not terminal (implicit reconciliation). An explicit
 * list gets the latest known state of each task; tasks unknown to the master are TASK_LOST (TASK_GONE or
 * TASK_UNKNOWN for partition-aware frameworks) — except while the task may sit on an agent recovered from the
 * registry that has not re-registered yet: then there is no answer, and the framework asks again later.
 */
export function reconcileAnswers(
  framework: FrameworkEntry,
  requested: readonly pb.Call.Reconcile.Task.$Properties[],
  context: ReconcileContext,
): pb.TaskStatus.$Properties[] {
  if (requested.length === 0) return [...framework.tasks.values()].map((task) => latest(task, context.nowMs));
  const partitionAware = isPartitionAware(framework.info);
  const answers: pb.TaskStatus.$Properties[] = [];
  for (const entry of requested) {
    const taskId = entry.taskId?.value ?? '';
    const task = framework.tasks.get(taskId) ?? framework.completedTasks.find((done) => done.taskId === taskId);
    if (task !== undefined) {
      answers.push(latest(task, context.nowMs));
      continue;
    }
    const agentId = entry.agentId?.value ?? '';
    const agentKnown = agentId !== '' && context.agents.has(agentId);
    if (agentId !== '' && !agentKnown && context.pendingAgentIds.has(agentId)) continue;
    if (agentId === '' && context.pendingAgentIds.size > 0) continue;
    const state = !partitionAware ? STATE.TASK_LOST : agentId !== '' && !agentKnown ? STATE.TASK_UNKNOWN : STATE.TASK_GONE;
    answers.push(masterStatus(taskId, agentId === '' ? undefined : agentId, state, RECONCILIATION, 'task is unknown to the master', context.nowMs));
  }
  return answers;
}
