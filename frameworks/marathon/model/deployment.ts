// A deployment plan as Marathon serves it on /v2/deployments (and in deployment_* events).
import type { AppDefinition } from '../app-definition/index.js';

export type DeploymentActionName =
  | 'StartApplication' | 'StopApplication' | 'ScaleApplication' | 'RestartApplication';

export interface DeploymentAction {
  readonly action: DeploymentActionName;
  /** App id (absolute path). */
  readonly app: string;
}

export interface DeploymentStep {
  readonly actions: readonly DeploymentAction[];
}

/** Apps by id: the whole set of apps before or after a change (Marathon's root group, flattened). */
export type AppSet = ReadonlyMap<string, AppDefinition>;

export interface DeploymentPlan {
  readonly id: string;
  /** ISO time: the version of the target state. */
  readonly version: string;
  /** The definitions of affected apps before the change (absent for new apps). */
  readonly original: Readonly<Record<string, AppDefinition>>;
  /** The definitions of affected apps after the change (absent for removed apps). */
  readonly target: Readonly<Record<string, AppDefinition>>;
  readonly affectedApps: readonly string[];
  readonly steps: readonly DeploymentStep[];
}
