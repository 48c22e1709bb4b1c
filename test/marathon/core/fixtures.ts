// Test helpers for the Marathon core tests: canonical apps from the real normalizeApp, hand-built instances and task
// status updates.
import { normalizeApp, type AppDefinition } from '../../../frameworks/marathon/app-definition/index.js';
import type { Instance, InstanceCondition } from '../../../frameworks/marathon/model/index.js';
import type { TaskStateName, TaskStatus } from '../../../frameworks/sdk/index.js';

export const T0 = '2024-01-01T00:00:00.000Z';

/** ISO time `minutes` after T0. */
export function at(minutes: number): string {
  return new Date(Date.parse(T0) + minutes * 60_000).toISOString();
}

export function app(id: string, fields: Record<string, unknown> = {}, now = T0): AppDefinition {
  const r = normalizeApp({ id, cmd: 'sleep 1000', ...fields }, { now: new Date(now) });
  if ('errors' in r) throw new Error(`bad test app: ${JSON.stringify(r.errors)}`);
  return r.app;
}

export function inst(id: string, condition: InstanceCondition, fields: Partial<Instance> = {}): Instance {
  return {
    instanceId: id, appId: '/a', appVersion: T0, goal: 'running', incarnation: 1, condition,
    conditionSince: T0, hostPorts: [], ...fields,
  };
}

export function status(taskId: string, state: TaskStateName, healthy?: boolean): TaskStatus {
  return {
    taskId, state, agentId: 'agent-1', executorId: undefined, message: '', source: 'SOURCE_AGENT', reason: undefined,
    uuid: undefined, healthy, exitCode: undefined, timestamp: 0, labels: {}, data: undefined, raw: {},
  };
}

export const ids = (xs: readonly Instance[]): string[] => xs.map((x) => x.instanceId);
