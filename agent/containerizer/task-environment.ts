// The environment a task process sees. Names follow Mesos (MESOS_SANDBOX) and Marathon (HOST, PORT0.., PORTS, PORT)
// so that existing applications run unchanged; DROVER_* are ours.
import type { pb } from '../../shared/protocol/index.js';

export interface TaskEnvironmentInput {
  /** The agent's own environment (PATH, HOME, ...), passed on like the Mesos agent does by default. */
  readonly inherited: Readonly<Record<string, string | undefined>>;
  readonly task: pb.TaskInfo.$Properties;
  readonly frameworkId: string;
  readonly agentId: string;
  readonly hostname: string;
  readonly sandbox: string;
}

/** Sums a scalar resource over all roles; undefined when the task asks for none of it. */
export function taskScalar(task: pb.TaskInfo.$Properties, name: string): number | undefined {
  let total: number | undefined;
  for (const resource of task.resources ?? []) {
    if (resource.name === name && resource.scalar?.value !== undefined && resource.scalar.value !== null) {
      total = (total ?? 0) + resource.scalar.value;
    }
  }
  return total === undefined ? undefined : Math.round(total * 1000) / 1000;
}

/** The task's ports in the order its `ports` ranges list them. */
export function taskPorts(task: pb.TaskInfo.$Properties): number[] {
  const ports: number[] = [];
  for (const resource of task.resources ?? []) {
    if (resource.name !== 'ports') continue;
    for (const range of resource.ranges?.range ?? []) {
      const begin = Number(range.begin ?? 0);
      const end = Number(range.end ?? 0);
      for (let port = begin; port <= end; port += 1) ports.push(port);
    }
  }
  return ports;
}

export function taskEnvironment(input: TaskEnvironmentInput): Record<string, string> {
  const environment: Record<string, string> = {};
  for (const [name, value] of Object.entries(input.inherited)) {
    if (value !== undefined) environment[name] = value;
  }
  const taskId = input.task.taskId?.value ?? '';
  Object.assign(environment, {
    DROVER_SANDBOX: input.sandbox,
    DROVER_TASK_ID: taskId,
    DROVER_FRAMEWORK_ID: input.frameworkId,
    DROVER_AGENT_ID: input.agentId,
    MESOS_SANDBOX: input.sandbox,
    MESOS_TASK_ID: taskId,
    HOST: input.hostname,
  });
  for (const [variable, resource] of [['DROVER_CPUS', 'cpus'], ['DROVER_MEM', 'mem'], ['DROVER_DISK', 'disk'], ['DROVER_GPUS', 'gpus']] as const) {
    const value = taskScalar(input.task, resource);
    if (value !== undefined) environment[variable] = String(value);
  }
  const ports = taskPorts(input.task);
  ports.forEach((port, index) => { environment[`PORT${index}`] = String(port); });
  if (ports.length > 0) {
    environment['PORTS'] = ports.join(',');
    environment['PORT'] = String(ports[0]);
  }
  // The task's own variables come last: what the framework asked for explicitly wins (Mesos does the same).
  // Secret references need a secret resolver, which the agent does not have; such variables are left out.
  for (const variable of input.task.command?.environment?.variables ?? []) {
    if (!variable.name || variable.secret) continue;
    environment[variable.name] = variable.value ?? '';
  }
  return environment;
}
