// Lets a store refuse work once closing has begun and wait for the operations already running before it releases
// its backend, so close() never pulls a database or connection out from under a write.
import { storeClosed } from './keys.js';

export class OperationGate {
  private readonly running = new Set<Promise<unknown>>();
  private closing = false;

  get closed(): boolean {
    return this.closing;
  }

  /** Runs `operation` unless the gate is closed (then rejects with STORE_CLOSED); a throw becomes a rejection. */
  run<T>(operation: () => T | Promise<T>): Promise<T> {
    if (this.closing) return Promise.reject(storeClosed());
    const result = new Promise<T>((resolve) => resolve(operation()));
    this.running.add(result);
    const forget = (): void => {
      this.running.delete(result);
    };
    result.then(forget, forget);
    return result;
  }

  /** Closes the gate; resolves once every operation started before has settled. */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.allSettled([...this.running]);
  }
}
