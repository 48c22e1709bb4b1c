// Time as a parameter. Cores take a Clock (or a `now` argument) so tests drive a ManualClock; only the shells use
// systemClock. Times are milliseconds since the Unix epoch.

export interface TimerHandle {
  cancel(): void;
}

export interface Clock {
  now(): number;
  /** Calls `callback` once after `delayMs`. */
  setTimer(delayMs: number, callback: () => void): TimerHandle;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimer(delayMs, callback) {
    const handle = setTimeout(callback, Math.max(0, delayMs));
    return { cancel: () => clearTimeout(handle) };
  },
};

interface PendingTimer {
  readonly dueAt: number;
  readonly sequence: number;
  readonly callback: () => void;
  cancelled: boolean;
}

/** A clock that moves only when told to; timers fire in due order during advance(). */
export class ManualClock implements Clock {
  private current: number;
  private sequence = 0;
  private timers: PendingTimer[] = [];

  constructor(startMs = 0) {
    this.current = startMs;
  }

  now(): number {
    return this.current;
  }

  setTimer(delayMs: number, callback: () => void): TimerHandle {
    const timer: PendingTimer = {
      dueAt: this.current + Math.max(0, delayMs),
      sequence: this.sequence++,
      callback,
      cancelled: false,
    };
    this.timers.push(timer);
    return { cancel: () => { timer.cancelled = true; } };
  }

  /** Moves time forward by `deltaMs`, firing every timer that falls due on the way, in order. */
  advance(deltaMs: number): void {
    const target = this.current + deltaMs;
    for (;;) {
      const due = this.timers
        .filter((timer) => !timer.cancelled && timer.dueAt <= target)
        .sort((a, b) => a.dueAt - b.dueAt || a.sequence - b.sequence)[0];
      if (due === undefined) break;
      this.current = Math.max(this.current, due.dueAt);
      due.cancelled = true;
      due.callback();
    }
    this.timers = this.timers.filter((timer) => !timer.cancelled);
    this.current = target;
  }

  get pendingTimers(): number {
    return this.timers.filter((timer) => !timer.cancelled).length;
  }
}
