// What a HealthCheck asks for, in milliseconds, with Mesos's defaults, and the validation the agent runs before it
// accepts a task (a bad check is refused with TASK_ERROR rather than failing forever at run time). Pure.
import { pb } from '../../shared/protocol/index.js';

/** Mesos defaults (`mesos.proto` HealthCheck). */
export const HEALTH_CHECK_DEFAULTS = {
  delaySeconds: 15,
  intervalSeconds: 10,
  timeoutSeconds: 20,
  consecutiveFailures: 3,
  gracePeriodSeconds: 10,
} as const;

/** HTTP statuses that count as healthy when the check lists none (Mesos: 200–399). */
export const DEFAULT_HEALTHY_STATUS_MIN = 200;
export const DEFAULT_HEALTHY_STATUS_MAX = 399;

/** The longest a Node timer can wait; a longer delay would fire at once, so such checks are refused. */
export const MAX_TIMER_MS = 2_147_483_647;

export interface HealthCheckTimings {
  readonly delayMs: number;
  readonly intervalMs: number;
  /** Per probe; 0 means no limit (Mesos: "zero means infinite timeout"). */
  readonly timeoutMs: number;
  readonly gracePeriodMs: number;
  readonly consecutiveFailures: number;
}

const seconds = (value: number | null | undefined, fallback: number): number => (value ?? fallback) * 1000;

/** The check's timings with Mesos defaults for unset fields. Assumes validateHealthCheck() passed. */
export function healthCheckTimings(check: pb.HealthCheck.$Properties): HealthCheckTimings {
  return {
    delayMs: seconds(check.delaySeconds, HEALTH_CHECK_DEFAULTS.delaySeconds),
    intervalMs: seconds(check.intervalSeconds, HEALTH_CHECK_DEFAULTS.intervalSeconds),
    timeoutMs: seconds(check.timeoutSeconds, HEALTH_CHECK_DEFAULTS.timeoutSeconds),
    gracePeriodMs: seconds(check.gracePeriodSeconds, HEALTH_CHECK_DEFAULTS.gracePeriodSeconds),
    consecutiveFailures: check.consecutiveFailures ?? HEALTH_CHECK_DEFAULTS.consecutiveFailures,
  };
}

/** The scheme an HTTP check uses; unset or empty means http. undefined: not supported. */
export function httpCheckScheme(scheme: string | null | undefined): 'http' | 'https' | undefined {
  const chosen = scheme === null || scheme === undefined || scheme === '' ? 'http' : scheme.toLowerCase();
  return chosen === 'http' || chosen === 'https' ? chosen : undefined;
}

function portReason(field: string, port: number | null | undefined): string | undefined {
  if (port === null || port === undefined || port === 0) return `${field} must be set to a port (1-65535)`;
  if (!Number.isInteger(port) || port < 1 || port > 65535) return `${field} ${port} is not a port (1-65535)`;
  return undefined;
}

function durationReason(
  field: string, value: number | null | undefined, kind: 'timer' | 'positive timer' | 'span',
): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (!Number.isFinite(value) || value < 0) return `health check ${field} must be a non-negative number of seconds, not ${value}`;
  if (kind === 'positive timer' && value === 0) return `health check ${field} must be greater than zero`;
  if (kind !== 'span' && value * 1000 > MAX_TIMER_MS) return `health check ${field} ${value} is too large (at most ${MAX_TIMER_MS / 1000} s)`;
  return undefined;
}

function typeReason(check: pb.HealthCheck.$Properties): string | undefined {
  switch (check.type) {
    case pb.HealthCheck.Type.COMMAND:
      if (check.command === null || check.command === undefined) return 'a COMMAND health check needs a command';
      if ((check.command.value ?? '') === '') return 'a COMMAND health check needs a non-empty command value';
      return undefined;
    case pb.HealthCheck.Type.HTTP: {
      const http = check.http;
      if (http === null || http === undefined) return 'an HTTP health check needs http (port, path, scheme)';
      const port = portReason('an HTTP health check\'s http.port', http.port);
      if (port !== undefined) return port;
      if (httpCheckScheme(http.scheme) === undefined) return `HTTP health check scheme "${http.scheme}" is not http or https`;
      const path = http.path ?? '';
      if (path !== '' && !path.startsWith('/')) return `HTTP health check path "${path}" must start with "/"`;
      const bad = (http.statuses ?? []).find((status) => !Number.isInteger(status) || status < 100 || status > 599);
      if (bad !== undefined) return `HTTP health check status ${bad} is not an HTTP status (100-599)`;
      return undefined;
    }
    case pb.HealthCheck.Type.TCP:
      if (check.tcp === null || check.tcp === undefined) return 'a TCP health check needs tcp (port)';
      return portReason('a TCP health check\'s tcp.port', check.tcp.port);
    default:
      return 'a health check needs a type: COMMAND, HTTP or TCP';
  }
}

/** Why this check cannot be run, or undefined when it can. */
export function validateHealthCheck(check: pb.HealthCheck.$Properties): string | undefined {
  const reason = typeReason(check)
    ?? durationReason('delay_seconds', check.delaySeconds, 'timer')
    ?? durationReason('interval_seconds', check.intervalSeconds, 'positive timer')
    ?? durationReason('timeout_seconds', check.timeoutSeconds, 'timer')
    ?? durationReason('grace_period_seconds', check.gracePeriodSeconds, 'span');
  if (reason !== undefined) return reason;
  const failures = check.consecutiveFailures;
  if (failures !== null && failures !== undefined && (!Number.isInteger(failures) || failures < 1)) {
    return `health check consecutive_failures must be at least 1, not ${failures}`;
  }
  return undefined;
}
