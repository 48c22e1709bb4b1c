// A minimal typed event emitter. Unlike node:events it reports what listeners did (threw, returned promises), so the
// driver can acknowledge an update only after every listener has handled it.

/** Event name → listener signature. */
export type ListenerMap<Events> = { [E in keyof Events]: (...args: never[]) => unknown };

/** What a round of listener calls did: whether any threw, and the promises the async ones returned. */
export interface EmitOutcome {
  readonly listeners: number;
  readonly threw: boolean;
  readonly pending: ReadonlyArray<PromiseLike<unknown>>;
}

export type ListenerErrorHandler = (error: unknown, event: string) => void;

interface Registration<F> {
  readonly listener: F;
  readonly once: boolean;
}

export class TypedEmitter<Events extends ListenerMap<Events>> {
  private readonly registry = new Map<keyof Events, Array<Registration<Events[keyof Events]>>>();

  constructor(private readonly onListenerError: ListenerErrorHandler) {}

  on<E extends keyof Events>(event: E, listener: Events[E]): void {
    this.add(event, { listener, once: false });
  }

  once<E extends keyof Events>(event: E, listener: Events[E]): void {
    this.add(event, { listener, once: true });
  }

  off<E extends keyof Events>(event: E, listener: Events[E]): void {
    const list = this.registry.get(event);
    if (list === undefined) return;
    const index = list.findIndex((registration) => registration.listener === listener);
    if (index >= 0) list.splice(index, 1);
  }

  listenerCount(event: keyof Events): number {
    return this.registry.get(event)?.length ?? 0;
  }

  /**
   * Calls every listener in registration order. A listener that throws, or whose promise rejects, is reported to the
   * error handler; the others still run.
   */
  emit<E extends keyof Events>(event: E, ...args: Parameters<Events[E]>): EmitOutcome {
    const list = this.registry.get(event);
    if (list === undefined || list.length === 0) return { listeners: 0, threw: false, pending: [] };
    const snapshot = [...list];
    this.registry.set(event, list.filter((registration) => !registration.once));
    let threw = false;
    const pending: Array<PromiseLike<unknown>> = [];
    for (const { listener } of snapshot) {
      try {
        const result: unknown = (listener as unknown as (...values: unknown[]) => unknown)(...args);
        if (isPromiseLike(result)) {
          pending.push(result);
          Promise.resolve(result).catch((error: unknown) => this.onListenerError(error, String(event)));
        }
      } catch (error) {
        threw = true;
        this.onListenerError(error, String(event));
      }
    }
    return { listeners: snapshot.length, threw, pending };
  }

  private add<E extends keyof Events>(event: E, registration: Registration<Events[E]>): void {
    const list = this.registry.get(event) ?? [];
    list.push(registration);
    this.registry.set(event, list);
  }
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}
