// A framework for integration tests: an SDK SchedulerDriver on its own NATS connection that records what it sees,
// so a test can await "task X reached state Y" instead of sleeping.
import { connectNatsBus, type NatsBus } from '../../shared/bus/index.js';
import { SchedulerDriver, type FrameworkOptions, type Offer, type TaskStatus } from '../../frameworks/sdk/index.js';

export class TestFramework {
  readonly updates: TaskStatus[] = [];
  readonly offers: Offer[] = [];
  readonly rescinded: string[] = [];
  private waiters: Array<() => void> = [];

  private constructor(readonly driver: SchedulerDriver, readonly bus: NatsBus) {
    driver.on('update', (status) => { this.updates.push(status); this.wake(); });
    driver.on('offers', (offers) => { this.offers.push(...offers); this.wake(); });
    driver.on('rescind', (offerId) => { this.rescinded.push(offerId); this.wake(); });
  }

  static async start(natsUrl: string, framework: FrameworkOptions, cluster = 'it'): Promise<TestFramework> {
    const bus = await connectNatsBus(natsUrl);
    const driver = new SchedulerDriver({ bus, cluster, framework, resubscribeBackoff: { initialMs: 100, maxMs: 1000 } });
    const handle = new TestFramework(driver, bus);
    await driver.start();
    return handle;
  }

  get frameworkId(): string {
    return this.driver.frameworkId ?? '';
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const waiter of waiters) waiter();
  }

  /** Waits until `check` returns a value (not undefined), re-checking on every event. */
  async until<T>(check: () => T | undefined, what: string, timeoutMs = 15_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = check();
      if (value !== undefined) return value;
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new Error(`timed out waiting for ${what}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(remaining, 200));
        this.waiters.push(() => { clearTimeout(timer); resolve(); });
      });
    }
  }

  /** Takes (removes) the first unused offer matching `accept`. */
  async takeOffer(accept: (offer: Offer) => boolean = () => true, timeoutMs?: number): Promise<Offer> {
    return this.until(() => {
      const index = this.offers.findIndex((offer) => !this.rescinded.includes(offer.id) && accept(offer));
      if (index < 0) return undefined;
      return this.offers.splice(index, 1)[0];
    }, 'an offer', timeoutMs);
  }

  latest(taskId: string): TaskStatus | undefined {
    for (let index = this.updates.length - 1; index >= 0; index -= 1) {
      const update = this.updates[index];
      if (update?.taskId === taskId) return update;
    }
    return undefined;
  }

  async waitForState(taskId: string, state: TaskStatus['state'], timeoutMs?: number): Promise<TaskStatus> {
    return this.until(() => {
      const found = this.updates.find((update) => update.taskId === taskId && update.state === state);
      return found;
    }, `${taskId} to reach ${state} (latest: ${this.latest(taskId)?.state ?? 'none'})`, timeoutMs);
  }

  /** Declines every offer it holds, filtering those agents for `refuseSeconds`. */
  async declineAll(refuseSeconds = 0): Promise<void> {
    const offers = this.offers.splice(0);
    if (offers.length > 0) await this.driver.decline(offers.map((offer) => offer.id), { refuseSeconds });
  }

  /** Simulates the framework process going away: the driver stops and its NATS connection closes. */
  async crash(): Promise<void> {
    await this.driver.stop();
    await this.bus.close();
  }

  async teardown(): Promise<void> {
    try {
      await this.driver.teardown();
    } finally {
      await this.bus.close();
    }
  }
}
