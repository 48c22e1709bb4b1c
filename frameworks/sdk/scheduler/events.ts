import type { DroverError } from '../../../shared/errors/index.js';
import type { Offer } from '../views/offer.js';
import type { TaskStatus } from '../views/task-status.js';

export interface MasterInfoView {
  readonly id: string;
  readonly hostname: string;
  readonly port: number;
  readonly version: string;
  readonly cluster: string;
  readonly epoch: number;
}

export interface SubscribedInfo {
  readonly frameworkId: string;
  readonly heartbeatIntervalSeconds: number;
  readonly masterInfo: MasterInfoView | undefined;
  /** True when this driver had been subscribed before and lost the connection (a resubscription). */
  readonly reconnected: boolean;
}

export interface ExecutorMessage {
  readonly agentId: string;
  readonly executorId: string;
  readonly data: Uint8Array;
}

export interface FailureInfo {
  readonly agentId: string | undefined;
  readonly executorId: string | undefined;
  /** The executor's exit status when an executor ended; absent when a whole agent was lost. */
  readonly status: number | undefined;
}

/**
 * The driver's events. A listener may return a promise; for `update` the automatic acknowledgement waits for it.
 */
export interface SchedulerEvents {
  subscribed(info: SubscribedInfo): unknown;
  offers(offers: Offer[]): unknown;
  rescind(offerId: string): unknown;
  update(status: TaskStatus): unknown;
  message(message: ExecutorMessage): unknown;
  failure(failure: FailureInfo): unknown;
  /** Fatal: the master removed or refused the framework. The driver stops and does not resubscribe. */
  error(error: DroverError): unknown;
  heartbeat(): unknown;
  /** The connection was lost, or a (re)subscribe attempt failed; the driver retries with backoff. */
  disconnected(reason: string): unknown;
}
