// Read-only summaries of the master's state for metrics and status pages. Pure functions over MasterState.
import { isTerminalTaskState, type pb } from '../shared/protocol/index.js';
import { scalarQuantities, type Resources } from '../shared/resources/index.js';
import type { MasterState } from './state.js';

export type ResourceTotals = Map<string, { total: number; used: number; offered: number }>;

function addInto(totals: ResourceTotals, resources: Resources, field: 'total' | 'used' | 'offered'): void {
  for (const [name, value] of scalarQuantities(resources)) {
    const entry = totals.get(name) ?? { total: 0, used: 0, offered: 0 };
    entry[field] = Math.round((entry[field] + value) * 1000) / 1000;
    totals.set(name, entry);
  }
}

export function resourceTotals(state: MasterState): ResourceTotals {
  const totals: ResourceTotals = new Map();
  for (const agent of state.agents.values()) {
    if (agent.status !== 'active') continue;
    addInto(totals, agent.total, 'total');
    for (const task of state.tasksOnAgent(agent.id)) {
      if (!task.resourcesRecovered) addInto(totals, task.resources, 'used');
    }
  }
  for (const offer of state.offers.values()) addInto(totals, offer.resources, 'offered');
  return totals;
}

/** Tasks the master holds, by state: active ones plus the completed ones it still remembers. */
export function taskCounts(state: MasterState): Map<pb.TaskState, number> {
  const counts = new Map<pb.TaskState, number>();
  const add = (taskState: pb.TaskState): void => { counts.set(taskState, (counts.get(taskState) ?? 0) + 1); };
  for (const framework of [...state.frameworks.values(), ...state.removedFrameworks.values()]) {
    for (const task of framework.tasks.values()) add(task.state);
    for (const task of framework.completedTasks) if (isTerminalTaskState(task.state)) add(task.state);
  }
  return counts;
}

export function agentCounts(state: MasterState, pending: number): { active: number; unreachable: number; pending: number } {
  let active = 0;
  let unreachable = 0;
  for (const agent of state.agents.values()) {
    if (agent.status === 'active') active += 1;
    else unreachable += 1;
  }
  return { active, unreachable, pending };
}

export function frameworkCounts(state: MasterState): { active: number; inactive: number; connected: number; disconnected: number } {
  let connected = 0;
  let disconnected = 0;
  for (const framework of state.frameworks.values()) {
    if (framework.connected) connected += 1;
    else disconnected += 1;
  }
  return { active: connected, inactive: disconnected, connected, disconnected };
}

