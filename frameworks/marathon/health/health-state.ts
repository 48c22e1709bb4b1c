// Marathon's Health record and its update rule (core/health/Health.scala), over the /v2 JSON shape.
import type { HealthCheckResult } from './types.js';

export function emptyHealth(instanceId: string): HealthCheckResult {
  return {
    alive: false,
    consecutiveFailures: 0,
    firstSuccess: null,
    lastFailure: null,
    lastSuccess: null,
    lastFailureCause: null,
    instanceId,
  };
}

/** Alive = a success is known and it is strictly later than the last failure (as Marathon compares them). */
function aliveOf(lastSuccess: string | null, lastFailure: string | null): boolean {
  if (lastSuccess === null) return false;
  return lastFailure === null || Date.parse(lastSuccess) > Date.parse(lastFailure);
}

export function withSuccess(health: HealthCheckResult, at: string): HealthCheckResult {
  return {
    ...health,
    firstSuccess: health.firstSuccess ?? at,
    lastSuccess: at,
    consecutiveFailures: 0,
    alive: aliveOf(at, health.lastFailure),
  };
}

export function withFailure(health: HealthCheckResult, at: string, cause: string): HealthCheckResult {
  return {
    ...health,
    lastFailure: at,
    lastFailureCause: cause,
    consecutiveFailures: health.consecutiveFailures + 1,
    alive: aliveOf(health.lastSuccess, at),
  };
}

/** ISO 8601 with ms and Z, as every Marathon timestamp. */
export function isoTime(ms: number): string {
  return new Date(ms).toISOString();
}
