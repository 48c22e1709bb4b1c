// The in-process Bus: NATS core semantics without a server, for tests and single-process clusters.
//
// One `new MemoryBus()` is a network plus a first connection to it. Components in one process either share that
// object or each take their own handle with `bus.connection()`: a handle sees the same subjects, and its close()
// ends only its own subscriptions and requests. close() on the MemoryBus made by `new` closes the whole network,
// every handle included.
import { DroverError } from '../errors/index.js';
import { randomToken } from '../ids/index.js';
import { rethrowHandlerError, type HandlerErrorListener } from './handler-errors.js';
import { MemoryNetwork, type MemorySubscriptionEntry } from './memory-network.js';
import { RequestCorrelator } from './request-correlator.js';
import { checkPublishSubject, checkQueueName, checkSubscribeSubject, publishSubjectError } from './subject-syntax.js';
import type { Bus, BusMessage, BusSubscription, RequestOptions, SubscribeOptions } from './types.js';

export interface MemoryBusOptions {
  /** Called when a subscription handler throws; by default the error is rethrown as an uncaught exception. */
  readonly onHandlerError?: HandlerErrorListener;
}

interface Shared {
  readonly network: MemoryNetwork;
  readonly connections: Set<MemoryBus>;
  readonly onHandlerError: HandlerErrorListener;
}

// Set by connection() for the one constructor call it makes, so a handle joins the network instead of making one.
let joining: Shared | undefined;

export class MemoryBus implements Bus {
  private readonly shared: Shared;
  private readonly isRoot: boolean;
  private readonly subscriptions = new Set<MemorySubscriptionEntry>();
  private readonly requests = new RequestCorrelator();
  private readonly inboxPrefix = `_INBOX.${randomToken()}`;
  private inboxSubscribed = false;
  private closed = false;

  constructor(options: MemoryBusOptions = {}) {
    const adopted = joining;
    joining = undefined;
    this.isRoot = adopted === undefined;
    this.shared = adopted ?? {
      network: new MemoryNetwork(),
      connections: new Set(),
      onHandlerError: options.onHandlerError ?? rethrowHandlerError,
    };
    this.shared.connections.add(this);
  }

  /** Another connection to the same network; closing it leaves the others open. */
  connection(): MemoryBus {
    this.assertOpen();
    joining = this.shared;
    return new MemoryBus();
  }

  get isClosed(): boolean {
    return this.closed;
  }

  publish(subject: string, data: Uint8Array, reply?: string): void {
    this.assertOpen();
    checkPublishSubject(subject);
    if (reply !== undefined) checkPublishSubject(reply);
    // Copied like a socket write would: the sender may reuse its buffer once publish() returns.
    this.shared.network.route(subject, data.slice(), reply);
  }

  subscribe(subject: string, handler: (message: BusMessage) => void, options: SubscribeOptions = {}): BusSubscription {
    this.assertOpen();
    checkSubscribeSubject(subject);
    if (options.queue !== undefined) checkQueueName(options.queue);
    const onHandlerError = this.shared.onHandlerError;
    const entry: MemorySubscriptionEntry = {
      subject,
      queue: options.queue,
      active: true,
      deliver: (message) => {
        try {
          handler(message);
        } catch (error) {
          onHandlerError(error, message.subject);
        }
      },
      respond: (reply, data) => {
        // A handler answering after its connection closed is a shutdown race, not a fault.
        if (!this.closed) this.publish(reply, data);
      },
    };
    this.subscriptions.add(entry);
    this.shared.network.add(entry);
    return {
      subject,
      unsubscribe: () => {
        if (!this.subscriptions.delete(entry)) return;
        this.shared.network.remove(entry);
      },
    };
  }

  request(subject: string, data: Uint8Array, options: RequestOptions): Promise<Uint8Array> {
    if (this.closed) return Promise.reject(closedError());
    const invalid = publishSubjectError(subject);
    if (invalid !== undefined) return Promise.reject(invalid);
    this.ensureInbox();
    const token = this.requests.nextToken();
    const answer = this.requests.register(token, subject, options.timeoutMs);
    if (this.shared.network.route(subject, data.slice(), `${this.inboxPrefix}.${token}`) === 0) {
      this.requests.rejectNoResponders(token);
    }
    return answer;
  }

  newInbox(): string {
    return `_INBOX.${randomToken(12)}`;
  }

  flush(): Promise<void> {
    if (this.closed) return Promise.reject(closedError());
    return this.shared.network.flush();
  }

  close(): Promise<void> {
    if (this.isRoot) {
      for (const connection of [...this.shared.connections]) connection.closeHandle();
    } else {
      this.closeHandle();
    }
    return Promise.resolve();
  }

  private closeHandle(): void {
    if (this.closed) return;
    this.closed = true;
    this.shared.connections.delete(this);
    for (const entry of this.subscriptions) this.shared.network.remove(entry);
    this.subscriptions.clear();
    this.requests.rejectAll(closedError());
  }

  private ensureInbox(): void {
    if (this.inboxSubscribed) return;
    this.inboxSubscribed = true;
    const tokenStart = this.inboxPrefix.length + 1;
    this.subscribe(`${this.inboxPrefix}.*`, (message) => {
      this.requests.resolve(message.subject.slice(tokenStart), message.data);
    });
  }

  private assertOpen(): void {
    if (this.closed) throw closedError();
  }
}

function closedError(): DroverError {
  return new DroverError('BUS_CLOSED', 'the bus connection is closed');
}
