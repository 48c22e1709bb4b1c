import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Command, Option } from 'commander';
import { createBus } from '../../shared/bus/index.js';
import { createLogger, type LogLevel } from '../../shared/logging/index.js';
import { openStore, type Store } from '../../shared/store/index.js';
import { DroverError } from '../../shared/errors/index.js';
import { runMaster, type RunningMaster } from '../../master/index.js';
import {
  parseCluster, parseDuration, parseLogLevel, parseNatsUrl, parsePort, parsePositiveInteger, parseWeights,
} from '../flags.js';
import { stopOnSignals } from '../lifecycle.js';

export interface MasterFlags {
  nats: string;
  port: number;
  host: string;
  workDir: string;
  cluster: string;
  store?: string;
  allocationInterval: number;
  offerTimeout?: number;
  agentPingInterval: number;
  maxAgentPingTimeouts: number;
  frameworkHeartbeatInterval: number;
  weights?: Record<string, number>;
  hostname?: string;
  logLevel: LogLevel;
}

/** Options shared by `drover master` and `drover dev`. */
export function addMasterOptions(command: Command, defaultLogLevel: LogLevel = 'info'): Command {
  return command
    .addOption(new Option('--port <port>', 'HTTP port for /state, /metrics, /health').env('DROVER_PORT').default(5050).argParser(parsePort))
    .addOption(new Option('--host <address>', 'HTTP listen address').env('DROVER_HOST').default('0.0.0.0'))
    .addOption(new Option('--cluster <name>', 'cluster name (the NATS subject prefix is drover.<name>)').env('DROVER_CLUSTER').default('drover').argParser(parseCluster))
    .addOption(new Option('--allocation-interval <duration>', 'batch allocation interval').env('DROVER_ALLOCATION_INTERVAL').default(1000, '1s').argParser(parseDuration))
    .addOption(new Option('--offer-timeout <duration>', 'rescind offers not answered within this time (default: never)').env('DROVER_OFFER_TIMEOUT').argParser(parseDuration))
    .addOption(new Option('--agent-ping-interval <duration>', 'how often the master pings each agent').env('DROVER_AGENT_PING_INTERVAL').default(15_000, '15s').argParser(parseDuration))
    .addOption(new Option('--max-agent-ping-timeouts <n>', 'missed pings before an agent is removed').env('DROVER_MAX_AGENT_PING_TIMEOUTS').default(5).argParser(parsePositiveInteger))
    .addOption(new Option('--framework-heartbeat-interval <duration>', 'HEARTBEAT interval for frameworks').env('DROVER_FRAMEWORK_HEARTBEAT_INTERVAL').default(15_000, '15s').argParser(parseDuration))
    .addOption(new Option('--weights <role=weight,...>', 'role weights for DRF').env('DROVER_WEIGHTS').argParser(parseWeights))
    .addOption(new Option('--hostname <name>', 'hostname advertised to frameworks').env('DROVER_HOSTNAME'))
    .addOption(new Option('--log-level <level>', 'fatal, error, warn, info, debug, trace or silent').env('DROVER_LOG_LEVEL').default(defaultLogLevel).argParser(parseLogLevel));
}

/** The registry store: `--store` as given, `nats` for JetStream KV bucket `drover-<cluster>`, else LMDB in the work dir. */
export async function openMasterStore(flags: { store?: string; workDir: string; nats?: string; cluster: string }): Promise<Store> {
  const spec = flags.store ?? `lmdb:${join(resolve(flags.workDir), 'registry')}`;
  if (spec === 'nats') {
    if (flags.nats === undefined) throw new DroverError('CONFIG', '--store nats needs --nats');
    return openStore(`${flags.nats}?bucket=drover-${flags.cluster}`);
  }
  if (spec.startsWith('lmdb:')) mkdirSync(spec.slice('lmdb:'.length), { recursive: true });
  return openStore(spec);
}

export function masterCommand(): Command {
  const command = new Command('master').description('run a Drover master against a NATS cluster');
  command.addOption(new Option('--nats <urls>', 'NATS server URL(s), comma-separated').env('DROVER_NATS').default('nats://127.0.0.1:4222').argParser(parseNatsUrl));
  command.addOption(new Option('--work-dir <dir>', 'where the master keeps its registry').env('DROVER_WORK_DIR').default('.drover/master'));
  command.addOption(new Option('--store <spec>', 'registry store: lmdb:PATH (default under --work-dir), nats (JetStream KV on --nats) or memory:').env('DROVER_STORE'));
  addMasterOptions(command);
  command.action(async (flags: MasterFlags) => {
    const log = createLogger('master', flags.logLevel);
    mkdirSync(flags.workDir, { recursive: true });
    const store = await openMasterStore(flags);
    const bus = await createBus({ nats: flags.nats });
    let running: RunningMaster;
    try {
      running = await runMaster({
        bus, store, logger: log, cluster: flags.cluster, httpHost: flags.host, httpPort: flags.port, port: flags.port,
        allocationIntervalMs: flags.allocationInterval, agentPingIntervalMs: flags.agentPingInterval,
        maxAgentPingTimeouts: flags.maxAgentPingTimeouts, frameworkHeartbeatIntervalMs: flags.frameworkHeartbeatInterval,
        ...(flags.offerTimeout === undefined ? {} : { offerTimeoutMs: flags.offerTimeout }),
        ...(flags.weights === undefined ? {} : { weights: flags.weights }),
        ...(flags.hostname === undefined ? {} : { hostname: flags.hostname }),
      });
    } catch (error) {
      await bus.close();
      await store.close();
      throw error;
    }
    log.info({ url: running.url, nats: flags.nats, cluster: flags.cluster, epoch: running.master.epoch }, 'master is up');
    stopOnSignals(log, async () => {
      await running.stop();
      await bus.close();
      await store.close();
    });
  });
  return command;
}
