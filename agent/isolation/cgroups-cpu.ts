// cgroups/cpu (Mesos cgroups/cpu): cpu shares in proportion to the task's cpus and, with CFS quota on, a hard cap of
// `cpus` cores per 100 ms period; accounting from cpuacct (v1) or cpu.stat (v2).
import { join } from 'node:path';
import type { ContainerLimitation, ContainerUsage } from '../containerizer/types.js';
import { parseLimit, readControlFile, readFlatKeyed, writeControlFile } from './cgroup-files.js';
import { CgroupsIsolator, type CgroupsIsolatorOptions } from './cgroups-isolator.js';
import type { ContainerLimits } from './types.js';
import { setUsage, type UsageFields } from './usage-fields.js';

export const CPU_SHARES_PER_CPU = 1024;
export const MIN_CPU_SHARES = 2;
export const MAX_CPU_SHARES = 262144;
export const CFS_PERIOD_US = 100_000;
export const MIN_CFS_QUOTA_US = 1000;
/** cpuacct.stat counts USER_HZ ticks, 100 per second on Linux whatever the kernel's HZ. */
export const USER_HZ = 100;

export function cpuShares(cpus: number): number {
  return Math.max(MIN_CPU_SHARES, Math.round(cpus * CPU_SHARES_PER_CPU));
}

export function cfsQuotaUs(cpus: number): number {
  return Math.max(MIN_CFS_QUOTA_US, Math.round(cpus * CFS_PERIOD_US));
}

/** v2 cpu.weight (1..10000) for v1 shares (2..262144), with Kubernetes' integer formula. */
export function cpuWeightFromShares(shares: number): number {
  const clamped = Math.min(MAX_CPU_SHARES, Math.max(MIN_CPU_SHARES, Math.round(shares)));
  return 1 + Math.floor(((clamped - 2) * 9999) / 262142);
}

export interface CgroupsCpuIsolatorOptions extends CgroupsIsolatorOptions {
  /** Also cap the container at `cpus` cores with CFS bandwidth control; default true. */
  readonly cfsQuota?: boolean;
}

export class CgroupsCpuIsolator extends CgroupsIsolator {
  readonly name = 'cgroups/cpu';
  private readonly cfsQuota: boolean;

  /** v1 needs the cpu and cpuacct hierarchies (separate or co-mounted); v2 the cpu controller. */
  constructor(options: CgroupsCpuIsolatorOptions) {
    super(['cpu', 'cpuacct'], options);
    this.cfsQuota = options.cfsQuota ?? true;
  }

  protected async applyLimits(containerId: string, limits: ContainerLimits): Promise<void> {
    if (limits.cpus === undefined) return;
    const dir = this.cgroups.dir(containerId, 'cpu');
    const shares = cpuShares(limits.cpus);
    if (this.unified) {
      await writeControlFile(join(dir, 'cpu.weight'), String(cpuWeightFromShares(shares)));
      if (this.cfsQuota) await writeControlFile(join(dir, 'cpu.max'), `${cfsQuotaUs(limits.cpus)} ${CFS_PERIOD_US}`);
      return;
    }
    await writeControlFile(join(dir, 'cpu.shares'), String(shares));
    if (this.cfsQuota) {
      await writeControlFile(join(dir, 'cpu.cfs_period_us'), String(CFS_PERIOD_US));
      await writeControlFile(join(dir, 'cpu.cfs_quota_us'), String(cfsQuotaUs(limits.cpus)));
    }
  }

  async usage(containerId: string, _pid?: number): Promise<Partial<ContainerUsage>> {
    return this.unified ? this.usageV2(containerId) : this.usageV1(containerId);
  }

  private async usageV1(containerId: string): Promise<Partial<ContainerUsage>> {
    const cpuDir = this.cgroups.dir(containerId, 'cpu');
    const acct = await readFlatKeyed(join(this.cgroups.dir(containerId, 'cpuacct'), 'cpuacct.stat'));
    const stat = await readFlatKeyed(join(cpuDir, 'cpu.stat'));
    const quota = Number((await readControlFile(join(cpuDir, 'cpu.cfs_quota_us')))?.trim());
    const period = Number((await readControlFile(join(cpuDir, 'cpu.cfs_period_us')))?.trim());
    const shares = parseLimit(await readControlFile(join(cpuDir, 'cpu.shares')));
    const usage: UsageFields = {};
    setUsage(usage, 'cpus_user_time_secs', acct?.get('user'), (ticks) => ticks / USER_HZ);
    setUsage(usage, 'cpus_system_time_secs', acct?.get('system'), (ticks) => ticks / USER_HZ);
    setUsage(usage, 'cpus_nr_periods', stat?.get('nr_periods'));
    setUsage(usage, 'cpus_nr_throttled', stat?.get('nr_throttled'));
    setUsage(usage, 'cpus_throttled_time_secs', stat?.get('throttled_time'), (ns) => ns / 1e9);
    if (quota > 0 && period > 0) usage.cpus_limit = quota / period;
    else setUsage(usage, 'cpus_limit', shares, (value) => value / CPU_SHARES_PER_CPU);
    return usage;
  }

  private async usageV2(containerId: string): Promise<Partial<ContainerUsage>> {
    const dir = this.cgroups.dir(containerId, 'cpu');
    const stat = await readFlatKeyed(join(dir, 'cpu.stat'));
    const [quota, period] = ((await readControlFile(join(dir, 'cpu.max'))) ?? '').trim().split(/\s+/).map(Number);
    const usage: UsageFields = {};
    setUsage(usage, 'cpus_user_time_secs', stat?.get('user_usec'), (us) => us / 1e6);
    setUsage(usage, 'cpus_system_time_secs', stat?.get('system_usec'), (us) => us / 1e6);
    setUsage(usage, 'cpus_nr_periods', stat?.get('nr_periods'));
    setUsage(usage, 'cpus_nr_throttled', stat?.get('nr_throttled'));
    setUsage(usage, 'cpus_throttled_time_secs', stat?.get('throttled_usec'), (us) => us / 1e6);
    // 'max' (no cap) parses as NaN; the weight alone does not say how many cpus the task asked for.
    if (quota !== undefined && period !== undefined && quota > 0 && period > 0) usage.cpus_limit = quota / period;
    return usage;
  }

  limitation(_containerId: string): Promise<ContainerLimitation | undefined> {
    return Promise.resolve(undefined); // running out of cpu slows a task down, it never ends one
  }
}
