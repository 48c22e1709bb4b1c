// posix/cpu (Mesos posix/cpu): cpu time of the task's processes from /proc, when cgroups are out of reach. It
// measures and does not confine: `cpus_limit` is what the task asked for, not something enforced.
import type { ContainerLimitation, ContainerUsage } from '../containerizer/types.js';
import { CLOCK_TICKS_PER_SECOND, listProcesses, processTree } from './posix-proc.js';
import type { ContainerLimits, IsolationPlan, Isolator } from './types.js';
import type { UsageFields } from './usage-fields.js';

export class PosixCpuIsolator implements Isolator {
  readonly name = 'posix/cpu';
  private readonly requested = new Map<string, number>();

  prepare(containerId: string, limits: ContainerLimits): Promise<IsolationPlan> {
    if (limits.cpus !== undefined) this.requested.set(containerId, limits.cpus);
    return Promise.resolve({ procsFiles: [], supervisorFlags: [] });
  }

  async usage(containerId: string, pid: number | undefined): Promise<Partial<ContainerUsage>> {
    const usage: UsageFields = {};
    const cpus = this.requested.get(containerId);
    if (cpus !== undefined) usage.cpus_limit = cpus;
    if (pid === undefined) return usage;
    const tree = processTree(await listProcesses(), pid);
    if (tree.length === 0) return usage;
    let user = 0;
    let system = 0;
    for (const proc of tree) {
      user += proc.utime + proc.cutime;
      system += proc.stime + proc.cstime;
    }
    usage.cpus_user_time_secs = user / CLOCK_TICKS_PER_SECOND;
    usage.cpus_system_time_secs = system / CLOCK_TICKS_PER_SECOND;
    return usage;
  }

  limitation(_containerId: string): Promise<ContainerLimitation | undefined> {
    return Promise.resolve(undefined);
  }

  pids(_containerId: string): Promise<number[]> {
    return Promise.resolve([]); // without cgroups the containerizer's process group is all there is
  }

  cleanup(containerId: string): Promise<void> {
    this.requested.delete(containerId);
    return Promise.resolve();
  }

  recover(_known: ReadonlySet<string>): Promise<void> {
    return Promise.resolve();
  }
}
