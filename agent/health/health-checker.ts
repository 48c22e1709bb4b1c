// Runs one task's health check: waits delay_seconds, then probes every interval_seconds, feeds each result to the
// health policy and reports only transitions through onChange. It never kills anything: what to do about an
// unhealthy task is the framework's decision (Drover reports TaskStatus.healthy; it does not act on it).
import { pb } from '../../shared/protocol/index.js';
import type { Clock, TimerHandle } from '../../shared/clock/index.js';
import { errorMessage } from '../../shared/errors/index.js';
import type { ContainerEndpoint } from '../containerizer/types.js';
import { silentLogger, type Logger } from '../logger.js';
import { healthCheckTimings, httpCheckScheme, type HealthCheckTimings } from './health-check-config.js';
import { applyProbeResult, INITIAL_HEALTH_STATE, type HealthPolicyState } from './health-policy.js';
import { runCommandCheck, runHttpCheck, runTcpCheck, type ProbeOutcome } from './probes.js';

export interface HealthCheckerOptions {
  readonly check: pb.HealthCheck.$Properties;
  readonly endpoint: ContainerEndpoint;
  readonly clock: Clock;
  /** Called once per change of health: the first success, and every flip between healthy and unhealthy. */
  readonly onChange: (healthy: boolean, message: string) => void;
  readonly logger?: Logger;
}

/** A check's probe, with what is missing from the check turned into a failed result instead of a throw. */
function probeCheck(
  check: pb.HealthCheck.$Properties, endpoint: ContainerEndpoint, timeoutMs: number, clock: Clock,
): Promise<ProbeOutcome> {
  const fail = (message: string): Promise<ProbeOutcome> => Promise.resolve({ ok: false, message });
  switch (check.type) {
    case pb.HealthCheck.Type.COMMAND:
      if (check.command === null || check.command === undefined || (check.command.value ?? '') === '') {
        return fail('COMMAND health check has no command');
      }
      return runCommandCheck(endpoint, check.command, timeoutMs, clock);
    case pb.HealthCheck.Type.HTTP: {
      const port = check.http?.port ?? 0;
      if (port === 0) return fail('HTTP health check has no port');
      const scheme = httpCheckScheme(check.http?.scheme);
      if (scheme === undefined) return fail(`HTTP health check scheme "${check.http?.scheme}" is not http or https`);
      return runHttpCheck({
        scheme,
        address: endpoint.address,
        port,
        path: check.http?.path ?? '/',
        statuses: check.http?.statuses ?? [],
        timeoutMs,
      }, clock);
    }
    case pb.HealthCheck.Type.TCP: {
      const port = check.tcp?.port ?? 0;
      if (port === 0) return fail('TCP health check has no port');
      return runTcpCheck({ address: endpoint.address, port, timeoutMs }, clock);
    }
    default:
      return fail('health check has no type (COMMAND, HTTP or TCP)');
  }
}

export class HealthChecker {
  private readonly timings: HealthCheckTimings;
  private readonly logger: Logger;
  private policy: HealthPolicyState = INITIAL_HEALTH_STATE;
  private startedAt: number | undefined;
  private timer: TimerHandle | undefined;
  private probing = false;
  private stopped = false;

  constructor(private readonly options: HealthCheckerOptions) {
    this.timings = healthCheckTimings(options.check);
    this.logger = options.logger ?? silentLogger;
  }

  /** The last reported health: undefined until the first transition. */
  get healthy(): boolean | undefined {
    return this.policy.health === 'unknown' ? undefined : this.policy.health === 'healthy';
  }

  /** Starts the schedule; the grace period counts from now. Calling it again, or after stop(), does nothing. */
  start(): void {
    if (this.startedAt !== undefined || this.stopped) return;
    this.startedAt = this.options.clock.now();
    this.timer = this.options.clock.setTimer(this.timings.delayMs, () => this.tick());
  }

  /** Stops probing; a probe still running is left to finish and its result is dropped. */
  stop(): void {
    this.stopped = true;
    this.timer?.cancel();
    this.timer = undefined;
  }

  private tick(): void {
    if (this.stopped) return;
    // The next tick is due one interval after this one, however long the probe takes.
    this.timer = this.options.clock.setTimer(this.timings.intervalMs, () => this.tick());
    if (this.probing) {
      this.logger.debug('health check probe still running; skipping this interval');
      return;
    }
    this.probing = true;
    const { check, endpoint, clock } = this.options;
    void probeCheck(check, endpoint, this.timings.timeoutMs, clock)
      .catch((error: unknown): ProbeOutcome => ({ ok: false, message: `health check failed: ${errorMessage(error)}` }))
      .then((outcome) => {
        this.probing = false;
        if (!this.stopped) this.record(outcome);
      });
  }

  private record(outcome: ProbeOutcome): void {
    const atMs = this.options.clock.now() - (this.startedAt ?? 0);
    const decision = applyProbeResult(this.timings, this.policy, { ok: outcome.ok, atMs, message: outcome.message });
    this.policy = decision.state;
    if (!outcome.ok) {
      this.logger.debug({ atMs, ignored: decision.ignored, failures: decision.state.consecutiveFailures }, outcome.message);
    }
    const change = decision.change;
    if (change === undefined) return;
    this.logger.info({ healthy: change.healthy }, change.message);
    try {
      this.options.onChange(change.healthy, change.message);
    } catch (error) {
      this.logger.warn({ error: errorMessage(error) }, 'health change handler threw');
    }
  }
}
