// Rolling-restart and scale arithmetic (reference §7, Marathon's TaskReplaceActor), as a pure step function.
//
// How the executor uses restartDecision (a RestartApplication action):
//   - It calls it at the start of the action and again after EVERY instance change of the app (launched, became
//     healthy/ready, unhealthy, terminal, gone), each time with fresh counts, and applies the answer at once:
//     `killOld` old instances get goal decommissioned (stopped for resident apps), chosen with selectForKill among
//     old instances that still have goal running; `startNew` new instances of the target version are scheduled.
//   - The function keeps no state: what it decided earlier is visible in the counts (a killed old instance no longer
//     has goal running, so it leaves `oldHealthy` and joins `oldStopping`; a started one is in `newActive`), so
//     calling it twice for the same state asks for nothing more.
//   - "Healthy" for a NEW instance means healthy AND ready (readiness check passed); one without health checks is
//     healthy once running, one without readiness checks is ready once healthy. Each new instance that gets there
//     raises H by one and so lets one more old instance go (Marathon's one-for-one).
//   - A new instance that fails drops out of `newActive`, so the next call starts a replacement. An old instance that
//     dies on its own should be decommissioned, not relaunched; it then leaves the counts and frees capacity.
//   - The action is done when newReadyHealthy === target and oldActive === 0.
// Marathon computes the kill count and capacity once at the start and then counts events; recomputing them from
// the counts gives the same moves when old instances are healthy, and never drops H below minHealthy (except
// by the resident rule), whatever order events come in.

export interface RestartInput {
  /** N: the target version's instance count. */
  readonly target: number;
  /** h, 0..1: share of N that must stay healthy. */
  readonly minimumHealthCapacity: number;
  /** o, 0..1: share of N that may run on top of N. */
  readonly maximumOverCapacity: number;
  /** Old-version instances not yet terminal, whatever their goal (they hold capacity until gone). */
  readonly oldActive: number;
  /** Old-version instances with goal running that are healthy (no health checks = healthy once running). */
  readonly oldHealthy: number;
  /** New-version instances with goal running that are not terminal: scheduled, launched, running. */
  readonly newActive: number;
  /** New-version instances that are healthy and ready. */
  readonly newReadyHealthy: number;
  /**
   * Old instances already told to stop (goal no longer running) that are still active: counted in `oldActive` for
   * capacity, never killed again. Default 0 (an executor whose kills take effect at once).
   */
  readonly oldStopping?: number;
  /** Resident app (persistent volumes): never over capacity; may drop one below minHealthy instead. */
  readonly resident?: boolean;
}

export interface RestartDecision {
  /** Old instances with goal running to stop now. */
  readonly killOld: number;
  /** New instances to schedule now. */
  readonly startNew: number;
}

export interface RestartLimits {
  /** ceil(N·h) */
  readonly minHealthy: number;
  /** floor(N·(1+o)), before the +1 rule. */
  readonly maxCapacity: number;
}

export function restartLimits(target: number, minimumHealthCapacity: number, maximumOverCapacity: number): RestartLimits {
  return {
    minHealthy: Math.ceil(snap(target * minimumHealthCapacity)),
    maxCapacity: Math.floor(snap(target * (1 + maximumOverCapacity))),
  };
}

/** The next move of a rolling restart; see the top of this file for how to drive it. */
export function restartDecision(input: RestartInput): RestartDecision {
  const n = input.target;
  const { minHealthy, maxCapacity: baseCapacity } = restartLimits(n, input.minimumHealthCapacity, input.maximumOverCapacity);
  const oldKillable = Math.max(0, input.oldActive - (input.oldStopping ?? 0));
  const healthy = input.oldHealthy + input.newReadyHealthy;

  let maxCapacity = baseCapacity;
  let killNow = Math.max(0, healthy - minHealthy);
  if (minHealthy === maxCapacity && maxCapacity <= healthy) {
    // No room between the floor and the ceiling: the restart could never move. Non-resident apps may run one
    // instance over capacity; resident apps (whose reservations cannot be doubled) drop one below minHealthy.
    if (input.resident === true) killNow = healthy - minHealthy + 1;
    else maxCapacity += 1;
  }
  // Left-overs beyond N (an earlier deployment, or a scale-down folded into this restart) go at once. New
  // instances count only once healthy and ready, so ones still starting never push old healthy ones out.
  const existing = oldKillable + input.newReadyHealthy;
  if (existing > n) killNow = Math.max(killNow, existing - n);

  const notStartedYet = Math.max(0, n - input.newActive);
  const leftCapacity = Math.max(0, maxCapacity - input.oldActive - input.newActive);
  return { killOld: Math.min(killNow, oldKillable), startNew: Math.min(notStartedYet, leftCapacity) };
}

/** A scale (ScaleApplication, or a changed count outside deployments): how many to start or kill. */
export function scaleDecision(current: number, target: number): { start: number; kill: number } {
  return { start: Math.max(0, target - current), kill: Math.max(0, current - target) };
}

/** N·h and N·(1+o) in floating point can land a hair off an integer (10 × 0.7 = 7.000000000000001). */
function snap(x: number): number {
  const r = Math.round(x);
  return Math.abs(x - r) < 1e-9 ? r : x;
}
