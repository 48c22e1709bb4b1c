import { v1, type pb } from '../../../shared/protocol/index.js';
import { labelsToRecord } from './labels.js';

export type TaskStateName = keyof typeof v1.TaskState;
export type TaskReasonName = keyof typeof v1.TaskStatus.Reason;
export type TaskSourceName = keyof typeof v1.TaskStatus.Source;

/** A task status update as a plain object. `raw` is the message as it came off the wire. */
export interface TaskStatus {
  readonly taskId: string;
  readonly state: TaskStateName;
  readonly agentId: string | undefined;
  readonly executorId: string | undefined;
  readonly message: string;
  readonly source: TaskSourceName | undefined;
  readonly reason: TaskReasonName | undefined;
  /** Present on reliable updates (from an agent): they must be acknowledged. Master-made updates carry none. */
  readonly uuid: Uint8Array | undefined;
  readonly healthy: boolean | undefined;
  /** waitpid-style: the exit code, or 128 + signal. */
  readonly exitCode: number | undefined;
  /** Seconds since the Unix epoch. */
  readonly timestamp: number;
  readonly labels: Readonly<Record<string, string>>;
  readonly data: Uint8Array | undefined;
  readonly raw: pb.TaskStatus.$Properties;
}

export function taskStatusFromProto(status: pb.TaskStatus.$Properties): TaskStatus {
  return {
    taskId: status.taskId?.value ?? '',
    state: taskStateNameOf(status.state),
    agentId: nonEmpty(status.agentId?.value),
    executorId: nonEmpty(status.executorId?.value),
    message: status.message ?? '',
    source: enumName(v1.TaskStatus.Source, status.source),
    reason: enumName(v1.TaskStatus.Reason, status.reason),
    uuid: status.uuid !== null && status.uuid !== undefined && status.uuid.length > 0 ? status.uuid : undefined,
    healthy: status.healthy ?? undefined,
    exitCode: status.exitCode ?? undefined,
    timestamp: status.timestamp ?? 0,
    labels: labelsToRecord(status.labels),
    data: status.data !== null && status.data !== undefined && status.data.length > 0 ? status.data : undefined,
    raw: status,
  };
}

export function taskStateNameOf(state: pb.TaskState | null | undefined): TaskStateName {
  return enumName(v1.TaskState, state) ?? 'TASK_STATE_UNSPECIFIED';
}

export function taskStateFromName(name: TaskStateName): pb.TaskState {
  return v1.TaskState[name];
}

/** The enum member's name; undefined for the UNSPECIFIED zero and for numbers the schema does not know. */
function enumName<Names extends string>(
  enumeration: Readonly<Record<Names, number>>,
  value: number | null | undefined,
): Names | undefined {
  if (value === null || value === undefined || value === 0) return undefined;
  const name = (enumeration as unknown as Record<number, string | undefined>)[value];
  return name as Names | undefined;
}

function nonEmpty(value: string | null | undefined): string | undefined {
  return value === null || value === undefined || value === '' ? undefined : value;
}
