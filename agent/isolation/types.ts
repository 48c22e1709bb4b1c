// Isolators (Mesos: isolators of the Mesos containerizer): small named pieces, each optional, that the process
// containerizer asks to confine a container before its process starts, to measure it while it runs, to say whether
// one of their limits ended it, and to clean up after it.
import type { ContainerLimitation, ContainerUsage } from '../containerizer/types.js';

/** What a container may use, from its task's resources. */
export interface ContainerLimits {
  /** `cpus` of the task: cpu shares (1024 per cpu) and, when CFS quota is on, a hard cap. */
  readonly cpus?: number;
  /** `mem` of the task in MB: the memory limit. */
  readonly memMb?: number;
}

export interface IsolationPlan {
  /**
   * Files the task's first process writes "0" to before exec (cgroup v1 `tasks`/`cgroup.procs`, v2 `cgroup.procs`),
   * so the task and everything it starts live in the container's cgroups from the first instruction.
   */
  readonly procsFiles: readonly string[];
  /** Flags for the supervisor (e.g. `--pid-ns`, `--mount-proc` from namespaces/pid). */
  readonly supervisorFlags: readonly string[];
}

export interface Isolator {
  /** 'cgroups/cpu', 'cgroups/mem', 'cgroups/pids', 'namespaces/pid', 'posix/cpu', 'posix/mem'. */
  readonly name: string;
  /** Creates the container's isolation (cgroup directories with their limits); before the process exists. */
  prepare(containerId: string, limits: ContainerLimits): Promise<IsolationPlan>;
  /** This isolator's share of the usage statistics; `pid` is the task's first process (for posix isolators). */
  usage(containerId: string, pid: number | undefined): Promise<Partial<ContainerUsage>>;
  /** After the container ended: whether this isolator's limit ended it (e.g. the OOM killer ran in its cgroup). */
  limitation(containerId: string): Promise<ContainerLimitation | undefined>;
  /** Processes still inside the container, so a kill can reach those that left the process group. */
  pids(containerId: string): Promise<number[]>;
  /** Kills whatever is left inside, then removes the isolation; safe to call twice or for an unknown id. */
  cleanup(containerId: string): Promise<void>;
  /** After an agent restart: removes isolation left behind by containers not in `known` (their tasks are gone). */
  recover(known: ReadonlySet<string>): Promise<void>;
}
