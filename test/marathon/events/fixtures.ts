// Shared fixtures for the Marathon event tests: canonical apps and a deployment plan touching nested groups.
import { normalizeApp, type AppDefinition } from '../../../frameworks/marathon/app-definition/index.js';
import type { DeploymentPlan } from '../../../frameworks/marathon/model/index.js';

export const T0 = '2024-05-01T10:00:00.000Z';
export const T1 = '2024-05-01T10:05:00.000Z';

export function app(id: string, version: string, extra: Record<string, unknown> = {}): AppDefinition {
  const result = normalizeApp({ id, cmd: 'sleep 1000', instances: 2, ...extra }, { now: new Date(version) });
  if ('errors' in result) throw new Error(`fixture app is invalid: ${JSON.stringify(result.errors)}`);
  return result.app;
}

/** Restart /prod/web (v0 → v1) and start /prod/api/db. */
export function samplePlan(): DeploymentPlan {
  const webOld = app('/prod/web', T0);
  const webNew = app('/prod/web', T1, { cmd: 'sleep 2000' });
  const db = app('/prod/api/db', T1);
  return {
    id: '5ed4c0c5-9ff8-4a6f-a0cd-8d5e3a6ab87b',
    version: T1,
    original: { '/prod/web': webOld },
    target: { '/prod/web': webNew, '/prod/api/db': db },
    affectedApps: ['/prod/api/db', '/prod/web'],
    steps: [
      { actions: [{ action: 'StartApplication', app: '/prod/api/db' }] },
      { actions: [{ action: 'RestartApplication', app: '/prod/web' }] },
    ],
  };
}
