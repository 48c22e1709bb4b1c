// Shared set-up for the SDK tests: a MemoryBus, a FakeMaster on it, and drivers that are stopped afterwards.
import { MemoryBus } from '../../shared/bus/index.js';
import { ManualClock } from '../../shared/clock/index.js';
import { FakeMaster, SchedulerDriver, type FakeMasterOptions, type SchedulerDriverOptions } from '../../frameworks/sdk/index.js';

export interface Harness {
  readonly bus: MemoryBus;
  readonly master: FakeMaster;
  readonly clock: ManualClock;
  driver(options?: Partial<SchedulerDriverOptions>): SchedulerDriver;
  close(): Promise<void>;
}

export function harness(masterOptions: Partial<FakeMasterOptions> = {}): Harness {
  const bus = new MemoryBus();
  const clock = new ManualClock(1_700_000_000_000);
  const master = new FakeMaster({ bus, cluster: 'sdk-test', heartbeatIntervalSeconds: 1, ...masterOptions }).start();
  const drivers: SchedulerDriver[] = [];
  return {
    bus,
    master,
    clock,
    driver(options = {}) {
      const driver = new SchedulerDriver({
        bus,
        cluster: 'sdk-test',
        framework: { name: 'sdk-test-framework' },
        clock,
        resubscribeBackoff: { initialMs: 10, maxMs: 40 },
        callTimeoutMs: 1000,
        ...options,
      });
      drivers.push(driver);
      return driver;
    },
    async close() {
      for (const driver of drivers) await driver.stop();
      master.stop();
      await bus.close();
    },
  };
}

/** Lets queued bus deliveries and immediates run. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
