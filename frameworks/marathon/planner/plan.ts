// planDeployment: the diff between two app sets as Marathon's ordered deployment steps (reference §7).
//
//   stop steps (removed apps, dependents first) → one start step (new apps at 0 instances) → one step per
//   dependency level of the target set (scale / restart; apps of one level concurrently)
import type { AppDefinition } from '../app-definition/index.js';
import type { AppSet, DeploymentAction, DeploymentActionName, DeploymentPlan, DeploymentStep } from '../model/index.js';
import { isScaleOnlyChange } from './app-equality.js';
import { dependencyGraph, dependencyLevels } from './dependency-graph.js';

export interface PlanInput {
  readonly id: string;
  /** ISO time: the version of the target state. */
  readonly version: string;
  readonly original: AppSet;
  readonly target: AppSet;
  /** Apps to restart even if their definition did not change (POST /v2/apps/{id}/restart). */
  readonly restart?: ReadonlySet<string>;
}

type LevelAction = Extract<DeploymentActionName, 'ScaleApplication' | 'RestartApplication'>;

/**
 * The deployment that takes `original` to `target`, or undefined when no app changes. Validate the target with
 * dependencyProblems first: with cycles the planner still answers, but cuts each cycle somewhere.
 */
export function planDeployment(input: PlanInput): DeploymentPlan | undefined {
  const { original, target } = input;
  const restart = input.restart ?? new Set<string>();
  const removed = sortedIds(original).filter((id) => !target.has(id));
  const created = sortedIds(target).filter((id) => !original.has(id));

  // New apps start at 0 instances and are then scaled like any other app, in dependency order.
  const levelActions = new Map<string, LevelAction>(created.map((id) => [id, 'ScaleApplication']));
  for (const id of sortedIds(target)) {
    const before = original.get(id);
    const after = target.get(id) as AppDefinition;
    if (before === undefined) continue;
    if (restart.has(id) || !isScaleOnlyChange(before, after)) levelActions.set(id, 'RestartApplication');
    else if (before.instances !== after.instances) levelActions.set(id, 'ScaleApplication');
  }

  const affectedApps = [...new Set([...removed, ...levelActions.keys()])].sort();
  if (affectedApps.length === 0) return undefined;

  const steps: DeploymentStep[] = [
    // Dependents stop before what they depend on: the original set's levels, highest first.
    ...byLevel(removed, dependencyLevels(dependencyGraph(original).edges), 'desc')
      .map((ids) => step(ids.map((app) => ({ action: 'StopApplication', app })))),
    ...(created.length > 0 ? [step(created.map((app) => ({ action: 'StartApplication', app })))] : []),
    ...byLevel([...levelActions.keys()], dependencyLevels(dependencyGraph(target).edges), 'asc')
      .map((ids) => step(ids.map((app) => ({ action: levelActions.get(app) as LevelAction, app })))),
  ];

  return {
    id: input.id,
    version: input.version,
    original: pick(original, affectedApps),
    target: pick(target, affectedApps),
    affectedApps,
    steps,
  };
}

function sortedIds(apps: AppSet): string[] {
  return [...apps.keys()].sort();
}

function step(actions: DeploymentAction[]): DeploymentStep {
  return { actions };
}

/** Groups ids by level (empty levels skipped), ids sorted inside a group. */
function byLevel(ids: readonly string[], levels: ReadonlyMap<string, number>, order: 'asc' | 'desc'): string[][] {
  const groups = new Map<number, string[]>();
  for (const id of ids) {
    const l = levels.get(id) ?? 0;
    groups.set(l, [...(groups.get(l) ?? []), id]);
  }
  const keys = [...groups.keys()].sort((a, b) => (order === 'asc' ? a - b : b - a));
  return keys.map((l) => (groups.get(l) as string[]).sort());
}

function pick(apps: AppSet, ids: readonly string[]): Record<string, AppDefinition> {
  const out: Record<string, AppDefinition> = {};
  for (const id of ids) {
    const app = apps.get(id);
    if (app !== undefined) out[id] = app;
  }
  return out;
}
