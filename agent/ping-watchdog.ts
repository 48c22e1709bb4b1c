// Notices a silent master: fires when no PING arrived for the timeout (ping interval × (max ping timeouts + 1)).
import type { Clock, TimerHandle } from '../shared/clock/index.js';

/** The master's default max_ping_timeouts (Mesos 5): the agent waits one interval more than the master does. */
export const PING_TIMEOUT_INTERVALS = 6;
/** Used when the master did not say how often it pings (Mesos agent_ping_timeout 15 s). */
export const DEFAULT_PING_INTERVAL_SECONDS = 15;

export class PingWatchdog {
  private timer: TimerHandle | undefined;
  private timeoutMs = 0;

  constructor(private readonly clock: Clock, private readonly onSilence: (silentForMs: number) => void) {}

  start(pingIntervalSeconds: number): void {
    const interval = pingIntervalSeconds > 0 ? pingIntervalSeconds : DEFAULT_PING_INTERVAL_SECONDS;
    this.timeoutMs = interval * 1000 * PING_TIMEOUT_INTERVALS;
    this.arm();
  }

  /** A PING arrived. */
  ping(): void {
    if (this.timer !== undefined) this.arm();
  }

  stop(): void {
    this.timer?.cancel();
    this.timer = undefined;
  }

  private arm(): void {
    this.timer?.cancel();
    this.timer = this.clock.setTimer(this.timeoutMs, () => {
      this.timer = undefined;
      this.onSilence(this.timeoutMs);
    });
  }
}
