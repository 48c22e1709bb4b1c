// What the ExecutorManager knows about one executor and its tasks.
import type { TimerHandle } from '../../shared/clock/index.js';
import { v1, type pb } from '../../shared/protocol/index.js';
import { endsTaskOnAgent } from '../task-statuses.js';
import type { ExecutorEndReason } from './types.js';

/**
 *   launching ──launched──▶ registering ──SUBSCRIBE──▶ subscribed
 *       │                        │ timeout / shutdown       │ shutdown (SHUTDOWN, kill after the grace period)
 *       └────────────────────────┴──────────▶ ending ◀──────┘
 * The record goes away when the container ends (or its launch failed).
 */
export type ExecutorPhase = 'launching' | 'registering' | 'subscribed' | 'ending';

export interface ExecutorTask {
  readonly taskId: string;
  /** Undefined for tasks adopted after a restart (the executor already has them). */
  readonly info: pb.TaskInfo.$Properties | undefined;
  /** queued: waits for SUBSCRIBE; launched: LAUNCH was sent (or the task was adopted). */
  phase: 'queued' | 'launched';
  /** The state of the latest update, TASK_STAGING before any. */
  state: pb.TaskState;
  /** Hex uuids of this executor's updates handed to the agent and not yet acknowledged. */
  readonly forwarded: Set<string>;
  /** Hex uuid of the final update (from the executor or the manager): its acknowledgement retires the task. */
  finalUuid: string | undefined;
}

export interface ManagedExecutor {
  readonly key: string;
  readonly frameworkId: string;
  readonly executorId: string;
  readonly containerId: string;
  readonly framework: pb.FrameworkInfo.$Properties;
  readonly info: pb.ExecutorInfo.$Properties;
  phase: ExecutorPhase;
  /** Taken back after an agent restart and not subscribed since. */
  adopted: boolean;
  everSubscribed: boolean;
  /** Set when the manager ends the executor itself: how executorEnded will explain it. */
  endReason: { readonly reason: ExecutorEndReason; readonly message: string } | undefined;
  /** destroyAll(): end without a report. */
  quiet: boolean;
  readonly tasks: Map<string, ExecutorTask>;
  /** Hex uuid → task id of acknowledged updates, so a resent one is answered with ACKNOWLEDGED again. */
  readonly acknowledged: Map<string, string>;
  registrationTimer: TimerHandle | undefined;
  shutdownTimer: TimerHandle | undefined;
  readonly ended: Promise<void>;
  markEnded: () => void;
}

/** Enough to answer late duplicates; older ones are forgotten (they can only come from a very confused executor). */
const ACKNOWLEDGED_MEMORY = 1024;

export function executorKey(frameworkId: string, executorId: string): string {
  return `${frameworkId}\u0000${executorId}`;
}

export function newExecutor(framework: pb.FrameworkInfo.$Properties, info: pb.ExecutorInfo.$Properties,
  containerId: string, phase: ExecutorPhase): ManagedExecutor {
  const frameworkId = framework.id?.value ?? '';
  const executorId = info.executorId?.value ?? '';
  let markEnded = (): void => undefined;
  const ended = new Promise<void>((resolve) => { markEnded = resolve; });
  return {
    key: executorKey(frameworkId, executorId), frameworkId, executorId, containerId, framework,
    info: { ...info, frameworkId: { value: frameworkId } }, phase, adopted: false, everSubscribed: false,
    endReason: undefined, quiet: false, tasks: new Map(), acknowledged: new Map(), registrationTimer: undefined,
    shutdownTimer: undefined, ended, markEnded,
  };
}

export function newTask(taskId: string, info: pb.TaskInfo.$Properties | undefined, phase: ExecutorTask['phase'],
  state: pb.TaskState = v1.TaskState.TASK_STAGING): ExecutorTask {
  return { taskId, info, phase, state, forwarded: new Set(), finalUuid: undefined };
}

export function rememberAcknowledged(executor: ManagedExecutor, uuid: string, taskId: string): void {
  executor.acknowledged.set(uuid, taskId);
  if (executor.acknowledged.size <= ACKNOWLEDGED_MEMORY) return;
  const oldest = executor.acknowledged.keys().next();
  if (oldest.done !== true) executor.acknowledged.delete(oldest.value);
}

export function isFinished(task: ExecutorTask): boolean {
  return endsTaskOnAgent(task.state);
}

/** Tasks whose latest update was not final, in the order they came: what executorEnded reports. */
export function unfinishedTaskIds(executor: ManagedExecutor): string[] {
  return [...executor.tasks.values()].filter((task) => !isFinished(task)).map((task) => task.taskId);
}

export function cancelTimers(executor: ManagedExecutor): void {
  executor.registrationTimer?.cancel();
  executor.registrationTimer = undefined;
  executor.shutdownTimer?.cancel();
  executor.shutdownTimer = undefined;
}

/** Partition-aware frameworks hear TASK_DROPPED where the others hear TASK_LOST (Mesos). */
export function lostState(framework: pb.FrameworkInfo.$Properties): pb.TaskState {
  const aware = framework.capabilities?.some((c) => c.type === v1.FrameworkInfo.Capability.Type.PARTITION_AWARE);
  return aware === true ? v1.TaskState.TASK_DROPPED : v1.TaskState.TASK_LOST;
}
