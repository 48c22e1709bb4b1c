import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Command, Option } from 'commander';
import { createBus, type Bus } from '../../shared/bus/index.js';
import { MemoryBus } from '../../shared/bus/index.js';
import { createLogger } from '../../shared/logging/index.js';
import { runMaster } from '../../master/index.js';
import { startAgent } from '../../agent/index.js';
import { parseNatsUrl } from '../flags.js';
import { stopOnSignals } from '../lifecycle.js';
import { findNatsServerBinary, freePort, startNatsServer, type NatsServerProcess } from '../nats-server.js';
import { addAgentOptions, containerOptions, type AgentFlags } from './agent.js';
import { addMarathonOptions, marathonOptions, openMarathonStore, type MarathonFlags } from './marathon.js';
import { addMasterOptions, openMasterStore, type MasterFlags } from './master.js';
import { startMarathon, type RunningMarathon } from '../../frameworks/marathon/index.js';

interface DevFlags extends Omit<MasterFlags, 'nats' | 'workDir'>, Omit<AgentFlags, 'nats' | 'workDir' | 'cluster' | 'logLevel' | 'hostname'>, MarathonFlags {
  nats?: string | false;
  marathon: boolean;
  natsPort: number;
  workDir: string;
}

const PREFERRED_NATS_PORT = 4222;

/** Port 4222 when it is free, so framework processes find the dev cluster at NATS's default address. */
async function pickNatsPort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolvePort) => {
    const probe = createServer();
    probe.once('error', () => { void freePort().then(resolvePort); });
    probe.listen(PREFERRED_NATS_PORT, '127.0.0.1', () => probe.close(() => resolvePort(PREFERRED_NATS_PORT)));
  });
}

export function devCommand(): Command {
  const command = new Command('dev').description('run a whole cluster in one process: master and one agent (and a private nats-server when one is installed)');
  command.addOption(new Option('--nats <urls>', 'use this NATS server instead of starting one').env('DROVER_NATS').argParser(parseNatsUrl));
  command.addOption(new Option('--no-nats', 'stay on the in-memory bus even when nats-server is installed'));
  command.addOption(new Option('--work-dir <dir>', 'registry and agent sandboxes').env('DROVER_WORK_DIR').default('.drover'));
  // Quiet by default: the banner is what a person wants to see; --log-level info shows the components' logs.
  addMasterOptions(command, 'warn');
  addAgentOptions(command);
  command.addOption(new Option('--no-marathon', 'do not run the Marathon-like framework in-process'));
  addMarathonOptions(command);
  command.action(async (flags: DevFlags) => {
    const log = createLogger('dev', flags.logLevel);
    const workDir = resolve(flags.workDir);
    mkdirSync(workDir, { recursive: true });
    let natsServer: NatsServerProcess | undefined;
    let natsUrl = typeof flags.nats === 'string' ? flags.nats : undefined;
    if (natsUrl === undefined && flags.nats !== false && findNatsServerBinary() !== undefined) {
      natsServer = await startNatsServer({ port: await pickNatsPort(), jetstream: true, storeDir: join(workDir, 'nats') });
      natsUrl = natsServer.url;
    }
    // Master and agent each get their own connection, as separate processes would.
    const masterBus: Bus = await createBus(natsUrl === undefined ? {} : { nats: natsUrl });
    const agentBus: Bus = masterBus instanceof MemoryBus ? masterBus.connection() : await createBus({ nats: natsUrl ?? '' });
    const store = await openMasterStore({ workDir: join(workDir, 'master'), cluster: flags.cluster });
    const running = await runMaster({
      bus: masterBus, store, logger: log.child({ component: 'master' }), cluster: flags.cluster, httpHost: flags.host,
      httpPort: flags.port, port: flags.port, allocationIntervalMs: flags.allocationInterval,
      agentPingIntervalMs: flags.agentPingInterval, maxAgentPingTimeouts: flags.maxAgentPingTimeouts,
      frameworkHeartbeatIntervalMs: flags.frameworkHeartbeatInterval,
      ...(flags.offerTimeout === undefined ? {} : { offerTimeoutMs: flags.offerTimeout }),
      ...(flags.weights === undefined ? {} : { weights: flags.weights }),
      ...(flags.hostname === undefined ? {} : { hostname: flags.hostname }),
    });
    const agent = await startAgent({
      bus: agentBus, cluster: flags.cluster, workDir: join(workDir, 'agent'), logger: log.child({ component: 'agent' }),
      ...(natsUrl === undefined ? {} : { natsUrl }),
      statusUpdateBackoff: { initialMs: flags.statusUpdateBackoff, maxMs: 600_000 },
      ...(flags.resources === undefined ? {} : { resources: flags.resources }),
      ...(flags.attributes === undefined ? {} : { attributes: flags.attributes }),
      ...containerOptions(flags),
    });
    const agentId = await agent.registered;
    let marathon: RunningMarathon | undefined;
    let marathonBus: Bus | undefined;
    let marathonStore: Awaited<ReturnType<typeof openMarathonStore>> | undefined;
    if (flags.marathon) {
      marathonBus = masterBus instanceof MemoryBus ? masterBus.connection() : await createBus({ nats: natsUrl ?? '' });
      marathonStore = await openMarathonStore({ workDir: join(workDir, 'marathon'), cluster: flags.cluster });
      marathon = await startMarathon({
        bus: marathonBus, store: marathonStore, logger: log.child({ component: 'marathon' }), cluster: flags.cluster,
        masterDescription: running.url, ...marathonOptions(flags),
      });
    }
    const lines = [
      'Drover dev cluster is up.',
      `  master:  ${running.url}  (/state, /metrics, /health, /version)`,
      `  agent:   ${agentId}  ${agent.info().httpUrl}  (/state, /monitor/statistics)`,
      `  logs:    curl '${running.url}/tasks/<taskId>/files/read?path=stdout&offset=0'`,
      ...(marathon === undefined ? [] : [`  marathon: ${marathon.url}  (/v2/apps, /v2/deployments, /v2/events; drover app add app.json)`]),
      natsUrl === undefined
        ? '  bus:     in-memory (install nats-server to let framework processes connect)'
        : `  nats:    ${natsUrl}   cluster: ${flags.cluster}`,
      ...(natsUrl === undefined ? [] : [`  try:     npx tsx examples/hello-framework.ts --nats ${natsUrl} --tasks 5`]),
      'Press Ctrl-C to stop.',
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    stopOnSignals(log, async () => {
      await marathon?.stop();
      await marathonBus?.close();
      await marathonStore?.close();
      await agent.stop({ killTasks: true });
      await running.stop();
      await agentBus.close();
      await masterBus.close();
      await store.close();
      await natsServer?.stop();
    });
  });
  return command;
}
