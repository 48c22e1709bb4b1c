// Pending requests of one connection, keyed by the last token of their reply subject. Both transports answer all
// requests through one wildcard inbox subscription and expire them with one periodic sweep, so a request costs a Map
// entry and no subscription or timer of its own (performance.md §5: per-request promise + timer saturates at ~17k/s).
import { DroverError } from '../errors/index.js';

interface Pending {
  readonly deadline: number;
  readonly subject: string;
  readonly resolve: (data: Uint8Array) => void;
  readonly reject: (error: Error) => void;
}

/** How often expired requests are failed: a request times out between timeoutMs and timeoutMs + this. */
export const SWEEP_INTERVAL_MS = 50;

export class RequestCorrelator {
  private readonly pending = new Map<string, Pending>();
  private sweeper: ReturnType<typeof setInterval> | undefined;
  private next = 0;

  constructor(private readonly now: () => number = () => performance.now()) {}

  get size(): number {
    return this.pending.size;
  }

  /** A token not used by any pending request of this correlator. */
  nextToken(): string {
    this.next += 1;
    return this.next.toString(36);
  }

  /** Registers a request; the promise settles through resolve/reject/rejectAll or the sweep. */
  register(token: string, subject: string, timeoutMs: number): Promise<Uint8Array> {
    return new Promise<Uint8Array>((resolve, reject) => {
      this.pending.set(token, { deadline: this.now() + timeoutMs, subject, resolve, reject });
      this.startSweeper();
    });
  }

  /** Settles the request with `data`; answers after the first (or for unknown tokens) are ignored. */
  resolve(token: string, data: Uint8Array): void {
    const entry = this.pending.get(token);
    if (entry === undefined) return;
    this.pending.delete(token);
    entry.resolve(data);
  }

  reject(token: string, error: Error): void {
    const entry = this.pending.get(token);
    if (entry === undefined) return;
    this.pending.delete(token);
    entry.reject(error);
  }

  rejectNoResponders(token: string): void {
    const subject = this.pending.get(token)?.subject ?? '';
    this.reject(token, new DroverError('BUS_NO_RESPONDERS', `no responders for '${subject}'`));
  }

  rejectAll(error: Error): void {
    const entries = [...this.pending.values()];
    this.pending.clear();
    this.stopSweeper();
    for (const entry of entries) entry.reject(error);
  }

  private startSweeper(): void {
    if (this.sweeper !== undefined) return;
    // Kept referenced: it runs only while requests are pending, and a pending request should keep the process alive
    // until it settles (the memory bus has no socket that would).
    this.sweeper = setInterval(() => this.sweep(), SWEEP_INTERVAL_MS);
  }

  private stopSweeper(): void {
    if (this.sweeper === undefined) return;
    clearInterval(this.sweeper);
    this.sweeper = undefined;
  }

  private sweep(): void {
    const now = this.now();
    // Map iteration is insertion order but deadlines differ per request, so every entry is checked.
    for (const [token, entry] of this.pending) {
      if (entry.deadline <= now) {
        this.pending.delete(token);
        entry.reject(new DroverError('BUS_TIMEOUT', `no reply from '${entry.subject}' within the timeout`));
      }
    }
    if (this.pending.size === 0) this.stopSweeper();
  }
}
