// One hollow agent: a simulated agent that speaks the real agent protocol to a real master over a shared Bus, but runs
// nothing. It registers (resources, hostname, attributes), answers PINGs, answers RUN_TASK with TASK_STARTING then
// TASK_RUNNING and KILL_TASK with TASK_KILLED, through the agent's own StatusUpdateManager (reliable: uuids, one
// ordered stream per task, resent until acknowledged). The pieces that decode commands, register and deliver updates
// are the real agent's (they start no processes); only the task table here is fake.
import { CommandReceiver } from '../../agent/command-receiver.js';
import { silentLogger, type Logger } from '../../agent/logger.js';
import { requestRegistration, type RegistrationOutcome } from '../../agent/registration.js';
import { StatusUpdateManager, streamKey, type StatusUpdate } from '../../agent/status-update-manager.js';
import { makeTaskStatus, type StatusFields } from '../../agent/task-statuses.js';
import type { Bus, BusSubscription, Subjects } from '../../shared/bus/index.js';
import type { Clock, TimerHandle } from '../../shared/clock/index.js';
import { errorMessage } from '../../shared/errors/index.js';
import { newUuidBytes } from '../../shared/ids/index.js';
import { encodeMessage, isTerminalTaskState, v1, type pb } from '../../shared/protocol/index.js';

const State = v1.TaskState;
const Source = v1.TaskStatus.Source;
const Reason = v1.TaskStatus.Reason;

/** What every hollow agent of a fleet counts; the fleet adds them up. */
export interface HollowCounters {
  runTasks: number;
  kills: number;
  /** Status updates created (each with its own uuid). */
  updates: number;
  /** STATUS_UPDATE messages published: updates plus resends of unacknowledged ones. */
  published: number;
  acknowledgements: number;
  pings: number;
  /** Epoch ms of each RUN_TASK command received (one per ACCEPT that placed tasks on the agent), in order. */
  readonly runTaskCommandsAt: number[];
}

export function emptyCounters(): HollowCounters {
  return { runTasks: 0, kills: 0, updates: 0, published: 0, acknowledgements: 0, pings: 0, runTaskCommandsAt: [] };
}

export interface HollowAgentOptions {
  readonly bus: Bus;
  readonly subjects: Subjects;
  readonly clock: Clock;
  readonly agentInfo: pb.AgentInfo.$Properties;
  /** First resend delay of an unacknowledged update (doubles up to maxMs). */
  readonly statusUpdateBackoff: { readonly initialMs: number; readonly maxMs: number };
  readonly registrationTimeoutMs: number;
  /** Shared by the fleet. */
  readonly counters: HollowCounters;
  readonly logger?: Logger;
}

interface HollowTask {
  readonly frameworkId: string;
  readonly taskId: string;
  state: pb.TaskState;
  latest: pb.TaskStatus.$Properties | undefined;
}

export class HollowAgent {
  private id: string | undefined;
  private subscription: BusSubscription | undefined;
  private stopped = false;
  private retryTimer: TimerHandle | undefined;
  private wake: () => void = () => undefined;
  private readonly tasks = new Map<string, HollowTask>();
  private readonly updates: StatusUpdateManager;
  private readonly commands: CommandReceiver;

  constructor(private readonly options: HollowAgentOptions) {
    const logger = options.logger ?? silentLogger;
    this.updates = new StatusUpdateManager({
      clock: options.clock,
      backoff: options.statusUpdateBackoff,
      send: (update) => this.publishStatus(update),
      onStreamClosed: (frameworkId, taskId) => { this.tasks.delete(streamKey(frameworkId, taskId)); },
    });
    this.commands = new CommandReceiver({
      ping: () => { options.counters.pings += 1; },
      runTasks: (runTasks) => this.runTasks(runTasks),
      killTask: (kill) => this.kill(kill.frameworkId?.value ?? '', kill.taskId?.value ?? ''),
      acknowledge: (acks) => {
        for (const ack of acks) {
          options.counters.acknowledgements += 1;
          this.updates.acknowledge(ack.frameworkId?.value ?? '', ack.taskId?.value ?? '', ack.uuid ?? new Uint8Array());
        }
      },
      shutdownFramework: (frameworkId) => {
        for (const [key, task] of this.tasks) if (task.frameworkId === frameworkId) this.tasks.delete(key);
        this.updates.removeFramework(frameworkId);
      },
      shutdown: () => { void this.stop(false); },
      reconcileTasks: (frameworkId, taskIds) => this.reconcile(frameworkId, taskIds),
      frameworkToExecutor: () => undefined, // no executors here
      // A real agent re-registers with its tasks under a new master; a hollow fleet lives for one master only.
      newerEpoch: () => undefined,
    }, logger, () => this.id);
  }

  get agentId(): string | undefined {
    return this.id;
  }

  get hostname(): string {
    return this.options.agentInfo.hostname ?? '';
  }

  /** Tasks it holds that are not yet known to have ended. */
  get liveTasks(): number {
    let live = 0;
    for (const task of this.tasks.values()) if (!isTerminalTaskState(task.state)) live += 1;
    return live;
  }

  /** Tasks whose updates are not all acknowledged yet (a task's stream closes once its final update is). */
  get openStreams(): number {
    return this.updates.streamCount;
  }

  /** REGISTERs until the master admits it (retrying while there is no master or no answer); resolves with its id. */
  async register(): Promise<string> {
    let delayMs = 100;
    while (!this.stopped) {
      let outcome: RegistrationOutcome;
      try {
        outcome = await requestRegistration(this.options.bus, this.options.subjects.masterAgent,
          { agentInfo: this.options.agentInfo, agentId: undefined, tasks: [], frameworks: [] }, this.options.registrationTimeoutMs);
      } catch (error) {
        outcome = { kind: 'retry', reason: errorMessage(error) };
      }
      if (this.stopped) break;
      if (outcome.kind === 'registered') {
        this.id = outcome.agentId;
        this.commands.noteEpoch(outcome.epoch);
        this.subscription = this.options.bus.subscribe(this.options.subjects.agent(outcome.agentId), (message) => this.commands.receive(message));
        // Subscribed on the server before the master's first command can come.
        await this.options.bus.flush();
        return outcome.agentId;
      }
      await new Promise<void>((resolve) => {
        this.wake = resolve;
        this.retryTimer = this.options.clock.setTimer(delayMs, resolve);
      });
      delayMs = Math.min(delayMs * 2, 2000);
    }
    throw new Error(`hollow agent ${this.hostname} stopped before it registered`);
  }

  /** Stops answering; with `unregister`, tells the master first so it drops the agent at once. */
  async stop(unregister: boolean): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.retryTimer?.cancel();
    this.wake();
    this.updates.stop();
    if (this.subscription !== undefined && !this.options.bus.isClosed) this.subscription.unsubscribe();
    this.subscription = undefined;
    if (unregister && this.id !== undefined && !this.options.bus.isClosed) {
      this.publish({ type: v1.AgentMessage.Type.UNREGISTER });
      await this.options.bus.flush().catch(() => undefined);
    }
  }

  private runTasks(runTasks: readonly pb.AgentCommand.RunTask.$Properties[]): void {
    const counters = this.options.counters;
    counters.runTaskCommandsAt.push(this.options.clock.now());
    for (const { framework, task } of runTasks) {
      const frameworkId = framework?.id?.value ?? '';
      const taskId = task?.taskId?.value ?? '';
      if (frameworkId === '' || taskId === '') continue;
      const key = streamKey(frameworkId, taskId);
      if (this.tasks.has(key)) continue; // a duplicate RUN_TASK: the task is already there
      counters.runTasks += 1;
      const hollow: HollowTask = { frameworkId, taskId, state: State.TASK_STAGING, latest: undefined };
      this.tasks.set(key, hollow);
      // As the command executor says it: started, then running (the second goes once the first is acknowledged).
      this.report(hollow, { state: State.TASK_STARTING, source: Source.SOURCE_EXECUTOR, message: 'Command started' });
      this.report(hollow, { state: State.TASK_RUNNING, source: Source.SOURCE_EXECUTOR, message: 'Command running' });
    }
  }

  private kill(frameworkId: string, taskId: string): void {
    this.options.counters.kills += 1;
    const task = this.tasks.get(streamKey(frameworkId, taskId));
    if (task === undefined) {
      // The real agent's answer for a task it does not have.
      this.report({ frameworkId, taskId, state: State.TASK_STAGING, latest: undefined },
        { state: State.TASK_LOST, reason: Reason.REASON_TASK_UNKNOWN, source: Source.SOURCE_AGENT, message: 'task unknown to the agent' });
      return;
    }
    if (isTerminalTaskState(task.state)) return; // already ending
    this.report(task, { state: State.TASK_KILLED, source: Source.SOURCE_EXECUTOR, message: 'Command terminated by signal 15', exitCode: 143 });
  }

  /** The latest status of each task again, without a uuid (empty list: all of the framework's). */
  private reconcile(frameworkId: string, taskIds: readonly string[]): void {
    const wanted = taskIds.length > 0 ? taskIds
      : [...this.tasks.values()].filter((task) => task.frameworkId === frameworkId).map((task) => task.taskId);
    const nowMs = this.options.clock.now();
    for (const taskId of wanted) {
      const task = this.tasks.get(streamKey(frameworkId, taskId));
      const latest = task?.latest ?? makeTaskStatus(
        { state: task?.state ?? State.TASK_LOST, source: Source.SOURCE_AGENT, message: 'Reconciliation' },
        { taskId, agentId: this.id ?? '', nowMs });
      const { uuid: _dropped, ...withoutUuid } = latest;
      this.publishStatus({ frameworkId, status: { ...withoutUuid, reason: Reason.REASON_RECONCILIATION, timestamp: nowMs / 1000 } });
    }
  }

  private report(task: HollowTask, fields: StatusFields): void {
    const status = makeTaskStatus(fields, {
      taskId: task.taskId, agentId: this.id ?? '', nowMs: this.options.clock.now(), uuid: newUuidBytes(),
    });
    task.state = fields.state;
    task.latest = status;
    this.options.counters.updates += 1;
    this.updates.update({ frameworkId: task.frameworkId, status });
  }

  private publishStatus(update: StatusUpdate): void {
    this.options.counters.published += 1;
    this.publish({
      type: v1.AgentMessage.Type.STATUS_UPDATE,
      statusUpdates: [{ frameworkId: { value: update.frameworkId }, status: update.status }],
    });
  }

  private publish(message: Omit<pb.AgentMessage.$Properties, 'agentId'>): void {
    if (this.id === undefined || this.options.bus.isClosed) return;
    // Lost publishes are resent by the status-update manager, like the real agent's.
    this.options.bus.publish(this.options.subjects.masterAgent, encodeMessage(v1.AgentMessage, { ...message, agentId: { value: this.id } }));
  }
}
