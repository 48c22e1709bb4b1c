// Bodies shaped like Marathon's /v2 answers (reference/marathon.md §8, the RAML types), for the pure CLI tests.
import {
  readApp, readDeployment, readQueueItem, type AppView, type DeploymentView, type QueueItemView,
} from '../../../cli/marathon/index.js';

export function appJson(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: '/web', cmd: 'python3 -m http.server $PORT0', instances: 3, cpus: 0.5, mem: 64, disk: 0, gpus: 0,
    tasksRunning: 3, tasksStaged: 0, tasksHealthy: 3, tasksUnhealthy: 0,
    healthChecks: [{ protocol: 'HTTP', path: '/' }], deployments: [], version: '2024-05-01T10:00:00.000Z',
    constraints: [['hostname', 'UNIQUE']], labels: { tier: 'web' },
    ...overrides,
  };
}

export function app(overrides: Record<string, unknown> = {}): AppView {
  const view = readApp(appJson(overrides));
  if (view === undefined) throw new Error('fixture app has no id');
  return view;
}

export function deployment(overrides: Record<string, unknown> = {}): DeploymentView {
  const view = readDeployment({
    id: '5ed4c0c5-9ff8-4a6f-a0cd-f57f59a34b43', version: '2024-05-01T10:00:00.000Z',
    affectedApps: ['/web'], affectedPods: [],
    steps: [{ actions: [{ action: 'StartApplication', app: '/web' }] }, { actions: [{ action: 'ScaleApplication', app: '/web' }] }],
    currentActions: [{ action: 'ScaleApplication', app: '/web', readinessCheckResults: [] }],
    currentStep: 2, totalSteps: 2,
    ...overrides,
  });
  if (view === undefined) throw new Error('fixture deployment has no id');
  return view;
}

/** A queue entry whose funnel says every agent's last offer lacked memory. */
export function queueItemJson(overrides: Record<string, unknown> = {}, summary: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    app: { id: '/web' }, count: 2, role: '*', since: '2024-05-01T10:00:00.000Z',
    delay: { timeLeftSeconds: 0, overdue: true },
    processedOffersSummary: {
      processedOffersCount: 12, unusedOffersCount: 12, lastUnusedOfferAt: '2024-05-01T10:00:05.000Z',
      rejectSummaryLastOffers: [
        { reason: 'UnfulfilledRole', declined: 0, processed: 3 },
        { reason: 'UnfulfilledConstraint', declined: 0, processed: 3 },
        { reason: 'InsufficientCpus', declined: 0, processed: 3 },
        { reason: 'InsufficientMemory', declined: 3, processed: 3 },
        { reason: 'InsufficientDisk', declined: 0, processed: 0 },
      ],
      ...summary,
    },
    lastUnusedOffers: [
      { offer: { id: 'o1', agentId: 'a1', hostname: 'h1' }, reason: ['InsufficientMemory'], timestamp: '2024-05-01T10:00:05.000Z' },
    ],
    ...overrides,
  };
}

export function queueItem(overrides: Record<string, unknown> = {}, summary: Record<string, unknown> = {}): QueueItemView {
  const view = readQueueItem(queueItemJson(overrides, summary));
  if (view === undefined) throw new Error('fixture queue item has no app id');
  return view;
}
