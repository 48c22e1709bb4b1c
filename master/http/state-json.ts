// The Mesos-like `/state` document, built from the master's in-memory view. Pure: state in, JSON out.
import { taskStateName, type pb } from '../../shared/protocol/index.js';
import {
  addResources, formatAttributes, rangesValue, scalarQuantities, setValue, type Resources,
} from '../../shared/resources/index.js';
import type { AgentEntry, FrameworkEntry, MasterState, TaskEntry } from '../state.js';

export interface StateJsonContext {
  readonly state: MasterState;
  readonly masterInfo: pb.MasterInfo.$Properties;
  readonly startedAtMs: number;
  readonly elected: boolean;
  readonly roleWeights: ReadonlyMap<string, number>;
  readonly roleShares: ReadonlyMap<string, number>;
}

/** Mesos's resource object: scalars as numbers, ranges as "[a-b,c-d]", sets as "{a,b}". */
export function resourcesObject(resources: Resources): Record<string, number | string> {
  const result: Record<string, number | string> = { cpus: 0, mem: 0, disk: 0, gpus: 0 };
  for (const [name, value] of scalarQuantities(resources)) result[name] = value;
  for (const resource of resources) {
    if (resource.value.type === 'ranges') {
      result[resource.name] = `[${rangesValue(resources, resource.name).map((range) => `${range.begin}-${range.end}`).join(',')}]`;
    } else if (resource.value.type === 'set') {
      result[resource.name] = `{${setValue(resources, resource.name).join(',')}}`;
    }
  }
  return result;
}

function attributesObject(attributes: readonly pb.Attribute.$Properties[] | null | undefined): Record<string, string | number> {
  const result: Record<string, string | number> = {};
  for (const attribute of attributes ?? []) {
    const name = attribute.name ?? '';
    if (attribute.scalar) result[name] = attribute.scalar.value ?? 0;
    else if (attribute.text) result[name] = attribute.text.value ?? '';
    else result[name] = formatAttributes([attribute]).slice(name.length + 1);
  }
  return result;
}

function taskJson(task: TaskEntry): Record<string, unknown> {
  return {
    id: task.taskId,
    name: task.info.name ?? task.taskId,
    framework_id: task.frameworkId,
    agent_id: task.agentId,
    slave_id: task.agentId,
    state: taskStateName(task.state),
    role: task.role,
    resources: resourcesObject(task.resources),
    statuses: task.history.map((change) => ({ state: taskStateName(change.state), timestamp: change.timestamp })),
    ...(task.latestStatus?.healthy !== undefined && task.latestStatus.healthy !== null ? { healthy: task.latestStatus.healthy } : {}),
    ...(task.latestStatus?.message ? { message: task.latestStatus.message } : {}),
  };
}

function agentJson(agent: AgentEntry, state: MasterState): Record<string, unknown> {
  let used: Resources = [];
  for (const task of state.tasksOnAgent(agent.id)) {
    if (!task.resourcesRecovered) used = addResources(used, task.resources);
  }
  let offered: Resources = [];
  for (const offerId of agent.offerIds) {
    const offer = state.offers.get(offerId);
    if (offer !== undefined) offered = addResources(offered, offer.resources);
  }
  return {
    id: agent.id,
    hostname: agent.info.hostname ?? '',
    port: agent.info.port ?? 0,
    // Mesos names an agent's process slave(1)@ip:port; ours is where its HTTP server answers.
    pid: `agent@${agent.info.address || agent.info.hostname || ''}:${agent.info.port ?? 0}`,
    attributes: attributesObject(agent.info.attributes),
    resources: resourcesObject(agent.total),
    used_resources: resourcesObject(used),
    offered_resources: resourcesObject(offered),
    registered_time: agent.registeredAt / 1000,
    active: agent.status === 'active',
    state: agent.status === 'active' ? 'ACTIVE' : 'UNREACHABLE',
    version: agent.info.version ?? '',
  };
}

function frameworkJson(framework: FrameworkEntry, state: MasterState): Record<string, unknown> {
  let used: Resources = [];
  for (const task of framework.tasks.values()) {
    if (!task.resourcesRecovered) used = addResources(used, task.resources);
  }
  let offered: Resources = [];
  const offers: Record<string, unknown>[] = [];
  for (const offerId of framework.offerIds) {
    const offer = state.offers.get(offerId);
    if (offer === undefined) continue;
    offered = addResources(offered, offer.resources);
    offers.push({ id: offer.id, agent_id: offer.agentId, role: offer.role, resources: resourcesObject(offer.resources) });
  }
  return {
    id: framework.id,
    name: framework.info.name ?? '',
    user: framework.info.user ?? '',
    principal: framework.info.principal ?? '',
    roles: framework.info.roles ?? ['*'],
    active: framework.connected,
    connected: framework.connected,
    failover_timeout: framework.info.failoverTimeout ?? 0,
    checkpoint: framework.info.checkpoint ?? false,
    capabilities: (framework.info.capabilities ?? []).map((capability) => capability.type),
    registered_time: framework.registeredAt / 1000,
    ...(framework.disconnectedAt === undefined ? {} : { unregistered_time: framework.disconnectedAt / 1000 }),
    used_resources: resourcesObject(used),
    offered_resources: resourcesObject(offered),
    tasks: [...framework.tasks.values()].map(taskJson),
    completed_tasks: framework.completedTasks.map(taskJson),
    offers,
  };
}

export function buildStateJson(context: StateJsonContext): Record<string, unknown> {
  const { state } = context;
  const agents = [...state.agents.values()].map((agent) => agentJson(agent, state));
  const frameworks = [...state.frameworks.values()].map((framework) => frameworkJson(framework, state));
  const roles = new Map<string, { frameworks: string[] }>();
  for (const framework of state.frameworks.values()) {
    for (const role of framework.info.roles ?? ['*']) {
      const entry = roles.get(role) ?? { frameworks: [] };
      entry.frameworks.push(framework.id);
      roles.set(role, entry);
    }
  }
  for (const role of context.roleWeights.keys()) if (!roles.has(role)) roles.set(role, { frameworks: [] });
  const info = context.masterInfo;
  return {
    version: info.version,
    id: info.id,
    cluster: info.cluster,
    hostname: info.hostname,
    port: info.port,
    epoch: info.epoch,
    elected: context.elected,
    leader: `${info.hostname ?? ''}:${info.port ?? 0}`,
    start_time: context.startedAtMs / 1000,
    activated_agents: [...state.agents.values()].filter((agent) => agent.status === 'active').length,
    unreachable_agents: [...state.agents.values()].filter((agent) => agent.status === 'unreachable').length,
    agents,
    // Mesos tools read `slaves`; the same objects under the old name.
    slaves: agents,
    frameworks,
    completed_frameworks: [...state.removedFrameworks.values()].map((framework) => frameworkJson(framework, state)),
    roles: [...roles.entries()].map(([name, entry]) => ({
      name,
      weight: context.roleWeights.get(name) ?? 1,
      frameworks: entry.frameworks,
      dominant_share: context.roleShares.get(name) ?? 0,
    })),
  };
}
