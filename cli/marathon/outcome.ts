// How waiting for a deployment ends, the exit status each ending gives, and what the user is told.
import { formatDeclineReasons, type PlacementImpossible } from './placement.js';
import { formatDuration } from './progress.js';

export type WatchOutcome =
  | { kind: 'done'; elapsedMs: number }
  | { kind: 'placement-impossible'; elapsedMs: number; impossible: PlacementImpossible }
  | { kind: 'interrupted'; elapsedMs: number };

/** Exit statuses of `drover app` and `drover deployment` (documented in their --help). */
export const EXIT_CODES = {
  ok: 0,
  /** Marathon refused the request, could not be reached, or a flag or argument is wrong. */
  error: 1,
  placementImpossible: 2,
  /** Ctrl-C while waiting: the deployment goes on. 128 + SIGINT, as shells report it. */
  interrupted: 130,
} as const;

export function exitCodeFor(outcome: WatchOutcome): number {
  switch (outcome.kind) {
    case 'done': return EXIT_CODES.ok;
    case 'placement-impossible': return EXIT_CODES.placementImpossible;
    case 'interrupted': return EXIT_CODES.interrupted;
  }
}

/** What to print when waiting ends; `done` goes to stdout (table output only), the others to stderr. */
export function describeOutcome(outcome: WatchOutcome, deploymentId: string): string {
  switch (outcome.kind) {
    case 'done':
      return `deployment ${deploymentId} finished in ${formatDuration(outcome.elapsedMs)}`;
    case 'interrupted':
      return `stopped waiting; deployment ${deploymentId} goes on (follow it with: drover deployment watch ${deploymentId})`;
    case 'placement-impossible': {
      const { runSpecId, waitedMs, evidence } = outcome.impossible;
      return [
        `placement impossible for ${runSpecId}: ${evidence.count} instance${evidence.count === 1 ? '' : 's'} left to launch and no offer has fit for ${formatDuration(waitedMs)}`,
        `  declined: ${formatDeclineReasons(evidence.reasons)}`,
        `  deployment ${deploymentId} keeps waiting for offers: change the app (drover app update ${runSpecId} ...) or cancel it (drover deployment rollback ${deploymentId})`,
      ].join('\n');
    }
  }
}
