// The shared "server" behind MemoryBus connections: routes each published message to the matching subscriptions and
// delivers them later, on a setImmediate turn, in one FIFO queue, so delivery is never inside publish() and is
// ordered per subject (indeed globally).
import type { BusMessage } from './types.js';
import { SubjectIndex } from './subject-index.js';

export interface MemorySubscriptionEntry {
  readonly subject: string;
  readonly queue: string | undefined;
  /** Cleared on unsubscribe/close; queued messages for inactive subscriptions are dropped. */
  active: boolean;
  readonly deliver: (message: BusMessage) => void;
  /** Publishes an answer through the connection that owns the subscription. */
  readonly respond: (reply: string, data: Uint8Array) => void;
}

type Delivery = { readonly entry: MemorySubscriptionEntry; readonly message: BusMessage } | (() => void);

class MemoryMessage implements BusMessage {
  constructor(
    readonly subject: string,
    readonly data: Uint8Array,
    readonly reply: string | undefined,
    private readonly entry: MemorySubscriptionEntry,
  ) {}

  respond(data: Uint8Array): void {
    if (this.reply !== undefined) this.entry.respond(this.reply, data);
  }
}

export class MemoryNetwork {
  private readonly index = new SubjectIndex<MemorySubscriptionEntry>();
  private queue: Delivery[] = [];
  private scheduled = false;
  /** Next member to pick, per queue group name: queue groups are served round-robin. */
  private readonly nextMember = new Map<string, number>();

  add(entry: MemorySubscriptionEntry): void {
    this.index.add(entry.subject, entry);
  }

  remove(entry: MemorySubscriptionEntry): void {
    entry.active = false;
    this.index.remove(entry.subject, entry);
  }

  /** Queues `data` for every matching subscription (one per queue group); returns how many will get it. */
  route(subject: string, data: Uint8Array, reply: string | undefined): number {
    const matches = this.index.match(subject);
    if (matches.length === 0) return 0;
    let groups: Map<string, MemorySubscriptionEntry[]> | undefined;
    let count = 0;
    for (const entry of matches) {
      if (entry.queue === undefined) {
        this.enqueue({ entry, message: new MemoryMessage(subject, data, reply, entry) });
        count += 1;
      } else {
        groups ??= new Map();
        const members = groups.get(entry.queue);
        if (members === undefined) groups.set(entry.queue, [entry]);
        else members.push(entry);
      }
    }
    if (groups !== undefined) {
      for (const [queue, members] of groups) {
        const turn = this.nextMember.get(queue) ?? 0;
        this.nextMember.set(queue, turn + 1);
        const entry = members[turn % members.length] as MemorySubscriptionEntry;
        this.enqueue({ entry, message: new MemoryMessage(subject, data, reply, entry) });
        count += 1;
      }
    }
    return count;
  }

  /** Resolves once everything queued so far has been delivered. */
  flush(): Promise<void> {
    return new Promise((resolve) => this.enqueue(resolve));
  }

  private enqueue(delivery: Delivery): void {
    this.queue.push(delivery);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.drain());
    }
  }

  private drain(): void {
    // Messages published by handlers during this turn wait for the next one, so a ping-pong cannot starve I/O.
    const batch = this.queue;
    this.queue = [];
    this.scheduled = false;
    for (const delivery of batch) {
      if (typeof delivery === 'function') delivery();
      else if (delivery.entry.active) delivery.entry.deliver(delivery.message);
    }
  }
}
