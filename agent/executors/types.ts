// The ExecutorManager's seams: what it needs from the agent (ExecutorHost) and how it is configured.
import type { Bus } from '../../shared/bus/index.js';
import type { Clock } from '../../shared/clock/index.js';
import type { pb } from '../../shared/protocol/index.js';
import type { ContainerLaunchRequest, ContainerTermination, LaunchResult } from '../containerizer/index.js';
import type { Logger } from '../logger.js';

/** Why an executor is gone, as ExecutorHost.executorEnded hears it. */
export type ExecutorEndReason =
  /** Its container ended (it exited, crashed, was shut down or killed). */
  | 'terminated'
  /** It never sent SUBSCRIBE within registrationTimeoutMs and was killed (REASON_EXECUTOR_REGISTRATION_TIMEOUT). */
  | 'registration-timeout'
  /** Adopted after an agent restart, it did not subscribe again in time (REASON_EXECUTOR_REREGISTRATION_TIMEOUT). */
  | 'reregistration-timeout'
  /** Its container could not be started, or the ExecutorInfo is invalid (REASON_CONTAINER_LAUNCH_FAILED). */
  | 'launch-failed';

export interface ExecutorHost {
  /** The agent passes the composing containerizer's launch. */
  launchContainer(request: ContainerLaunchRequest): Promise<LaunchResult>;
  waitContainer(containerId: string): Promise<ContainerTermination | undefined>;
  killContainer(containerId: string, gracePeriodMs: number): Promise<void>;
  /** Called once executorEnded (and the promise it returned, if any) is done: the container can go. */
  destroyContainer(containerId: string): Promise<void>;
  /** The executor run's sandbox directory; the containerizer creates it. */
  sandboxFor(frameworkId: string, executorId: string, containerId: string): string;
  /**
   * A reliable update (16-byte uuid, source, agent_id and executor_id filled): the agent queues it in its status
   * update manager. Updates the manager makes itself (tasks dropped or killed before the executor had them) come
   * here too, with source SOURCE_AGENT.
   */
  statusFromExecutor(frameworkId: string, status: pb.TaskStatus.$Properties): void;
  messageToFramework(frameworkId: string, executorId: string, data: Uint8Array): void;
  /**
   * The executor is gone. `taskIds` are its tasks whose last update was not final: the agent fails them (e.g.
   * TASK_FAILED with a reason matching `reason`). A returned promise delays destroyContainer until it settles, so the
   * container's record of its exit outlives the checkpointed updates.
   */
  executorEnded(frameworkId: string, executorId: string, taskIds: string[], termination: ContainerTermination | undefined,
    reason: ExecutorEndReason, message: string): void | Promise<void>;
}

export interface ExecutorManagerOptions {
  readonly bus: Bus;
  readonly cluster: string;
  readonly agentId: () => string | undefined;
  /** Given to executors as DROVER_NATS; absent: executors must be configured otherwise. */
  readonly natsUrl: string | undefined;
  readonly hostname: string;
  /** The agent's work directory (not used yet: executor state is checkpointed by the agent, see README). */
  readonly workDir?: string;
  readonly clock: Clock;
  readonly logger?: Logger;
  readonly host: ExecutorHost;
  /** An executor that does not SUBSCRIBE this long after its launch is killed. Default 60 s (Mesos). */
  readonly registrationTimeoutMs?: number;
  /** An adopted executor that does not SUBSCRIBE again this long after adopt() is killed. Default 15 s. */
  readonly reregistrationTimeoutMs?: number;
  /** Between SHUTDOWN and killing the executor's container. Default 5 s (Mesos). */
  readonly shutdownGracePeriodMs?: number;
  /** Run executors as CommandInfo.user, else FrameworkInfo.user (the agent's --switch_user). Default false. */
  readonly switchUser?: boolean;
}

/** A task of an executor found again after an agent restart. */
export interface AdoptedTask {
  readonly taskId: string;
  /** Its latest state; TASK_STAGING (never updated) tasks the executor does not know are dropped on re-subscribe. */
  readonly state?: pb.TaskState;
}

/** What run() did with a task. */
export type ExecutorRunOutcome =
  /** Launching a new executor for it; LAUNCH follows SUBSCRIBE. */
  | 'launching'
  /** Queued for an executor that is starting. */
  | 'queued'
  /** LAUNCH sent to a subscribed executor. */
  | 'sent'
  /** Refused; the task is reported through the host (executorEnded or statusFromExecutor) on a later turn. */
  | 'refused'
  /** A task with this id is already known: ignored. */
  | 'duplicate';

export const EXECUTOR_DEFAULTS = {
  registrationTimeoutMs: 60_000,
  reregistrationTimeoutMs: 15_000,
  shutdownGracePeriodMs: 5_000,
} as const;
