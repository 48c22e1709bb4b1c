// cgroups/mem (Mesos cgroups/mem): a hard memory limit of the task's `mem` (at least 32 MB), swap included where the
// kernel accounts it, and the verdict after the task ended: did the kernel's OOM killer run in its cgroup?
import { join } from 'node:path';
import type { ContainerLimitation, ContainerUsage } from '../containerizer/types.js';
import { parseLimit, readControlFile, readFlatKeyed, writeControlFile, writeOptionalControlFile } from './cgroup-files.js';
import { CgroupsIsolator, type CgroupsIsolatorOptions } from './cgroups-isolator.js';
import type { ContainerLimits } from './types.js';
import { setUsage, type UsageFields } from './usage-fields.js';

/** Mesos MIN_MEMORY: a smaller limit would have the task OOM-killed while it starts. */
export const MIN_MEMORY_MB = 32;
const MIB = 1024 * 1024;

// memory.stat lines worth showing when the limit ended a task (the whole file is ~40 lines), when not zero.
const V1_STAT_KEYS = ['total_rss', 'total_cache', 'total_mapped_file', 'total_swap', 'total_unevictable'];
const V2_STAT_KEYS = ['anon', 'file', 'kernel', 'shmem', 'sock'];

export function memoryLimitBytes(memMb: number): number {
  return Math.max(MIN_MEMORY_MB, Math.ceil(memMb)) * MIB;
}

export class CgroupsMemIsolator extends CgroupsIsolator {
  readonly name = 'cgroups/mem';

  constructor(options: CgroupsIsolatorOptions) {
    super(['memory'], options);
  }

  private dir(containerId: string): string {
    return this.cgroups.dir(containerId, 'memory');
  }

  protected async applyLimits(containerId: string, limits: ContainerLimits): Promise<void> {
    if (limits.memMb === undefined) return;
    const dir = this.dir(containerId);
    const bytes = String(memoryLimitBytes(limits.memMb));
    if (this.unified) {
      await writeControlFile(join(dir, 'memory.max'), bytes);
      // v1's memsw = limit means "no swap"; v2 counts swap separately.
      await writeOptionalControlFile(join(dir, 'memory.swap.max'), '0');
      return;
    }
    // The memory limit first: the kernel refuses memsw below the memory limit, and a new cgroup has both unlimited.
    await writeControlFile(join(dir, 'memory.limit_in_bytes'), bytes);
    await writeOptionalControlFile(join(dir, 'memory.memsw.limit_in_bytes'), bytes);
  }

  async usage(containerId: string, _pid?: number): Promise<Partial<ContainerUsage>> {
    const dir = this.dir(containerId);
    const usage: UsageFields = {};
    const stat = await readFlatKeyed(join(dir, 'memory.stat'));
    if (this.unified) {
      setUsage(usage, 'mem_rss_bytes', stat?.get('anon'));
      setUsage(usage, 'mem_total_bytes', parseLimit(await readControlFile(join(dir, 'memory.current'))));
      setUsage(usage, 'mem_limit_bytes', parseLimit(await readControlFile(join(dir, 'memory.max'))));
    } else {
      setUsage(usage, 'mem_rss_bytes', stat?.get('total_rss') ?? stat?.get('rss'));
      setUsage(usage, 'mem_total_bytes', parseLimit(await readControlFile(join(dir, 'memory.usage_in_bytes'))));
      setUsage(usage, 'mem_limit_bytes', parseLimit(await readControlFile(join(dir, 'memory.limit_in_bytes'))));
    }
    return usage;
  }

  /**
   * The OOM killer's counter of the cgroup (v1 memory.oom_control `oom_kill`, v2 memory.events `oom_kill`). Only on
   * kernels without that counter (before 4.13) does "hit the limit and peaked at it" stand in for it: with the
   * counter there, a task that merely filled its limit with page cache was not ended by it.
   */
  async limitation(containerId: string): Promise<ContainerLimitation | undefined> {
    const dir = this.dir(containerId);
    const reading = this.unified ? await readOomV2(dir) : await readOomV1(dir);
    if (reading === undefined) return undefined; // no such cgroup
    const { kills, limit, peak } = reading;
    const ended = kills !== undefined
      ? kills > 0
      : reading.limitHits > 0 && limit !== undefined && peak !== undefined && peak >= limit;
    if (!ended) return undefined;
    // Read after the task ended, most of memory.stat is back to zero: show the counters and what is still charged.
    const lines = [`oom_kill ${kills ?? 'unknown'}`, `${this.unified ? 'max' : 'failcnt'} ${reading.limitHits}`];
    const stat = await readFlatKeyed(join(dir, 'memory.stat'));
    for (const key of this.unified ? V2_STAT_KEYS : V1_STAT_KEYS) {
      const value = stat?.get(key);
      if (value !== undefined && value > 0) lines.push(`${key} ${value}`);
    }
    return {
      resource: 'mem',
      message: `Memory limit exceeded: Requested: ${megabytes(limit)} Maximum Used: ${megabytes(peak)}`
        + `\n\nMEMORY STATISTICS: \n${lines.join('\n')}`,
    };
  }
}

interface OomReading {
  /** OOM kills in the cgroup; undefined when the kernel does not count them. */
  readonly kills: number | undefined;
  /** How often usage ran into the limit. */
  readonly limitHits: number;
  readonly limit: number | undefined;
  readonly peak: number | undefined;
}

async function readOomV1(dir: string): Promise<OomReading | undefined> {
  const oomControl = await readFlatKeyed(join(dir, 'memory.oom_control'));
  if (oomControl === undefined) return undefined;
  return {
    kills: oomControl.get('oom_kill'),
    limitHits: parseLimit(await readControlFile(join(dir, 'memory.failcnt'))) ?? 0,
    limit: parseLimit(await readControlFile(join(dir, 'memory.limit_in_bytes'))),
    peak: parseLimit(await readControlFile(join(dir, 'memory.max_usage_in_bytes'))),
  };
}

async function readOomV2(dir: string): Promise<OomReading | undefined> {
  const events = await readFlatKeyed(join(dir, 'memory.events'));
  if (events === undefined) return undefined;
  // memory.peak arrived in Linux 5.19; before it, the current usage is the best guess left.
  const peak = parseLimit(await readControlFile(join(dir, 'memory.peak')))
    ?? parseLimit(await readControlFile(join(dir, 'memory.current')));
  return {
    kills: events.get('oom_kill'),
    limitHits: events.get('max') ?? 0,
    limit: parseLimit(await readControlFile(join(dir, 'memory.max'))),
    peak,
  };
}

function megabytes(bytes: number | undefined): string {
  return bytes === undefined ? 'unknown' : `${Math.round(bytes / MIB)}MB`;
}
