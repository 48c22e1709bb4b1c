// Shapes shared by the health and readiness runners, the probes and the registry (reference/marathon.md §4).
import type { HealthCheck, ReadinessCheck } from '../app-definition/index.js';

/** Marathon's Health as `/v2` shows it in `healthCheckResults`: absent times are `null`, times are ISO with ms and Z. */
export interface HealthCheckResult {
  readonly alive: boolean;
  readonly consecutiveFailures: number;
  readonly firstSuccess: string | null;
  readonly lastFailure: string | null;
  readonly lastSuccess: string | null;
  readonly lastFailureCause: string | null;
  readonly instanceId: string;
}

/** A running instance whose framework-level checks (HTTP, HTTPS, TCP) the HealthCheckRunner probes. */
export interface HealthTarget {
  readonly instanceId: string;
  readonly taskId: string;
  readonly appId: string;
  readonly version: string;
  readonly host: string;
  readonly hostPorts: readonly number[];
  /** When the task became running: the grace period counts from here. */
  readonly startedAt: Date;
  /** The app's whole `healthChecks` list; agent-run kinds are skipped, indices stay those of the list. */
  readonly checks: readonly HealthCheck[];
}

/** One counted probe result of one check of one instance. */
export interface HealthUpdate {
  readonly instanceId: string;
  readonly taskId: string;
  readonly appId: string;
  readonly version: string;
  readonly host: string;
  /** Index of the check in the app's `healthChecks`. */
  readonly checkIndex: number;
  readonly check: HealthCheck;
  readonly alive: boolean;
  readonly consecutiveFailures: number;
  readonly firstSuccess?: string;
  readonly lastSuccess?: string;
  readonly lastFailure?: string;
  readonly lastFailureCause?: string;
  /** This probe failed (→ failed_health_check_event). */
  readonly failed: boolean;
  /** `alive` differs from before this probe (→ health_status_changed_event, instance_health_changed_event). */
  readonly aliveChanged: boolean;
  /** Kill and replace the instance (→ unhealthy_instance_kill_event); see health-policy.ts for the threshold. */
  readonly shouldKill: boolean;
}

/** An instance whose readiness check the ReadinessCheckRunner probes during a deployment. */
export interface ReadinessTarget {
  readonly instanceId: string;
  readonly taskId: string;
  readonly host: string;
  readonly hostPorts: readonly number[];
  /** Port name → index into hostPorts (from the app's port definitions or port mappings). */
  readonly portIndexByName: Readonly<Record<string, number>>;
  readonly check: ReadinessCheck;
}

export interface ReadinessHttpResponse {
  readonly status: number;
  /** Media type without parameters (`application/json`), `''` when the response had none. */
  readonly contentType: string;
  readonly body: string;
}

/** Marathon's ReadinessCheckResult, plus the instance id for the caller's bookkeeping. */
export interface ReadinessCheckResult {
  readonly instanceId: string;
  readonly taskId: string;
  readonly name: string;
  readonly ready: boolean;
  /** Only when the check has `preserveLastResponse`. */
  readonly lastResponse?: ReadinessHttpResponse;
}

export type ProbeProtocol = 'HTTP' | 'HTTPS' | 'TCP';

export interface ProbeRequest {
  readonly protocol: ProbeProtocol;
  readonly host: string;
  readonly port: number;
  /** Absolute request path (HTTP, HTTPS). */
  readonly path: string;
  /** Read the response body (readiness checks keep it); health checks only need the status line. */
  readonly readBody: boolean;
  /** Aborted on timeout, untrack or stop: the probe must drop its socket. */
  readonly signal: AbortSignal;
}

/** What one probe saw. A probe resolves with `error` rather than rejecting. */
export type ProbeOutcome =
  | { readonly kind: 'connected' }
  | {
    readonly kind: 'response';
    readonly status: number;
    readonly statusText: string;
    readonly contentType: string;
    readonly body: string;
  }
  | { readonly kind: 'error'; readonly cause: string };

export type ProbeFn = (request: ProbeRequest) => Promise<ProbeOutcome>;
