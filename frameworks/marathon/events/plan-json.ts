// Deployment plans as deployment events carry them. The heavy form is Marathon's (≤ 1.7 default):
// `{id, original, target, steps, version}` with root groups; `?plan-format=light` drops `original` and `target`
// (Marathon changelog 1.6, "/v2/events"), leaving `{id, steps, version}`.
import type { AppDefinition } from '../app-definition/index.js';
import type { DeploymentPlan, DeploymentStep } from '../model/index.js';
import type { DeploymentPlanJson, DeploymentStepJson, GroupJson, LightDeploymentPlanJson } from './types.js';

export function stepJson(step: DeploymentStep): DeploymentStepJson {
  return { actions: step.actions.map((action) => ({ action: action.action, app: action.app })) };
}

/**
 * The heavy plan. Drover's plan keeps only the affected apps before and after, so `original` / `target` are root
 * groups holding those apps (nested by their paths), not the whole root group Marathon would send.
 */
export function planJson(plan: DeploymentPlan): DeploymentPlanJson {
  const originalApps = Object.values(plan.original);
  return {
    id: plan.id,
    original: rootGroup(originalApps, latestVersion(originalApps) ?? plan.version),
    target: rootGroup(Object.values(plan.target), plan.version),
    steps: plan.steps.map(stepJson),
    version: plan.version,
  };
}

export function lightPlanJson(plan: LightDeploymentPlanJson): LightDeploymentPlanJson {
  return { id: plan.id, steps: plan.steps, version: plan.version };
}

function latestVersion(apps: readonly AppDefinition[]): string | undefined {
  let latest: string | undefined;
  for (const app of apps) {
    // Versions are ISO strings of one shape, so they order as strings.
    if (app.version !== undefined && (latest === undefined || app.version > latest)) latest = app.version;
  }
  return latest;
}

interface GroupNode {
  readonly id: string;
  readonly apps: AppDefinition[];
  readonly groups: Map<string, GroupNode>;
}

/** The group tree `/` → `/a` → `/a/b` that holds apps `/a/b/x`, …; children sorted by id. */
export function rootGroup(apps: readonly AppDefinition[], version: string): GroupJson {
  const root: GroupNode = { id: '/', apps: [], groups: new Map() };
  for (const app of apps) {
    const segments = app.id.split('/').filter((segment) => segment !== '');
    let node = root;
    let path = '';
    for (const segment of segments.slice(0, -1)) {
      path += `/${segment}`;
      let child = node.groups.get(path);
      if (child === undefined) {
        child = { id: path, apps: [], groups: new Map() };
        node.groups.set(path, child);
      }
      node = child;
    }
    node.apps.push(app);
  }
  return toJson(root, version);
}

function toJson(node: GroupNode, version: string): GroupJson {
  return {
    id: node.id,
    apps: [...node.apps].sort((a, b) => compare(a.id, b.id)),
    groups: [...node.groups.values()].sort((a, b) => compare(a.id, b.id)).map((child) => toJson(child, version)),
    pods: [],
    dependencies: [],
    version,
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
