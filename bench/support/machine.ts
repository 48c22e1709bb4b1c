// What every benchmark prints about the machine it ran on (performance.md §6, Reporting).
import os from 'node:os';
import v8 from 'node:v8';

export interface MachineInfo {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly node: string;
  readonly platform: string;
  /** --max-old-space-size from the command line or NODE_OPTIONS, if given. */
  readonly maxOldSpaceSizeMb: number | null;
  readonly heapLimitMb: number;
  /** 1, 5 and 15 minute load averages when the figures were taken: other work on the cores skews them. */
  readonly loadAverage: readonly number[];
}

function maxOldSpaceSize(): number | null {
  const flags = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)];
  for (const flag of flags) {
    const match = /^--max[-_]old[-_]space[-_]size=(\d+)$/.exec(flag);
    if (match !== null) return Number(match[1]);
  }
  return null;
}

export function machineInfo(): MachineInfo {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    maxOldSpaceSizeMb: maxOldSpaceSize(),
    heapLimitMb: Math.round(v8.getHeapStatistics().heap_size_limit / 2 ** 20),
    loadAverage: os.loadavg().map((load) => Math.round(load * 100) / 100),
  };
}

/** Nearest-rank percentile of already sorted values. */
export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.max(1, Math.ceil(fraction * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1]!;
}

export function round(value: number, digits = 2): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
