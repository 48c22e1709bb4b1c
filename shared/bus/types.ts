// The message transport every Drover process uses. Two implementations (NATS and in-memory) pass one conformance
// suite (test/shared/bus-conformance.ts), so code written against Bus behaves the same on both.
//
// Semantics (NATS core): subjects are dot-separated tokens; subscriptions may use `*` (one token) and `>` (one or
// more trailing tokens); delivery is asynchronous (never inside publish()), at most once, and ordered per publisher
// and subject; a request with nobody subscribed fails at once with BUS_NO_RESPONDERS, one without a reply in time
// with BUS_TIMEOUT.

export interface BusMessage {
  readonly subject: string;
  readonly data: Uint8Array;
  /** Present when the sender expects an answer. */
  readonly reply: string | undefined;
  /** Publishes `data` to `reply`; does nothing when there is no reply subject. */
  respond(data: Uint8Array): void;
}

export interface BusSubscription {
  readonly subject: string;
  unsubscribe(): void;
}

export interface SubscribeOptions {
  /** Members of the same queue group share the messages: each goes to one of them. */
  readonly queue?: string;
}

export interface RequestOptions {
  readonly timeoutMs: number;
}

export interface Bus {
  publish(subject: string, data: Uint8Array, reply?: string): void;
  subscribe(subject: string, handler: (message: BusMessage) => void, options?: SubscribeOptions): BusSubscription;
  /**
   * Sends `data` and resolves with the first reply. Implementations correlate replies on one shared inbox
   * subscription (no subscription or timer per request), so thousands may be in flight at once.
   */
  request(subject: string, data: Uint8Array, options: RequestOptions): Promise<Uint8Array>;
  /** A fresh subject nobody else uses, for replies and private event streams. */
  newInbox(): string;
  /** Resolves once everything published so far has reached the server (in memory: has been delivered). */
  flush(): Promise<void>;
  close(): Promise<void>;
  readonly isClosed: boolean;
}
