import type { DroverError } from '../../../shared/errors/index.js';
import type { pb } from '../../../shared/protocol/index.js';
import type { Resources } from '../../../shared/resources/index.js';

export interface ExecutorSubscribedInfo {
  readonly agentId: string;
  readonly hostname: string;
  readonly frameworkId: string;
  readonly executorId: string;
  readonly containerId: string;
  /** True when this driver had been subscribed before (the agent restarted or was unreachable). */
  readonly reconnected: boolean;
  readonly executorInfo: pb.ExecutorInfo.$Properties;
  readonly frameworkInfo: pb.FrameworkInfo.$Properties;
}

/** A task to run, as a plain object; `raw` is the TaskInfo as it came off the wire. */
export interface LaunchedTask {
  readonly taskId: string;
  readonly name: string;
  /** TaskInfo.data; empty when the framework sent none. */
  readonly data: Uint8Array;
  readonly labels: Readonly<Record<string, string>>;
  readonly resources: Resources;
  readonly raw: pb.TaskInfo.$Properties;
}

export interface KillRequest {
  readonly taskId: string;
  /** The framework's grace period for this kill, when it named one. */
  readonly gracePeriodSeconds: number | undefined;
}

export interface Acknowledgement {
  readonly taskId: string;
  readonly uuid: Uint8Array;
}

/** The driver's events. Add listeners before start(). */
export interface ExecutorEvents {
  subscribed(info: ExecutorSubscribedInfo): unknown;
  launch(task: LaunchedTask): unknown;
  kill(request: KillRequest): unknown;
  /** The framework acknowledged one of this executor's updates; the driver stops resending it. */
  acknowledged(ack: Acknowledgement): unknown;
  /** Bytes the framework sent (SchedulerDriver.message). */
  message(data: Uint8Array): unknown;
  /** The agent asks the executor to kill its tasks and exit; it is killed after the grace period anyway. */
  shutdown(): unknown;
  /** Fatal: the agent refused the executor, or stayed away past the recovery timeout. The driver stopped. */
  error(error: DroverError): unknown;
  /** The agent stopped answering, or a SUBSCRIBE attempt failed; the driver resubscribes with backoff. */
  disconnected(reason: string): unknown;
}
