// Caps how many probes run at once (Marathon's --max_concurrent_marathon_health_checks); the rest wait in FIFO order.

export interface QueueTicket {
  /** Removes the job if it has not started; a started job is left to finish (its owner aborts its probe). */
  cancel(): void;
}

export class ProbeQueue {
  private active = 0;
  private readonly waiting: Array<{ job: () => Promise<void>; cancelled: boolean }> = [];

  constructor(private readonly maxConcurrent: number) {}

  submit(job: () => Promise<void>): QueueTicket {
    const entry = { job, cancelled: false };
    this.waiting.push(entry);
    this.pump();
    return {
      cancel: () => {
        entry.cancelled = true;
      },
    };
  }

  get running(): number {
    return this.active;
  }

  get queued(): number {
    return this.waiting.filter((entry) => !entry.cancelled).length;
  }

  private pump(): void {
    while (this.active < this.maxConcurrent) {
      const entry = this.waiting.shift();
      if (entry === undefined) return;
      if (entry.cancelled) continue;
      this.active += 1;
      // A job that throws is a bug in its owner (e.g. an onResult callback): let it surface as an unhandled rejection.
      void entry.job().finally(() => {
        this.active -= 1;
        this.pump();
      });
    }
  }
}
