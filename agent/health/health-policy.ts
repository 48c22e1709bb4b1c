// The health state machine (Mesos health checker semantics), as a pure function over probe results.
//
//   unknown ──success──▶ healthy ──N failures in a row──▶ unhealthy ──success──▶ healthy
//      └──────────────N counted failures in a row──────────▶ unhealthy
//
// Until the first success, failures that land inside the grace period are ignored: a task that is still starting
// must not be reported unhealthy. After the first success every failure counts, grace period or not. A change is
// emitted only when the state changes, so the agent sends one status update per transition.

export type HealthState = 'unknown' | 'healthy' | 'unhealthy';

export interface HealthPolicyConfig {
  /** Failures before the first success that land within this many ms of the task's start are ignored. */
  readonly gracePeriodMs: number;
  /** Consecutive counted failures that make a task unhealthy (at least 1). */
  readonly consecutiveFailures: number;
}

export interface ProbeResult {
  readonly ok: boolean;
  /** Milliseconds since the checker started (the task's start as far as health goes). */
  readonly atMs: number;
  readonly message: string;
}

export interface HealthPolicyState {
  readonly health: HealthState;
  /** Counted failures since the last success (ignored ones are not counted). */
  readonly consecutiveFailures: number;
  readonly everSucceeded: boolean;
}

export interface HealthChange {
  readonly healthy: boolean;
  readonly message: string;
  readonly atMs: number;
}

export interface HealthDecision {
  readonly state: HealthPolicyState;
  /** Set only when the health state changed with this result. */
  readonly change?: HealthChange;
  /** True when the result was a failure ignored for the grace period. */
  readonly ignored: boolean;
}

export const INITIAL_HEALTH_STATE: HealthPolicyState = { health: 'unknown', consecutiveFailures: 0, everSucceeded: false };

/** The next state after one probe result, and the change to report, if any. */
export function applyProbeResult(
  config: HealthPolicyConfig, state: HealthPolicyState, result: ProbeResult,
): HealthDecision {
  if (result.ok) {
    const next: HealthPolicyState = { health: 'healthy', consecutiveFailures: 0, everSucceeded: true };
    if (state.health === 'healthy') return { state: next, ignored: false };
    return { state: next, change: { healthy: true, message: result.message, atMs: result.atMs }, ignored: false };
  }
  if (!state.everSucceeded && result.atMs < config.gracePeriodMs) return { state, ignored: true };
  const failures = state.consecutiveFailures + 1;
  const limit = Math.max(1, config.consecutiveFailures);
  const reachedLimit = failures >= limit;
  const next: HealthPolicyState = {
    health: reachedLimit ? 'unhealthy' : state.health,
    consecutiveFailures: failures,
    everSucceeded: state.everSucceeded,
  };
  if (!reachedLimit || state.health === 'unhealthy') return { state: next, ignored: false };
  const message = `health check failed ${failures} time${failures === 1 ? '' : 's'} in a row: ${result.message}`;
  return { state: next, change: { healthy: false, message, atMs: result.atMs }, ignored: false };
}

/** Runs a whole sequence of results through the policy (results in time order); for tests and replays. */
export function replayProbeResults(
  config: HealthPolicyConfig, results: readonly ProbeResult[], from: HealthPolicyState = INITIAL_HEALTH_STATE,
): { readonly state: HealthPolicyState; readonly changes: readonly HealthChange[] } {
  let state = from;
  const changes: HealthChange[] = [];
  for (const result of results) {
    const decision = applyProbeResult(config, state, result);
    state = decision.state;
    if (decision.change !== undefined) changes.push(decision.change);
  }
  return { state, changes };
}
