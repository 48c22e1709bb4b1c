// The agent's public shapes: how the CLI starts one and what it gets back.
import type { Bus } from '../shared/bus/index.js';
import type { Clock } from '../shared/clock/index.js';
import type { pb } from '../shared/protocol/index.js';
import type { Resources } from '../shared/resources/index.js';
import type { BackoffPolicy } from './backoff.js';
import type { Logger } from './logger.js';
import type { TaskSnapshot } from './task-manager.js';

export interface AgentOptions {
  readonly bus: Bus;
  readonly cluster: string;
  /** Holds the agent's identity (meta/) and the task sandboxes (agents/); created when missing. */
  readonly workDir: string;
  /** Replaces detected resources name by name; anything not named here is detected. */
  readonly resources?: Resources;
  readonly attributes?: pb.Attribute.$Properties[];
  readonly hostname?: string;
  readonly clock?: Clock;
  /** Status update resend backoff; default 10 s doubling to 10 min (Mesos). */
  readonly statusUpdateBackoff?: BackoffPolicy;
  /** Ceiling of the (re-)registration retry backoff; default 60 s. */
  readonly registrationBackoffMaxMs?: number;
  /** How long a REGISTER/REREGISTER request waits for the master's answer; default 5 s. */
  readonly registrationTimeoutMs?: number;
  /** SIGTERM → SIGKILL delay when neither the kill nor the task names one; default 3 s. */
  readonly defaultKillGracePeriodMs?: number;
  /** Default: silent. A pino logger fits. */
  readonly logger?: Logger;
  /** Where /dev/nvidiaN devices are counted (tests); default /dev. */
  readonly deviceDir?: string;
}

export interface AgentInfoSnapshot {
  readonly agentId: string | undefined;
  readonly hostname: string;
  readonly bootId: string;
  /** Registered with a master right now (false while (re-)registering). */
  readonly registered: boolean;
  readonly resources: Resources;
  readonly attributes: readonly pb.Attribute.$Properties[];
  readonly tasks: readonly TaskSnapshot[];
}

export interface StopOptions {
  /** Kill every task (TERM, then KILL after its grace period) before stopping; default false: tasks keep running. */
  readonly killTasks?: boolean;
}

export interface RunningAgent {
  readonly agentId: string | undefined;
  /** Resolves with the agent id at the first successful registration; rejects (NOT_RUNNING) if stopped before. */
  readonly registered: Promise<string>;
  /** Resolves once the agent has stopped, by stop() or by the master's SHUTDOWN command. */
  readonly stopped: Promise<void>;
  info(): AgentInfoSnapshot;
  stop(options?: StopOptions): Promise<void>;
}
