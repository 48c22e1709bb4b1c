// Launch backoff per app (Marathon's RateLimiter): after a task of the app fails or finishes, its next launch waits
// backoffSeconds × backoffFactor^(failures-1), capped at maxLaunchDelaySeconds. Killed tasks do not count. A new app
// version, or DELETE /v2/queue/{id}/delay, resets it. Kept in memory, as Marathon does: a restarted framework
// launches at once, which is what an operator restarting it wants.
import type { AppDefinition } from '../app-definition/index.js';

interface AppBackoff {
  readonly failures: number;
  /** Epoch ms before which no instance of the app is launched. */
  readonly until: number;
}

export function launchDelayMs(app: Pick<AppDefinition, 'backoffSeconds' | 'backoffFactor' | 'maxLaunchDelaySeconds'>, failures: number): number {
  if (failures <= 0) return 0;
  // factor^(n-1) overflows to Infinity after enough failures; 0 × Infinity would be NaN.
  const seconds = app.backoffSeconds === 0 ? 0 : app.backoffSeconds * app.backoffFactor ** (failures - 1);
  return Math.round(Math.min(seconds, app.maxLaunchDelaySeconds) * 1000);
}

export class LaunchBackoff {
  private readonly byApp = new Map<string, AppBackoff>();

  /** Counts a failure and returns the epoch ms until which the app's launches wait. */
  recordFailure(app: AppDefinition, nowMs: number): number {
    const failures = (this.byApp.get(app.id)?.failures ?? 0) + 1;
    const until = nowMs + launchDelayMs(app, failures);
    this.byApp.set(app.id, { failures, until });
    return until;
  }

  reset(appId: string): boolean {
    return this.byApp.delete(appId);
  }

  /** Epoch ms until which the app waits; 0 when it may launch. */
  delayedUntil(appId: string): number {
    return this.byApp.get(appId)?.until ?? 0;
  }

  isDelayed(appId: string, nowMs: number): boolean {
    return this.delayedUntil(appId) > nowMs;
  }
}
