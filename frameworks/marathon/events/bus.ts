// The in-process Marathon event bus: synchronous fan-out to listeners, optionally filtered by event type. Publishing
// never throws because of a listener, and events published from inside a listener are delivered after the current
// one, so every listener sees events in publish order. Buffering for slow consumers is the SSE writer's job.
import type { MarathonEvent } from './types.js';

export type MarathonEventListener = (event: MarathonEvent) => void;

export interface MarathonEventBusOptions {
  /** Called with what a listener threw; the event still reaches every other listener. */
  readonly onListenerError?: (error: unknown, event: MarathonEvent) => void;
}

interface Subscription {
  readonly listener: MarathonEventListener;
  readonly filter: ReadonlySet<string> | undefined;
  active: boolean;
}

export class MarathonEventBus {
  private readonly subscriptions = new Set<Subscription>();
  private readonly pending: MarathonEvent[] = [];
  private delivering = false;

  constructor(private readonly options: MarathonEventBusOptions = {}) {}

  /** How many listeners are subscribed. */
  get listenerCount(): number {
    return this.subscriptions.size;
  }

  /**
   * Calls `listener` for every later event whose `eventType` is in `filter` (no filter or an empty one: every event).
   * Returns the unsubscribe function (idempotent); after it returns, the listener gets nothing more.
   */
  subscribe(listener: MarathonEventListener, filter?: ReadonlySet<string>): () => void {
    const subscription: Subscription = { listener, filter: filter !== undefined && filter.size > 0 ? new Set(filter) : undefined, active: true };
    this.subscriptions.add(subscription);
    return () => {
      subscription.active = false;
      this.subscriptions.delete(subscription);
    };
  }

  publish(event: MarathonEvent): void {
    this.pending.push(event);
    if (this.delivering) return;
    this.delivering = true;
    try {
      for (let next = this.pending.shift(); next !== undefined; next = this.pending.shift()) this.deliver(next);
    } finally {
      this.delivering = false;
    }
  }

  private deliver(event: MarathonEvent): void {
    // A snapshot: listeners may subscribe or unsubscribe (themselves or others) while being called.
    for (const subscription of [...this.subscriptions]) {
      if (!subscription.active) continue;
      if (subscription.filter !== undefined && !subscription.filter.has(event.eventType)) continue;
      try {
        subscription.listener(event);
      } catch (error) {
        this.reportListenerError(error, event);
      }
    }
  }

  private reportListenerError(error: unknown, event: MarathonEvent): void {
    try {
      this.options.onListenerError?.(error, event);
    } catch {
      // The error reporter failing must not break publishing either.
    }
  }
}
