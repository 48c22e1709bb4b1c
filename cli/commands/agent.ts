import { Command, Option } from 'commander';
import { createBus } from '../../shared/bus/index.js';
import { createLogger, type LogLevel } from '../../shared/logging/index.js';
import type { pb } from '../../shared/protocol/index.js';
import type { Resources } from '../../shared/resources/index.js';
import { startAgent } from '../../agent/index.js';
import { parseAttributesFlag, parseCluster, parseDuration, parseLogLevel, parseNatsUrl, parseResourcesFlag } from '../flags.js';
import { stopOnSignals } from '../lifecycle.js';

export interface AgentFlags {
  nats: string;
  workDir: string;
  cluster: string;
  resources?: Resources;
  attributes?: pb.Attribute.$Properties[];
  hostname?: string;
  statusUpdateBackoff: number;
  leaveTasksRunning: boolean;
  logLevel: LogLevel;
}

/** Options shared by `drover agent` and `drover dev`. */
export function addAgentOptions(command: Command): Command {
  return command
    .addOption(new Option('--resources <spec>', "override detected resources, e.g. 'cpus:4;mem:8192;ports:[31000-32000]'").env('DROVER_RESOURCES').argParser(parseResourcesFlag))
    .addOption(new Option('--attributes <spec>', "agent attributes, e.g. 'rack:r1;zone:west'").env('DROVER_ATTRIBUTES').argParser(parseAttributesFlag))
    .addOption(new Option('--status-update-backoff <duration>', 'first resend delay of unacknowledged status updates (doubles up to 10 min)').env('DROVER_STATUS_UPDATE_BACKOFF').default(10_000, '10s').argParser(parseDuration));
}

export function agentCommand(): Command {
  const command = new Command('agent').description('run a Drover agent that offers this machine to the cluster');
  command.addOption(new Option('--nats <urls>', 'NATS server URL(s), comma-separated').env('DROVER_NATS').default('nats://127.0.0.1:4222').argParser(parseNatsUrl));
  command.addOption(new Option('--work-dir <dir>', 'agent identity and task sandboxes').env('DROVER_WORK_DIR').default('.drover/agent'));
  command.addOption(new Option('--cluster <name>', 'cluster name').env('DROVER_CLUSTER').default('drover').argParser(parseCluster));
  command.addOption(new Option('--hostname <name>', 'hostname advertised to the master').env('DROVER_HOSTNAME'));
  // Until the agent can recover its tasks after a restart, a task left running would be an orphan nobody accounts
  // for; so a stopping agent kills its tasks (and reports them) unless told otherwise.
  command.addOption(new Option('--leave-tasks-running', 'do not kill running tasks when the agent stops (they are not recovered on restart yet)').default(false));
  command.addOption(new Option('--log-level <level>', 'fatal, error, warn, info, debug, trace or silent').env('DROVER_LOG_LEVEL').default('info').argParser(parseLogLevel));
  addAgentOptions(command);
  command.action(async (flags: AgentFlags) => {
    const log = createLogger('agent', flags.logLevel);
    const bus = await createBus({ nats: flags.nats });
    const agent = await startAgent({
      bus, cluster: flags.cluster, workDir: flags.workDir, logger: log,
      statusUpdateBackoff: { initialMs: flags.statusUpdateBackoff, maxMs: 600_000 },
      ...(flags.resources === undefined ? {} : { resources: flags.resources }),
      ...(flags.attributes === undefined ? {} : { attributes: flags.attributes }),
      ...(flags.hostname === undefined ? {} : { hostname: flags.hostname }),
    });
    void agent.registered.then((agentId) => log.info({ agentId }, 'agent registered'), () => undefined);
    void agent.stopped.then(() => bus.close()).then(() => process.exit(0));
    stopOnSignals(log, async () => {
      await agent.stop({ killTasks: !flags.leaveTasksRunning });
      await bus.close();
    });
  });
  return command;
}
