// What the /v2 routes read and call. The routes are thin: parse the request, call the service, render with wire/.
import type { Clock } from '../../../shared/clock/index.js';
import type { MarathonEventBus } from '../events/index.js';
import type { AppService } from '../service/app-service.js';
import type { EventPublisher } from '../service/event-publisher.js';
import type { HealthCoordinator } from '../service/health-coordinator.js';
import type { MarathonScheduler } from '../scheduler/index.js';
import type { MarathonState } from '../state/index.js';

export interface MarathonInfo {
  readonly name: string;
  readonly version: string;
  /** The framework id once subscribed. */
  frameworkId(): string | undefined;
  /** `host:port` of this API. */
  leader(): string;
  readonly master: string;
  readonly httpPort: number;
  readonly startedAt: number;
  readonly config: Readonly<Record<string, unknown>>;
}

export interface ApiContext {
  readonly state: MarathonState;
  readonly apps: AppService;
  readonly scheduler: MarathonScheduler;
  readonly health: HealthCoordinator;
  readonly publisher: EventPublisher;
  readonly events: MarathonEventBus;
  readonly clock: Clock;
  readonly info: MarathonInfo;
}
