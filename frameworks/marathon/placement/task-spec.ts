// The launch spec of one task of an app (Marathon's TaskBuilder) in the SDK's TaskSpec form.
import type {
  ContainerSpec, DockerSpec, HealthCheckSpec, PortMappingSpec, Resources, TaskCommand, TaskSpec, VolumeSpec,
} from '../../sdk/index.js';
import type { AppDefinition, HealthCheck } from '../app-definition/index.js';
import { usesPortMappings, withHostPorts, type DeclaredPort } from './declared-ports.js';
import { taskEnvironment } from './task-env.js';

export interface TaskLaunch {
  readonly taskId: string;
  readonly hostname: string;
  /** From matchOffer: one per port definition / mapping that needs a host port, in their order. */
  readonly hostPorts: readonly number[];
  /** From matchOffer: exactly what the task uses. */
  readonly resources: Resources;
  /** Secret values by the name the app's `secrets` gives them; an env secret with no value here is left out. */
  readonly secrets?: Readonly<Record<string, string>>;
}

/** Mesos-level checks; HTTP / HTTPS / TCP checks are the framework's own (run by the scheduler), not the agent's. */
const MESOS_CHECKS: ReadonlySet<string> = new Set(['MESOS_HTTP', 'MESOS_HTTPS', 'MESOS_TCP', 'COMMAND']);

export function buildTaskSpec(app: AppDefinition, launch: TaskLaunch): TaskSpec {
  const ports = withHostPorts(app, launch.hostPorts);
  const command = taskCommand(app);
  const container = containerSpec(app, ports);
  const healthCheck = healthCheckSpec(app, ports);
  return {
    id: launch.taskId,
    name: taskName(app.id),
    ...(command === undefined ? {} : { command }),
    resources: launch.resources,
    ...(app.fetch.length === 0 ? {} : { fetch: app.fetch.map((uri) => ({ ...uri })) }),
    env: taskEnvironment(app, launch),
    ...(Object.keys(app.labels).length === 0 ? {} : { labels: { ...app.labels } }),
    ...(app.user === undefined ? {} : { user: app.user }),
    ...(container === undefined ? {} : { container }),
    ...(healthCheck === undefined ? {} : { healthCheck }),
    ...(app.taskKillGracePeriodSeconds === undefined ? {} : { killGracePeriodSeconds: app.taskKillGracePeriodSeconds }),
  };
}

/** Marathon's PathId.toHostname: the path's segments in reverse order, dot-joined (`/prod/web` → `web.prod`). */
export function taskName(appId: string): string {
  return appId.split('/').filter((segment) => segment !== '').reverse().join('.');
}

/**
 * `cmd` runs under /bin/sh -c; `args` is exec form: the first is the program, the rest its arguments (also for
 * containers). Neither (a container's own entrypoint): no command.
 */
function taskCommand(app: AppDefinition): TaskCommand | undefined {
  if (app.cmd !== undefined) return app.cmd;
  const [program, ...rest] = app.args ?? [];
  if (program === undefined) return undefined;
  return { shell: false, value: program, arguments: rest };
}

type PortWithHost = { port: DeclaredPort; host: number | undefined };

function containerSpec(app: AppDefinition, ports: readonly PortWithHost[]): ContainerSpec | undefined {
  const container = app.container;
  if (container === undefined) return undefined;
  const volumes: VolumeSpec[] = container.volumes.flatMap((volume) => (
    volume.hostPath === undefined || volume.persistent !== undefined || volume.external !== undefined
      ? []
      : [{ containerPath: volume.containerPath, hostPath: volume.hostPath, mode: volume.mode }]
  ));
  const docker = container.docker === undefined ? undefined : dockerSpec(app, ports);
  if (docker === undefined && volumes.length === 0) return undefined;
  return { ...(docker === undefined ? {} : { docker }), ...(volumes.length === 0 ? {} : { volumes }) };
}

function dockerSpec(app: AppDefinition, ports: readonly PortWithHost[]): DockerSpec {
  const docker = app.container!.docker!;
  const mode = app.networks[0]?.mode ?? 'host';
  const network = mode === 'host' ? 'HOST' : mode === 'container/bridge' ? 'BRIDGE' : 'USER';
  const portMappings: PortMappingSpec[] = [];
  if (network !== 'HOST') {
    for (const { port, host } of ports) {
      if (host === undefined) continue;
      // containerPort 0: the container listens on its host port (Marathon's TaskBuilder).
      const containerPort = port.containerPort === undefined || port.containerPort === 0 ? host : port.containerPort;
      // "udp,tcp" is one mapping per protocol on the wire.
      for (const protocol of port.protocol.split(',')) portMappings.push({ hostPort: host, containerPort, protocol });
    }
  }
  return {
    image: docker.image,
    network,
    ...(portMappings.length === 0 ? {} : { portMappings }),
    // privileged is a Docker-containerizer option; a MESOS (UCR) container with an image runs unprivileged.
    privileged: app.container!.type === 'DOCKER' && docker.privileged,
    forcePullImage: docker.forcePullImage,
    ...(docker.parameters.length === 0 ? {} : { parameters: docker.parameters.map(({ key, value }) => ({ key, value })) }),
  };
}

function healthCheckSpec(app: AppDefinition, ports: readonly PortWithHost[]): HealthCheckSpec | undefined {
  const check = app.healthChecks.find((hc) => MESOS_CHECKS.has(hc.protocol));
  if (check === undefined) return undefined;
  const timing = {
    delaySeconds: check.delaySeconds,
    intervalSeconds: check.intervalSeconds,
    timeoutSeconds: check.timeoutSeconds,
    gracePeriodSeconds: check.gracePeriodSeconds,
    // Mesos-level 0 means "unhealthy at the first failure"; the agent counts from 1.
    consecutiveFailures: Math.max(1, check.maxConsecutiveFailures),
  };
  if (check.protocol === 'COMMAND') {
    return check.command === undefined ? undefined : { type: 'command', command: check.command.value, ...timing };
  }
  const port = checkPort(app, check, ports);
  if (port === undefined) return undefined;
  if (check.protocol === 'MESOS_TCP') return { type: 'tcp', port, ...timing };
  return {
    type: 'http', port, path: check.path ?? '/', scheme: check.protocol === 'MESOS_HTTPS' ? 'https' : 'http', ...timing,
  };
}

/**
 * `port` wins; else `portIndex` names a declared port. The agent probes from the task's network (the container's
 * own address on a bridge), so a mapping's container port is used where there is one, as Marathon's
 * MesosHealthCheck does; with host networking, the host port.
 */
function checkPort(app: AppDefinition, check: HealthCheck, ports: readonly PortWithHost[]): number | undefined {
  if (check.port !== undefined) return check.port;
  const entry = ports[check.portIndex ?? 0];
  if (entry === undefined) return undefined;
  if (usesPortMappings(app) && entry.port.containerPort !== undefined && entry.port.containerPort > 0) {
    return entry.port.containerPort;
  }
  return entry.host;
}
