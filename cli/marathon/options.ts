// Flags shared by `drover app` and `drover deployment`: where Marathon is, how to print, and how to wait.
import { InvalidArgumentError, Option, type Command } from 'commander';
import { parseDuration } from '../flags.js';

export type OutputFormat = 'table' | 'json';

export interface GlobalFlags {
  marathon: string;
  output: OutputFormat;
  quiet: boolean;
}

export interface WaitFlags {
  detach: boolean;
  /** Milliseconds. */
  placementTimeout: number;
}

export const DEFAULT_MARATHON_URL = 'http://127.0.0.1:8080';
export const DEFAULT_PLACEMENT_TIMEOUT_MS = 30_000;

/** `http://host:8080/` → `http://host:8080`; `host:8080` → `http://host:8080`. */
export function parseMarathonUrl(value: string): string {
  const text = value.trim();
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`);
  } catch {
    throw new InvalidArgumentError(`'${value}' is not a URL such as http://127.0.0.1:8080`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InvalidArgumentError(`'${value}' must use http:// or https://`);
  if (url.search !== '' || url.hash !== '') throw new InvalidArgumentError(`'${value}' must not have a query or fragment`);
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

/** An instance count: a whole number, 0 allowed (scaling to 0 suspends an app). */
export function parseInstances(value: string): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isInteger(number) || number < 0) throw new InvalidArgumentError('expected a whole number of instances, 0 or more');
  return number;
}

export function addGlobalOptions(command: Command): Command {
  return command
    .addOption(new Option('--marathon <url>', 'the Marathon-compatible API').env('DROVER_MARATHON').default(DEFAULT_MARATHON_URL).argParser(parseMarathonUrl))
    .addOption(new Option('-o, --output <format>', 'table or json (json prints the API\'s answer as it came)').choices(['table', 'json']).default('table'))
    .addOption(new Option('-q, --quiet', 'print only ids (apps, tasks, deployments, versions) and no progress'));
}

/** Options of commands that start a deployment. */
export function addWaitOptions(command: Command): Command {
  return command
    .addOption(new Option('--detach', 'return once Marathon accepted the change, without waiting for the deployment'))
    .addOption(new Option('--placement-timeout <duration>', 'give up waiting (exit 2) after this long with no offer fitting an app of the deployment')
      .default(DEFAULT_PLACEMENT_TIMEOUT_MS, '30s').argParser(parseDuration));
}

export function readGlobalFlags(command: Command): GlobalFlags {
  const flags = command.optsWithGlobals<{ marathon?: string; output?: string; quiet?: boolean }>();
  return {
    marathon: flags.marathon ?? DEFAULT_MARATHON_URL,
    output: flags.output === 'json' ? 'json' : 'table',
    quiet: flags.quiet === true,
  };
}

export function readWaitFlags(options: { detach?: boolean | undefined; placementTimeout?: number | undefined }): WaitFlags {
  return { detach: options.detach === true, placementTimeout: options.placementTimeout ?? DEFAULT_PLACEMENT_TIMEOUT_MS };
}

export const EXIT_STATUS_HELP = `
Waiting: a command that changes apps starts a deployment; it prints the deployment id, then shows progress until
Marathon no longer lists the deployment in GET /v2/deployments (polled every 500ms). --detach returns at once;
Ctrl-C stops waiting (exit 130) and the deployment goes on.

Placement impossible: Marathon never fails a deployment that cannot place its instances; it waits for offers
forever. The CLI reads GET /v2/queue?embed=lastUnusedOffers and gives up when an app of the deployment has instances
left to launch, offers have been processed for it, and none fit. "None fit" is read from processedOffersSummary:
rejectSummaryLastOffers as Marathon's funnel lets no offer past its last check; or, as per-reason counts, one reason
(InsufficientMemory, UnfulfilledConstraint, ...) turned away every offer; or lastUnusedOfferAt is newer than
lastUsedOfferAt. When that holds without progress (the queue count dropping or an offer used) for
--placement-timeout, the command exits 2 and prints the reasons. The deployment itself keeps waiting: change the app
or cancel it with 'drover deployment rollback <id>'. No offers at all (no agents) and launch backoff
(delay.timeLeftSeconds > 0) do not count: those wait.

Exit status:
  0    done (or --detach: the change was accepted)
  1    an error: Marathon's message and each 'details[].path: errors' line are printed; a network error names the
       URL; a bad flag or argument names it
  2    placement impossible (above)
  130  interrupted while waiting`;
