// The tasks this agent runs, from RUN_TASK to the acknowledgement of their final update: launches them through the
// containerizer, kills them on request, turns every change into a status update, and answers reconciliation.
import { randomUUID } from 'node:crypto';
import type { Clock, TimerHandle } from '../shared/clock/index.js';
import { errorMessage } from '../shared/errors/index.js';
import { newUuidBytes } from '../shared/ids/index.js';
import { taskStateName, v1, type pb } from '../shared/protocol/index.js';
import type { RecoveredTask, TaskCheckpoint } from './checkpoint/index.js';
import {
  invalidSandboxReason, sandboxPath, type ContainerTermination, type Containerizer, type KnownContainer, type LaunchResult,
} from './containerizer/index.js';
import type { ExecutorEndReason } from './executors/index.js';
import type { TaskFetcher } from './fetcher/index.js';
import { validateHealthCheck } from './health/index.js';
import type { Logger } from './logger.js';
import { Slots } from './slots.js';
import { streamKey, type StatusUpdate, type StatusUpdateManager } from './status-update-manager.js';
import {
  describeTermination, endsTaskOnAgent, makeTaskStatus, type KillCause, type StatusFields,
} from './task-statuses.js';

const LAUNCH_CONCURRENCY = 32;
/** The `containerizer` of a checkpointed task that a custom executor runs (its container is the executor's). */
export const EXECUTOR_TASK = 'executor';
const State = v1.TaskState;
const Reason = v1.TaskStatus.Reason;
const Source = v1.TaskStatus.Source;

export interface TaskManagerOptions {
  readonly containerizer: Containerizer;
  readonly updates: StatusUpdateManager;
  /** Best-effort sends (reconciliation answers, which carry no uuid). */
  readonly sendUnreliable: (update: StatusUpdate) => void;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly workDir: string;
  readonly hostname: string;
  readonly defaultKillGracePeriodMs: number;
  readonly agentId: () => string | undefined;
  /** Where tasks of frameworks with FrameworkInfo.checkpoint are written down; undefined: nothing is. */
  readonly checkpoint?: TaskCheckpoint;
  /** The name of the containerizer that will run this task ('process', 'docker'), recorded before launch. */
  readonly containerizerFor: (task: pb.TaskInfo.$Properties) => string;
  /** Brings CommandInfo.uris into the sandbox before launch; undefined: URIs are ignored. */
  readonly fetcher?: TaskFetcher;
  /** Runs tasks that name a custom executor (TaskInfo.executor); undefined: such tasks fail to launch. */
  readonly executors?: ExecutorGateway;
  /** Run tasks as CommandInfo.user, else FrameworkInfo.user (Mesos --switch_user); default false: as the agent. */
  readonly switchUser?: boolean;
  /** Called when a task's container ended and its sandbox can be garbage-collected later. */
  readonly onSandboxDone?: (sandbox: string) => void;
  /** Called when a task is running (again, after recovery): health checks start here. */
  readonly onRunning?: (task: RunningTaskView) => void;
  /** Called when a task's container ended or the task was forgotten: health checks stop here. */
  readonly onEnded?: (frameworkId: string, taskId: string) => void;
}

/** The part of the ExecutorManager the task manager talks to. */
export interface ExecutorGateway {
  run(framework: pb.FrameworkInfo.$Properties, task: pb.TaskInfo.$Properties): string;
  /** False when no executor has the task. */
  kill(frameworkId: string, taskId: string, killPolicy?: pb.KillPolicy.$Properties): boolean;
  acknowledged(frameworkId: string, taskId: string, uuid: Uint8Array): void;
}

const EXECUTOR_END_REASONS: Record<ExecutorEndReason, pb.TaskStatus.Reason> = {
  'terminated': Reason.REASON_EXECUTOR_TERMINATED,
  'registration-timeout': Reason.REASON_EXECUTOR_REGISTRATION_TIMEOUT,
  'reregistration-timeout': Reason.REASON_EXECUTOR_REREGISTRATION_TIMEOUT,
  'launch-failed': Reason.REASON_CONTAINER_LAUNCH_FAILED,
};

/** What the agent shell needs to health-check a running task. */
export interface RunningTaskView {
  readonly frameworkId: string;
  readonly taskId: string;
  readonly containerId: string;
  readonly info: pb.TaskInfo.$Properties;
}

export interface TaskSnapshot {
  readonly frameworkId: string;
  readonly taskId: string;
  readonly name: string;
  readonly state: pb.TaskState;
  readonly stateName: string;
  readonly containerId: string;
  readonly sandbox: string | undefined;
  /** The task's pid (process containerizer) or engine container id (docker), when running. */
  readonly pid?: number;
  readonly dockerId?: string;
  readonly healthy?: boolean;
}

interface AgentTask {
  readonly key: string;
  readonly frameworkId: string;
  readonly taskId: string;
  readonly framework: pb.FrameworkInfo.$Properties;
  readonly info: pb.TaskInfo.$Properties;
  readonly containerId: string;
  /** Run by this custom executor rather than a container of its own. */
  readonly executorId: string | undefined;
  /** Written down (framework asked for checkpointing): updates and acks are appended to its checkpoint. */
  readonly checkpointed: boolean;
  /** Checkpoint writes and the sends that must follow them, in order. */
  writes: Promise<void>;
  /** The task's own checkpoint (task.json) is on disk: its updates may be appended. */
  written: Promise<void>;
  sandbox: string | undefined;
  phase: 'launching' | 'running' | 'ended';
  state: pb.TaskState;
  latestStatus: pb.TaskStatus.$Properties | undefined;
  killCause: KillCause | undefined;
  maxCompletionTimer: TimerHandle | undefined;
  readonly ended: Promise<void>;
  markEnded: () => void;
}

/** Causes after which nobody wants to hear about the task: end it quietly and forget it. */
const SILENT_CAUSES: ReadonlySet<KillCause> = new Set(['framework-shutdown', 'agent-removed']);

function invalidHealthCheckReason(info: pb.TaskInfo.$Properties): string | undefined {
  if (info.healthCheck === undefined || info.healthCheck === null) return undefined;
  const reason = validateHealthCheck(info.healthCheck);
  return reason === undefined ? undefined : `invalid health check: ${reason}`;
}

export class TaskManager {
  private readonly tasks = new Map<string, AgentTask>();
  /**
   * Launches in flight at once. A burst of RUN_TASKs then flows through launch one task after another instead of
   * every task waiting in every stage together, so the first tasks run (and report) early.
   */
  private readonly launchSlots = new Slots(LAUNCH_CONCURRENCY);
  private closed = false;

  constructor(private readonly options: TaskManagerOptions) {}

  run(framework: pb.FrameworkInfo.$Properties, info: pb.TaskInfo.$Properties): 'launching' | 'already-launched' | 'refused' {
    const frameworkId = framework.id?.value ?? '';
    const taskId = info.taskId?.value ?? '';
    const agentId = this.options.agentId();
    if (this.closed || agentId === undefined) return 'refused';
    const key = streamKey(frameworkId, taskId);
    if (this.tasks.has(key)) {
      this.options.logger.warn({ frameworkId, taskId }, 'ignoring RUN_TASK for a task this agent already has');
      return 'already-launched';
    }
    const containerId = randomUUID();
    const location = { agentId, frameworkId, taskId, runId: containerId };
    const invalid = invalidSandboxReason(location) ?? invalidHealthCheckReason(info);
    if (info.executor && invalid === undefined) return this.runOnExecutor(framework, info, key);
    const task = this.newTask(framework, info, containerId, invalid === undefined && framework.checkpoint === true);
    this.tasks.set(key, task);
    if (invalid !== undefined) {
      this.end(task, { state: State.TASK_FAILED, reason: Reason.REASON_TASK_INVALID, source: Source.SOURCE_AGENT,
        message: invalid });
      return 'launching';
    }
    const sandbox = sandboxPath({ workDir: this.options.workDir, ...location });
    task.sandbox = sandbox;
    const checkpoint = this.options.checkpoint;
    if (task.checkpointed && checkpoint !== undefined) {
      // Intent before action: a task the agent may have started is on disk before its process exists.
      const containerizer = this.options.containerizerFor(info);
      task.written = checkpoint.writeFramework(framework)
        .then(() => checkpoint.writeTask({ frameworkId, taskId, info, containerId, containerizer, sandbox }));
      task.writes = task.written;
    }
    void task.writes.then(() => this.launch(task, sandbox, agentId), (error: unknown) => {
      this.end(task, { state: State.TASK_FAILED, reason: Reason.REASON_CONTAINER_LAUNCH_FAILED, source: Source.SOURCE_AGENT,
        message: `could not checkpoint the task: ${errorMessage(error)}` });
    });
    return 'launching';
  }

  /**
   * A task for a custom executor: the ExecutorManager starts (or reuses) the executor and hands it the task; its
   * updates come back through statusFromExecutor. Checkpointed like any task when the framework asks for it (the
   * executor's container is written down by the agent when the manager launches it).
   */
  private runOnExecutor(framework: pb.FrameworkInfo.$Properties, info: pb.TaskInfo.$Properties, key: string): 'launching' {
    const task = this.newTask(framework, info, '', framework.checkpoint === true);
    task.phase = 'running';
    this.tasks.set(key, task);
    const checkpoint = this.options.checkpoint;
    if (task.checkpointed && checkpoint !== undefined) {
      task.written = checkpoint.writeFramework(framework).then(() => checkpoint.writeTask({
        frameworkId: task.frameworkId, taskId: task.taskId, info, containerId: '', containerizer: EXECUTOR_TASK, sandbox: '',
      }));
      task.writes = task.written;
    }
    void task.written.then(() => {
      const outcome = this.options.executors?.run(framework, info) ?? 'refused';
      if (outcome !== 'refused') return;
      this.end(task, { state: State.TASK_FAILED, reason: Reason.REASON_CONTAINER_LAUNCH_FAILED, source: Source.SOURCE_AGENT,
        message: this.options.executors === undefined ? 'this agent runs no custom executors' : 'the executor refused the task' });
    }, (error: unknown) => {
      this.end(task, { state: State.TASK_FAILED, reason: Reason.REASON_CONTAINER_LAUNCH_FAILED, source: Source.SOURCE_AGENT,
        message: `could not checkpoint the task: ${errorMessage(error)}` });
    });
    return 'launching';
  }

  /** An update a custom executor sent (its own uuid): recorded like the agent's own, then delivered reliably. */
  statusFromExecutor(frameworkId: string, status: pb.TaskStatus.$Properties): void {
    const task = this.tasks.get(streamKey(frameworkId, status.taskId?.value ?? ''));
    if (task === undefined) {
      this.options.updates.update({ frameworkId, status });
      return;
    }
    if (task.phase === 'ended') return;
    // A re-subscribing executor resends what it has no acknowledgement for: the latest one is already on its way.
    const known = task.latestStatus?.uuid;
    if (known !== undefined && known !== null && status.uuid !== undefined && status.uuid !== null
      && Buffer.from(known).equals(Buffer.from(status.uuid))) return;
    task.state = status.state ?? task.state;
    task.latestStatus = status;
    if (endsTaskOnAgent(task.state)) {
      task.phase = 'ended';
      task.markEnded();
    }
    this.deliver(task, status);
  }

  /** The executor is gone: its unfinished tasks fail, with the reason its end gives. */
  executorEnded(frameworkId: string, taskIds: readonly string[], reason: ExecutorEndReason, message: string): Promise<void> {
    const writes: Promise<void>[] = [];
    for (const taskId of taskIds) {
      const task = this.tasks.get(streamKey(frameworkId, taskId));
      if (task === undefined || task.phase === 'ended') continue;
      this.end(task, { state: State.TASK_FAILED, source: Source.SOURCE_AGENT, reason: EXECUTOR_END_REASONS[reason], message });
      writes.push(task.writes);
    }
    return Promise.all(writes).then(() => undefined);
  }

  /**
   * Takes back the tasks checkpointed before a restart, after the containerizer recovered their containers:
   * unacknowledged updates are queued again, running tasks are watched again, tasks that ended while the agent was
   * down are reported once with their real exit status.
   */
  adopt(recovered: readonly RecoveredTask[]): void {
    for (const entry of recovered) {
      const task = this.newTask(entry.framework, entry.info, entry.containerId, true);
      task.sandbox = entry.sandbox;
      this.tasks.set(task.key, task);
      for (const status of entry.pending) this.options.updates.update({ frameworkId: entry.frameworkId, status });
      const latestState = entry.latest?.state ?? State.TASK_STAGING;
      task.state = latestState;
      task.latestStatus = entry.latest;
      if (endsTaskOnAgent(latestState)) {
        task.phase = 'ended';
        task.markEnded();
        if (entry.pending.length === 0) this.forget(entry.frameworkId, entry.taskId);
        continue;
      }
      task.phase = 'running';
      // An executor's task is watched by the ExecutorManager, which the agent gives the executor back to.
      if (task.executorId === undefined) void this.watch(task, latestState === State.TASK_STAGING);
    }
  }

  /** The containers recover() must find: those of checkpointed tasks that had not ended. */
  static knownContainers(recovered: readonly RecoveredTask[]): KnownContainer[] {
    return recovered
      .filter((entry) => entry.containerizer !== EXECUTOR_TASK && !endsTaskOnAgent(entry.latest?.state ?? State.TASK_STAGING))
      .map((entry) => ({ containerId: entry.containerId, containerizer: entry.containerizer, sandbox: entry.sandbox }));
  }

  private newTask(framework: pb.FrameworkInfo.$Properties, info: pb.TaskInfo.$Properties, containerId: string,
    checkpointed: boolean): AgentTask {
    const frameworkId = framework.id?.value ?? '';
    const taskId = info.taskId?.value ?? '';
    let markEnded = (): void => undefined;
    const ended = new Promise<void>((resolve) => { markEnded = resolve; });
    return {
      key: streamKey(frameworkId, taskId), frameworkId, taskId, framework, info, containerId,
      executorId: info.executor?.executorId?.value ?? undefined,
      checkpointed: checkpointed && this.options.checkpoint !== undefined, writes: Promise.resolve(), written: Promise.resolve(),
      sandbox: undefined, phase: 'launching', state: State.TASK_STAGING, latestStatus: undefined, killCause: undefined,
      maxCompletionTimer: undefined, ended, markEnded,
    };
  }

  kill(frameworkId: string, taskId: string, killPolicy?: pb.KillPolicy.$Properties | null): void {
    const task = this.tasks.get(streamKey(frameworkId, taskId));
    if (task === undefined) {
      this.reportUnknown(frameworkId, taskId);
      return;
    }
    if (task.phase === 'ended' || task.killCause !== undefined) {
      this.options.logger.info({ frameworkId, taskId, state: taskStateName(task.state) }, 'task already ending');
      return;
    }
    if (task.executorId !== undefined) {
      // The executor decides how its task dies and says so with its own update.
      this.options.executors?.kill(frameworkId, taskId, killPolicy ?? undefined);
      return;
    }
    task.killCause = 'requested';
    if (task.phase === 'launching') return; // launch() sees the cause when the container is up
    const killing = task.framework.capabilities?.some((c) => c.type === v1.FrameworkInfo.Capability.Type.TASK_KILLING_STATE);
    if (killing === true) this.report(task, { state: State.TASK_KILLING, source: Source.SOURCE_EXECUTOR, message: 'Killing the task' });
    this.signal(task, killPolicy);
  }

  /** Ends every task of a framework that was torn down, quietly: its updates would reach nobody. */
  async shutdownFramework(frameworkId: string): Promise<void> {
    const ending: Promise<void>[] = [];
    for (const task of this.tasks.values()) {
      if (task.frameworkId !== frameworkId) continue;
      ending.push(this.endQuietly(task, 'framework-shutdown', false));
    }
    this.options.updates.removeFramework(frameworkId);
    void this.options.checkpoint?.removeFramework(frameworkId).catch(() => undefined);
    await Promise.all(ending);
  }

  /** Kills every task with its grace period and reports them TASK_KILLED (the agent is shutting down). */
  async killAll(): Promise<void> {
    const ending: Promise<void>[] = [];
    for (const task of this.tasks.values()) {
      if (task.phase !== 'ended' && task.killCause === undefined) {
        task.killCause = 'agent-shutdown';
        if (task.phase === 'running') this.signal(task, undefined);
      }
      ending.push(task.ended);
    }
    await Promise.all(ending);
  }

  /** SIGKILLs everything and forgets it without a word (the master removed this agent). */
  async destroyAll(): Promise<void> {
    await Promise.all([...this.tasks.values()].map((task) => this.endQuietly(task, 'agent-removed', true)));
    this.tasks.clear();
    await this.options.checkpoint?.clear().catch(() => undefined);
  }

  /** Kills the tasks that would not survive a restart (their frameworks did not ask for checkpointing). */
  async killUncheckpointed(): Promise<void> {
    const ending: Promise<void>[] = [];
    for (const task of this.tasks.values()) {
      if (task.checkpointed) continue;
      if (task.phase !== 'ended' && task.killCause === undefined) {
        task.killCause = 'agent-shutdown';
        if (task.phase === 'running') this.signal(task, undefined);
      }
      ending.push(task.ended);
    }
    await Promise.all(ending);
  }

  /** An update of this task was acknowledged: written down, so it is not sent again after a restart. */
  acknowledged(frameworkId: string, taskId: string, uuid: Uint8Array): void {
    const task = this.tasks.get(streamKey(frameworkId, taskId));
    if (task?.executorId !== undefined) this.options.executors?.acknowledged(frameworkId, taskId, uuid);
    const checkpoint = this.options.checkpoint;
    if (task === undefined || !task.checkpointed || checkpoint === undefined) return;
    task.writes = task.writes.then(() => checkpoint.appendAcknowledgement(frameworkId, taskId, uuid)).catch(() => undefined);
  }

  /** Resends the latest status of these tasks without a uuid (empty list: all of the framework's tasks). */
  reconcile(frameworkId: string, taskIds: readonly string[]): void {
    const agentId = this.options.agentId() ?? '';
    const wanted = taskIds.length > 0
      ? taskIds
      : [...this.tasks.values()].filter((task) => task.frameworkId === frameworkId).map((task) => task.taskId);
    for (const taskId of wanted) {
      const task = this.tasks.get(streamKey(frameworkId, taskId));
      const latest = task?.latestStatus ?? makeTaskStatus(task === undefined
        ? { state: State.TASK_LOST, source: Source.SOURCE_AGENT, message: 'Reconciliation: task unknown to the agent' }
        : { state: task.state, source: Source.SOURCE_AGENT, message: 'Reconciliation: task is being launched' },
      { taskId, agentId, nowMs: this.options.clock.now() });
      const { uuid: _dropped, ...withoutUuid } = latest;
      this.options.sendUnreliable({
        frameworkId,
        status: { ...withoutUuid, reason: Reason.REASON_RECONCILIATION, timestamp: this.options.clock.now() / 1000 },
      });
    }
  }

  /** The task's final update was acknowledged: nothing about it is left to say. */
  forget(frameworkId: string, taskId: string): void {
    const task = this.tasks.get(streamKey(frameworkId, taskId));
    if (task?.phase !== 'ended') return;
    this.tasks.delete(task.key);
    const checkpoint = this.options.checkpoint;
    if (task.checkpointed && checkpoint !== undefined) {
      void task.writes.then(() => checkpoint.removeTask(frameworkId, taskId)).catch(() => undefined);
    }
  }

  /** What REREGISTER tells the master: every task the agent still holds, with its latest status. */
  records(): pb.TaskRecord.$Properties[] {
    return [...this.tasks.values()].map((task) => {
      const record: pb.TaskRecord.$Properties = { task: task.info, frameworkId: { value: task.frameworkId }, state: task.state };
      if (task.latestStatus !== undefined) record.latestStatus = task.latestStatus;
      return record;
    });
  }

  frameworks(): pb.FrameworkInfo.$Properties[] {
    const byId = new Map<string, pb.FrameworkInfo.$Properties>();
    for (const task of this.tasks.values()) byId.set(task.frameworkId, task.framework);
    return [...byId.values()];
  }

  snapshot(): TaskSnapshot[] {
    return [...this.tasks.values()].map((task) => {
      const described = task.phase === 'running' ? this.options.containerizer.describe(task.containerId) : undefined;
      const healthy = task.latestStatus?.healthy;
      return {
        frameworkId: task.frameworkId, taskId: task.taskId, name: task.info.name ?? '', state: task.state,
        stateName: taskStateName(task.state), containerId: task.containerId, sandbox: task.sandbox,
        ...(described?.pid === undefined ? {} : { pid: described.pid }),
        ...(described?.dockerId === undefined ? {} : { dockerId: described.dockerId }),
        ...(healthy === undefined || healthy === null ? {} : { healthy }),
      };
    });
  }

  /** Stops reporting: tasks keep running, later exits are not reported (the agent is going away). */
  close(): void {
    this.closed = true;
    for (const task of this.tasks.values()) task.maxCompletionTimer?.cancel();
  }

  private async launch(task: AgentTask, sandbox: string, agentId: string): Promise<void> {
    const user = this.options.switchUser === true ? (task.info.command?.user || task.framework.user || undefined) : undefined;
    if (!await this.fetch(task, sandbox, user)) return;
    let result: LaunchResult;
    try {
      result = await this.launchSlots.run(() => this.options.containerizer.launch({
        containerId: task.containerId, task: task.info, frameworkId: task.frameworkId, agentId,
        hostname: this.options.hostname, sandbox, ...(user === undefined ? {} : { user }),
      }));
    } catch (error) {
      result = { failed: errorMessage(error) };
    }
    if (typeof result === 'object') {
      const message = 'notSupported' in result ? result.notSupported : result.failed;
      this.options.logger.warn({ taskId: task.taskId, reason: message }, 'task launch failed');
      this.end(task, { state: State.TASK_FAILED, reason: Reason.REASON_CONTAINER_LAUNCH_FAILED,
        source: Source.SOURCE_AGENT, message });
      return;
    }
    if (result === 'already-launched') return; // a fresh container id: cannot happen
    task.phase = 'running';
    if (task.killCause !== undefined) {
      await this.options.containerizer.destroy(task.containerId);
      this.end(task, { state: State.TASK_KILLED, reason: Reason.REASON_TASK_KILLED_DURING_LAUNCH,
        source: Source.SOURCE_AGENT, message: 'Task killed during launch' });
      return;
    }
    if (this.closed) return;
    // What the Mesos command executor says once the command runs.
    this.report(task, { state: State.TASK_STARTING, source: Source.SOURCE_EXECUTOR, message: 'Command started' });
    this.report(task, { state: State.TASK_RUNNING, source: Source.SOURCE_EXECUTOR, message: 'Command running' });
    await this.watch(task, false);
  }

  /**
   * The fetcher's part of the launch (Mesos: before the container starts): false when the task ended instead, failed
   * (TASK_FAILED naming the URI and the cause) or killed while its files were being fetched.
   */
  private async fetch(task: AgentTask, sandbox: string, user: string | undefined): Promise<boolean> {
    const uris = task.info.command?.uris ?? [];
    const fetcher = this.options.fetcher;
    if (uris.length === 0 || fetcher === undefined) return true;
    try {
      await fetcher.fetch({ uris, sandbox, ...(user === undefined ? {} : { user }) });
    } catch (error) {
      const message = errorMessage(error);
      this.options.logger.warn({ taskId: task.taskId, reason: message }, 'fetching the task\'s URIs failed');
      // The protocol has no REASON_FETCHER_FAILED: Mesos reports a failed fetch as a failed container launch too.
      this.end(task, { state: State.TASK_FAILED, reason: Reason.REASON_CONTAINER_LAUNCH_FAILED, source: Source.SOURCE_AGENT,
        message });
      this.options.onSandboxDone?.(sandbox);
      return false;
    }
    if (task.killCause === undefined) return true;
    this.end(task, { state: State.TASK_KILLED, reason: Reason.REASON_TASK_KILLED_DURING_LAUNCH, source: Source.SOURCE_AGENT,
      message: 'Task killed during launch' });
    this.options.onSandboxDone?.(sandbox);
    return false;
  }

  /** Runs while the container does: max completion time, health checks, then its termination. */
  private async watch(task: AgentTask, recoveredBeforeRunning: boolean): Promise<void> {
    const described = this.options.containerizer.describe(task.containerId);
    const found = described?.pid !== undefined || described?.dockerId !== undefined;
    if (recoveredBeforeRunning && found && !this.closed) {
      // The agent died after starting the container but before saying so: say it now.
      this.report(task, { state: State.TASK_RUNNING, source: Source.SOURCE_EXECUTOR, message: 'Command running' });
    }
    const maxSeconds = task.info.maxCompletionTime ?? 0;
    if (maxSeconds > 0) {
      task.maxCompletionTimer = this.options.clock.setTimer(maxSeconds * 1000, () => {
        if (task.phase !== 'running' || task.killCause !== undefined) return;
        task.killCause = 'max-completion-time';
        this.signal(task, undefined);
      });
    }
    this.options.onRunning?.({ frameworkId: task.frameworkId, taskId: task.taskId, containerId: task.containerId, info: task.info });
    const termination = await this.options.containerizer.wait(task.containerId);
    this.onTermination(task, termination);
  }

  /** A health check changed its verdict: a RUNNING update carrying `healthy`, as the Mesos executors send. */
  healthChanged(frameworkId: string, taskId: string, healthy: boolean, message: string): void {
    const task = this.tasks.get(streamKey(frameworkId, taskId));
    if (task?.phase !== 'running' || task.killCause !== undefined || this.closed) return;
    this.report(task, { state: State.TASK_RUNNING, source: Source.SOURCE_EXECUTOR,
      reason: Reason.REASON_TASK_HEALTH_CHECK_STATUS_UPDATED, message, healthy });
  }

  private onTermination(task: AgentTask, termination: ContainerTermination | undefined): void {
    task.maxCompletionTimer?.cancel();
    this.options.onEnded?.(task.frameworkId, task.taskId);
    const fields = termination === undefined
      ? { state: State.TASK_FAILED, source: Source.SOURCE_AGENT, reason: Reason.REASON_EXECUTOR_TERMINATED,
        message: 'the task\'s container could not be found (it was lost while the agent was down)' }
      : describeTermination(termination, task.killCause, task.info.maxCompletionTime ?? 0);
    this.end(task, fields);
    // Only once the final update is on disk may the container's own record of the exit go: a crash in between
    // must still find one or the other. A closed (stopping) agent reports nothing, so the next one needs the record.
    if (this.closed) return;
    void task.writes.then(() => this.options.containerizer.destroy(task.containerId)).finally(() => {
      if (task.sandbox !== undefined) this.options.onSandboxDone?.(task.sandbox);
    });
  }

  /** Marks the task ended and reports how, unless nobody is to hear about it any more. */
  private end(task: AgentTask, fields: StatusFields): void {
    task.phase = 'ended';
    task.markEnded();
    if (task.killCause !== undefined && SILENT_CAUSES.has(task.killCause)) {
      this.tasks.delete(task.key);
      return;
    }
    if (!this.closed) this.report(task, fields);
  }

  private endQuietly(task: AgentTask, cause: KillCause, now: boolean): Promise<void> {
    task.killCause = cause;
    if (task.phase === 'ended') {
      this.tasks.delete(task.key);
      return Promise.resolve();
    }
    if (task.phase === 'running') {
      if (now) void this.options.containerizer.destroy(task.containerId);
      else this.signal(task, undefined);
    }
    return task.ended;
  }

  private signal(task: AgentTask, killPolicy: pb.KillPolicy.$Properties | null | undefined): void {
    if (task.executorId !== undefined) {
      this.options.executors?.kill(task.frameworkId, task.taskId, killPolicy ?? undefined);
      return;
    }
    const gracePeriodMs = this.gracePeriodMs(task, killPolicy);
    this.options.logger.info({ taskId: task.taskId, gracePeriodMs, cause: task.killCause }, 'killing task');
    void this.options.containerizer.kill(task.containerId, { gracePeriodMs });
  }

  private gracePeriodMs(task: AgentTask, killPolicy: pb.KillPolicy.$Properties | null | undefined): number {
    const seconds = killPolicy?.gracePeriodSeconds ?? task.info.killPolicy?.gracePeriodSeconds;
    return typeof seconds === 'number' ? Math.max(0, seconds * 1000) : this.options.defaultKillGracePeriodMs;
  }

  private report(task: AgentTask, fields: StatusFields): void {
    const status = makeTaskStatus(fields, {
      taskId: task.taskId, agentId: this.options.agentId() ?? '', nowMs: this.options.clock.now(), uuid: newUuidBytes(),
    });
    task.state = fields.state;
    task.latestStatus = status;
    this.deliver(task, status);
  }

  /** Sends an update reliably; for a checkpointed task, only once it is on disk. */
  private deliver(task: AgentTask, status: pb.TaskStatus.$Properties): void {
    const update = { frameworkId: task.frameworkId, status };
    const checkpoint = this.options.checkpoint;
    if (!task.checkpointed || checkpoint === undefined) {
      this.options.updates.update(update);
      return;
    }
    // Written before it is sent: after a crash, an update the framework may have seen is sent again, never lost.
    // Appended at once (the checkpoint batches back-to-back records into one write); sent in order, once durable.
    const durable = task.written.then(() => checkpoint.appendUpdate(task.frameworkId, task.taskId, status));
    task.writes = Promise.all([task.writes, durable]).then(() => undefined)
      .catch((error: unknown) => this.options.logger.error({ taskId: task.taskId, error: errorMessage(error) },
        'could not checkpoint a status update; sending it anyway'))
      .then(() => { this.options.updates.update(update); });
  }

  private reportUnknown(frameworkId: string, taskId: string): void {
    this.options.logger.warn({ frameworkId, taskId }, 'KILL_TASK for a task unknown to the agent');
    const status = makeTaskStatus(
      { state: State.TASK_LOST, reason: Reason.REASON_TASK_UNKNOWN, source: Source.SOURCE_AGENT,
        message: 'task unknown to the agent' },
      { taskId, agentId: this.options.agentId() ?? '', nowMs: this.options.clock.now(), uuid: newUuidBytes() });
    this.options.updates.update({ frameworkId, status });
  }
}
