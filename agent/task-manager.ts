// The tasks this agent runs, from RUN_TASK to the acknowledgement of their final update: launches them through the
// containerizer, kills them on request, turns every change into a status update, and answers reconciliation.
import { randomUUID } from 'node:crypto';
import type { Clock, TimerHandle } from '../shared/clock/index.js';
import { errorMessage } from '../shared/errors/index.js';
import { newUuidBytes } from '../shared/ids/index.js';
import { taskStateName, v1, type pb } from '../shared/protocol/index.js';
import {
  invalidSandboxReason, sandboxPath, type ContainerTermination, type Containerizer, type LaunchResult,
} from './containerizer/index.js';
import type { Logger } from './logger.js';
import { streamKey, type StatusUpdate, type StatusUpdateManager } from './status-update-manager.js';
import { describeTermination, makeTaskStatus, type KillCause, type StatusFields } from './task-statuses.js';

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
}

export interface TaskSnapshot {
  readonly frameworkId: string;
  readonly taskId: string;
  readonly name: string;
  readonly state: pb.TaskState;
  readonly stateName: string;
  readonly containerId: string;
  readonly sandbox: string | undefined;
}

interface AgentTask {
  readonly key: string;
  readonly frameworkId: string;
  readonly taskId: string;
  readonly framework: pb.FrameworkInfo.$Properties;
  readonly info: pb.TaskInfo.$Properties;
  readonly containerId: string;
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

export class TaskManager {
  private readonly tasks = new Map<string, AgentTask>();
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
    let markEnded = (): void => undefined;
    const ended = new Promise<void>((resolve) => { markEnded = resolve; });
    const task: AgentTask = {
      key, frameworkId, taskId, framework, info, containerId, sandbox: undefined, phase: 'launching',
      state: State.TASK_STAGING, latestStatus: undefined, killCause: undefined, maxCompletionTimer: undefined,
      ended, markEnded,
    };
    this.tasks.set(key, task);
    const location = { agentId, frameworkId, taskId, runId: containerId };
    const invalid = invalidSandboxReason(location);
    if (invalid !== undefined) {
      this.end(task, { state: State.TASK_FAILED, reason: Reason.REASON_TASK_INVALID, source: Source.SOURCE_AGENT,
        message: invalid });
      return 'launching';
    }
    task.sandbox = sandboxPath({ workDir: this.options.workDir, ...location });
    void this.launch(task, task.sandbox, agentId);
    return 'launching';
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
    if (task?.phase === 'ended') this.tasks.delete(task.key);
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
    return [...this.tasks.values()].map((task) => ({
      frameworkId: task.frameworkId, taskId: task.taskId, name: task.info.name ?? '', state: task.state,
      stateName: taskStateName(task.state), containerId: task.containerId, sandbox: task.sandbox,
    }));
  }

  /** Stops reporting: tasks keep running, later exits are not reported (the agent is going away). */
  close(): void {
    this.closed = true;
    for (const task of this.tasks.values()) task.maxCompletionTimer?.cancel();
  }

  private async launch(task: AgentTask, sandbox: string, agentId: string): Promise<void> {
    let result: LaunchResult;
    try {
      result = await this.options.containerizer.launch({
        containerId: task.containerId, task: task.info, frameworkId: task.frameworkId, agentId,
        hostname: this.options.hostname, sandbox,
      });
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
    const maxSeconds = task.info.maxCompletionTime ?? 0;
    if (maxSeconds > 0) {
      task.maxCompletionTimer = this.options.clock.setTimer(maxSeconds * 1000, () => {
        if (task.phase !== 'running' || task.killCause !== undefined) return;
        task.killCause = 'max-completion-time';
        this.signal(task, undefined);
      });
    }
    const termination = await this.options.containerizer.wait(task.containerId);
    this.onTermination(task, termination);
  }

  private onTermination(task: AgentTask, termination: ContainerTermination | undefined): void {
    task.maxCompletionTimer?.cancel();
    void this.options.containerizer.destroy(task.containerId);
    const fields = termination === undefined
      ? { state: State.TASK_FAILED, source: Source.SOURCE_AGENT, reason: Reason.REASON_EXECUTOR_TERMINATED,
        message: 'the container disappeared' }
      : describeTermination(termination, task.killCause, task.info.maxCompletionTime ?? 0);
    this.end(task, fields);
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
    this.options.updates.update({ frameworkId: task.frameworkId, status });
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
