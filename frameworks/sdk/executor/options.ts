import type { Bus } from '../../../shared/bus/index.js';
import type { Clock } from '../../../shared/clock/index.js';
import type { ListenerErrorHandler } from '../scheduler/typed-emitter.js';

export interface ExecutorDriverOptions {
  /** The bus to use; when absent the driver connects to `natsUrl` at start() and closes that connection at stop(). */
  readonly bus?: Bus;
  /** `nats://host:port[,nats://...]` (DROVER_NATS), used when `bus` is absent. */
  readonly natsUrl?: string;
  readonly cluster: string;
  readonly agentId: string;
  readonly frameworkId: string;
  readonly executorId: string;
  /** Where events arrive; default computed from the ids (DROVER_EXECUTOR_SUBJECT names it). */
  readonly executorSubject?: string;
  /** Where calls go; default computed from the agent id (DROVER_AGENT_EXECUTORS_SUBJECT names it). */
  readonly agentSubject?: string;
  /** How long a call waits for the agent's answer. Default 5000 ms. */
  readonly callTimeoutMs?: number;
  /** Delay between SUBSCRIBE attempts while the agent does not answer: doubles from initialMs up to maxMs. */
  readonly subscribeBackoff?: { readonly initialMs: number; readonly maxMs: number };
  /** How often a subscribed driver checks that the agent still knows it (HEARTBEAT call). Default 10 s. */
  readonly heartbeatIntervalMs?: number;
  /** Give up (`error`, then stopped) when the agent stays away this long after a disconnection. Default 15 min. */
  readonly recoveryTimeoutMs?: number;
  readonly clock?: Clock;
  /** Called when a listener throws or its promise rejects. Default: rethrow as an uncaught exception. */
  readonly onListenerError?: ListenerErrorHandler;
}

/** The tunables fromEnvironment() leaves to the caller. */
export type ExecutorDriverOverrides = Partial<ExecutorDriverOptions>;

export const EXECUTOR_DRIVER_DEFAULTS = {
  callTimeoutMs: 5000,
  // Mesos: MESOS_SUBSCRIPTION_BACKOFF_MAX defaults to 2 s.
  subscribeBackoff: { initialMs: 100, maxMs: 2000 },
  heartbeatIntervalMs: 10_000,
  // Mesos: MESOS_RECOVERY_TIMEOUT, 15 min.
  recoveryTimeoutMs: 15 * 60_000,
} as const;
