import type { Bus } from '../../../shared/bus/index.js';
import type { Clock } from '../../../shared/clock/index.js';
import type { ListenerErrorHandler } from './typed-emitter.js';

export type FrameworkCapability =
  | 'PARTITION_AWARE'
  | 'TASK_KILLING_STATE'
  | 'GPU_RESOURCES'
  | 'MULTI_ROLE'
  | 'REVOCABLE_RESOURCES'
  | 'SHARED_RESOURCES'
  | 'RESERVATION_REFINEMENT'
  | 'REGION_AWARE';

export interface FrameworkOptions {
  readonly name: string;
  /** The user tasks run as by default; defaults to the user running the framework. */
  readonly user?: string;
  /** Defaults to ['*']. */
  readonly roles?: readonly string[];
  /** A known framework id: the driver subscribes as that framework (failover) instead of registering a new one. */
  readonly id?: string;
  /** How long the master keeps the tasks of a disconnected framework; the master's default (0) when absent. */
  readonly failoverTimeoutSeconds?: number;
  readonly checkpoint?: boolean;
  readonly principal?: string;
  readonly capabilities?: readonly FrameworkCapability[];
  /** Defaults to this machine's host name. */
  readonly hostname?: string;
  readonly webuiUrl?: string;
  readonly labels?: Readonly<Record<string, string>>;
}

export interface SchedulerDriverOptions {
  readonly bus: Bus;
  readonly cluster: string;
  readonly framework: FrameworkOptions;
  /** Roles that get no offers from the start (SUBSCRIBE's suppressed_roles). */
  readonly suppressedRoles?: readonly string[];
  /** Acknowledge reliable updates once every `update` listener has handled them. Default true. */
  readonly autoAcknowledge?: boolean;
  /** How long a call waits for the master's answer. Default 5000 ms. */
  readonly callTimeoutMs?: number;
  /** Delay between (re)subscribe attempts: doubles from initialMs up to maxMs. Default 500 ms to 15 s. */
  readonly resubscribeBackoff?: { readonly initialMs: number; readonly maxMs: number };
  /** Missed heartbeat intervals after which the connection counts as lost. Default 5 (what Mesos clients use). */
  readonly missedHeartbeats?: number;
  /** Send an implicit RECONCILE after subscribing with a known framework id (reconnect or failover). Default true. */
  readonly reconcileOnResubscribe?: boolean;
  readonly clock?: Clock;
  /** Where to keep the framework id: read on start() when framework.id is absent, written after SUBSCRIBED. */
  readonly frameworkIdFile?: string;
  /**
   * Called when a listener throws or its promise rejects. Default: rethrow as an uncaught exception, as node:events
   * does, because a failing listener is a bug in the framework.
   */
  readonly onListenerError?: ListenerErrorHandler;
}

export const DEFAULT_CALL_TIMEOUT_MS = 5000;
export const DEFAULT_RESUBSCRIBE_BACKOFF = { initialMs: 500, maxMs: 15_000 } as const;
export const DEFAULT_MISSED_HEARTBEATS = 5;
/** Mesos' default heartbeat interval, used when the master's SUBSCRIBED names none. */
export const DEFAULT_HEARTBEAT_INTERVAL_SECONDS = 15;
