// The environment Marathon gives a task (task-environment-vars.md; TaskBuilder.taskContextEnv and
// EnvironmentHelper.portsEnv / labelsToEnvVars). Later groups override earlier ones: context, then ports and HOST,
// then the app's own `env`.
import type { AppDefinition } from '../app-definition/index.js';
import { withHostPorts, type DeclaredPort } from './declared-ports.js';

/** EnvironmentHelper.maxEnvironmentVarLength. */
const MAX_ENV_LENGTH = 512;
const LABEL_PREFIX = 'MARATHON_APP_LABEL_';

export interface TaskEnvironmentInput {
  readonly taskId: string;
  readonly hostname: string;
  readonly hostPorts: readonly number[];
  /** Secret values by the name the app's `secrets` gives them (the `{secret: name}` of an env value). */
  readonly secrets?: Readonly<Record<string, string>>;
}

export function taskEnvironment(app: AppDefinition, input: TaskEnvironmentInput): Record<string, string> {
  const env: Record<string, string> = {};
  env.MESOS_TASK_ID = input.taskId;
  env.MARATHON_APP_ID = app.id;
  if (app.version !== undefined) env.MARATHON_APP_VERSION = app.version;
  const image = app.container?.docker?.image;
  if (image !== undefined) env.MARATHON_APP_DOCKER_IMAGE = image;
  // Marathon prints cpus/mem/disk as Scala Doubles ("1.0", "128.0") and gpus as an Int.
  env.MARATHON_APP_RESOURCE_CPUS = javaDouble(app.cpus);
  env.MARATHON_APP_RESOURCE_MEM = javaDouble(app.mem);
  env.MARATHON_APP_RESOURCE_DISK = javaDouble(app.disk);
  env.MARATHON_APP_RESOURCE_GPUS = String(Math.trunc(app.gpus));
  Object.assign(env, labelsEnv(app.labels));
  Object.assign(env, portsEnv(withHostPorts(app, input.hostPorts)));
  env.HOST = input.hostname;
  for (const [name, value] of Object.entries(app.env)) {
    if (typeof value === 'string') env[name] = value;
    else {
      const secret = input.secrets?.[value.secret];
      if (secret !== undefined) env[name] = secret;
    }
  }
  return env;
}

function javaDouble(value: number): string {
  return Number.isInteger(value) ? `${value}.0` : String(value);
}

/** Label name → `[^A-Za-z0-9_]+` runs become `_`, upper-cased. */
export function labelEnvName(key: string): string {
  return key.replace(/[^a-zA-Z0-9_]+/g, '_').toUpperCase();
}

/**
 * MARATHON_APP_LABELS (the sanitised names, space-separated; always set) and MARATHON_APP_LABEL_<NAME>. A label is
 * left out when its variable name or its value would reach 512 characters (EnvironmentHelper: key shorter than
 * 512 − len("MARATHON_APP_LABEL_"), value shorter than 512).
 */
export function labelsEnv(labels: Readonly<Record<string, string>>): Record<string, string> {
  const names: string[] = [];
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(labels)) {
    if (key.length >= MAX_ENV_LENGTH - LABEL_PREFIX.length || value.length >= MAX_ENV_LENGTH) continue;
    const name = labelEnvName(key);
    if (!names.includes(name)) names.push(name);
    values[`${LABEL_PREFIX}${name}`] = value;
  }
  return { MARATHON_APP_LABELS: names.join(' '), ...values };
}

/**
 * PORT<i> per declared port (its host port; a container-only mapping's container port), PORT_<requested> (the
 * service/container port the app names → the port the task got), PORT_<NAME>, PORT (= the first assigned) and PORTS.
 * A container-only mapping with containerPort 0 gets the lowest free port from 1025 (Marathon picks one at random).
 */
export function portsEnv(ports: readonly { port: DeclaredPort; host: number | undefined }[]): Record<string, string> {
  if (ports.length === 0) return {};
  const env: Record<string, string> = {};
  const consumed = new Set<number>();
  for (const { port, host } of ports) {
    consumed.add(port.requested);
    if (host !== undefined) consumed.add(host);
  }
  const generated = new Map<number, number>();
  let candidate = 1025;
  const nextFree = (): number => {
    while (consumed.has(candidate)) candidate += 1;
    consumed.add(candidate);
    return candidate;
  };
  ports.forEach(({ port, host }, i) => {
    if (host !== undefined) env[`PORT${i}`] = String(host);
    else if (port.requested === 0) {
      const chosen = nextFree();
      generated.set(i, chosen);
      env[`PORT${i}`] = String(chosen);
    } else env[`PORT${i}`] = String(port.requested);
  });
  ports.forEach(({ port, host }, i) => {
    const effective = host ?? (port.requested === 0 ? generated.get(i)! : port.requested);
    const key = port.requested === 0 ? effective : port.requested;
    env[`PORT_${key}`] = String(effective);
  });
  ports.forEach(({ port, host }, i) => {
    if (port.name === undefined) return;
    env[`PORT_${port.name.toUpperCase()}`] = String(host ?? (port.requested === 0 ? generated.get(i)! : port.requested));
  });
  const assigned = [...ports.flatMap(({ host }) => (host === undefined ? [] : [host])), ...generated.values()];
  if (assigned[0] !== undefined) env.PORT = String(assigned[0]);
  env.PORTS = assigned.join(',');
  return env;
}
