// Pieces both subscription sessions share (the scheduler's with its master, an executor's with its agent): the
// promise start() returns together with the error that ended the session, and the retry schedule with backoff.
import type { Clock, TimerHandle } from '../../../shared/clock/index.js';
import { DroverError } from '../../../shared/errors/index.js';

/** start()'s promise: resolved by the first subscription, rejected by a stop or a fatal error before it. */
export class StartGate {
  private waiter: { resolve(): void; reject(error: DroverError): void } | undefined;
  private fatal: DroverError | undefined;

  wait(): Promise<void> {
    return new Promise<void>((resolve, reject) => { this.waiter = { resolve, reject }; });
  }

  /** The session subscribed: start() resolves (once). */
  open(): void {
    this.waiter?.resolve();
    this.waiter = undefined;
  }

  /** stop() before the first subscription: start() rejects with NOT_RUNNING. */
  cancel(message: string): void {
    this.waiter?.reject(new DroverError('NOT_RUNNING', message));
    this.waiter = undefined;
  }

  /** Records the error that ended the session; true when start() was still waiting and now rejects with it. */
  fail(error: DroverError): boolean {
    this.fatal = error;
    if (this.waiter === undefined) return false;
    this.waiter.reject(error);
    this.waiter = undefined;
    return true;
  }

  /** The error that ended the session, if one did. */
  get error(): DroverError | undefined {
    return this.fatal;
  }
}

/** When to try subscribing again: the delay doubles from `initialMs` to `maxMs`, and a success starts it over. */
export class RetrySchedule {
  private nextDelayMs: number;
  private timer: TimerHandle | undefined;

  constructor(private readonly clock: Clock, private readonly backoff: { readonly initialMs: number; readonly maxMs: number }) {
    this.nextDelayMs = backoff.initialMs;
  }

  /** Runs `retry` after the current delay; returns that delay. */
  schedule(retry: () => void): number {
    const delayMs = this.nextDelayMs;
    this.nextDelayMs = Math.min(this.nextDelayMs * 2, this.backoff.maxMs);
    this.timer?.cancel();
    this.timer = this.clock.setTimer(delayMs, () => {
      this.timer = undefined;
      retry();
    });
    return delayMs;
  }

  reset(): void {
    this.nextDelayMs = this.backoff.initialMs;
  }

  cancel(): void {
    this.timer?.cancel();
    this.timer = undefined;
  }
}
