// What every cgroups isolator does the same way: its container's processes are those in its cgroups, cleanup kills
// them and removes the cgroups, recover removes the cgroups of containers the agent no longer knows.
import type { ContainerLimitation, ContainerUsage } from '../containerizer/types.js';
import { silentLogger, type Logger } from '../logger.js';
import type { CgroupLayout } from './cgroup-layout.js';
import { CgroupSet, DEFAULT_CGROUPS_ROOT } from './cgroup-tree.js';
import type { ContainerLimits, IsolationPlan, Isolator } from './types.js';

export interface CgroupsIsolatorOptions {
  /** From detectCgroupLayout() (or a stand-in in tests). */
  readonly layout: CgroupLayout;
  /** Containers' cgroups are `<mount>/<root>/<containerId>`; default 'drover'. */
  readonly root?: string;
  readonly logger?: Logger;
}

export abstract class CgroupsIsolator implements Isolator {
  abstract readonly name: string;
  protected readonly cgroups: CgroupSet;
  protected readonly logger: Logger;

  protected constructor(controllers: readonly string[], options: CgroupsIsolatorOptions) {
    this.cgroups = new CgroupSet(options.layout, controllers, options.root ?? DEFAULT_CGROUPS_ROOT);
    this.logger = options.logger ?? silentLogger;
  }

  /** Writes the limits into the freshly created cgroups. */
  protected abstract applyLimits(containerId: string, limits: ContainerLimits): Promise<void>;
  abstract usage(containerId: string, pid: number | undefined): Promise<Partial<ContainerUsage>>;
  abstract limitation(containerId: string): Promise<ContainerLimitation | undefined>;

  /** Whether the controller lives on cgroup v2 (one mount per isolator there). */
  protected get unified(): boolean {
    return this.cgroups.mounts[0]?.version === 2;
  }

  async prepare(containerId: string, limits: ContainerLimits): Promise<IsolationPlan> {
    await this.cgroups.create(containerId);
    await this.applyLimits(containerId, limits);
    return { procsFiles: this.cgroups.procsFiles(containerId), supervisorFlags: [] };
  }

  pids(containerId: string): Promise<number[]> {
    return this.cgroups.pids(containerId);
  }

  cleanup(containerId: string): Promise<void> {
    return this.cgroups.destroy(containerId);
  }

  async recover(known: ReadonlySet<string>): Promise<void> {
    const removed = await this.cgroups.destroyOrphans(known, this.logger);
    if (removed.length > 0) this.logger.info({ isolator: this.name, containers: removed }, 'removed orphaned cgroups');
  }
}
