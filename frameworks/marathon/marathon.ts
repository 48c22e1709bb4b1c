// The Marathon-like framework as one object: state from the store, the SDK driver, the scheduler, deployments, health
// checks and the /v2 HTTP API. `drover marathon` runs it as its own process; `drover dev` runs it in-process.
import { hostname as machineHostname } from 'node:os';
import type { Logger } from 'pino';
import type { Bus } from '../../shared/bus/index.js';
import { systemClock, type Clock } from '../../shared/clock/index.js';
import { DroverError } from '../../shared/errors/index.js';
import { newUuid } from '../../shared/ids/index.js';
import type { Store } from '../../shared/store/types.js';
import { SchedulerDriver } from '../sdk/index.js';
import { buildMarathonHttp, type ApiContext } from './api/index.js';
import { DeploymentManager } from './deployments/index.js';
import { MarathonEventBus } from './events/index.js';
import { MarathonScheduler } from './scheduler/index.js';
import { AppService } from './service/app-service.js';
import { EventPublisher } from './service/event-publisher.js';
import { HealthCoordinator } from './service/health-coordinator.js';
import { MarathonRepository, MarathonState } from './state/index.js';

/** The Marathon API level Drover serves (what /v2/info reports as `version`; clients gate features on it). */
export const MARATHON_API_VERSION = '1.11.0';

export interface MarathonOptions {
  readonly bus: Bus;
  readonly cluster: string;
  readonly store: Store;
  readonly logger: Logger;
  readonly clock?: Clock;
  /** Default 0.0.0.0:8080. */
  readonly httpHost?: string;
  readonly httpPort?: number;
  /** The host name clients reach this API at (for /v2/leader and /v2/info); default this machine's. */
  readonly hostname?: string;
  /** Default `marathon`. */
  readonly frameworkName?: string;
  /** Marathon's --mesos_role; default `*`. */
  readonly role?: string;
  /** Marathon's --failover_timeout: how long the master keeps tasks while the framework is away. Default one week. */
  readonly failoverTimeoutSeconds?: number;
  readonly maxInstancesPerOffer?: number;
  readonly declineOfferSeconds?: number;
  readonly minReviveIntervalMs?: number;
  /** Shown in /v2/info as marathon_config.master. */
  readonly masterDescription?: string;
  /**
   * Called when the master removed the framework (failover timeout passed, or torn down). Its tasks are gone and the
   * stored framework id is forgotten: a restart registers anew and relaunches every instance. `drover marathon`
   * exits so its supervisor restarts it (crash-only); in-process users decide.
   */
  readonly onFrameworkRemoved?: (error: Error) => void;
}

export interface RunningMarathon {
  /** http://host:port of the /v2 API. */
  readonly url: string;
  readonly port: number;
  /** Resolves with the framework id once subscribed to the master. */
  readonly subscribed: Promise<string>;
  readonly context: ApiContext;
  stop(): Promise<void>;
}

const ONE_WEEK_SECONDS = 604_800;

export async function startMarathon(options: MarathonOptions): Promise<RunningMarathon> {
  const clock = options.clock ?? systemClock;
  const logger = options.logger;
  const repository = new MarathonRepository(options.store);
  const state = await MarathonState.load(repository);
  const frameworkId = await repository.frameworkId();
  const frameworkName = options.frameworkName ?? 'marathon';
  const role = options.role ?? '*';
  const driver = new SchedulerDriver({
    bus: options.bus,
    cluster: options.cluster,
    clock,
    framework: {
      name: frameworkName,
      roles: [role],
      failoverTimeoutSeconds: options.failoverTimeoutSeconds ?? ONE_WEEK_SECONDS,
      checkpoint: true,
      capabilities: ['PARTITION_AWARE', 'GPU_RESOURCES', 'MULTI_ROLE'],
      ...(frameworkId === undefined ? {} : { id: frameworkId }),
      ...(options.hostname === undefined ? {} : { hostname: options.hostname }),
    },
    onListenerError: (error, event) => logger.error({ err: error, event }, 'scheduler listener failed'),
  });
  const events = new MarathonEventBus({ onListenerError: (error) => logger.warn({ err: error }, 'event listener failed') });
  const publisher = new EventPublisher(events, clock);
  const scheduler = new MarathonScheduler({
    driver, state, clock, logger: logger.child({ part: 'scheduler' }), observer: publisher, newUuid,
    ...(options.maxInstancesPerOffer === undefined ? {} : { maxInstancesPerOffer: options.maxInstancesPerOffer }),
    ...(options.declineOfferSeconds === undefined ? {} : { declineOfferSeconds: options.declineOfferSeconds }),
    ...(options.minReviveIntervalMs === undefined ? {} : { minReviveIntervalMs: options.minReviveIntervalMs }),
    pickPort: (n) => Math.floor(Math.random() * n),
  });
  const health = new HealthCoordinator(state, scheduler, clock, publisher);
  const deployments = new DeploymentManager({
    state, scheduler, judge: health, observer: publisher, logger: logger.child({ part: 'deployments' }),
    now: () => new Date(clock.now()).toISOString(),
  });
  const apps = new AppService({ state, deployments, scheduler, clock, newUuid });
  const httpPort = options.httpPort ?? 8080;
  const advertisedHost = options.hostname ?? machineHostname();
  let boundPort = httpPort;
  const context: ApiContext = {
    state, apps, scheduler, health, publisher, events, clock,
    info: {
      name: 'marathon',
      version: MARATHON_API_VERSION,
      frameworkId: () => driver.frameworkId,
      leader: () => `${advertisedHost}:${boundPort}`,
      master: options.masterDescription ?? `nats cluster ${options.cluster}`,
      httpPort,
      startedAt: clock.now(),
      config: {
        framework_name: frameworkName,
        mesos_role: role,
        failover_timeout: options.failoverTimeoutSeconds ?? ONE_WEEK_SECONDS,
        checkpoint: true,
        hostname: advertisedHost,
        master: options.masterDescription ?? options.cluster,
        local_port_min: 10_000,
        local_port_max: 20_000,
        max_instances_per_offer: options.maxInstancesPerOffer ?? 100,
        decline_offer_duration: (options.declineOfferSeconds ?? 120) * 1000,
      },
    },
  };
  const server = buildMarathonHttp(context);
  const address = await server.listen({ host: options.httpHost ?? '0.0.0.0', port: httpPort });
  boundPort = Number(new URL(address).port);

  // Resume what the store says was under way before anything new arrives.
  await deployments.resume();
  health.resume();
  scheduler.start();
  const removed = async (error: unknown): Promise<void> => {
    if (!(error instanceof DroverError) || error.code !== 'FRAMEWORK_REMOVED') {
      logger.error({ err: error }, 'the master refused the framework');
      return;
    }
    await repository.forgetFrameworkId();
    logger.error({ err: error }, 'the master removed this framework: its tasks are gone; restart to register anew and relaunch every instance');
    options.onFrameworkRemoved?.(error);
  };
  driver.on('error', (error) => removed(error));
  const subscribed = driver.start().then(({ frameworkId: id }) => {
    logger.info({ frameworkId: id }, 'subscribed to the master');
    return id;
  });
  subscribed.catch(removed);

  const url = `http://${options.httpHost === undefined || options.httpHost === '0.0.0.0' ? '127.0.0.1' : options.httpHost}:${boundPort}`;
  return {
    url,
    port: boundPort,
    subscribed,
    context,
    stop: async () => {
      scheduler.stop();
      deployments.stop();
      health.stop();
      await server.close();
      await scheduler.idle();
      await deployments.idle();
      await driver.stop();
    },
  };
}
