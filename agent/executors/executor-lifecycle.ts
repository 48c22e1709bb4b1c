// An executor's container from launch to end: the launch, the registration timeout, SHUTDOWN and the kill after the
// grace period, and the one executorEnded report (then destroyContainer) when the container is gone.
import type { ExecutorSubjects } from '../../shared/bus/index.js';
import { errorMessage } from '../../shared/errors/index.js';
import type { pb } from '../../shared/protocol/index.js';
import type { ContainerTermination, LaunchResult } from '../containerizer/index.js';
import type { Logger } from '../logger.js';
import { describeExecutorEnd } from './executor-end.js';
import { cancelTimers, unfinishedTaskIds, type ManagedExecutor } from './executor-record.js';
import type { ExecutorTable } from './executor-table.js';
import { executorLaunchRequest } from './launch-request.js';
import { EXECUTOR_DEFAULTS, type ExecutorEndReason, type ExecutorManagerOptions } from './types.js';
import { shutdownEvent } from './wire.js';

export interface LifecycleContext {
  readonly options: ExecutorManagerOptions;
  readonly logger: Logger;
  readonly subjects: ExecutorSubjects;
  readonly table: ExecutorTable;
  publish(executor: ManagedExecutor, event: Uint8Array): void;
  /** The agent is going away: ends are not reported (the next agent finds the containers' records). */
  closed(): boolean;
}

export class ExecutorLifecycle {
  constructor(private readonly context: LifecycleContext) {}

  get gracePeriodMs(): number {
    return this.context.options.shutdownGracePeriodMs ?? EXECUTOR_DEFAULTS.shutdownGracePeriodMs;
  }

  async launch(executor: ManagedExecutor, task: pb.TaskInfo.$Properties, agentId: string): Promise<void> {
    const { options, subjects } = this.context;
    const { host } = options;
    let result: LaunchResult;
    try {
      result = await host.launchContainer(executorLaunchRequest({
        containerId: executor.containerId, agentId, hostname: options.hostname, cluster: options.cluster,
        sandbox: host.sandboxFor(executor.frameworkId, executor.executorId, executor.containerId),
        natsUrl: options.natsUrl, subjects, framework: executor.framework, info: executor.info, firstTask: task,
        shutdownGracePeriodMs: this.gracePeriodMs, switchUser: options.switchUser ?? false,
      }));
    } catch (error) {
      result = { failed: errorMessage(error) };
    }
    if (typeof result === 'object') {
      const reason = 'notSupported' in result ? result.notSupported : result.failed;
      this.finish(executor, undefined, 'launch-failed', `could not start the executor: ${reason}`, false);
      return;
    }
    if (executor.phase === 'ending') {
      this.kill(executor, 0); // Shut down or destroyed while it was starting.
    } else if (executor.phase === 'launching') {
      executor.phase = 'registering';
      this.armRegistrationTimer(executor, options.registrationTimeoutMs ?? EXECUTOR_DEFAULTS.registrationTimeoutMs,
        'registration-timeout');
    }
    await this.watch(executor);
  }

  /** Waits for the container's end and reports it. */
  async watch(executor: ManagedExecutor): Promise<void> {
    let termination: ContainerTermination | undefined;
    try {
      termination = await this.context.options.host.waitContainer(executor.containerId);
    } catch (error) {
      this.warn(executor, 'waiting for the container failed', error);
    }
    const end = executor.endReason ?? { reason: 'terminated' as const, message: '' };
    this.finish(executor, termination, end.reason, describeExecutorEnd(end.message, termination), true);
  }

  /** Reports an end (once) and, for a container that ran, destroys it once the report is done. */
  finish(executor: ManagedExecutor, termination: ContainerTermination | undefined, reason: ExecutorEndReason,
    message: string, launched: boolean): void {
    const { table, options, logger } = this.context;
    if (!table.has(executor)) return;
    cancelTimers(executor);
    table.remove(executor);
    executor.markEnded();
    if (this.context.closed()) return;
    const unfinished = unfinishedTaskIds(executor);
    logger.info({ executorId: executor.executorId, reason, message, unfinished }, 'executor ended');
    const reported = executor.quiet ? undefined
      : this.reportEnded(executor.frameworkId, executor.executorId, unfinished, termination, reason, message);
    if (!launched) return;
    void Promise.resolve(reported)
      .then(() => options.host.destroyContainer(executor.containerId))
      .catch((error: unknown) => this.warn(executor, 'could not destroy the container', error));
  }

  /** executorEnded, with its failures logged rather than thrown; the promise (if any) never rejects. */
  reportEnded(frameworkId: string, executorId: string, taskIds: string[], termination: ContainerTermination | undefined,
    reason: ExecutorEndReason, message: string): Promise<void> | undefined {
    const failed = (error: unknown): void => {
      this.context.logger.error({ executorId, error: errorMessage(error) }, 'executorEnded failed');
    };
    try {
      const result = this.context.options.host.executorEnded(frameworkId, executorId, taskIds, termination, reason, message);
      return result === undefined ? undefined : result.catch(failed);
    } catch (error) {
      failed(error);
      return undefined;
    }
  }

  /** A subscribed executor gets SHUTDOWN and the grace period to end its tasks; any other is killed with it. */
  shutdown(executor: ManagedExecutor, message: string): void {
    if (executor.phase === 'ending') return;
    if (executor.phase !== 'subscribed') {
      this.endNow(executor, 'terminated', message, this.gracePeriodMs);
      return;
    }
    executor.phase = 'ending';
    executor.endReason = { reason: 'terminated', message };
    this.context.publish(executor, shutdownEvent());
    executor.shutdownTimer = this.context.options.clock.setTimer(this.gracePeriodMs, () => this.kill(executor, 0));
  }

  /** Kills the container (a launching one as soon as it is up); the end is reported when it is gone. */
  endNow(executor: ManagedExecutor, reason: ExecutorEndReason, message: string, gracePeriodMs = 0): void {
    const launching = executor.phase === 'launching';
    cancelTimers(executor);
    executor.phase = 'ending';
    executor.endReason ??= { reason, message };
    if (!launching) this.kill(executor, gracePeriodMs);
  }

  armRegistrationTimer(executor: ManagedExecutor, timeoutMs: number, reason: ExecutorEndReason): void {
    executor.registrationTimer = this.context.options.clock.setTimer(timeoutMs, () => {
      executor.registrationTimer = undefined;
      if (executor.phase !== 'registering') return;
      const what = reason === 'registration-timeout' ? 'register' : 're-register';
      this.endNow(executor, reason, `Executor did not ${what} within ${timeoutMs / 1000} s`);
    });
  }

  private kill(executor: ManagedExecutor, gracePeriodMs: number): void {
    void this.context.options.host.killContainer(executor.containerId, gracePeriodMs)
      .catch((error: unknown) => this.warn(executor, 'kill failed', error));
  }

  private warn(executor: ManagedExecutor, what: string, error: unknown): void {
    this.context.logger.warn({ executorId: executor.executorId, error: errorMessage(error) }, what);
  }
}
