import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Command, Option } from 'commander';
import { createBus } from '../../shared/bus/index.js';
import { DroverError } from '../../shared/errors/index.js';
import { createLogger, type LogLevel } from '../../shared/logging/index.js';
import { openStore, type Store } from '../../shared/store/index.js';
import { startMarathon, type MarathonOptions } from '../../frameworks/marathon/index.js';
import { parseCluster, parseDuration, parseLogLevel, parseNatsUrl, parsePort, parsePositiveInteger } from '../flags.js';
import { stopOnSignals } from '../lifecycle.js';

export interface MarathonFlags {
  marathonPort: number;
  marathonHost: string;
  marathonHostname?: string;
  frameworkName: string;
  mesosRole: string;
  failoverTimeout: number;
  maxInstancesPerOffer: number;
  declineOfferDuration: number;
  minReviveOffersInterval: number;
}

/** Options shared by `drover marathon` and `drover dev` (Marathon's own flag names where it has them). */
export function addMarathonOptions(command: Command): Command {
  return command
    .addOption(new Option('--marathon-port <port>', 'HTTP port of the Marathon /v2 API').env('DROVER_MARATHON_PORT').default(8080).argParser(parsePort))
    .addOption(new Option('--marathon-host <address>', 'listen address of the Marathon /v2 API').env('DROVER_MARATHON_HOST').default('0.0.0.0'))
    .addOption(new Option('--marathon-hostname <name>', 'host name clients reach the API at (/v2/leader)').env('DROVER_MARATHON_HOSTNAME'))
    .addOption(new Option('--framework-name <name>', 'framework name registered with the master').env('DROVER_MARATHON_FRAMEWORK_NAME').default('marathon'))
    .addOption(new Option('--mesos-role <role>', 'role the framework takes offers for').env('DROVER_MARATHON_ROLE').default('*'))
    .addOption(new Option('--failover-timeout <duration>', 'how long the master keeps tasks while the framework is away').env('DROVER_MARATHON_FAILOVER_TIMEOUT').default(604_800_000, '1w').argParser(parseDuration))
    .addOption(new Option('--max-instances-per-offer <n>', 'instances launched on one offer at most').env('DROVER_MARATHON_MAX_INSTANCES_PER_OFFER').default(100).argParser(parsePositiveInteger))
    .addOption(new Option('--decline-offer-duration <duration>', 'how long declined offers stay away when nothing waits').env('DROVER_MARATHON_DECLINE_OFFER_DURATION').default(120_000, '120s').argParser(parseDuration))
    .addOption(new Option('--min-revive-offers-interval <duration>', 'least time between two REVIVE calls').env('DROVER_MARATHON_MIN_REVIVE_OFFERS_INTERVAL').default(5000, '5s').argParser(parseDuration));
}

export function marathonOptions(flags: MarathonFlags): Pick<MarathonOptions, 'httpHost' | 'httpPort' | 'hostname' | 'frameworkName' | 'role' | 'failoverTimeoutSeconds' | 'maxInstancesPerOffer' | 'declineOfferSeconds' | 'minReviveIntervalMs'> {
  return {
    httpHost: flags.marathonHost,
    httpPort: flags.marathonPort,
    ...(flags.marathonHostname === undefined ? {} : { hostname: flags.marathonHostname }),
    frameworkName: flags.frameworkName,
    role: flags.mesosRole,
    failoverTimeoutSeconds: Math.round(flags.failoverTimeout / 1000),
    maxInstancesPerOffer: flags.maxInstancesPerOffer,
    declineOfferSeconds: Math.max(1, Math.round(flags.declineOfferDuration / 1000)),
    minReviveIntervalMs: flags.minReviveOffersInterval,
  };
}

/** The framework's store: `--store` as given, `nats` for JetStream KV bucket `marathon-<cluster>`, else LMDB. */
export async function openMarathonStore(flags: { store?: string; workDir: string; nats?: string; cluster: string }): Promise<Store> {
  const spec = flags.store ?? `lmdb:${join(resolve(flags.workDir), 'state')}`;
  if (spec === 'nats') {
    if (flags.nats === undefined) throw new DroverError('CONFIG', '--store nats needs --nats');
    return openStore(`${flags.nats}?bucket=marathon-${flags.cluster}`);
  }
  if (spec.startsWith('lmdb:')) mkdirSync(spec.slice('lmdb:'.length), { recursive: true });
  return openStore(spec);
}

interface MarathonCommandFlags extends MarathonFlags {
  nats: string;
  cluster: string;
  workDir: string;
  store?: string;
  logLevel: LogLevel;
}

async function exitAfter(cleanup: () => Promise<void>): Promise<void> {
  try {
    await cleanup();
  } finally {
    process.exit(1);
  }
}

export function marathonCommand(): Command {
  const command = new Command('marathon').description('run the Marathon-like service framework (Marathon /v2 API) against a cluster');
  command.addOption(new Option('--nats <urls>', 'NATS server URL(s), comma-separated').env('DROVER_NATS').default('nats://127.0.0.1:4222').argParser(parseNatsUrl));
  command.addOption(new Option('--cluster <name>', 'cluster name').env('DROVER_CLUSTER').default('drover').argParser(parseCluster));
  command.addOption(new Option('--work-dir <dir>', 'where the framework keeps its state').env('DROVER_WORK_DIR').default('.drover/marathon'));
  command.addOption(new Option('--store <spec>', 'state store: lmdb:PATH (default under --work-dir), nats (JetStream KV on --nats) or memory:').env('DROVER_MARATHON_STORE'));
  command.addOption(new Option('--port <port>', 'alias of --marathon-port').argParser(parsePort));
  command.addOption(new Option('--log-level <level>', 'fatal, error, warn, info, debug, trace or silent').env('DROVER_LOG_LEVEL').default('info').argParser(parseLogLevel));
  addMarathonOptions(command);
  command.action(async (flags: MarathonCommandFlags & { port?: number }) => {
    const log = createLogger('marathon', flags.logLevel);
    let stopAll = async (): Promise<void> => { await Promise.resolve(); };
    const store = await openMarathonStore(flags);
    const bus = await createBus({ nats: flags.nats });
    const running = await startMarathon({
      bus, store, logger: log, cluster: flags.cluster, masterDescription: flags.nats,
      // Crash-only: the supervisor (systemd, …) restarts the process, which then registers anew.
      onFrameworkRemoved: () => { void exitAfter(async () => { await stopAll(); }); },
      ...marathonOptions({ ...flags, marathonPort: flags.port ?? flags.marathonPort }),
    }).catch(async (error: unknown) => {
      await bus.close();
      await store.close();
      throw error;
    });
    stopAll = async () => {
      await running.stop();
      await bus.close();
      await store.close();
    };
    log.info({ url: running.url, nats: flags.nats, cluster: flags.cluster }, 'marathon is up');
    stopOnSignals(log, stopAll);
  });
  return command;
}
