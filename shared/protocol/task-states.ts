import { v1, type pb } from '../proto/index.js';

const S = v1.TaskState;

/**
 * States after which a task never runs again. TASK_LOST, TASK_UNREACHABLE and TASK_GONE_BY_OPERATOR are not here:
 * a task reported lost or unreachable may come back RUNNING when its agent returns (mesos.md §3).
 */
const TERMINAL_STATES: ReadonlySet<pb.TaskState> = new Set([
  S.TASK_FINISHED, S.TASK_FAILED, S.TASK_KILLED, S.TASK_ERROR, S.TASK_DROPPED, S.TASK_GONE,
]);

export function isTerminalTaskState(state: pb.TaskState): boolean {
  return TERMINAL_STATES.has(state);
}

/** The state's enum name, e.g. `TASK_RUNNING`. */
export function taskStateName(state: pb.TaskState | null | undefined): string {
  return (state === null || state === undefined ? undefined : S[state]) ?? 'TASK_STATE_UNSPECIFIED';
}

export function taskReasonName(reason: pb.TaskStatus.Reason | null | undefined): string {
  return (reason === null || reason === undefined ? undefined : v1.TaskStatus.Reason[reason]) ?? 'REASON_UNSPECIFIED';
}
