// Waiting in a benchmark: re-checks a condition whenever something happens (wake) and at least every poll interval,
// and gives up with a useful message on a timeout or as soon as `check` says something went wrong.
import { performance } from 'node:perf_hooks';

export class Waiter {
  private wakeUp: () => void = () => undefined;

  /** `check` throws when the run cannot succeed any more (a process died, a task failed, an interrupt). */
  constructor(private readonly check: () => void, private readonly describe: () => string = () => '') {}

  /** Something changed: re-check now. */
  wake(): void {
    this.wakeUp();
  }

  async until(done: () => boolean | Promise<boolean>, what: string, timeoutMs: number, pollMs = 100): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      this.check();
      if (await done()) return;
      if (performance.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}\n${this.describe()}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, pollMs);
        this.wakeUp = () => { clearTimeout(timer); resolve(); };
      });
    }
  }
}
