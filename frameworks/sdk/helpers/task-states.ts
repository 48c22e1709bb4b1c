import { isTerminalTaskState, type pb } from '../../../shared/protocol/index.js';
import { taskStateFromName, type TaskStateName } from '../views/task-status.js';

/**
 * True when the task will never run again: FINISHED, FAILED, KILLED, ERROR, DROPPED, GONE. TASK_LOST,
 * TASK_UNREACHABLE and TASK_GONE_BY_OPERATOR are not terminal: the agent may come back with the task still running
 * (mesos.md §3). A framework that must replace such tasks should kill the old one when it reappears.
 */
export function isTerminalState(state: TaskStateName | pb.TaskState): boolean {
  return isTerminalTaskState(typeof state === 'string' ? taskStateFromName(state) : state);
}

const UNCERTAIN: ReadonlySet<TaskStateName> = new Set<TaskStateName>([
  'TASK_LOST', 'TASK_UNREACHABLE', 'TASK_GONE_BY_OPERATOR', 'TASK_UNKNOWN',
]);

/** True when nobody knows whether the task still runs (its agent is unreachable, removed or unknown). */
export function isUncertainState(state: TaskStateName): boolean {
  return UNCERTAIN.has(state);
}
