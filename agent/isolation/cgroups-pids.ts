// cgroups/pids: a cap on the processes (and threads) of a container, so a fork bomb stays inside its task.
import { join } from 'node:path';
import { DroverError } from '../../shared/errors/index.js';
import type { ContainerLimitation, ContainerUsage } from '../containerizer/types.js';
import { parseLimit, readControlFile, readFlatKeyed, writeControlFile } from './cgroup-files.js';
import { CgroupsIsolator, type CgroupsIsolatorOptions } from './cgroups-isolator.js';
import type { ContainerLimits } from './types.js';
import { setUsage, type UsageFields } from './usage-fields.js';

export const DEFAULT_PIDS_LIMIT = 4096;

export interface CgroupsPidsIsolatorOptions extends CgroupsIsolatorOptions {
  /** pids.max of every container; default 4096. */
  readonly pidsLimit?: number;
}

export class CgroupsPidsIsolator extends CgroupsIsolator {
  readonly name = 'cgroups/pids';
  private readonly pidsLimit: number;

  constructor(options: CgroupsPidsIsolatorOptions) {
    super(['pids'], options);
    this.pidsLimit = options.pidsLimit ?? DEFAULT_PIDS_LIMIT;
    if (!Number.isInteger(this.pidsLimit) || this.pidsLimit < 1) {
      throw new DroverError('CONFIG', `invalid pids limit ${this.pidsLimit}: expected a positive integer`);
    }
  }

  private dir(containerId: string): string {
    return this.cgroups.dir(containerId, 'pids');
  }

  protected async applyLimits(containerId: string, _limits: ContainerLimits): Promise<void> {
    await writeControlFile(join(this.dir(containerId), 'pids.max'), String(this.pidsLimit));
  }

  async usage(containerId: string, _pid?: number): Promise<Partial<ContainerUsage>> {
    const dir = this.dir(containerId);
    const usage: UsageFields = {};
    setUsage(usage, 'processes', parseLimit(await readControlFile(join(dir, 'pids.current'))));
    setUsage(usage, 'pids_limit', parseLimit(await readControlFile(join(dir, 'pids.max'))));
    return usage;
  }

  /**
   * Whether a fork failed on the limit (pids.events `max`). A task may shrug such a failure off, so the
   * containerizer reports this only for a task that failed.
   */
  async limitation(containerId: string): Promise<ContainerLimitation | undefined> {
    const dir = this.dir(containerId);
    const refused = (await readFlatKeyed(join(dir, 'pids.events')))?.get('max');
    if (refused === undefined || refused === 0) return undefined;
    const limit = parseLimit(await readControlFile(join(dir, 'pids.max')));
    return {
      resource: 'pids',
      message: `Task hit its limit of ${limit ?? 'unknown'} processes (${refused} fork${refused === 1 ? '' : 's'} refused)`,
    };
  }
}
