// What the CLI reads from Marathon's AppInfo and task JSON (`GET /v2/apps`, `/v2/apps/{id}`, `/v2/apps/{id}/tasks`).
import { asArray, asObject, readIds, readNumber, readString, readStrings, type JsonObject } from './json-read.js';

export interface TaskView {
  id: string;
  appId: string | undefined;
  host: string;
  ports: number[];
  state: string;
  stagedAt: string | undefined;
  startedAt: string | undefined;
  version: string | undefined;
  /** true when every health check result is alive, false when one is not, undefined without results. */
  healthy: boolean | undefined;
}

export interface TaskFailureView {
  state: string;
  message: string;
  timestamp: string | undefined;
  taskId: string | undefined;
}

export interface AppView {
  id: string;
  instances: number;
  cpus: number;
  mem: number;
  disk: number;
  gpus: number;
  cmd: string | undefined;
  args: string[] | undefined;
  image: string | undefined;
  containerType: string | undefined;
  tasksRunning: number;
  tasksStaged: number;
  tasksHealthy: number;
  tasksUnhealthy: number;
  healthCheckCount: number;
  /** Ids of the deployments that currently touch this app. */
  deployments: string[];
  version: string | undefined;
  constraints: string[];
  labels: Record<string, string>;
  tasks: TaskView[];
  lastTaskFailure: TaskFailureView | undefined;
}

function readHealthy(task: JsonObject): boolean | undefined {
  const results = asArray(task.healthCheckResults).map(asObject).filter((result) => result !== undefined);
  if (results.length === 0) return undefined;
  return results.every((result) => result.alive === true);
}

export function readTask(value: unknown): TaskView | undefined {
  const task = asObject(value);
  const id = readString(task, 'id');
  if (task === undefined || id === undefined) return undefined;
  return {
    id,
    appId: readString(task, 'appId'),
    host: readString(task, 'host') ?? '',
    ports: asArray(task.ports).filter((port): port is number => typeof port === 'number'),
    state: readString(task, 'state') ?? '',
    stagedAt: readString(task, 'stagedAt'),
    startedAt: readString(task, 'startedAt'),
    version: readString(task, 'version'),
    healthy: readHealthy(task),
  };
}

export function readTasks(value: unknown): TaskView[] {
  return asArray(value).map(readTask).filter((task) => task !== undefined);
}

function readConstraint(value: unknown): string | undefined {
  const parts = asArray(value).filter((part): part is string => typeof part === 'string');
  return parts.length === 0 ? undefined : parts.join(':');
}

function readLabels(value: unknown): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const [key, label] of Object.entries(asObject(value) ?? {})) {
    if (typeof label === 'string') labels[key] = label;
  }
  return labels;
}

function readFailure(value: unknown): TaskFailureView | undefined {
  const failure = asObject(value);
  if (failure === undefined) return undefined;
  return {
    state: readString(failure, 'state') ?? '',
    message: readString(failure, 'message') ?? '',
    timestamp: readString(failure, 'timestamp'),
    taskId: readString(failure, 'taskId'),
  };
}

/** An AppInfo object, or undefined when it has no string `id`. */
export function readApp(value: unknown): AppView | undefined {
  const app = asObject(value);
  const id = readString(app, 'id');
  if (app === undefined || id === undefined) return undefined;
  const container = asObject(app.container);
  return {
    id,
    instances: readNumber(app, 'instances', 1),
    cpus: readNumber(app, 'cpus', 1),
    mem: readNumber(app, 'mem', 128),
    disk: readNumber(app, 'disk', 0),
    gpus: readNumber(app, 'gpus', 0),
    cmd: readString(app, 'cmd'),
    args: Array.isArray(app.args) ? readStrings(app, 'args') : undefined,
    image: readString(asObject(container?.docker), 'image'),
    containerType: readString(container, 'type'),
    tasksRunning: readNumber(app, 'tasksRunning', 0),
    tasksStaged: readNumber(app, 'tasksStaged', 0),
    tasksHealthy: readNumber(app, 'tasksHealthy', 0),
    tasksUnhealthy: readNumber(app, 'tasksUnhealthy', 0),
    healthCheckCount: asArray(app.healthChecks).length,
    deployments: readIds(app.deployments),
    version: readString(app, 'version'),
    constraints: asArray(app.constraints).map(readConstraint).filter((constraint) => constraint !== undefined),
    labels: readLabels(app.labels),
    tasks: readTasks(app.tasks),
    lastTaskFailure: readFailure(app.lastTaskFailure),
  };
}

export function readApps(value: unknown): AppView[] {
  return asArray(value).map(readApp).filter((app) => app !== undefined);
}
