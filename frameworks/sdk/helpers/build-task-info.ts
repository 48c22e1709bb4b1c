// TaskSpec → TaskInfo. Resources given as amounts are carved out of the offer; several tasks for one offer are carved
// in order from what the earlier ones left, so they never share a port. Everything else is the master's to judge: a
// bad task id or resources beyond the offer come back as a TASK_ERROR update, as they would from any other client.
import { DroverError } from '../../../shared/errors/index.js';
import { randomToken } from '../../../shared/ids/index.js';
import { v1, type pb } from '../../../shared/protocol/index.js';
import {
  containsResources, formatResources, resourcesToProto, subtractResources, type ResourceRequest, type Resources,
} from '../../../shared/resources/index.js';
import { carveAmounts, listedResources } from './task-resources.js';
import { recordToLabels } from '../views/labels.js';
import type { Offer } from '../views/offer.js';
import type { ContainerSpec, FetchSpec, HealthCheckSpec, TaskCommand, TaskResources, TaskSpec } from './task-spec.js';

/** The TaskInfo for one task on `offer`. Throws INVALID_ARGUMENT when amounts cannot be carved out of the offer. */
export function buildTaskInfo(spec: TaskSpec, offer: Offer): pb.TaskInfo.$Properties {
  const [task] = buildTaskInfos([spec], offer);
  if (task === undefined) throw new DroverError('INVALID_ARGUMENT', 'no task built'); // Unreachable: one spec in, one out.
  return task;
}

/** TaskInfos for several tasks on one offer, each taking its resources from what the earlier ones left. */
export function buildTaskInfos(specs: readonly TaskSpec[], offer: Offer): pb.TaskInfo.$Properties[] {
  let available: Resources = offer.resources;
  return specs.map((spec) => {
    const taskId = spec.id ?? `${spec.name}-${randomToken(4)}`;
    const resources = concreteResources(spec.resources, available, offer);
    if (resources === undefined) {
      throw new DroverError('INVALID_ARGUMENT',
        `task '${taskId}' does not fit offer ${offer.id}: ${formatResources(available) || 'nothing'} is left`);
    }
    if (containsResources(available, resources)) available = subtractResources(available, resources);
    return taskInfo(spec, taskId, offer.agentId, resources);
  });
}

/** Listed resources are taken as they are; amounts are carved out of what is left of the offer. */
function concreteResources(wanted: TaskResources, available: Resources, offer: Offer): Resources | undefined {
  return listedResources(wanted) ?? carveAmounts(wanted as ResourceRequest, available, offer.role);
}

function taskInfo(spec: TaskSpec, taskId: string, agentId: string, resources: Resources): pb.TaskInfo.$Properties {
  const imageDefault = spec.command === undefined && spec.executor === undefined && spec.container?.docker !== undefined;
  if (!imageDefault && (spec.command === undefined) === (spec.executor === undefined)) {
    throw new DroverError('INVALID_ARGUMENT', `task '${taskId}' needs either a command or an executor (not both), or a docker image`);
  }
  const info: pb.TaskInfo.$Properties = {
    name: spec.name,
    taskId: { value: taskId },
    agentId: { value: agentId },
    resources: resourcesToProto(resources),
  };
  const docker = spec.container?.docker !== undefined;
  if (spec.command !== undefined) info.command = commandInfo(spec.command, spec.env, spec.user, docker);
  // A docker task without a command runs the image's own entrypoint and command (Mesos: shell=false, no value).
  else if (imageDefault) info.command = commandInfo({ shell: false, value: '', arguments: [] }, spec.env, spec.user, true);
  if (spec.fetch !== undefined && spec.fetch.length > 0 && info.command !== undefined && info.command !== null) info.command.uris = spec.fetch.map(fetchUri);
  if (spec.executor !== undefined) {
    info.executor = {
      executorId: { value: spec.executor.id },
      name: spec.executor.name ?? spec.executor.id,
      command: commandInfo(spec.executor.command, spec.executor.env, spec.user),
    };
    // An executor's task has no command of its own: the executor's fetches the files.
    if (spec.fetch !== undefined && spec.fetch.length > 0 && info.executor.command !== undefined && info.executor.command !== null) {
      info.executor.command.uris = spec.fetch.map(fetchUri);
    }
  }
  if (spec.labels !== undefined) info.labels = recordToLabels(spec.labels);
  if (spec.container !== undefined) info.container = containerInfo(spec.container);
  if (spec.healthCheck !== undefined) info.healthCheck = healthCheckInfo(spec.healthCheck);
  if (spec.killGracePeriodSeconds !== undefined) info.killPolicy = { gracePeriodSeconds: spec.killGracePeriodSeconds };
  if (spec.maxCompletionTimeSeconds !== undefined) info.maxCompletionTime = spec.maxCompletionTimeSeconds;
  if (spec.data !== undefined) info.data = spec.data;
  return info;
}

function commandInfo(command: TaskCommand, env: Readonly<Record<string, string>> | undefined, user: string | undefined, docker = false): pb.CommandInfo.$Properties {
  const info: pb.CommandInfo.$Properties = typeof command === 'string'
    ? { shell: true, value: command }
    // Docker (as in Mesos' docker containerizer): no value keeps the image's entrypoint, and arguments become its Cmd,
    // so the program and its arguments all go to arguments.
    : docker ? { shell: false, arguments: [command.value, ...(command.arguments ?? [])].filter((argument, index) => index > 0 || argument !== '') }
    // Otherwise the Mesos convention: CommandInfo.arguments is the whole argv, the program name first.
    : { shell: false, value: command.value, arguments: [command.value, ...(command.arguments ?? [])] };
  if (env !== undefined) {
    info.environment = { variables: Object.entries(env).map(([name, value]) => ({ name, value })) };
  }
  if (user !== undefined) info.user = user;
  return info;
}

function containerInfo(container: ContainerSpec): pb.ContainerInfo.$Properties {
  const info: pb.ContainerInfo.$Properties = { type: container.docker === undefined ? v1.ContainerInfo.Type.MESOS : v1.ContainerInfo.Type.DOCKER };
  if (container.docker !== undefined) {
    const docker = container.docker;
    info.docker = {
      image: docker.image,
      network: v1.ContainerInfo.DockerInfo.Network[docker.network ?? 'HOST'],
      portMappings: (docker.portMappings ?? []).map((mapping) => ({
        hostPort: mapping.hostPort,
        containerPort: mapping.containerPort,
        protocol: mapping.protocol ?? 'tcp',
      })),
      privileged: docker.privileged ?? false,
      forcePullImage: docker.forcePullImage ?? false,
      ...(docker.parameters === undefined ? {} : { parameters: docker.parameters.map(({ key, value }) => ({ key, value })) }),
    };
  }
  if (container.volumes !== undefined) {
    info.volumes = container.volumes.map((volume) => ({ containerPath: volume.containerPath, hostPath: volume.hostPath, mode: volume.mode ?? 'RW' }));
  }
  if (container.hostname !== undefined) info.hostname = container.hostname;
  return info;
}

function fetchUri(fetch: FetchSpec): pb.CommandInfo.URI.$Properties {
  return {
    value: fetch.uri,
    extract: fetch.extract ?? true,
    executable: fetch.executable ?? false,
    cache: fetch.cache ?? false,
    ...(fetch.destPath === undefined ? {} : { outputFile: fetch.destPath }),
  };
}

function healthCheckInfo(check: HealthCheckSpec): pb.HealthCheck.$Properties {
  const T = v1.HealthCheck.Type;
  let info: pb.HealthCheck.$Properties;
  if (check.type === 'command') info = { type: T.COMMAND, command: { shell: true, value: check.command } };
  else if (check.type === 'http') {
    info = {
      type: T.HTTP,
      http: { scheme: check.scheme ?? 'http', port: check.port, path: check.path ?? '/', statuses: [...(check.statuses ?? [])] },
    };
  } else info = { type: T.TCP, tcp: { port: check.port } };
  if (check.delaySeconds !== undefined) info.delaySeconds = check.delaySeconds;
  if (check.intervalSeconds !== undefined) info.intervalSeconds = check.intervalSeconds;
  if (check.timeoutSeconds !== undefined) info.timeoutSeconds = check.timeoutSeconds;
  if (check.consecutiveFailures !== undefined) info.consecutiveFailures = check.consecutiveFailures;
  if (check.gracePeriodSeconds !== undefined) info.gracePeriodSeconds = check.gracePeriodSeconds;
  return info;
}
