// posix/cpu (Mesos posix/cpu): cpu time of the task's processes from /proc, when cgroups are out of reach. It
// measures and does not confine: `cpus_limit` is what the task asked for, not something enforced.
import { PosixIsolator } from './posix-isolator.js';
import { CLOCK_TICKS_PER_SECOND, type ProcStat } from './posix-proc.js';
import type { ContainerLimits } from './types.js';
import type { UsageFields } from './usage-fields.js';

export class PosixCpuIsolator extends PosixIsolator {
  readonly name = 'posix/cpu';

  protected requestedAmount(limits: ContainerLimits): number | undefined {
    return limits.cpus;
  }

  protected reportRequested(usage: UsageFields, cpus: number): void {
    usage.cpus_limit = cpus;
  }

  protected measure(usage: UsageFields, tree: readonly ProcStat[]): Promise<void> {
    let user = 0;
    let system = 0;
    for (const proc of tree) {
      user += proc.utime + proc.cutime;
      system += proc.stime + proc.cstime;
    }
    usage.cpus_user_time_secs = user / CLOCK_TICKS_PER_SECOND;
    usage.cpus_system_time_secs = system / CLOCK_TICKS_PER_SECOND;
    return Promise.resolve();
  }
}
