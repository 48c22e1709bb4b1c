// posix/mem (Mesos posix/mem): resident memory of the task's processes from /proc, when cgroups are out of reach. It
// measures and does not confine: `mem_limit_bytes` is what the task asked for, not something enforced.
import type { ContainerLimitation, ContainerUsage } from '../containerizer/types.js';
import { listProcesses, processTree, residentBytes } from './posix-proc.js';
import type { ContainerLimits, IsolationPlan, Isolator } from './types.js';
import type { UsageFields } from './usage-fields.js';

const MIB = 1024 * 1024;

export class PosixMemIsolator implements Isolator {
  readonly name = 'posix/mem';
  private readonly requested = new Map<string, number>();

  prepare(containerId: string, limits: ContainerLimits): Promise<IsolationPlan> {
    if (limits.memMb !== undefined) this.requested.set(containerId, Math.round(limits.memMb * MIB));
    return Promise.resolve({ procsFiles: [], supervisorFlags: [] });
  }

  async usage(containerId: string, pid: number | undefined): Promise<Partial<ContainerUsage>> {
    const usage: UsageFields = {};
    const limit = this.requested.get(containerId);
    if (limit !== undefined) usage.mem_limit_bytes = limit;
    if (pid === undefined) return usage;
    const tree = processTree(await listProcesses(), pid);
    if (tree.length === 0) return usage;
    const resident = await Promise.all(tree.map((proc) => residentBytes(proc.pid)));
    usage.mem_rss_bytes = resident.reduce<number>((sum, bytes) => sum + (bytes ?? 0), 0);
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
