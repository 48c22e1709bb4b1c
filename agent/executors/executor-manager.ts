// Custom executors on this agent (Mesos executor API over the bus, README.md): starts an executor's container for the
// first task that names it, queues tasks until the executor subscribes, relays KILL / ACKNOWLEDGED / MESSAGE /
// SHUTDOWN to it and its updates and messages to the agent, and reports the executor's end with its unfinished tasks.
import { randomUUID } from 'node:crypto';
import { executorSubjectsFor, type BusSubscription, type ExecutorSubjects } from '../../shared/bus/index.js';
import { errorMessage } from '../../shared/errors/index.js';
import { newUuidBytes, uuidBytesToString } from '../../shared/ids/index.js';
import { v1, type pb } from '../../shared/protocol/index.js';
import { silentLogger, type Logger } from '../logger.js';
import { makeTaskStatus } from '../task-statuses.js';
import { ExecutorCallHandler } from './executor-calls.js';
import { ExecutorLifecycle } from './executor-lifecycle.js';
import {
  cancelTimers, isFinished, lostState, newExecutor, newTask, rememberAcknowledged, unfinishedTaskIds,
  type ExecutorTask, type ManagedExecutor,
} from './executor-record.js';
import { ExecutorTable } from './executor-table.js';
import { invalidExecutorReason } from './launch-request.js';
import { EXECUTOR_DEFAULTS, type AdoptedTask, type ExecutorManagerOptions, type ExecutorRunOutcome } from './types.js';
import { acknowledgedEvent, heartbeatEvent, killEvent, launchEvent, messageEvent } from './wire.js';

const Reason = v1.TaskStatus.Reason;

export interface ExecutorSnapshot {
  readonly frameworkId: string;
  readonly executorId: string;
  readonly containerId: string;
  readonly phase: ManagedExecutor['phase'];
  readonly taskIds: readonly string[];
}

export class ExecutorManager {
  private readonly table = new ExecutorTable();
  private readonly subjects: ExecutorSubjects;
  private readonly logger: Logger;
  private readonly calls: ExecutorCallHandler;
  private readonly lifecycle: ExecutorLifecycle;
  private subscription: BusSubscription | undefined;
  private boundAgentId: string | undefined;
  private started = false;
  private closed = false;

  constructor(private readonly options: ExecutorManagerOptions) {
    this.subjects = executorSubjectsFor(options.cluster);
    this.logger = options.logger ?? silentLogger;
    this.lifecycle = new ExecutorLifecycle({
      options, logger: this.logger, subjects: this.subjects, table: this.table,
      publish: (executor, event) => this.publish(executor, event),
      closed: () => this.closed,
    });
    this.calls = new ExecutorCallHandler({
      host: options.host, clock: options.clock, logger: this.logger, hostname: options.hostname,
      agentId: () => this.boundAgentId ?? options.agentId(),
      find: (frameworkId, executorId) => this.table.get(frameworkId, executorId),
      publish: (executor, event) => this.publish(executor, event),
      report: (executor, task, state, reason, message) => this.report(executor, task, state, reason, message),
      subscribed: (executor) => {
        executor.phase = 'subscribed';
        executor.adopted = false;
        executor.everSubscribed = true;
        cancelTimers(executor);
      },
    });
  }

  /** Listens for executor calls on the current agent id's subject (nothing until the agent has an id). */
  start(): void {
    this.started = true;
    this.rebind();
  }

  /** The agent id changed: listen on the new id's subject. */
  rebind(): void {
    if (!this.started || this.closed) return;
    const agentId = this.options.agentId();
    if (agentId === this.boundAgentId && this.subscription !== undefined) return;
    this.subscription?.unsubscribe();
    this.subscription = undefined;
    this.boundAgentId = agentId;
    if (agentId === undefined) return;
    this.subscription = this.options.bus.subscribe(this.subjects.agentExecutors(agentId), (message) => this.calls.receive(message));
    // Once the subscription reached the server, adopted executors hear that the agent is back.
    void this.options.bus.flush().then(() => {
      for (const executor of this.table.all()) {
        if (executor.adopted && executor.phase === 'registering') this.publish(executor, heartbeatEvent());
      }
    }, () => undefined);
  }

  run(framework: pb.FrameworkInfo.$Properties, task: pb.TaskInfo.$Properties): ExecutorRunOutcome {
    const frameworkId = framework.id?.value ?? '';
    const taskId = task.taskId?.value ?? '';
    const executorId = task.executor?.executorId?.value ?? '';
    if (this.table.ofTask(frameworkId, taskId) !== undefined) return 'duplicate';
    const agentId = this.options.agentId();
    const invalid = this.closed ? 'the agent is stopping' : agentId === undefined ? 'the agent is not registered'
      : invalidExecutorReason(frameworkId, task.executor);
    if (invalid !== undefined || agentId === undefined || !task.executor) {
      this.later(() => {
        void this.lifecycle.reportEnded(frameworkId, executorId, [taskId], undefined, 'launch-failed', invalid ?? '');
      });
      return 'refused';
    }
    let executor = this.table.get(frameworkId, executorId);
    if (executor?.phase === 'ending') {
      const ending = executor;
      this.later(() => this.report(ending, newTask(taskId, task, 'queued'), lostState(framework),
        Reason.REASON_EXECUTOR_TERMINATED, 'Executor is terminating'));
      return 'refused';
    }
    const record = newTask(taskId, task, 'queued');
    if (executor === undefined) {
      executor = newExecutor(framework, task.executor, randomUUID(), 'launching');
      this.table.add(executor);
      this.table.track(executor, record);
      void this.lifecycle.launch(executor, task, agentId);
      return 'launching';
    }
    this.table.track(executor, record);
    if (executor.phase !== 'subscribed') return 'queued';
    record.phase = 'launched';
    this.publish(executor, launchEvent(task));
    return 'sent';
  }

  /**
   * Takes back an executor that ran before the agent restarted (call after the containerizer recovered its container,
   * before start()). It must SUBSCRIBE again within reregistrationTimeoutMs; an end while the agent was down is
   * reported at once.
   */
  adopt(framework: pb.FrameworkInfo.$Properties, executorInfo: pb.ExecutorInfo.$Properties, containerId: string,
    tasks: readonly (string | AdoptedTask)[]): void {
    const executor = newExecutor(framework, executorInfo, containerId, 'registering');
    if (this.table.get(executor.frameworkId, executor.executorId) !== undefined) return;
    executor.adopted = true;
    this.table.add(executor);
    for (const entry of tasks) {
      const adopted = typeof entry === 'string' ? { taskId: entry } : entry;
      this.table.track(executor, newTask(adopted.taskId, undefined, 'launched', adopted.state ?? v1.TaskState.TASK_RUNNING));
    }
    this.lifecycle.armRegistrationTimer(executor,
      this.options.reregistrationTimeoutMs ?? EXECUTOR_DEFAULTS.reregistrationTimeoutMs, 'reregistration-timeout');
    if (this.subscription !== undefined) this.publish(executor, heartbeatEvent());
    void this.lifecycle.watch(executor);
  }

  /** Relays a kill to the task's executor; false when no executor has the task. */
  kill(frameworkId: string, taskId: string, killPolicy?: pb.KillPolicy.$Properties | null): boolean {
    const executor = this.table.ofTask(frameworkId, taskId);
    const task = executor?.tasks.get(taskId);
    if (executor === undefined || task === undefined) return false;
    if (isFinished(task)) return true;
    if (task.phase === 'launched') {
      this.publish(executor, killEvent(taskId, killPolicy));
      return true;
    }
    // Still queued: it never reaches the executor. An executor left without tasks before it registered is stopped.
    this.report(executor, task, v1.TaskState.TASK_KILLED, Reason.REASON_TASK_KILLED_DURING_LAUNCH,
      'Task killed before the executor registered');
    if (executor.phase !== 'subscribed' && unfinishedTaskIds(executor).length === 0) {
      this.lifecycle.shutdown(executor, 'no tasks left');
    }
    return true;
  }

  /** The framework acknowledged an update: the executor hears it (when the update was its own). */
  acknowledged(frameworkId: string, taskId: string, uuid: Uint8Array): void {
    const executor = this.table.ofTask(frameworkId, taskId);
    const task = executor?.tasks.get(taskId);
    if (executor === undefined || task === undefined) return;
    const hex = uuidBytesToString(uuid);
    if (task.forwarded.delete(hex)) {
      rememberAcknowledged(executor, hex, taskId);
      this.publish(executor, acknowledgedEvent(taskId, uuid));
    }
    if (task.finalUuid === hex) this.table.untrack(executor, task);
  }

  /** Relays a framework message; false when the executor is unknown or not subscribed (the message is dropped). */
  frameworkMessage(frameworkId: string, executorId: string, data: Uint8Array): boolean {
    const executor = this.table.get(frameworkId, executorId);
    if (executor?.phase !== 'subscribed') return false;
    this.publish(executor, messageEvent(data));
    return true;
  }

  /** SHUTDOWN to the framework's executors, killed after the grace period; resolves once all ended. */
  shutdownFramework(frameworkId: string): Promise<void> {
    return this.shutdownWhere((executor) => executor.frameworkId === frameworkId, 'the framework was shut down');
  }

  /** Shuts one executor down (the scheduler's SHUTDOWN call); false when it is unknown. */
  shutdownExecutor(frameworkId: string, executorId: string): boolean {
    const executor = this.table.get(frameworkId, executorId);
    if (executor === undefined) return false;
    this.lifecycle.shutdown(executor, 'the executor was shut down');
    return true;
  }

  /** Shuts down every executor (of the frameworks `which` selects); resolves once they ended. */
  shutdownAll(which: (framework: pb.FrameworkInfo.$Properties) => boolean = () => true): Promise<void> {
    return this.shutdownWhere((executor) => which(executor.framework), 'the agent is shutting down');
  }

  /** Kills every executor at once and reports nothing (the master removed this agent). */
  async destroyAll(): Promise<void> {
    const all = this.table.all();
    for (const executor of all) {
      executor.quiet = true;
      this.lifecycle.endNow(executor, 'terminated', 'the agent was removed');
    }
    await Promise.all(all.map((executor) => executor.ended));
  }

  executorOf(frameworkId: string, taskId: string): { executorId: string; containerId: string } | undefined {
    const executor = this.table.ofTask(frameworkId, taskId);
    return executor === undefined ? undefined : { executorId: executor.executorId, containerId: executor.containerId };
  }

  snapshot(): ExecutorSnapshot[] {
    return this.table.all().map((executor) => ({
      frameworkId: executor.frameworkId, executorId: executor.executorId, containerId: executor.containerId,
      phase: executor.phase, taskIds: [...executor.tasks.keys()],
    }));
  }

  /** Stops listening and reporting; executors keep running for the next agent to adopt. */
  stop(): void {
    this.closed = true;
    this.subscription?.unsubscribe();
    this.subscription = undefined;
    for (const executor of this.table.all()) {
      cancelTimers(executor);
      executor.markEnded();
    }
  }

  private shutdownWhere(select: (executor: ManagedExecutor) => boolean, message: string): Promise<void> {
    const chosen = this.table.all().filter(select);
    for (const executor of chosen) this.lifecycle.shutdown(executor, message);
    return Promise.all(chosen.map((executor) => executor.ended)).then(() => undefined);
  }

  /** An update the agent makes itself about an executor's task (SOURCE_AGENT), reliable like the executor's. */
  private report(executor: ManagedExecutor, task: ExecutorTask, state: pb.TaskState, reason: pb.TaskStatus.Reason,
    message: string): void {
    const uuid = newUuidBytes();
    const status = makeTaskStatus({ state, reason, message, source: v1.TaskStatus.Source.SOURCE_AGENT }, {
      taskId: task.taskId, agentId: this.options.agentId() ?? '', nowMs: this.options.clock.now(), uuid,
    });
    status.executorId = { value: executor.executorId };
    task.state = state;
    if (isFinished(task)) task.finalUuid = uuidBytesToString(uuid);
    this.options.host.statusFromExecutor(executor.frameworkId, status);
  }

  private publish(executor: ManagedExecutor, event: Uint8Array): void {
    const agentId = this.boundAgentId;
    if (agentId === undefined || this.closed) return;
    try {
      this.options.bus.publish(this.subjects.executor(agentId, executor.frameworkId, executor.executorId), event);
    } catch (error) {
      this.logger.warn({ executorId: executor.executorId, error: errorMessage(error) }, 'could not publish an executor event');
    }
  }

  /** Reports that must not reach the host while it is still inside run(). */
  private later(action: () => void): void {
    void Promise.resolve().then(action);
  }
}
