// What posix/cpu and posix/mem share (Mesos posix isolators): they measure from /proc and confine nothing, so
// all they keep per container is what the task asked for; limitations, cgroup pids and cleanup are empty.
import type { ContainerLimitation, ContainerUsage } from '../containerizer/types.js';
import { listProcesses, processTree, type ProcStat } from './posix-proc.js';
import type { ContainerLimits, IsolationPlan, Isolator } from './types.js';
import type { UsageFields } from './usage-fields.js';

export abstract class PosixIsolator implements Isolator {
  abstract readonly name: string;
  private readonly requested = new Map<string, number>();

  /** The amount this isolator reports as the limit, from the task's limits; undefined when none is asked for. */
  protected abstract requestedAmount(limits: ContainerLimits): number | undefined;
  /** Writes the requested amount into the usage (as the limit field). */
  protected abstract reportRequested(usage: UsageFields, amount: number): void;
  /** Adds what the task's processes use now. */
  protected abstract measure(usage: UsageFields, tree: readonly ProcStat[]): Promise<void>;

  prepare(containerId: string, limits: ContainerLimits): Promise<IsolationPlan> {
    const amount = this.requestedAmount(limits);
    if (amount !== undefined) this.requested.set(containerId, amount);
    return Promise.resolve({ procsFiles: [], supervisorFlags: [] });
  }

  async usage(containerId: string, pid: number | undefined): Promise<Partial<ContainerUsage>> {
    const usage: UsageFields = {};
    const amount = this.requested.get(containerId);
    if (amount !== undefined) this.reportRequested(usage, amount);
    if (pid === undefined) return usage;
    const tree = processTree(await listProcesses(), pid);
    if (tree.length > 0) await this.measure(usage, tree);
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
