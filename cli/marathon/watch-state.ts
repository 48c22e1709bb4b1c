// The decision after each poll while a command waits for a deployment: done (the deployment is no longer listed in
// GET /v2/deployments: Marathon removes a plan when it succeeds or is cancelled), placement impossible (see
// placement.ts), or still running with a progress snapshot to show. Pure: the shell polls and passes the answers in.
import type { AppView } from './app-view.js';
import type { DeploymentView } from './deployment-view.js';
import {
  placementImpossible, trackPlacement, type PlacementImpossible, type PlacementTracker, type StuckApp,
} from './placement.js';
import type { QueueItemView } from './queue-view.js';

export interface WatchState {
  readonly deploymentId: string;
  readonly startedAt: number;
  /** Apps to follow: those the command knows (e.g. the one it created) plus the deployment's affectedApps. */
  readonly apps: readonly string[];
  readonly placement: PlacementTracker;
}

export interface WatchObservation {
  deployments: readonly DeploymentView[];
  queue: readonly QueueItemView[];
  /** The followed apps as GET /v2/apps/{id} shows them now (apps being removed may be missing). */
  apps: readonly AppView[];
}

export interface ProgressSnapshot {
  elapsedMs: number;
  deployment: DeploymentView;
  apps: readonly AppView[];
  /** Followed apps that wait with no offer matching, and since when. */
  stuck: readonly StuckApp[];
  nowMs: number;
  placementTimeoutMs: number;
}

export type WatchDecision =
  | { kind: 'running'; progress: ProgressSnapshot }
  | { kind: 'done'; elapsedMs: number }
  | { kind: 'placement-impossible'; elapsedMs: number; impossible: PlacementImpossible };

export function startWatch(deploymentId: string, apps: readonly string[], nowMs: number): WatchState {
  return { deploymentId, startedAt: nowMs, apps: [...new Set(apps)], placement: new Map() };
}

/** The apps a poll should fetch: the known ones plus those the deployment (when listed) says it affects. */
export function followedApps(state: WatchState, deployments: readonly DeploymentView[]): string[] {
  const deployment = deployments.find((candidate) => candidate.id === state.deploymentId);
  return [...new Set([...state.apps, ...(deployment?.affectedApps ?? [])])];
}

export function advanceWatch(
  state: WatchState, observation: WatchObservation, nowMs: number, placementTimeoutMs: number,
): { state: WatchState; decision: WatchDecision } {
  const elapsedMs = nowMs - state.startedAt;
  const deployment = observation.deployments.find((candidate) => candidate.id === state.deploymentId);
  if (deployment === undefined) return { state, decision: { kind: 'done', elapsedMs } };
  const apps = followedApps(state, observation.deployments);
  const placement = trackPlacement(state.placement, observation.queue, apps, nowMs);
  const next: WatchState = { ...state, apps, placement };
  const impossible = placementImpossible(placement, nowMs, placementTimeoutMs);
  if (impossible !== undefined) return { state: next, decision: { kind: 'placement-impossible', elapsedMs, impossible } };
  return {
    state: next,
    decision: {
      kind: 'running',
      progress: {
        elapsedMs, deployment, nowMs, placementTimeoutMs,
        apps: observation.apps.filter((app) => apps.includes(app.id)),
        stuck: [...placement.values()],
      },
    },
  };
}
