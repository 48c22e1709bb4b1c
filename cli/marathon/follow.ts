// After a command started a deployment: print what started, then wait for it (unless --detach) with a progress
// display on stderr, and end with the exit status of outcome.ts.
import { CommanderError } from 'commander';
import type { CommandContext } from './context.js';
import { describeOutcome, exitCodeFor, type WatchOutcome } from './outcome.js';
import type { WaitFlags } from './options.js';
import { createProgressDisplay } from './progress-display.js';
import { watchDeployment } from './watch.js';

export interface StartedDeployment {
  deploymentId: string;
  /** The apps the command knows it touches (for progress and placement checks). */
  apps: readonly string[];
}

/**
 * Waits for the deployment and returns normally when it finished; otherwise prints why on stderr and throws a
 * CommanderError carrying the exit status (main.ts exits with it without printing again).
 */
export async function followDeployment(context: CommandContext, started: StartedDeployment, wait: WaitFlags): Promise<void> {
  if (wait.detach) return;
  const { output, client } = context;
  const display = createProgressDisplay(process.stderr, !context.flags.quiet);
  const startedAt = Date.now();
  // Ctrl-C stops the waiting, not the deployment: say so, and how to pick it up again.
  const onInterrupt = (): void => {
    display.clear();
    const outcome: WatchOutcome = { kind: 'interrupted', elapsedMs: Date.now() - startedAt };
    output.warn(describeOutcome(outcome, started.deploymentId));
    process.exit(exitCodeFor(outcome));
  };
  process.once('SIGINT', onInterrupt);
  let outcome: WatchOutcome;
  try {
    outcome = await watchDeployment(client, {
      deploymentId: started.deploymentId,
      apps: started.apps,
      placementTimeoutMs: wait.placementTimeout,
      onProgress: (line) => display.show(line),
    });
  } finally {
    process.off('SIGINT', onInterrupt);
    display.clear();
  }
  const message = describeOutcome(outcome, started.deploymentId);
  if (outcome.kind === 'done') {
    output.note(message);
    return;
  }
  output.warn(message);
  throw new CommanderError(exitCodeFor(outcome), `drover.${outcome.kind}`, message);
}

/** For commands whose result is just a deployment: `-o json` body, `--quiet` deployment id, else a sentence. */
export async function reportAndFollow(
  context: CommandContext, started: StartedDeployment & { json: unknown; summary: string }, wait: WaitFlags,
): Promise<void> {
  context.output.result({ json: started.json, table: () => started.summary, ids: () => [started.deploymentId] });
  await followDeployment(context, started, wait);
}
