// The variables the agent gives an executor's process (agent/executors/README.md), read into driver options.
import { DroverError } from '../../../shared/errors/index.js';
import type { ExecutorDriverOptions, ExecutorDriverOverrides } from './options.js';

type Environment = Readonly<Record<string, string | undefined>>;

function pick(env: Environment, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = env[name];
    if (value !== undefined && value !== '') return value;
  }
  return undefined;
}

export function optionsFromEnvironment(env: Environment, overrides: ExecutorDriverOverrides = {}): ExecutorDriverOptions {
  const required = (what: string, override: string | undefined, ...names: string[]): string => {
    const value = override ?? pick(env, ...names);
    if (value === undefined) {
      throw new DroverError('CONFIG', `${names.join(' or ')} is not set: is this process started by a Drover agent? (${what})`);
    }
    return value;
  };
  const natsUrl = overrides.natsUrl ?? pick(env, 'DROVER_NATS');
  if (overrides.bus === undefined && natsUrl === undefined) {
    throw new DroverError('CONFIG', 'DROVER_NATS is not set and no bus was given');
  }
  const executorSubject = overrides.executorSubject ?? pick(env, 'DROVER_EXECUTOR_SUBJECT');
  const agentSubject = overrides.agentSubject ?? pick(env, 'DROVER_AGENT_EXECUTORS_SUBJECT');
  return {
    ...overrides,
    ...(natsUrl === undefined ? {} : { natsUrl }),
    cluster: required('the cluster', overrides.cluster, 'DROVER_CLUSTER'),
    agentId: required('the agent id', overrides.agentId, 'DROVER_AGENT_ID', 'MESOS_AGENT_ID'),
    frameworkId: required('the framework id', overrides.frameworkId, 'DROVER_FRAMEWORK_ID', 'MESOS_FRAMEWORK_ID'),
    executorId: required('the executor id', overrides.executorId, 'DROVER_EXECUTOR_ID', 'MESOS_EXECUTOR_ID'),
    ...(executorSubject === undefined ? {} : { executorSubject }),
    ...(agentSubject === undefined ? {} : { agentSubject }),
  };
}
