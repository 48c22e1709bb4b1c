// Which agent holds a task's sandbox, for the master's files proxy. Pure: the master's view in, an address or a
// refusal out. The task may be running or completed (its sandbox stays until the agent's GC removes it).
import type { MasterState } from '../state.js';

export type TaskLocation =
  | {
    readonly found: true;
    readonly taskId: string;
    readonly frameworkId: string;
    readonly agentId: string;
    readonly hostname: string;
    readonly port: number;
  }
  | {
    readonly found: false;
    readonly status: 400 | 404 | 409 | 502;
    readonly code: 'INVALID_ARGUMENT' | 'UNKNOWN_TASK' | 'AGENT_GONE' | 'AMBIGUOUS_TASK' | 'NO_AGENT_PORT';
    readonly message: string;
  };

/** Finds where a task runs or ran; `frameworkId` narrows the search (and is needed when the id is ambiguous). */
export type TaskLocator = (taskId: string, frameworkId: string | undefined) => TaskLocation;

export interface TaskSighting {
  readonly frameworkId: string;
  readonly agentId: string;
  /** Still active (not yet completed) in the master's view. */
  readonly active: boolean;
}

export interface AgentAddress {
  readonly hostname: string;
  readonly port: number;
}

/**
 * Pure core: picks one sighting of a task. Within a framework an active task wins over completed ones, and later
 * sightings over earlier ones (completed lists are oldest first); across frameworks the id must be unambiguous.
 */
export function chooseTaskLocation(taskId: string, frameworkId: string | undefined, sightings: readonly TaskSighting[],
  agentAddress: (agentId: string) => AgentAddress | undefined): TaskLocation {
  if (taskId === '') return { found: false, status: 400, code: 'INVALID_ARGUMENT', message: 'the task id is empty' };
  const matching = sightings.filter((sighting) => frameworkId === undefined || sighting.frameworkId === frameworkId);
  const frameworks = [...new Set(matching.map((sighting) => sighting.frameworkId))].sort();
  if (frameworks.length === 0) {
    const of = frameworkId === undefined ? '' : ` of framework ${frameworkId}`;
    return { found: false, status: 404, code: 'UNKNOWN_TASK', message: `the master knows no task ${taskId}${of}` };
  }
  if (frameworks.length > 1) {
    return {
      found: false, status: 409, code: 'AMBIGUOUS_TASK',
      message: `task ${taskId} exists under several frameworks (${frameworks.join(', ')}): name one with framework_id`,
    };
  }
  const chosen = matching.filter((sighting) => sighting.active).at(-1) ?? matching.at(-1);
  if (chosen === undefined) return { found: false, status: 404, code: 'UNKNOWN_TASK', message: `the master knows no task ${taskId}` };
  const address = agentAddress(chosen.agentId);
  if (address === undefined) {
    return {
      found: false, status: 404, code: 'AGENT_GONE',
      message: `task ${taskId} ran on agent ${chosen.agentId}, which is gone: its sandbox cannot be reached`,
    };
  }
  if (!Number.isInteger(address.port) || address.port <= 0 || address.hostname === '') {
    return {
      found: false, status: 502, code: 'NO_AGENT_PORT',
      message: `agent ${chosen.agentId} did not report an HTTP address (hostname '${address.hostname}', port ${address.port})`,
    };
  }
  return { found: true, taskId, frameworkId: chosen.frameworkId, agentId: chosen.agentId, ...address };
}

/** The locator over the master's in-memory state. */
export function locateTaskInState(state: MasterState, taskId: string, frameworkId: string | undefined): TaskLocation {
  const sightings: TaskSighting[] = [];
  for (const framework of [...state.removedFrameworks.values(), ...state.frameworks.values()]) {
    if (frameworkId !== undefined && framework.id !== frameworkId) continue;
    for (const task of framework.completedTasks) {
      if (task.taskId === taskId) sightings.push({ frameworkId: framework.id, agentId: task.agentId, active: false });
    }
    const active = framework.tasks.get(taskId);
    if (active !== undefined) sightings.push({ frameworkId: framework.id, agentId: active.agentId, active: true });
  }
  return chooseTaskLocation(taskId, frameworkId, sightings, (agentId) => {
    const agent = state.agents.get(agentId);
    // The advertised address wins over the hostname, as Mesos's --advertise_ip does.
    return agent === undefined ? undefined : { hostname: agent.info.address || agent.info.hostname || '', port: agent.info.port ?? 0 };
  });
}

function records(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null) : [];
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** The locator over the master's /state document (for an HTTP source that offers nothing better). */
export function locateTaskInStateJson(stateJson: Record<string, unknown>, taskId: string, frameworkId: string | undefined): TaskLocation {
  const sightings: TaskSighting[] = [];
  for (const framework of [...records(stateJson.completed_frameworks), ...records(stateJson.frameworks)]) {
    const id = text(framework.id);
    for (const [list, active] of [[framework.completed_tasks, false], [framework.tasks, true]] as const) {
      for (const task of records(list)) {
        if (text(task.id) === taskId) sightings.push({ frameworkId: id, agentId: text(task.agent_id), active });
      }
    }
  }
  const agents = new Map(records(stateJson.agents).map((agent) => [text(agent.id), agent]));
  return chooseTaskLocation(taskId, frameworkId, sightings, (agentId) => {
    const agent = agents.get(agentId);
    if (agent === undefined) return undefined;
    // Mesos's pid (agent@<address>:<port>) carries the advertised address.
    const advertised = /@(.+):\d+$/.exec(text(agent.pid))?.[1];
    return { hostname: advertised ?? text(agent.hostname), port: typeof agent.port === 'number' ? agent.port : 0 };
  });
}
