// posix/mem (Mesos posix/mem): resident memory of the task's processes from /proc, when cgroups are out of reach. It
// measures and does not confine: `mem_limit_bytes` is what the task asked for, not something enforced.
import { PosixIsolator } from './posix-isolator.js';
import { residentBytes, type ProcStat } from './posix-proc.js';
import type { ContainerLimits } from './types.js';
import type { UsageFields } from './usage-fields.js';

const MIB = 1024 * 1024;

export class PosixMemIsolator extends PosixIsolator {
  readonly name = 'posix/mem';

  protected requestedAmount(limits: ContainerLimits): number | undefined {
    return limits.memMb === undefined ? undefined : Math.round(limits.memMb * MIB);
  }

  protected reportRequested(usage: UsageFields, bytes: number): void {
    usage.mem_limit_bytes = bytes;
  }

  protected async measure(usage: UsageFields, tree: readonly ProcStat[]): Promise<void> {
    const resident = await Promise.all(tree.map((proc) => residentBytes(proc.pid)));
    usage.mem_rss_bytes = resident.reduce<number>((sum, bytes) => sum + (bytes ?? 0), 0);
  }
}
