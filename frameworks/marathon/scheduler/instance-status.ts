// How one task status update changes an instance (pure). Updates of an earlier task of the instance, or for states
// that say nothing new, leave it alone.
import type { TaskStatus } from '../../sdk/index.js';
import { TERMINAL_CONDITIONS, type Instance, type InstanceCondition } from '../model/index.js';

const CONDITION_OF_STATE: Readonly<Record<string, InstanceCondition>> = {
  TASK_STAGING: 'staging',
  TASK_STARTING: 'starting',
  TASK_RUNNING: 'running',
  TASK_KILLING: 'killing',
  TASK_FINISHED: 'finished',
  TASK_FAILED: 'failed',
  TASK_KILLED: 'killed',
  TASK_ERROR: 'error',
  TASK_LOST: 'gone',
  TASK_DROPPED: 'dropped',
  TASK_GONE: 'gone',
  TASK_GONE_BY_OPERATOR: 'gone_by_operator',
  TASK_UNREACHABLE: 'unreachable',
  TASK_UNKNOWN: 'unknown',
};

export type StatusOutcome =
  | { readonly kind: 'stale' }
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'changed'; readonly instance: Instance; readonly terminal: boolean; readonly healthChanged: boolean };

export function conditionOfState(state: string): InstanceCondition | undefined {
  return CONDITION_OF_STATE[state];
}

export function applyTaskStatus(instance: Instance, status: TaskStatus, nowIso: string): StatusOutcome {
  if (instance.taskId !== status.taskId) return { kind: 'stale' };
  const condition = conditionOfState(status.state);
  if (condition === undefined) return { kind: 'unchanged' };
  // A terminal instance stays terminal: a late RUNNING (reordered, or replayed by reconciliation) cannot revive it.
  if (TERMINAL_CONDITIONS.has(instance.condition)) return { kind: 'unchanged' };
  // unreachable_inactive is our own refinement of unreachable: the agent repeating UNREACHABLE keeps it.
  const nextCondition = condition === 'unreachable' && instance.condition === 'unreachable_inactive' ? instance.condition : condition;
  const healthy = status.healthy ?? (condition === 'running' ? instance.healthy : undefined);
  const conditionChanged = nextCondition !== instance.condition;
  const healthChanged = healthy !== instance.healthy;
  if (!conditionChanged && !healthChanged) return { kind: 'unchanged' };
  const next: Instance = {
    ...withoutHealth(instance),
    condition: nextCondition,
    conditionSince: conditionChanged ? nowIso : instance.conditionSince,
    ...(healthy === undefined ? {} : { healthy }),
    ...(nextCondition === 'staging' && instance.stagedAt === undefined ? { stagedAt: nowIso } : {}),
    ...(nextCondition === 'running' && instance.startedAt === undefined ? { startedAt: nowIso } : {}),
    ...(nextCondition === 'unreachable' && instance.unreachableSince === undefined ? { unreachableSince: nowIso } : {}),
  };
  // Back in touch (any news but unreachable): the unreachable strategy's clock stops.
  if (nextCondition !== 'unreachable' && nextCondition !== 'unreachable_inactive' && next.unreachableSince !== undefined) {
    const { unreachableSince: _ignored, ...reachable } = next;
    return { kind: 'changed', instance: reachable, terminal: TERMINAL_CONDITIONS.has(nextCondition), healthChanged };
  }
  return { kind: 'changed', instance: next, terminal: TERMINAL_CONDITIONS.has(nextCondition), healthChanged };
}

export function withoutHealth(instance: Instance): Instance {
  const { healthy: _healthy, ...rest } = instance;
  return rest;
}

/** Marathon's task state name for an instance's condition (what /v2 tasks show). */
export function taskStateOf(condition: InstanceCondition): string {
  switch (condition) {
    case 'scheduled':
    case 'provisioned': return 'TASK_STAGING';
    case 'unreachable_inactive': return 'TASK_UNREACHABLE';
    case 'gone_by_operator': return 'TASK_GONE_BY_OPERATOR';
    default: return `TASK_${condition.toUpperCase()}`;
  }
}
