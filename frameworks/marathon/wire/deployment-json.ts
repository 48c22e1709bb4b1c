// Deployments on /v2/deployments (Marathon's DeploymentStepInfo) and the `{deploymentId, version}` result of every
// change. The heavy `original` / `target` groups are not part of the list form, so they are not written.
import type { DeploymentActionName, DeploymentPlan } from '../model/index.js';
import { readinessResultJson } from './app-info.js';
import type { ReadinessCheckResult } from './types.js';

export interface DeploymentProgress {
  /** Marathon counts steps from 1; 0 before the first step starts. */
  readonly currentStep: number;
  readonly currentActions: ReadonlyArray<{
    readonly action: DeploymentActionName;
    readonly app: string;
    readonly readinessCheckResults: readonly ReadinessCheckResult[];
  }>;
}

export function deploymentJson(plan: DeploymentPlan, progress: DeploymentProgress): Record<string, unknown> {
  return {
    id: plan.id,
    version: plan.version,
    affectedApps: [...plan.affectedApps],
    affectedPods: [],
    steps: plan.steps.map((s) => ({ actions: s.actions.map((a) => ({ action: a.action, app: a.app })) })),
    currentActions: progress.currentActions.map((a) => ({
      action: a.action,
      app: a.app,
      readinessCheckResults: a.readinessCheckResults.map(readinessResultJson),
    })),
    currentStep: progress.currentStep,
    totalSteps: plan.steps.length,
  };
}

export function deploymentResultJson(deploymentId: string, version: string): { deploymentId: string; version: string } {
  return { deploymentId, version };
}
