// When a probe counts as healthy, when a failure is ignored, and when an instance must be killed. Pure; mirrors
// Marathon's HealthCheckWorker (verdict) and HealthCheckActor (grace period, consecutive failures).
import type { HealthCheck } from '../app-definition/index.js';
import type { HealthCheckResult, ProbeOutcome } from './types.js';

export type HealthVerdict =
  | { readonly kind: 'healthy' }
  | { readonly kind: 'unhealthy'; readonly cause: string }
  /** A 1xx answer with `ignoreHttp1xx`: the result is dropped and the health stays as it was. */
  | { readonly kind: 'ignored' };

/** Like Route 53, 200–399 is healthy; TCP is healthy once the connection opens. */
export function judgeHealthProbe(check: HealthCheck, outcome: ProbeOutcome): HealthVerdict {
  switch (outcome.kind) {
    case 'connected':
      return { kind: 'healthy' };
    case 'error':
      return { kind: 'unhealthy', cause: outcome.cause };
    case 'response':
      if (outcome.status >= 200 && outcome.status <= 399) return { kind: 'healthy' };
      if (check.ignoreHttp1xx && outcome.status >= 100 && outcome.status <= 199) return { kind: 'ignored' };
      return { kind: 'unhealthy', cause: `${outcome.status} ${outcome.statusText}`.trim() };
  }
}

/**
 * A failure is ignored (not counted, not reported) while no probe has succeeded yet and the task is still inside the
 * grace period that starts when it became running.
 */
export function isFailureIgnored(
  health: HealthCheckResult,
  check: HealthCheck,
  startedAtMs: number,
  nowMs: number,
): boolean {
  return health.firstSuccess === null && startedAtMs + check.gracePeriodSeconds * 1000 > nowMs;
}

/**
 * Marathon's HealthCheckActor compares the failure count from *before* the new failure with maxConsecutiveFailures
 * (`consecutiveFailures >= maxFailures && maxFailures > 0`), so the kill comes with failure number max + 1 — "more
 * than maxConsecutiveFailures in a row", as the docs say. 0 disables killing for these framework-run checks.
 */
export function shouldKillAfterFailure(failuresBefore: number, check: HealthCheck): boolean {
  return check.maxConsecutiveFailures > 0 && failuresBefore >= check.maxConsecutiveFailures;
}

/** Framework-run protocols; the MESOS_* kinds and COMMAND run on the agent and arrive on task status updates. */
export function isFrameworkRunCheck(check: HealthCheck): check is HealthCheck & { protocol: 'HTTP' | 'HTTPS' | 'TCP' } {
  return check.protocol === 'HTTP' || check.protocol === 'HTTPS' || check.protocol === 'TCP';
}

/** The port a check probes: an explicit `port` wins over `portIndex` (which addresses the task's host ports). */
export function checkPort(check: HealthCheck, hostPorts: readonly number[]): number | undefined {
  if (check.port !== undefined) return check.port;
  return hostPorts[check.portIndex ?? 0];
}

/** Marathon prefixes a missing leading slash. */
export function absolutePath(path: string | undefined): string {
  const raw = path ?? '';
  return raw.startsWith('/') ? raw : `/${raw}`;
}

/** An interval of 0 would spin; one millisecond is the floor. */
export function intervalMs(intervalSeconds: number): number {
  return Math.max(1, intervalSeconds * 1000);
}
