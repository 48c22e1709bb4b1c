// How the agent describes what happened to a task, as TaskStatus values (Mesos command executor wording).
import { isTerminalTaskState, v1, type pb } from '../shared/protocol/index.js';
import type { ContainerTermination } from './containerizer/index.js';

const State = v1.TaskState;
const Reason = v1.TaskStatus.Reason;

/** Why the agent ended a task, when it did. */
export type KillCause = 'requested' | 'max-completion-time' | 'framework-shutdown' | 'agent-shutdown' | 'agent-removed';

export interface StatusFields {
  readonly state: pb.TaskState;
  readonly message: string;
  readonly reason?: pb.TaskStatus.Reason;
  readonly source: pb.TaskStatus.Source;
  readonly exitCode?: number;
  /** Set on updates that carry a health check verdict. */
  readonly healthy?: boolean;
}

const LIMITATION_REASONS = {
  mem: Reason.REASON_CONTAINER_LIMITATION_MEMORY,
  pids: Reason.REASON_CONTAINER_LIMITATION_PIDS,
  disk: Reason.REASON_CONTAINER_LIMITATION_DISK,
} as const;

/**
 * States after which the agent no longer runs the task and can drop it once the update is acknowledged. Unlike the
 * framework's view (shared isTerminalTaskState), TASK_LOST counts: the agent says it only about tasks it does not have.
 */
export function endsTaskOnAgent(state: pb.TaskState): boolean {
  return isTerminalTaskState(state) || state === State.TASK_LOST || state === State.TASK_GONE_BY_OPERATOR;
}

export function describeTermination(termination: ContainerTermination, cause: KillCause | undefined,
  maxCompletionSeconds: number): StatusFields {
  const source = v1.TaskStatus.Source.SOURCE_EXECUTOR;
  const exitCode = termination.status;
  const how = termination.signal !== null
    ? `Command terminated by signal ${termination.signal}`
    : `Command exited with status ${termination.exitCode ?? 0}`;
  if (cause === 'max-completion-time') {
    return { state: State.TASK_FAILED, reason: Reason.REASON_MAX_COMPLETION_TIME_REACHED, source, exitCode,
      message: `Task exceeded its maximum completion time of ${maxCompletionSeconds} seconds (${how})` };
  }
  if (cause !== undefined) return { state: State.TASK_KILLED, source, exitCode, message: how };
  // A pids limit refused some fork; it only ended the task if the task failed (memory kills are always fatal).
  const limited = termination.limitation !== undefined
    && (termination.limitation.resource === 'mem' || termination.status !== 0);
  if (limited && termination.limitation !== undefined) {
    // Mesos: the isolator's limitation, not the exit, is what the framework needs to hear.
    return { state: State.TASK_FAILED, reason: LIMITATION_REASONS[termination.limitation.resource], source, exitCode,
      message: `${termination.limitation.message} (${how})` };
  }
  const context = termination.message === undefined ? '' : ` (${termination.message})`;
  if (termination.signal === null && termination.exitCode === 0) {
    return { state: State.TASK_FINISHED, source, exitCode, message: `${how}${context}` };
  }
  return { state: State.TASK_FAILED, source, exitCode, message: `${how}${context}` };
}

export interface StatusContext {
  readonly taskId: string;
  readonly agentId: string;
  readonly nowMs: number;
  /** 16 bytes for reliable updates; omitted for best-effort ones (reconciliation answers). */
  readonly uuid?: Uint8Array;
}

export function makeTaskStatus(fields: StatusFields, context: StatusContext): pb.TaskStatus.$Properties {
  const status: pb.TaskStatus.$Properties = {
    taskId: { value: context.taskId },
    state: fields.state,
    message: fields.message,
    source: fields.source,
    reason: fields.reason ?? Reason.REASON_UNSPECIFIED,
    agentId: { value: context.agentId },
    timestamp: context.nowMs / 1000,
  };
  if (context.uuid !== undefined) status.uuid = context.uuid;
  if (fields.exitCode !== undefined) status.exitCode = fields.exitCode;
  if (fields.healthy !== undefined) status.healthy = fields.healthy;
  return status;
}
