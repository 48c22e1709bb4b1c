// The ExecutorEvents the agent sends, and the checks on what executors send. Replies to calls are ExecutorEvents too:
// SUBSCRIBED for SUBSCRIBE, an empty message (type unspecified) as the ack of UPDATE, MESSAGE and HEARTBEAT, and
// ERROR whose message reads `<CODE>: <text>` for a refusal (the schema's Error has no code field).
import type { ErrorCode } from '../../shared/errors/index.js';
import { encodeMessage, taskStateName, v1, type pb } from '../../shared/protocol/index.js';

const EventType = v1.ExecutorEvent.Type;
const State = v1.TaskState;
const Source = v1.TaskStatus.Source;

export const ACK_REPLY: Uint8Array = encodeMessage(v1.ExecutorEvent, {});

export function errorReply(code: ErrorCode, message: string): Uint8Array {
  return encodeMessage(v1.ExecutorEvent, { type: EventType.ERROR, error: { message: `${code}: ${message}` } });
}

export function event(properties: pb.ExecutorEvent.$Properties): Uint8Array {
  return encodeMessage(v1.ExecutorEvent, properties);
}

export const launchEvent = (task: pb.TaskInfo.$Properties): Uint8Array => event({ type: EventType.LAUNCH, launch: { task } });

export function killEvent(taskId: string, killPolicy: pb.KillPolicy.$Properties | null | undefined): Uint8Array {
  const kill: pb.ExecutorEvent.Kill.$Properties = { taskId: { value: taskId } };
  if (killPolicy !== null && killPolicy !== undefined) kill.killPolicy = killPolicy;
  return event({ type: EventType.KILL, kill });
}

export const acknowledgedEvent = (taskId: string, uuid: Uint8Array): Uint8Array =>
  event({ type: EventType.ACKNOWLEDGED, acknowledged: { taskId: { value: taskId }, uuid } });

export const messageEvent = (data: Uint8Array): Uint8Array => event({ type: EventType.MESSAGE, message: { data } });
export const shutdownEvent = (): Uint8Array => event({ type: EventType.SHUTDOWN });
/** Sent to adopted executors when the restarted agent listens again: they answer with a call and learn to resubscribe. */
export const heartbeatEvent = (): Uint8Array => event({ type: EventType.HEARTBEAT });

/** States an executor may not report: STAGING is the agent's, the rest are the master's or meaningless. */
const NOT_FROM_EXECUTORS: ReadonlySet<pb.TaskState> = new Set([
  State.TASK_STATE_UNSPECIFIED, State.TASK_STAGING, State.TASK_UNREACHABLE, State.TASK_GONE_BY_OPERATOR,
  State.TASK_UNKNOWN,
]);

/** Why an UPDATE's status is malformed (Mesos executor call validation), or undefined when it is well formed. */
export function invalidUpdateReason(executorId: string, status: pb.TaskStatus.$Properties | null | undefined): string | undefined {
  if (status === null || status === undefined) return 'UPDATE without status';
  if (!status.taskId?.value) return 'the status has no task_id';
  const uuidLength = status.uuid?.length ?? 0;
  if (uuidLength !== 16) return `the status uuid must be 16 bytes, not ${uuidLength}`;
  const state = status.state ?? State.TASK_STATE_UNSPECIFIED;
  if (State[state] === undefined || NOT_FROM_EXECUTORS.has(state)) return `an executor may not send ${taskStateName(state)}`;
  const source = status.source ?? Source.SOURCE_UNSPECIFIED;
  if (source !== Source.SOURCE_UNSPECIFIED && source !== Source.SOURCE_EXECUTOR) {
    return 'the status source must be SOURCE_EXECUTOR';
  }
  const named = status.executorId?.value;
  if (named && named !== executorId) return `the status names executor '${named}', not '${executorId}'`;
  return undefined;
}
