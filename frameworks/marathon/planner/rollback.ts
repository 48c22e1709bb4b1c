// The target of a rollback deployment (DELETE /v2/deployments/{id} without force): undo one plan, keep the rest.
import type { AppDefinition } from '../app-definition/index.js';
import type { AppSet, DeploymentPlan } from '../model/index.js';

/**
 * `current` with only `plan`'s changes reverted: every affected app that existed before the plan gets back its
 * `plan.original` definition (this also brings back apps the plan removed); apps the plan created are removed.
 * Apps the plan did not touch keep their current definition. Plan the rollback with
 * planDeployment({ original: current, target: rollbackTarget(current, plan), … }); the caller stamps versions.
 */
export function rollbackTarget(current: AppSet, plan: DeploymentPlan): Map<string, AppDefinition> {
  const out = new Map(current);
  for (const id of plan.affectedApps) {
    const before = Object.hasOwn(plan.original, id) ? plan.original[id] : undefined;
    if (before === undefined) out.delete(id);
    else out.set(id, before);
  }
  return out;
}
