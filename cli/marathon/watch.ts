// The polling loop behind every command that waits for a deployment: every 500 ms it reads GET /v2/deployments and
// GET /v2/queue, then the followed apps, and lets watch-state.ts decide. Polling rather than following
// /v2/events: it survives a reconnect or a leader change without replaying missed events, and costs three small
// requests a poll.
import { systemClock, type Clock } from '../../shared/clock/index.js';
import { MarathonApiError } from './api-error.js';
import type { MarathonClient } from './client.js';
import type { WatchOutcome } from './outcome.js';
import { renderProgress, type ProgressLine } from './progress.js';
import { readAppOrNothing, readQueueOrNothing } from './tolerant-reads.js';
import { advanceWatch, followedApps, startWatch } from './watch-state.js';

export interface WatchDeploymentOptions {
  deploymentId: string;
  /** Apps the command knows the deployment touches; the deployment's affectedApps are added as they are seen. */
  apps: readonly string[];
  placementTimeoutMs: number;
  pollIntervalMs?: number;
  /**
   * How long polls may keep failing (network, 5xx during a leader change) before the last error is thrown. A 4xx
   * other than 404 is thrown at once.
   */
  toleratedFailureMs?: number;
  clock?: Clock;
  onProgress?: (line: ProgressLine) => void;
}

export const DEFAULT_POLL_INTERVAL_MS = 500;

function sleep(clock: Clock, ms: number): Promise<void> {
  return new Promise((resolve) => { clock.setTimer(ms, resolve); });
}

function isTransient(error: unknown): boolean {
  return error instanceof MarathonApiError && (error.status === undefined || error.status >= 500);
}

export async function watchDeployment(client: MarathonClient, options: WatchDeploymentOptions): Promise<WatchOutcome> {
  const clock = options.clock ?? systemClock;
  const pollIntervalMs = options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS;
  const toleratedFailureMs = options.toleratedFailureMs ?? 15_000;
  let state = startWatch(options.deploymentId, options.apps, clock.now());
  let failingSince: number | undefined;
  for (;;) {
    try {
      const [{ deployments }, queue] = await Promise.all([client.listDeployments(), readQueueOrNothing(client)]);
      const listed = deployments.some((deployment) => deployment.id === options.deploymentId);
      const apps = listed
        ? (await Promise.all(followedApps(state, deployments).map((appId) => readAppOrNothing(client, appId))))
          .filter((app) => app !== undefined)
        : [];
      const step = advanceWatch(state, { deployments, queue, apps }, clock.now(), options.placementTimeoutMs);
      state = step.state;
      failingSince = undefined;
      if (step.decision.kind !== 'running') return step.decision;
      options.onProgress?.(renderProgress(step.decision.progress));
    } catch (error) {
      const now = clock.now();
      failingSince ??= now;
      if (!isTransient(error) || now - failingSince >= toleratedFailureMs) throw error;
    }
    await sleep(clock, pollIntervalMs);
  }
}
