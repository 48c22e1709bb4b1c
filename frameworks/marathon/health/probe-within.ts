// Runs one probe under a deadline on the injected clock. The runner, not the probe, owns the timeout, so timing logic
// is testable with a ManualClock; aborting (timeout, untrack, stop) settles at once even if the probe ignores it.
import type { Clock } from '../../../shared/clock/index.js';
import type { ProbeFn, ProbeOutcome, ProbeRequest } from './types.js';

export interface ProbeRun {
  readonly outcome: Promise<ProbeOutcome>;
  /** Drops the probe; `outcome` settles with an `error` carrying `cause`. */
  abort(cause: string): void;
}

export function probeWithin(
  probe: ProbeFn,
  clock: Clock,
  request: Omit<ProbeRequest, 'signal'>,
  timeoutSeconds: number,
): ProbeRun {
  const controller = new AbortController();
  let abortCause = 'aborted';
  const abort = (cause: string): void => {
    if (controller.signal.aborted) return;
    abortCause = cause;
    controller.abort();
  };
  const outcome = new Promise<ProbeOutcome>((resolve) => {
    const timer = clock.setTimer(timeoutSeconds * 1000, () => abort(`Timed out after ${timeoutSeconds}s`));
    const onAbort = (): void => {
      timer.cancel();
      resolve({ kind: 'error', cause: abortCause });
    };
    controller.signal.addEventListener('abort', onAbort, { once: true });
    const settle = (result: ProbeOutcome): void => {
      timer.cancel();
      controller.signal.removeEventListener('abort', onAbort);
      resolve(result);
    };
    let started: Promise<ProbeOutcome>;
    try {
      started = probe({ ...request, signal: controller.signal });
    } catch (error) {
      started = Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    started.then(settle, (error: unknown) => settle({
      kind: 'error',
      cause: error instanceof Error ? error.message : String(error),
    }));
  });
  return { outcome, abort };
}
