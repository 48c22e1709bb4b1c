// Exponential backoff: each delay doubles up to a ceiling. `random` is a parameter so the sequence is testable.
export interface BackoffPolicy {
  readonly initialMs: number;
  readonly maxMs: number;
}

export function nextBackoff(currentMs: number, maxMs: number): number {
  return Math.min(Math.max(currentMs, 1) * 2, maxMs);
}

/** A random first delay in [minMs, maxMs), so agents restarted together do not hit the master in lockstep. */
export function jitteredStart(minMs: number, maxMs: number, random: () => number): number {
  return Math.floor(minMs + (maxMs - minMs) * random());
}
