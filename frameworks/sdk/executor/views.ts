// Wire messages ↔ what the executor author handles.
import { DroverError } from '../../../shared/errors/index.js';
import { newUuidBytes } from '../../../shared/ids/index.js';
import { v1, type pb } from '../../../shared/protocol/index.js';
import { resourcesFromProto, type Resources } from '../../../shared/resources/index.js';
import { labelsToRecord, recordToLabels } from '../views/labels.js';
import type { TaskReasonName, TaskStateName } from '../views/task-status.js';
import type { LaunchedTask } from './events.js';

/** The states an executor may report (TASK_STAGING belongs to the agent). */
export type ExecutorTaskState = Exclude<TaskStateName,
  'TASK_STATE_UNSPECIFIED' | 'TASK_STAGING' | 'TASK_UNREACHABLE' | 'TASK_GONE_BY_OPERATOR' | 'TASK_UNKNOWN'>;

export interface ExecutorStatusUpdate {
  readonly taskId: string;
  readonly state: ExecutorTaskState;
  readonly message?: string;
  /** Bytes (or UTF-8 text) for the framework. */
  readonly data?: Uint8Array | string;
  readonly healthy?: boolean;
  readonly reason?: TaskReasonName;
  readonly labels?: Readonly<Record<string, string>>;
}

const FORBIDDEN: ReadonlySet<string> = new Set(['TASK_STATE_UNSPECIFIED', 'TASK_STAGING', 'TASK_UNREACHABLE',
  'TASK_GONE_BY_OPERATOR', 'TASK_UNKNOWN']);

export function launchedTaskFromProto(task: pb.TaskInfo.$Properties): LaunchedTask {
  return {
    taskId: task.taskId?.value ?? '',
    name: task.name ?? '',
    data: task.data ?? new Uint8Array(0),
    labels: labelsToRecord(task.labels),
    resources: resourcesOf(task),
    raw: task,
  };
}

function resourcesOf(task: pb.TaskInfo.$Properties): Resources {
  try {
    return resourcesFromProto(task.resources ?? []);
  } catch {
    return []; // A view must not make the launch fail; `raw` still has them.
  }
}

/** A TaskStatus with a fresh uuid; throws INVALID_ARGUMENT for what the agent would refuse. */
export function statusFromUpdate(update: ExecutorStatusUpdate, executorId: string, nowMs: number): pb.TaskStatus.$Properties {
  if (update.taskId === '') throw new DroverError('INVALID_ARGUMENT', 'sendStatusUpdate needs a taskId');
  const state = (v1.TaskState as unknown as Readonly<Record<string, number | undefined>>)[update.state];
  if (state === undefined || FORBIDDEN.has(update.state)) {
    throw new DroverError('INVALID_ARGUMENT', `an executor may not send ${update.state}`);
  }
  const status: pb.TaskStatus.$Properties = {
    taskId: { value: update.taskId },
    state,
    source: v1.TaskStatus.Source.SOURCE_EXECUTOR,
    executorId: { value: executorId },
    uuid: newUuidBytes(),
    timestamp: nowMs / 1000,
  };
  if (update.message !== undefined) status.message = update.message;
  if (update.data !== undefined) {
    status.data = typeof update.data === 'string' ? new TextEncoder().encode(update.data) : update.data;
  }
  if (update.healthy !== undefined) status.healthy = update.healthy;
  if (update.reason !== undefined) status.reason = v1.TaskStatus.Reason[update.reason];
  if (update.labels !== undefined) status.labels = recordToLabels(update.labels);
  return status;
}
