import { Command, InvalidArgumentError, Option } from 'commander';
import { errorMessage } from '../../shared/errors/index.js';
import { createBus } from '../../shared/bus/index.js';
import { createLogger, type LogLevel } from '../../shared/logging/index.js';
import type { pb } from '../../shared/protocol/index.js';
import type { Resources } from '../../shared/resources/index.js';
import { parseIsolation, startAgent, type AgentOptions } from '../../agent/index.js';
import {
  parseAttributesFlag, parseByteSize, parseCluster, parseContainerizers, parseDuration, parseLogLevel, parseNatsUrl,
  parseFraction, parsePort, parsePositiveInteger, parseResourcesFlag,
} from '../flags.js';
import { stopOnSignals } from '../lifecycle.js';

export interface AgentFlags extends ContainerFlags {
  nats: string;
  workDir: string;
  cluster: string;
  resources?: Resources;
  attributes?: pb.Attribute.$Properties[];
  hostname?: string;
  statusUpdateBackoff: number;
  killTasksOnStop: boolean;
  logLevel: LogLevel;
}

/** The flags of addAgentOptions() about containers, shared by `drover agent` and `drover dev`. */
export interface ContainerFlags {
  containerizers: ('process' | 'docker')[];
  isolation?: string[];
  cgroupsRoot?: string;
  pidsLimit: number;
  logMaxSize: number;
  logMaxFiles: number;
  dockerSocket?: string;
  dockerAllowPrivileged: boolean;
  dockerAllowHostNamespaces: boolean;
  dockerAllowCapabilities: boolean;
  dockerAllowDangerousMounts: boolean;
  switchUser: boolean;
  httpHost: string;
  httpPort: number;
  advertiseIp?: string;
  gcDelay: number;
  gcDiskHeadroom: number;
  fetcherCacheSize: number;
}

/** The containerizer part of the agent's options, from the flags `drover agent` and `drover dev` share. */
export function containerOptions(flags: ContainerFlags): Partial<AgentOptions> {
  return {
    containerizers: flags.containerizers,
    switchUser: flags.switchUser,
    httpHost: flags.httpHost,
    ...(flags.advertiseIp === undefined ? {} : { advertiseAddress: flags.advertiseIp }),
    httpPort: flags.httpPort,
    gcDelayMs: flags.gcDelay,
    gcDiskHeadroom: flags.gcDiskHeadroom,
    fetcherCacheSize: flags.fetcherCacheSize,
    ...(flags.isolation === undefined ? {} : { isolation: flags.isolation }),
    ...(flags.cgroupsRoot === undefined ? {} : { cgroupsRoot: flags.cgroupsRoot }),
    pidsLimit: flags.pidsLimit,
    logRotation: { maxBytes: flags.logMaxSize, maxFiles: flags.logMaxFiles },
    ...(flags.dockerSocket === undefined ? {} : { dockerSocket: flags.dockerSocket }),
    dockerAllow: {
      privileged: flags.dockerAllowPrivileged, hostNamespaces: flags.dockerAllowHostNamespaces,
      capabilities: flags.dockerAllowCapabilities, dangerousMounts: flags.dockerAllowDangerousMounts,
    },
  };
}

/** Options shared by `drover agent` and `drover dev`. */
export function addAgentOptions(command: Command): Command {
  return command
    .addOption(new Option('--resources <spec>', "override detected resources, e.g. 'cpus:4;mem:8192;ports:[31000-32000]'").env('DROVER_RESOURCES').argParser(parseResourcesFlag))
    .addOption(new Option('--attributes <spec>', "agent attributes, e.g. 'rack:r1;zone:west'").env('DROVER_ATTRIBUTES').argParser(parseAttributesFlag))
    .addOption(new Option('--status-update-backoff <duration>', 'first resend delay of unacknowledged status updates (doubles up to 10 min)').env('DROVER_STATUS_UPDATE_BACKOFF').default(10_000, '10s').argParser(parseDuration))
    .addOption(new Option('--containerizers <list>', 'containerizers to run tasks with, tried in order: process, docker').env('DROVER_CONTAINERIZERS').default(['process'], 'process').argParser(parseContainerizers))
    .addOption(new Option('--isolation <list>', 'isolators of the process containerizer: cgroups/cpu, cgroups/mem, cgroups/pids, namespaces/pid, posix/cpu, posix/mem (shorthands: cgroups, namespaces, posix); default cgroups, with posix fallbacks where cgroups are not writable').env('DROVER_ISOLATION').argParser(parseIsolationFlag))
    .addOption(new Option('--cgroups-root <name>', 'cgroup directory holding the containers, under each hierarchy (default: drover/agent-<hash of --work-dir>; never share one between agents)').env('DROVER_CGROUPS_ROOT'))
    .addOption(new Option('--pids-limit <n>', 'most processes a task may run (cgroups/pids)').env('DROVER_PIDS_LIMIT').default(4096).argParser(parsePositiveInteger))
    .addOption(new Option('--log-max-size <size>', 'rotate task stdout/stderr past this size').env('DROVER_LOG_MAX_SIZE').default(10 * 1024 * 1024, '10MB').argParser(parseByteSize))
    .addOption(new Option('--log-max-files <n>', 'rotated stdout/stderr files kept per task').env('DROVER_LOG_MAX_FILES').default(5).argParser(parsePositiveInteger))
    .addOption(new Option('--http-port <port>', "the agent's HTTP port (sandbox files, /state, /monitor/statistics); 0 picks a free one").env('DROVER_AGENT_HTTP_PORT').default(5051).argParser(parsePort))
    .addOption(new Option('--advertise-ip <address>', "where the master reaches this agent's HTTP server (default: its hostname)").env('DROVER_ADVERTISE_IP'))
    .addOption(new Option('--http-host <host>', "address the agent's HTTP server listens on").env('DROVER_AGENT_HTTP_HOST').default('0.0.0.0'))
    .addOption(new Option('--gc-delay <duration>', 'remove sandboxes of ended tasks this long after they ended').env('DROVER_GC_DELAY').default(7 * 24 * 3_600_000, '1w').argParser(parseDuration))
    .addOption(new Option('--gc-disk-headroom <fraction>', 'disk fraction to keep free: the fuller the disk, the sooner sandboxes go').env('DROVER_GC_DISK_HEADROOM').default(0.1).argParser(parseFraction))
    .addOption(new Option('--fetcher-cache-size <size>', 'size bound of the cache of fetched URIs (CommandInfo.uris with cache); 0 disables it').env('DROVER_FETCHER_CACHE_SIZE').default(2 * 1024 ** 3, '2GB').argParser(parseByteSize))
    .addOption(new Option('--no-switch-user', "run tasks as the agent's user instead of the task's or framework's user"))
    .addOption(new Option('--docker-socket <path>', 'the Docker engine socket (docker containerizer)').env('DROVER_DOCKER_SOCKET'))
    .addOption(new Option('--docker-allow-privileged', 'let docker tasks run privileged').default(false))
    .addOption(new Option('--docker-allow-host-namespaces', 'let docker tasks share the host pid/ipc/uts namespaces').default(false))
    .addOption(new Option('--docker-allow-capabilities', 'let docker tasks add Linux capabilities').default(false))
    .addOption(new Option('--docker-allow-dangerous-mounts', 'let docker tasks bind-mount / or the Docker socket').default(false));
}

function parseIsolationFlag(value: string): string[] {
  try {
    return parseIsolation(value);
  } catch (error) {
    throw new InvalidArgumentError(errorMessage(error));
  }
}

export function agentCommand(): Command {
  const command = new Command('agent').description('run a Drover agent that offers this machine to the cluster');
  command.addOption(new Option('--nats <urls>', 'NATS server URL(s), comma-separated').env('DROVER_NATS').default('nats://127.0.0.1:4222').argParser(parseNatsUrl));
  command.addOption(new Option('--work-dir <dir>', 'agent identity and task sandboxes').env('DROVER_WORK_DIR').default('.drover/agent'));
  command.addOption(new Option('--cluster <name>', 'cluster name').env('DROVER_CLUSTER').default('drover').argParser(parseCluster));
  command.addOption(new Option('--hostname <name>', 'hostname advertised to the master').env('DROVER_HOSTNAME'));
  // As in Mesos, a stopping agent leaves the tasks of checkpointing frameworks running for the next agent to
  // recover; tasks of other frameworks could not be recovered, so they are killed (and reported) either way.
  command.addOption(new Option('--kill-tasks-on-stop', 'kill every task when the agent stops, checkpointed ones too').default(false));
  command.addOption(new Option('--log-level <level>', 'fatal, error, warn, info, debug, trace or silent').env('DROVER_LOG_LEVEL').default('info').argParser(parseLogLevel));
  addAgentOptions(command);
  command.action(async (flags: AgentFlags) => {
    const log = createLogger('agent', flags.logLevel);
    const bus = await createBus({ nats: flags.nats });
    const agent = await startAgent({
      bus, cluster: flags.cluster, workDir: flags.workDir, logger: log, natsUrl: flags.nats,
      statusUpdateBackoff: { initialMs: flags.statusUpdateBackoff, maxMs: 600_000 },
      ...(flags.resources === undefined ? {} : { resources: flags.resources }),
      ...(flags.attributes === undefined ? {} : { attributes: flags.attributes }),
      ...(flags.hostname === undefined ? {} : { hostname: flags.hostname }),
      ...containerOptions(flags),
    });
    void agent.registered.then((agentId) => log.info({ agentId }, 'agent registered'), () => undefined);
    void agent.stopped.then(() => bus.close()).then(() => process.exit(0));
    stopOnSignals(log, async () => {
      await agent.stop({ killTasks: flags.killTasksOnStop });
      await bus.close();
    });
  });
  return command;
}
