// Runs the framework-level health checks (HTTP, HTTPS, TCP) of live instances, like Marathon's HealthCheckActor:
// every check of every tracked instance is probed at once and then every intervalSeconds, at most maxConcurrent
// probes at a time; each counted result goes to onResult, which the caller turns into registry entries, events and
// kills. Agent-run checks (MESOS_*, COMMAND) are skipped here; they arrive as `healthy` on task status updates.
import type { Clock, TimerHandle } from '../../../shared/clock/index.js';
import { DroverError } from '../../../shared/errors/index.js';
import type { HealthCheck } from '../app-definition/index.js';
import {
  absolutePath, checkPort, intervalMs, isFailureIgnored, isFrameworkRunCheck, judgeHealthProbe, shouldKillAfterFailure,
} from './health-policy.js';
import { emptyHealth, isoTime, withFailure, withSuccess } from './health-state.js';
import { probeWithin, type ProbeRun } from './probe-within.js';
import { ProbeQueue, type QueueTicket } from './probe-queue.js';
import { realProbe } from './probes.js';
import type { HealthCheckResult, HealthTarget, HealthUpdate, ProbeFn, ProbeOutcome } from './types.js';

/** Marathon's --max_concurrent_marathon_health_checks default. */
export const DEFAULT_MAX_CONCURRENT_HEALTH_CHECKS = 256;

export interface HealthCheckRunnerOptions {
  readonly clock: Clock;
  /** Replaces the real network probes; meant for unit tests of the timing logic. */
  readonly probe?: ProbeFn;
  /** Called for every counted result. It must not throw. */
  readonly onResult: (update: HealthUpdate) => void;
  readonly maxConcurrent?: number;
}

interface CheckSlot {
  readonly target: HealthTarget;
  readonly checkIndex: number;
  readonly check: HealthCheck & { protocol: 'HTTP' | 'HTTPS' | 'TCP' };
  health: HealthCheckResult;
  timer: TimerHandle | undefined;
  /** Set while a probe waits in the queue or runs: a tick that finds it set is skipped. */
  ticket: QueueTicket | undefined;
  run: ProbeRun | undefined;
  removed: boolean;
}

export class HealthCheckRunner {
  private readonly clock: Clock;
  private readonly probe: ProbeFn;
  private readonly onResult: (update: HealthUpdate) => void;
  private readonly queue: ProbeQueue;
  private readonly slotsByInstance = new Map<string, CheckSlot[]>();
  private stopped = false;

  constructor(options: HealthCheckRunnerOptions) {
    const maxConcurrent = options.maxConcurrent ?? DEFAULT_MAX_CONCURRENT_HEALTH_CHECKS;
    if (!Number.isInteger(maxConcurrent) || maxConcurrent < 1) {
      throw new DroverError('INVALID_ARGUMENT', `maxConcurrent must be a positive integer, got ${maxConcurrent}`);
    }
    this.clock = options.clock;
    this.probe = options.probe ?? realProbe;
    this.onResult = options.onResult;
    this.queue = new ProbeQueue(maxConcurrent);
  }

  /** Starts probing the instance's framework-run checks; tracking an instance again replaces the old target. */
  track(target: HealthTarget): void {
    if (this.stopped) throw new DroverError('NOT_RUNNING', 'the health check runner is stopped');
    this.untrack(target.instanceId);
    const slots: CheckSlot[] = [];
    target.checks.forEach((check, checkIndex) => {
      if (!isFrameworkRunCheck(check)) return;
      slots.push({
        target, checkIndex, check, health: emptyHealth(target.instanceId),
        timer: undefined, ticket: undefined, run: undefined, removed: false,
      });
    });
    if (slots.length === 0) return;
    this.slotsByInstance.set(target.instanceId, slots);
    for (const slot of slots) this.tick(slot);
  }

  /** Stops probing the instance; a probe in flight is dropped and reports nothing. */
  untrack(instanceId: string): void {
    const slots = this.slotsByInstance.get(instanceId);
    if (slots === undefined) return;
    this.slotsByInstance.delete(instanceId);
    for (const slot of slots) this.retire(slot, 'instance no longer tracked');
  }

  /** Stops everything; the runner cannot be used again. */
  stop(): void {
    this.stopped = true;
    for (const instanceId of [...this.slotsByInstance.keys()]) this.untrack(instanceId);
  }

  isTracking(instanceId: string): boolean {
    return this.slotsByInstance.has(instanceId);
  }

  /** Probes waiting for a free slot under maxConcurrent, and probes running now. */
  get load(): { readonly running: number; readonly queued: number } {
    return { running: this.queue.running, queued: this.queue.queued };
  }

  private retire(slot: CheckSlot, cause: string): void {
    slot.removed = true;
    slot.timer?.cancel();
    slot.timer = undefined;
    slot.ticket?.cancel();
    slot.run?.abort(cause);
  }

  // Marathon's ticks run on a fixed interval, independent of how long probes take; a check whose previous probe is
  // still queued or running skips the tick instead of piling up.
  private tick(slot: CheckSlot): void {
    if (slot.removed) return;
    slot.timer = this.clock.setTimer(intervalMs(slot.check.intervalSeconds), () => this.tick(slot));
    if (slot.ticket !== undefined) return;
    slot.ticket = this.queue.submit(() => this.probeOnce(slot));
  }

  private async probeOnce(slot: CheckSlot): Promise<void> {
    if (slot.removed) return;
    const outcome = await this.startProbe(slot);
    slot.run = undefined;
    slot.ticket = undefined;
    if (slot.removed) return;
    this.record(slot, outcome);
  }

  private startProbe(slot: CheckSlot): Promise<ProbeOutcome> {
    const port = checkPort(slot.check, slot.target.hostPorts);
    if (port === undefined) {
      return Promise.resolve({ kind: 'error', cause: "Health check failed: unable to get the task's effectivePort" });
    }
    slot.run = probeWithin(this.probe, this.clock, {
      protocol: slot.check.protocol,
      host: slot.target.host,
      port,
      path: absolutePath(slot.check.path),
      readBody: false,
    }, slot.check.timeoutSeconds);
    return slot.run.outcome;
  }

  private record(slot: CheckSlot, outcome: ProbeOutcome): void {
    const verdict = judgeHealthProbe(slot.check, outcome);
    if (verdict.kind === 'ignored') return;
    const nowMs = this.clock.now();
    const before = slot.health;
    let shouldKill = false;
    if (verdict.kind === 'healthy') {
      slot.health = withSuccess(before, isoTime(nowMs));
    } else {
      if (isFailureIgnored(before, slot.check, slot.target.startedAt.getTime(), nowMs)) return;
      shouldKill = shouldKillAfterFailure(before.consecutiveFailures, slot.check);
      slot.health = withFailure(before, isoTime(nowMs), verdict.cause);
    }
    this.onResult(toUpdate(slot, verdict.kind === 'unhealthy', before.alive !== slot.health.alive, shouldKill));
  }
}

function toUpdate(slot: CheckSlot, failed: boolean, aliveChanged: boolean, shouldKill: boolean): HealthUpdate {
  const { target, health } = slot;
  return {
    instanceId: target.instanceId,
    taskId: target.taskId,
    appId: target.appId,
    version: target.version,
    host: target.host,
    checkIndex: slot.checkIndex,
    check: slot.check,
    alive: health.alive,
    consecutiveFailures: health.consecutiveFailures,
    ...(health.firstSuccess === null ? {} : { firstSuccess: health.firstSuccess }),
    ...(health.lastSuccess === null ? {} : { lastSuccess: health.lastSuccess }),
    ...(health.lastFailure === null ? {} : { lastFailure: health.lastFailure }),
    ...(health.lastFailureCause === null ? {} : { lastFailureCause: health.lastFailureCause }),
    failed,
    aliveChanged,
    shouldKill,
  };
}
