// Test helpers: canonical apps built by the real normalizeApp, and app sets.
import { normalizeApp, type AppDefinition } from '../../../frameworks/marathon/app-definition/index.js';
import type { AppSet, DeploymentPlan } from '../../../frameworks/marathon/model/index.js';

export function app(id: string, fields: Record<string, unknown> = {}): AppDefinition {
  const r = normalizeApp({ id, cmd: 'sleep 1000', ...fields }, { now: new Date('2024-01-01T00:00:00.000Z') });
  if ('errors' in r) throw new Error(`bad test app: ${JSON.stringify(r.errors)}`);
  return r.app;
}

export function set(...apps: AppDefinition[]): AppSet {
  return new Map(apps.map((a) => [a.id, a]));
}

/** Steps as lists of `Action app` strings, for readable assertions. */
export function stepsOf(plan: DeploymentPlan | undefined): string[][] {
  if (plan === undefined) throw new Error('expected a plan');
  return plan.steps.map((s) => s.actions.map((a) => `${a.action} ${a.app}`));
}
