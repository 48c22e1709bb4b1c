// Sandbox garbage collection (Mesos GarbageCollector + the agent's disk watch). A finished run's sandbox is
// scheduled with the time its task ended; it is removed once it is older than the current delay: --gc_delay until
// the first disk check, then gcDelayMs(delay, headroom, usage), re-measured every disk watch interval, so a
// filling disk prunes sooner. Removal is `rm -rf` of the run directory, then of `runs/` and the task directory
// if that left them empty. Only run directories below <workDir>/agents are ever removed.
import { lstat, readdir, realpath, rm, rmdir, statfs } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import type { Clock, TimerHandle } from '../../shared/clock/index.js';
import { errorMessage } from '../../shared/errors/index.js';
import { agentsDirectory, listRunDirectories } from '../files/index.js';
import { silentLogger, type Logger } from '../logger.js';
import { GC_DEFAULTS, diskUsageOf, gcDelayMs } from './policy.js';

export interface SandboxGcOptions {
  readonly workDir: string;
  readonly clock: Clock;
  /** --gc_delay; default one week. */
  readonly delayMs?: number;
  /** --gc_disk_headroom, 0..1; default 0.1. */
  readonly headroom?: number;
  /** --disk_watch_interval; default one minute. */
  readonly diskWatchIntervalMs?: number;
  /** Used fraction (0..1) of the disk holding the work directory; default fs.statfs(workDir). */
  readonly diskUsage?: () => Promise<number>;
  readonly logger?: Logger;
}

export interface DiskCheck {
  readonly usage: number;
  /** The age past which sandboxes go from now on. */
  readonly delayMs: number;
  readonly removed: readonly string[];
}

/** `(frameworkId, taskId, runId) -> true` for runs that still run (their sandboxes stay). */
export type KeepRun = (frameworkId: string, taskId: string, runId: string) => boolean;

export class SandboxGc {
  private readonly entries = new Map<string, number>();
  private readonly removing = new Set<Promise<void>>();
  private readonly delayMs: number;
  private readonly headroom: number;
  private currentDelayMs: number;
  private dueTimer: TimerHandle | undefined;
  private watchTimer: TimerHandle | undefined;
  private running = false;
  private readonly logger: Logger;

  constructor(private readonly options: SandboxGcOptions) {
    this.delayMs = options.delayMs ?? GC_DEFAULTS.delayMs;
    this.headroom = options.headroom ?? GC_DEFAULTS.headroom;
    this.currentDelayMs = this.delayMs;
    this.logger = options.logger ?? silentLogger;
  }

  /** The age past which sandboxes are removed now. */
  get effectiveDelayMs(): number {
    return this.currentDelayMs;
  }

  /** Scheduled sandboxes and when their tasks finished (ms). */
  scheduled(): ReadonlyMap<string, number> {
    return new Map(this.entries);
  }

  /** Starts the disk watch: a check now, then one every interval. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.watchDisk();
  }

  /** Stops the timers; removals already under way finish (await idle()). */
  stop(): void {
    this.running = false;
    this.watchTimer?.cancel();
    this.watchTimer = undefined;
    this.dueTimer?.cancel();
    this.dueTimer = undefined;
  }

  /**
   * Removes the run directory `path` once it is older than the delay, counting from `finishedAtMs`. Scheduling it
   * again moves its time. False (and nothing scheduled) for anything but a run directory below <workDir>/agents.
   */
  schedule(path: string, finishedAtMs: number): boolean {
    if (!this.isRunDirectory(path)) {
      this.logger.warn({ path }, 'not scheduling a sandbox for removal: not a run directory of this work directory');
      return false;
    }
    this.entries.set(path, finishedAtMs);
    this.prune();
    return true;
  }

  /** Keeps `path` after all; false if it was not scheduled. */
  unschedule(path: string): boolean {
    const had = this.entries.delete(path);
    if (had) this.arm();
    return had;
  }

  /** Measures the disk, derives the delay from it and removes what is now too old. */
  async checkDisk(): Promise<DiskCheck> {
    const usage = await (this.options.diskUsage ?? (() => this.measureDisk()))();
    this.currentDelayMs = gcDelayMs({ delayMs: this.delayMs, headroom: this.headroom, diskUsage: usage });
    const removed = this.prune();
    this.logger.debug({ usage, delayMs: this.currentDelayMs, removed: removed.length }, 'sandbox gc disk check');
    return { usage, delayMs: this.currentDelayMs, removed };
  }

  /**
   * After an agent restart: schedules every run directory that no longer runs, as finished at its last
   * modification. Runs under other agent ids (an earlier identity of this work directory) never run here any more.
   * Returns the scheduled paths.
   */
  async scanExisting(agentId: string, keep: KeepRun): Promise<string[]> {
    const scheduled: string[] = [];
    for (const run of await listRunDirectories(this.options.workDir)) {
      if (run.agentId === agentId && keep(run.frameworkId, run.taskId, run.runId)) continue;
      if (this.schedule(run.path, await lastModified(run.path, run.mtimeMs))) scheduled.push(run.path);
    }
    return scheduled;
  }

  /** Resolves once every removal started so far has finished. */
  async idle(): Promise<void> {
    while (this.removing.size > 0) await Promise.all([...this.removing]);
  }

  private watchDisk(): void {
    if (!this.running) return;
    void this.checkDisk().catch((error: unknown) => {
      this.logger.warn({ error: errorMessage(error) }, 'sandbox gc could not measure the disk');
    }).finally(() => {
      if (!this.running) return;
      this.watchTimer = this.options.clock.setTimer(this.options.diskWatchIntervalMs ?? GC_DEFAULTS.diskWatchIntervalMs, () => this.watchDisk());
    });
  }

  private async measureDisk(): Promise<number> {
    return diskUsageOf(await statfs(this.options.workDir));
  }

  /** Removes every sandbox older than the current delay and arms the timer for the next one. */
  private prune(): string[] {
    const now = this.options.clock.now();
    const removed: string[] = [];
    for (const [path, finishedAt] of this.entries) {
      if (finishedAt + this.currentDelayMs > now) continue;
      this.entries.delete(path);
      removed.push(path);
      const removal = this.remove(path);
      this.removing.add(removal);
      void removal.finally(() => this.removing.delete(removal));
    }
    this.arm();
    return removed;
  }

  private arm(): void {
    this.dueTimer?.cancel();
    this.dueTimer = undefined;
    let earliest = Infinity;
    for (const finishedAt of this.entries.values()) earliest = Math.min(earliest, finishedAt);
    if (earliest === Infinity) return;
    const dueInMs = earliest + this.currentDelayMs - this.options.clock.now();
    this.dueTimer = this.options.clock.setTimer(Math.max(0, dueInMs), () => {
      this.dueTimer = undefined;
      this.prune();
    });
  }

  private async remove(path: string): Promise<void> {
    try {
      // A symlink planted where a directory of the layout should be must not steer rm -rf elsewhere.
      const parent = dirname(path);
      const expected = join(await realpath(agentsDirectory(this.options.workDir)), relative(agentsDirectory(this.options.workDir), parent));
      if (await realpath(parent) !== expected || (await lstat(path)).isSymbolicLink()) {
        this.logger.warn({ path }, 'sandbox gc refused to remove a sandbox reached through a symlink');
        return;
      }
      await rm(path, { recursive: true, force: true });
      // runs/ and then the task directory, if this was their last run.
      for (const parent of [dirname(path), dirname(dirname(path))]) await rmdir(parent);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code !== 'ENOTEMPTY' && code !== 'EEXIST' && code !== 'ENOENT') {
        this.logger.warn({ path, error: errorMessage(error) }, 'sandbox gc could not remove a sandbox');
        return;
      }
    }
    this.logger.info({ path }, 'sandbox removed');
  }

  /** agents/<agent>/frameworks/<framework>/tasks/<task>/runs/<run>, and nothing else. */
  private isRunDirectory(path: string): boolean {
    const parts = relative(agentsDirectory(this.options.workDir), path).split(sep);
    return parts.length === 7 && parts[1] === 'frameworks' && parts[3] === 'tasks' && parts[5] === 'runs'
      && parts.every((part) => part !== '' && part !== '.' && part !== '..');
  }
}

/** When a run last changed: its directory or, later, a file directly in it (a log written until the end). */
async function lastModified(path: string, directoryMtimeMs: number): Promise<number> {
  let latest = directoryMtimeMs;
  try {
    for (const name of await readdir(path)) {
      try {
        latest = Math.max(latest, (await lstat(join(path, name))).mtimeMs);
      } catch {
        // removed meanwhile
      }
    }
  } catch {
    // the directory went away: its own mtime stands
  }
  return latest;
}
