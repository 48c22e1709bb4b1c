// An executor runs as a container like a task does: the ExecutorInfo becomes the TaskInfo of a container launch, with
// the variables the ExecutorDriver reads (frameworks/sdk/executor/environment.ts) added to its command.
import type { ExecutorSubjects } from '../../shared/bus/index.js';
import { invalidIdReason } from '../../shared/ids/index.js';
import { v1, type pb } from '../../shared/protocol/index.js';
import type { ContainerLaunchRequest } from '../containerizer/index.js';

export interface ExecutorLaunchInput {
  readonly containerId: string;
  readonly sandbox: string;
  readonly agentId: string;
  readonly hostname: string;
  readonly cluster: string;
  readonly natsUrl: string | undefined;
  readonly subjects: ExecutorSubjects;
  readonly framework: pb.FrameworkInfo.$Properties;
  readonly info: pb.ExecutorInfo.$Properties;
  /** The task that made the agent start the executor: its resources are added to the container's. */
  readonly firstTask: pb.TaskInfo.$Properties;
  readonly shutdownGracePeriodMs: number;
  /** Run as CommandInfo.user, else FrameworkInfo.user (the agent's --switch_user). */
  readonly switchUser: boolean;
}

/** Why this task's executor cannot be started, or undefined when it can. */
export function invalidExecutorReason(frameworkId: string, info: pb.ExecutorInfo.$Properties | null | undefined): string | undefined {
  if (info === null || info === undefined) return 'the task names no executor';
  const executorId = info.executorId?.value ?? '';
  const badExecutor = invalidIdReason(executorId);
  if (badExecutor !== undefined) return `invalid executor id '${executorId}': ${badExecutor}`;
  const badFramework = invalidIdReason(frameworkId);
  if (badFramework !== undefined) return `invalid framework id '${frameworkId}': ${badFramework}`;
  const named = info.frameworkId?.value;
  if (named && named !== frameworkId) return `the executor names framework '${named}', not '${frameworkId}'`;
  if (!info.command?.value && info.container?.type !== v1.ContainerInfo.Type.DOCKER) return 'the executor has no command';
  return undefined;
}

/** What the executor's process finds in its environment (they win over same-named variables of the ExecutorInfo). */
export function executorVariables(input: ExecutorLaunchInput): Record<string, string> {
  const frameworkId = input.framework.id?.value ?? '';
  const executorId = input.info.executorId?.value ?? '';
  return {
    ...(input.natsUrl === undefined ? {} : { DROVER_NATS: input.natsUrl }),
    DROVER_CLUSTER: input.cluster,
    DROVER_AGENT_ID: input.agentId,
    DROVER_FRAMEWORK_ID: frameworkId,
    DROVER_EXECUTOR_ID: executorId,
    DROVER_CONTAINER_ID: input.containerId,
    DROVER_EXECUTOR_SUBJECT: input.subjects.executor(input.agentId, frameworkId, executorId),
    DROVER_AGENT_EXECUTORS_SUBJECT: input.subjects.agentExecutors(input.agentId),
    // Familiar names for executors ported from Mesos.
    MESOS_FRAMEWORK_ID: frameworkId,
    MESOS_EXECUTOR_ID: executorId,
    MESOS_AGENT_ID: input.agentId,
    MESOS_DIRECTORY: input.sandbox,
    MESOS_CHECKPOINT: input.framework.checkpoint === true ? '1' : '0',
    MESOS_EXECUTOR_SHUTDOWN_GRACE_PERIOD: `${input.shutdownGracePeriodMs / 1000}secs`,
  };
}

export function executorLaunchRequest(input: ExecutorLaunchInput): ContainerLaunchRequest {
  const { info, framework } = input;
  const executorId = info.executorId?.value ?? '';
  const ours = executorVariables(input);
  const variables = (info.command?.environment?.variables ?? []).filter((variable) => !Object.hasOwn(ours, variable.name ?? ''));
  for (const [name, value] of Object.entries(ours)) variables.push({ name, value });
  // The container's TaskInfo: the containerizers know how to run one. Its task id is the executor id (so the
  // container's DROVER_TASK_ID / MESOS_TASK_ID name the executor), and it has no `executor` field of its own.
  const task: pb.TaskInfo.$Properties = {
    name: info.name || `executor ${executorId}`,
    taskId: { value: executorId },
    agentId: { value: input.agentId },
    resources: [...(info.resources ?? []), ...(input.firstTask.resources ?? [])],
    command: { ...info.command, environment: { variables } },
  };
  if (info.container !== null && info.container !== undefined) task.container = info.container;
  const user = input.switchUser ? (info.command?.user || framework.user || undefined) : undefined;
  return {
    containerId: input.containerId, task, frameworkId: framework.id?.value ?? '', agentId: input.agentId,
    hostname: input.hostname, sandbox: input.sandbox, ...(user === undefined ? {} : { user }),
  };
}
