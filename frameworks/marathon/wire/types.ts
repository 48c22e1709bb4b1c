// Plain data the /v2 wire layer reads besides AppDefinition and Instance: health and readiness results, the last task
// failure, and the parsed `embed` parameter. Field names are Marathon's, so these serialize as they are.

/** One health-check result of an instance (Marathon's `Health`); optional times are absent until they happen. */
export interface HealthCheckResult {
  readonly alive: boolean;
  readonly consecutiveFailures: number;
  readonly firstSuccess?: string;
  readonly lastFailure?: string;
  readonly lastSuccess?: string;
  readonly lastFailureCause?: string;
  readonly instanceId: string;
}

/** The last failed task of an app (Marathon's `TaskFailure`); `state` is a Mesos state name such as TASK_FAILED. */
export interface TaskFailure {
  readonly appId: string;
  readonly host: string;
  readonly message: string;
  readonly state: string;
  readonly taskId: string;
  /** ISO time of the failure. */
  readonly timestamp: string;
  /** App version the task ran. */
  readonly version: string;
  readonly slaveId?: string;
}

/** The result of a readiness check on one task during a deployment (Marathon's `TaskReadinessCheckResult`). */
export interface ReadinessCheckResult {
  readonly name: string;
  readonly taskId: string;
  readonly ready: boolean;
  readonly lastResponse?: { readonly status: number; readonly contentType: string; readonly body: string };
}

/**
 * What a request asked to embed. App flags are read by appInfoJson; group flags (groups, apps, pods) only by the
 * groups routes. Marathon's counts and deployments are always in app bodies, so those two flags change nothing there.
 */
export interface EmbedSet {
  readonly tasks: boolean;
  readonly counts: boolean;
  readonly deployments: boolean;
  readonly readiness: boolean;
  readonly lastTaskFailure: boolean;
  readonly taskStats: boolean;
  readonly groups: boolean;
  readonly apps: boolean;
  readonly pods: boolean;
}

/** A reply the routes send as is: HTTP status and Marathon's JSON body. */
export interface WireError {
  readonly status: number;
  readonly body: { readonly message: string } & Readonly<Record<string, unknown>>;
}
