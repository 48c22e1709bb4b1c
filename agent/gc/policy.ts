// How long a finished sandbox is kept (Mesos --gc_delay, --gc_disk_headroom): the fuller the disk, the sooner.

/** Mesos defaults: keep a week; aim to keep 10 % of the disk free; look at the disk every minute. */
export const GC_DEFAULTS = {
  delayMs: 7 * 24 * 3600 * 1000,
  headroom: 0.1,
  diskWatchIntervalMs: 60_000,
} as const;

export interface GcDelayInput {
  /** --gc_delay. */
  readonly delayMs: number;
  /** --gc_disk_headroom, 0..1. */
  readonly headroom: number;
  /** Fraction of the disk in use, 0..1. */
  readonly diskUsage: number;
}

/**
 * Pure: the age past which a finished sandbox goes, delay * max(0, 1 - headroom - usage) (Mesos
 * `Slave::age`). An empty disk keeps sandboxes for 90 % of the delay with the default headroom; a disk that is
 * `1 - headroom` full keeps none.
 */
export function gcDelayMs(input: GcDelayInput): number {
  return input.delayMs * Math.max(0, 1 - input.headroom - input.diskUsage);
}

/** Pure: the used fraction of a file system as Mesos's fs::usage counts it, (blocks - free) / blocks. */
export function diskUsageOf(stats: { readonly blocks: number; readonly bfree: number }): number {
  if (stats.blocks <= 0) return 0;
  return Math.min(1, Math.max(0, (stats.blocks - stats.bfree) / stats.blocks));
}
