// Runs an app's readiness check against new instances during a deployment, like Marathon's
// ReadinessCheckExecutorImpl: the first probe at once, then one probe intervalSeconds after the previous one ended,
// until a status in httpStatusCodesForReady arrives; every result is reported and probing then stops.
import type { Clock, TimerHandle } from '../../../shared/clock/index.js';
import { DroverError } from '../../../shared/errors/index.js';
import { absolutePath, intervalMs } from './health-policy.js';
import { probeWithin, type ProbeRun } from './probe-within.js';
import { realProbe } from './probes.js';
import type { ProbeFn, ProbeOutcome, ReadinessCheckResult, ReadinessHttpResponse, ReadinessTarget } from './types.js';

export interface ReadinessCheckRunnerOptions {
  readonly clock: Clock;
  /** Replaces the real network probes; meant for unit tests of the timing logic. */
  readonly probe?: ProbeFn;
  /** Called for every probe result, the final ready one included. It must not throw. */
  readonly onResult: (result: ReadinessCheckResult) => void;
}

interface ReadinessSlot {
  readonly target: ReadinessTarget;
  timer: TimerHandle | undefined;
  run: ProbeRun | undefined;
  removed: boolean;
}

export class ReadinessCheckRunner {
  private readonly clock: Clock;
  private readonly probe: ProbeFn;
  private readonly onResult: (result: ReadinessCheckResult) => void;
  private readonly slots = new Map<string, ReadinessSlot>();
  private stopped = false;

  constructor(options: ReadinessCheckRunnerOptions) {
    this.clock = options.clock;
    this.probe = options.probe ?? realProbe;
    this.onResult = options.onResult;
  }

  /** Starts probing; tracking an instance again starts over with the new target. */
  track(target: ReadinessTarget): void {
    if (this.stopped) throw new DroverError('NOT_RUNNING', 'the readiness check runner is stopped');
    this.untrack(target.instanceId);
    const slot: ReadinessSlot = { target, timer: undefined, run: undefined, removed: false };
    this.slots.set(target.instanceId, slot);
    void this.probeOnce(slot);
  }

  untrack(instanceId: string): void {
    const slot = this.slots.get(instanceId);
    if (slot === undefined) return;
    this.slots.delete(instanceId);
    slot.removed = true;
    slot.timer?.cancel();
    slot.run?.abort('instance no longer tracked');
  }

  stop(): void {
    this.stopped = true;
    for (const instanceId of [...this.slots.keys()]) this.untrack(instanceId);
  }

  /** True while the instance is probed (tracked and not ready yet). */
  isTracking(instanceId: string): boolean {
    return this.slots.has(instanceId);
  }

  private async probeOnce(slot: ReadinessSlot): Promise<void> {
    slot.timer = undefined;
    if (slot.removed) return;
    const { target } = slot;
    const { check } = target;
    const url = readinessUrl(target);
    let outcome: ProbeOutcome;
    if (url.port === undefined) {
      outcome = { kind: 'error', cause: `no host port for portName ${check.portName}` };
    } else {
      slot.run = probeWithin(this.probe, this.clock, {
        protocol: check.protocol,
        host: target.host,
        port: url.port,
        path: absolutePath(check.path),
        readBody: true,
      }, check.timeoutSeconds);
      outcome = await slot.run.outcome;
      slot.run = undefined;
    }
    if (slot.removed) return;
    const result = readinessResult(target, url.text, outcome);
    if (result.ready) this.slots.delete(target.instanceId);
    else slot.timer = this.clock.setTimer(intervalMs(check.intervalSeconds), () => void this.probeOnce(slot));
    this.onResult(result);
  }
}

function readinessUrl(target: ReadinessTarget): { port: number | undefined; text: string } {
  const index = target.portIndexByName[target.check.portName];
  const port = index === undefined ? undefined : target.hostPorts[index];
  const scheme = target.check.protocol === 'HTTPS' ? 'https' : 'http';
  const host = target.host.includes(':') ? `[${target.host}]` : target.host;
  return { port, text: `${scheme}://${host}:${port ?? `<${target.check.portName}>`}${absolutePath(target.check.path)}` };
}

/**
 * Ready = the status is one of httpStatusCodesForReady. A failed request becomes Marathon's synthetic 504 text/plain
 * response ("Marathon could not query <url>: <cause>"), never ready.
 */
export function readinessResult(target: ReadinessTarget, url: string, outcome: ProbeOutcome): ReadinessCheckResult {
  const { check } = target;
  let response: ReadinessHttpResponse;
  let ready: boolean;
  if (outcome.kind === 'response') {
    response = { status: outcome.status, contentType: outcome.contentType, body: outcome.body };
    ready = check.httpStatusCodesForReady.includes(outcome.status);
  } else {
    const cause = outcome.kind === 'error' ? outcome.cause : 'not an HTTP answer';
    response = { status: 504, contentType: 'text/plain', body: `Marathon could not query ${url}: ${cause}` };
    ready = false;
  }
  return {
    instanceId: target.instanceId,
    taskId: target.taskId,
    name: check.name,
    ready,
    ...(check.preserveLastResponse ? { lastResponse: response } : {}),
  };
}
