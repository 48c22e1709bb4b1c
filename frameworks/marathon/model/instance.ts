// One instance of an app: the unit Marathon counts, places and replaces. An instance keeps its id across relaunches;
// each launch gets a fresh task id (never reused), so a late update from an old task cannot be mistaken for the new.
import type { AttributeValue } from '../../sdk/index.js';

/** What the framework wants for the instance. `decommissioned` = kill it and forget it once terminal. */
export type InstanceGoal = 'running' | 'stopped' | 'decommissioned';

/**
 * Where the instance's current task is. `scheduled` = waiting for an offer (no task yet); `provisioned` = launched,
 * no update seen yet. The rest mirror Mesos task states (Marathon's Condition).
 */
export type InstanceCondition =
  | 'scheduled' | 'provisioned' | 'staging' | 'starting' | 'running' | 'killing'
  | 'finished' | 'failed' | 'killed' | 'error' | 'dropped' | 'gone' | 'gone_by_operator'
  | 'unreachable' | 'unreachable_inactive' | 'unknown';

export interface InstanceAgent {
  readonly agentId: string;
  readonly hostname: string;
  /** The agent's advertised address (from the offer URL): where the framework's health checks connect. */
  readonly address?: string;
  readonly attributes: Readonly<Record<string, AttributeValue>>;
}

export interface Instance {
  /** `<app path with / → _>.instance-<uuid>` */
  readonly instanceId: string;
  readonly appId: string;
  /** The app version (ISO time) the instance runs or will run. */
  readonly appVersion: string;
  readonly goal: InstanceGoal;
  /** Launches so far; the task id of launch n ends in `._app.<n>`. */
  readonly incarnation: number;
  readonly condition: InstanceCondition;
  /** ISO time the condition last changed. */
  readonly conditionSince: string;
  readonly taskId?: string;
  readonly agent?: InstanceAgent;
  /** Host ports of the current task, in port-definition / port-mapping order. */
  readonly hostPorts: readonly number[];
  /** Absent until a health result is known (or when the app has no health checks). */
  readonly healthy?: boolean;
  readonly stagedAt?: string;
  readonly startedAt?: string;
  /** Set when the task went unreachable: the unreachableStrategy clock starts here. */
  readonly unreachableSince?: string;
}

/** Conditions of a task that is (or may still be) alive on an agent. */
export const ACTIVE_CONDITIONS: ReadonlySet<InstanceCondition> = new Set<InstanceCondition>([
  'provisioned', 'staging', 'starting', 'running', 'killing', 'unreachable', 'unreachable_inactive',
]);

/** Conditions after which the task will never run again. */
export const TERMINAL_CONDITIONS: ReadonlySet<InstanceCondition> = new Set<InstanceCondition>([
  'finished', 'failed', 'killed', 'error', 'dropped', 'gone', 'gone_by_operator', 'unknown',
]);
