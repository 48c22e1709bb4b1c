// The containerizer contract (ARCHITECTURE.md §5, Mesos containerizer API). A containerizer runs one task per
// container. "I can't run this" is a value (notSupported), so the composing containerizer can try the next one.
// Each containerizer checkpoints what it needs to find its containers again under the container's runtime
// directory (<workDir>/meta/containers/<containerId>/), so recover() works after `kill -9` of the agent.
import type { pb } from '../../shared/protocol/index.js';

export interface ContainerLaunchRequest {
  /** Unique per run of a task; also the name of the run's sandbox directory. */
  readonly containerId: string;
  readonly task: pb.TaskInfo.$Properties;
  readonly frameworkId: string;
  readonly agentId: string;
  /** The agent's hostname, given to the task as HOST. */
  readonly hostname: string;
  /** The run's sandbox directory; the containerizer creates it. */
  readonly sandbox: string;
  /** The Unix user the task runs as; undefined: the agent's own user. */
  readonly user?: string;
}

export type LaunchResult =
  | 'launched'
  | 'already-launched'
  /** This containerizer does not run tasks like this one (e.g. a docker image); another one might. */
  | { readonly notSupported: string }
  /** It should have run, but starting it failed (sandbox not writable, program not found, image pull failed...). */
  | { readonly failed: string };

/** A resource limit that ended the container (Mesos ContainerLimitation). */
export interface ContainerLimitation {
  readonly resource: 'mem' | 'pids' | 'disk';
  /** Human-readable, e.g. "Memory limit exceeded: Requested: 32MB Maximum Used: 32MB". */
  readonly message: string;
}

export interface ContainerTermination {
  /** The exit code when the process exited by itself, else null. */
  readonly exitCode: number | null;
  /** The signal that ended the process, else null. */
  readonly signal: NodeJS.Signals | null;
  /** waitpid-style status: the exit code, or 128 + the signal number. */
  readonly status: number;
  /** Set when an isolator's limit ended the container (e.g. the kernel's OOM killer in the memory cgroup). */
  readonly limitation?: ContainerLimitation;
  /** Extra context, e.g. "the container ended while the agent was down". */
  readonly message?: string;
}

export interface KillOptions {
  /** Time between SIGTERM and SIGKILL. */
  readonly gracePeriodMs: number;
}

/** Resource usage of one container (field names follow Mesos ResourceStatistics). */
export interface ContainerUsage {
  /** Seconds since the Unix epoch when this was read. */
  readonly timestamp: number;
  readonly cpus_user_time_secs?: number;
  readonly cpus_system_time_secs?: number;
  readonly cpus_limit?: number;
  readonly cpus_nr_periods?: number;
  readonly cpus_nr_throttled?: number;
  readonly cpus_throttled_time_secs?: number;
  readonly mem_rss_bytes?: number;
  readonly mem_total_bytes?: number;
  readonly mem_limit_bytes?: number;
  readonly processes?: number;
  readonly pids_limit?: number;
}

/** What the agent checkpointed about one container; given back to recover() after a restart. */
export interface KnownContainer {
  readonly containerId: string;
  /** Which containerizer launched it ('process', 'docker'). */
  readonly containerizer: string;
  readonly sandbox: string;
}

/** How to reach a container from the outside, for health checks. */
export interface ContainerEndpoint {
  /** Where an HTTP/TCP check connects: 127.0.0.1 for host networking, the container's address on a bridge. */
  readonly address: string;
  /** Runs a command in the container's environment; resolves with its exit status and combined output. */
  exec(command: pb.CommandInfo.$Properties, timeoutMs: number): Promise<{ readonly status: number; readonly output: string }>;
}

export interface Containerizer {
  /** The name used by `--containerizers` and recorded in checkpoints ('process', 'docker'). */
  readonly name: string;
  /**
   * Finds the agent's checkpointed containers again after a restart (only those with `containerizer === name`
   * are this one's): running ones are re-attached, so wait() resolves when they end; ones that ended while the
   * agent was down resolve wait() at once with their real exit status; ones that cannot be found resolve wait()
   * with undefined. Containers this containerizer owns but that are not listed are killed (orphans).
   */
  recover(known: readonly KnownContainer[]): Promise<void>;
  launch(request: ContainerLaunchRequest): Promise<LaunchResult>;
  /** Resolves when the container ends; undefined for a container this containerizer does not know. */
  wait(containerId: string): Promise<ContainerTermination | undefined>;
  /** Asks the container to stop (SIGTERM), forces it after the grace period (SIGKILL); resolves when it has ended. */
  kill(containerId: string, options: KillOptions): Promise<ContainerTermination | undefined>;
  /** Current resource usage; undefined when the container is unknown or already gone. */
  usage(containerId: string): Promise<ContainerUsage | undefined>;
  /** Ends the container at once if it still runs, releases its isolation and forgets it; resolves with how it ended. */
  destroy(containerId: string): Promise<ContainerTermination | undefined>;
  /** Ids of the containers this containerizer knows (running or ended but not destroyed). */
  containers(): string[];
  /** The pid or engine container id, for operators and tests; undefined when unknown. */
  describe(containerId: string): { readonly pid?: number; readonly dockerId?: string } | undefined;
  /** For health checks; undefined when the container is unknown. */
  endpoint(containerId: string): ContainerEndpoint | undefined;
  /** Stops watching and log copying (the agent is stopping); containers keep running. */
  close?(): Promise<void> | void;
}
