import type { SchedulerEvents } from '../scheduler/events.js';
import type { SchedulerDriver } from '../scheduler/scheduler-driver.js';

/** Resolves with the arguments of the driver's next `event` (optionally the next one `accept` approves). */
export function nextEvent<E extends keyof SchedulerEvents>(
  driver: SchedulerDriver,
  event: E,
  accept: (...args: Parameters<SchedulerEvents[E]>) => boolean = () => true,
): Promise<Parameters<SchedulerEvents[E]>> {
  return new Promise((resolve) => {
    const listener = ((...args: Parameters<SchedulerEvents[E]>) => {
      if (!accept(...args)) return;
      driver.off(event, listener);
      resolve(args);
    }) as SchedulerEvents[E];
    driver.on(event, listener);
  });
}
