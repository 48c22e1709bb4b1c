// A docker task → the engine's create options (Mesos `docker run` flags as the engine API sees them). Pure.
//
// The command, as Mesos' docker containerizer does it (src/docker/docker.cpp):
// - shell (shell not false) with a value: entrypoint /bin/sh, Cmd ['-c', value] (the image's entrypoint is overridden;
//   MESOS-1770);
// - shell = false: the image's entrypoint is kept and Cmd is [value (when set), ...arguments] — unlike the process
//   containerizer, `arguments` here does NOT start with argv[0] (Marathon's docker `args` map onto it unchanged);
// - no value (shell or not): the image's own entrypoint, with `arguments` as Cmd when there are any.
// The task's user is not applied (the image's user runs it, as in Mesos; the `user` parameter sets one).
import type Dockerode from 'dockerode';
import { posix } from 'node:path';
import { v1, type pb } from '../../../shared/protocol/index.js';
import { taskEnvironment, taskPorts, taskScalar } from '../task-environment.js';
import type { ContainerLaunchRequest } from '../types.js';
import { applyDockerParameters } from './parameters.js';
import { bindHostPath } from './refusal.js';

/** Where the sandbox is mounted inside the container (Mesos' docker containerizer). */
export const CONTAINER_SANDBOX = '/mnt/mesos/sandbox';

export const DOCKER_LABELS = {
  agentId: 'drover.agent_id',
  frameworkId: 'drover.framework_id',
  taskId: 'drover.task_id',
  containerId: 'drover.container_id',
} as const;

const CPU_SHARES_PER_CPU = 1024;
const MIN_CPU_SHARES = 2;
const MB = 1024 * 1024;

export function dockerContainerName(containerId: string): string {
  return `drover-${containerId}`;
}

export interface DockerSpecInput {
  readonly request: ContainerLaunchRequest;
  /** What the task inherits from the agent's environment; normally nothing (the image brings its own). */
  readonly inherited: Readonly<Record<string, string | undefined>>;
  /** The engine-side log limits (json-file), so a chatty task cannot fill the engine's disk. */
  readonly engineLog?: { readonly maxSize: string; readonly maxFiles: number };
}

export type DockerSpec = { readonly options: Dockerode.ContainerCreateOptions } | { readonly failed: string };

export function dockerCreateOptions(input: DockerSpecInput): DockerSpec {
  const { request } = input;
  const { task } = request;
  const docker = task.container?.docker;
  const image = docker?.image ?? '';
  if (image === '') return { failed: 'container.docker.image is empty' };
  const network = networkMode(docker?.network);
  const host: Dockerode.HostConfig = {
    NetworkMode: network,
    Binds: [`${request.sandbox}:${CONTAINER_SANDBOX}`],
    LogConfig: {
      Type: 'json-file',
      Config: { 'max-size': input.engineLog?.maxSize ?? '10m', 'max-file': String(input.engineLog?.maxFiles ?? 2) },
    },
  };
  const options: Dockerode.ContainerCreateOptions = {
    name: dockerContainerName(request.containerId),
    Image: image,
    Env: Object.entries(taskEnvironment({ ...request, inherited: input.inherited, sandbox: CONTAINER_SANDBOX }))
      .map(([name, value]) => `${name}=${value}`),
    Labels: {
      [DOCKER_LABELS.agentId]: request.agentId,
      [DOCKER_LABELS.frameworkId]: request.frameworkId,
      [DOCKER_LABELS.taskId]: task.taskId?.value ?? '',
      [DOCKER_LABELS.containerId]: request.containerId,
    },
    WorkingDir: CONTAINER_SANDBOX,
    HostConfig: host,
    ...command(task.command ?? undefined),
  };
  if (task.container?.hostname) options.Hostname = task.container.hostname;
  if (docker?.privileged === true) host.Privileged = true;

  const ports = portBindings(task, network);
  if ('failed' in ports) return ports;
  if (Object.keys(ports.exposed).length > 0) {
    options.ExposedPorts = ports.exposed;
    host.PortBindings = ports.bindings;
  }
  const volumes = volumeBinds(task.container ?? {}, request.sandbox);
  if ('failed' in volumes) return volumes;
  host.Binds = [...host.Binds ?? [], ...volumes.binds];
  if (volumes.anonymous.length > 0) options.Volumes = Object.fromEntries(volumes.anonymous.map((path) => [path, {}]));

  const cpus = taskScalar(task, 'cpus');
  if (cpus !== undefined && cpus > 0) {
    host.CpuShares = Math.max(MIN_CPU_SHARES, Math.round(cpus * CPU_SHARES_PER_CPU));
    host.NanoCpus = Math.round(cpus * 1e9);
  }
  const mem = taskScalar(task, 'mem');
  if (mem !== undefined && mem > 0) {
    host.Memory = Math.round(mem * MB);
    // No swap beyond the limit: a task over its memory is OOM-killed, not slowed down by swapping.
    host.MemorySwap = host.Memory;
  }
  const problem = applyDockerParameters(task.container ?? {}, options, request.sandbox);
  if (problem !== undefined) return { failed: problem };
  if (host.NetworkMode === 'user') return { failed: 'container.docker.network USER needs the docker parameter network=<name>' };
  return { options };
}

function networkMode(network: pb.ContainerInfo.DockerInfo.Network | null | undefined): string {
  switch (network) {
    case v1.ContainerInfo.DockerInfo.Network.BRIDGE: return 'bridge';
    case v1.ContainerInfo.DockerInfo.Network.NONE: return 'none';
    // The `network` parameter names the user-defined network.
    case v1.ContainerInfo.DockerInfo.Network.USER: return 'user';
    // Mesos' default is HOST.
    default: return 'host';
  }
}

function command(info: pb.CommandInfo.$Properties | undefined): Pick<Dockerode.ContainerCreateOptions, 'Cmd' | 'Entrypoint'> {
  if (info === undefined) return {};
  const value = info.value ?? '';
  const args = info.arguments ?? [];
  if (info.shell !== false && value !== '') return { Entrypoint: ['/bin/sh'], Cmd: ['-c', value] };
  const cmd = value === '' ? args : [value, ...args];
  return cmd.length === 0 ? {} : { Cmd: cmd };
}

interface PortBindings {
  readonly exposed: Record<string, Record<string, never>>;
  readonly bindings: Record<string, { HostPort: string }[]>;
}

function portBindings(task: pb.TaskInfo.$Properties, network: string): PortBindings | { failed: string } {
  const mappings = task.container?.docker?.portMappings ?? [];
  const exposed: PortBindings['exposed'] = {};
  const bindings: PortBindings['bindings'] = {};
  if (mappings.length === 0) return { exposed, bindings };
  if (network !== 'bridge' && network !== 'user') {
    return { failed: 'container.docker.port_mappings need a BRIDGE or USER network (the container shares the host\'s ports otherwise)' };
  }
  const offered = new Set(taskPorts(task));
  for (const [index, mapping] of mappings.entries()) {
    const hostPort = mapping.hostPort ?? 0;
    const containerPort = mapping.containerPort ?? 0;
    const protocol = (mapping.protocol ?? '') === '' ? 'tcp' : (mapping.protocol ?? '').toLowerCase();
    const what = `container.docker.port_mappings[${index}]`;
    if (!offered.has(hostPort)) {
      return { failed: `${what}: host port ${hostPort} is not one of the task's ports resources (${[...offered].join(',') || 'none'})` };
    }
    if (containerPort < 1 || containerPort > 65535) return { failed: `${what}: container port ${containerPort} is not a port` };
    if (protocol !== 'tcp' && protocol !== 'udp') return { failed: `${what}: protocol '${mapping.protocol}' is not tcp or udp` };
    const key = `${containerPort}/${protocol}`;
    exposed[key] = {};
    bindings[key] = [...bindings[key] ?? [], { HostPort: String(hostPort) }];
  }
  return { exposed, bindings };
}

function volumeBinds(container: pb.ContainerInfo.$Properties, sandbox: string):
{ binds: string[]; anonymous: string[] } | { failed: string } {
  const binds: string[] = [];
  const anonymous: string[] = [];
  for (const [index, volume] of (container.volumes ?? []).entries()) {
    const containerPath = volume.containerPath ?? '';
    if (containerPath === '') return { failed: `container.volumes[${index}]: container_path is empty` };
    // Relative container paths are inside the sandbox mount, as in Mesos.
    const target = posix.resolve(CONTAINER_SANDBOX, containerPath);
    const mode = (volume.mode ?? '').toLowerCase();
    if (mode !== '' && mode !== 'rw' && mode !== 'ro') return { failed: `container.volumes[${index}]: mode '${volume.mode}' is not RW or RO` };
    if (!volume.hostPath) {
      anonymous.push(target);
      continue;
    }
    binds.push(`${bindHostPath(volume.hostPath, sandbox)}:${target}:${mode === '' ? 'rw' : mode}`);
  }
  return { binds, anonymous };
}
