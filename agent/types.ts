// The agent's public shapes: how the CLI starts one and what it gets back.
import type { Bus } from '../shared/bus/index.js';
import type { Clock } from '../shared/clock/index.js';
import type { pb } from '../shared/protocol/index.js';
import type { Resources } from '../shared/resources/index.js';
import type { BackoffPolicy } from './backoff.js';
import type { Logger } from './logger.js';
import type { DockerAllow } from './containerizer/docker/index.js';
import type { LogRotation } from './containerizer/index.js';
import type { ContainerizerName } from './containerizers.js';
import type { TaskSnapshot } from './task-manager.js';

export interface AgentOptions {
  readonly bus: Bus;
  readonly cluster: string;
  /** The NATS URL(s) custom executors connect with (DROVER_NATS); undefined: executors must find it themselves. */
  readonly natsUrl?: string;
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
  /** `--containerizers`; default ['process']. */
  readonly containerizers?: readonly ContainerizerName[];
  /** `--isolation`; default cgroups/cpu, cgroups/mem, cgroups/pids (posix fallbacks where cgroups are not writable). */
  readonly isolation?: readonly string[];
  /** cgroup directory under each hierarchy that holds the containers; default drover/agent-<hash of the work dir>. */
  readonly cgroupsRoot?: string;
  readonly pidsLimit?: number;
  /** stdout/stderr rotation of process tasks; default 10 MiB × 5. */
  readonly logRotation?: LogRotation;
  readonly dockerSocket?: string;
  readonly dockerAllow?: DockerAllow;
  /** Run tasks as CommandInfo.user, else FrameworkInfo.user (Mesos --switch_user); default true. */
  readonly switchUser?: boolean;
  /** Where the master reaches the agent's HTTP server (Mesos --advertise_ip); default: at its hostname. */
  readonly advertiseAddress?: string;
  /** The agent's HTTP server (files, /state, /monitor/statistics); default 0.0.0.0. */
  readonly httpHost?: string;
  /** Default 0: a free port (the CLI's default is 5051, as Mesos). The port is advertised to the master. */
  readonly httpPort?: number;
  /** Sandboxes of ended tasks are removed this long after the end (Mesos --gc_delay); default one week. */
  readonly gcDelayMs?: number;
  /** Fraction of the disk kept free: the fuller the disk, the sooner sandboxes go (Mesos --gc_disk_headroom). */
  readonly gcDiskHeadroom?: number;
  /** Size bound of the fetcher cache (<workDir>/fetcher-cache; Mesos --fetcher_cache_size); default 2 GiB, 0: no cache. */
  readonly fetcherCacheSize?: number;
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
  /** Where the agent's HTTP server listens. */
  readonly httpUrl: string;
}

export interface StopOptions {
  /**
   * Kill every task (TERM, then KILL after its grace period) before stopping. Default false: tasks of frameworks that
   * asked for checkpointing keep running and are recovered by the next agent; the others are killed (Mesos loses them).
   */
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
