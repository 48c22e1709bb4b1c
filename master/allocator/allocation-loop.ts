// When cycles run: every intervalMs (Mesos --allocation_interval) and soon after events that free resources or
// add frameworks. Requests made before the pending run starts coalesce into that one run, over the union of the
// agents asked for ('all' wins).
import type { Clock, TimerHandle } from '../../shared/clock/index.js';

export type AllocationTarget = Set<string> | 'all';

export interface AllocationLoopOptions {
  readonly clock: Clock;
  readonly intervalMs: number;
  readonly run: (agentIds: AllocationTarget) => void;
}

export class AllocationLoop {
  private readonly clock: Clock;
  private readonly intervalMs: number;
  private readonly run: (agentIds: AllocationTarget) => void;
  private intervalTimer: TimerHandle | undefined;
  private eventTimer: TimerHandle | undefined;
  private pending: AllocationTarget | undefined;

  constructor(options: AllocationLoopOptions) {
    this.clock = options.clock;
    this.intervalMs = options.intervalMs;
    this.run = options.run;
  }

  get started(): boolean {
    return this.intervalTimer !== undefined;
  }

  start(): void {
    if (this.intervalTimer !== undefined) return;
    this.scheduleInterval();
  }

  stop(): void {
    this.intervalTimer?.cancel();
    this.intervalTimer = undefined;
    this.eventTimer?.cancel();
    this.eventTimer = undefined;
    this.pending = undefined;
  }

  /** Asks for a run soon over `agentIds` (all agents when absent); requests coalesce until it starts. */
  requestAllocation(agentIds?: Iterable<string>): void {
    if (this.intervalTimer === undefined) return;
    if (agentIds === undefined || this.pending === 'all') this.pending = 'all';
    else {
      this.pending ??= new Set();
      for (const id of agentIds) this.pending.add(id);
    }
    this.eventTimer ??= this.clock.setTimer(0, () => {
      this.eventTimer = undefined;
      this.flush();
    });
  }

  private scheduleInterval(): void {
    this.intervalTimer = this.clock.setTimer(this.intervalMs, () => {
      // The periodic run covers every agent, so whatever was pending is folded into it.
      this.eventTimer?.cancel();
      this.eventTimer = undefined;
      this.pending = 'all';
      this.flush();
      if (this.intervalTimer !== undefined) this.scheduleInterval();
    });
  }

  private flush(): void {
    const target = this.pending;
    this.pending = undefined;
    if (target === undefined || (target !== 'all' && target.size === 0)) return;
    this.run(target);
  }
}
