// The agent process: registers with the master, takes its commands, runs tasks through the containerizer and
// delivers their status updates reliably. Flow: README.md.
import { mkdir } from 'node:fs/promises';
import { subjectsFor, type BusSubscription, type Subjects } from '../shared/bus/index.js';
import { systemClock, type Clock, type TimerHandle } from '../shared/clock/index.js';
import { DroverError, errorMessage } from '../shared/errors/index.js';
import { encodeMessage, v1, type pb } from '../shared/protocol/index.js';
import { resourcesToProto, type Resources } from '../shared/resources/index.js';
import { jitteredStart, nextBackoff } from './backoff.js';
import { CommandReceiver } from './command-receiver.js';
import { ProcessContainerizer } from './containerizer/index.js';
import { fingerprint } from './fingerprint.js';
import { currentBootId, forgetAgentId, readIdentity, writeIdentity } from './identity.js';
import { silentLogger, type Logger } from './logger.js';
import { PingWatchdog } from './ping-watchdog.js';
import { requestRegistration, type RegistrationOutcome } from './registration.js';
import { StatusUpdateManager, type StatusUpdate } from './status-update-manager.js';
import { TaskManager } from './task-manager.js';
import type { AgentInfoSnapshot, AgentOptions, RunningAgent, StopOptions } from './types.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
export const AGENT_DEFAULTS = {
  statusUpdateBackoff: { initialMs: 10 * SECOND, maxMs: 10 * MINUTE },
  registrationBackoffMaxMs: MINUTE,
  registrationTimeoutMs: 5 * SECOND,
  defaultKillGracePeriodMs: 3 * SECOND,
} as const;

/** Detects resources, reads the persisted identity and starts registering; resolves before registration ends. */
export async function startAgent(options: AgentOptions): Promise<RunningAgent> {
  const subjects = subjectsFor(options.cluster);
  const logger = options.logger ?? silentLogger;
  await mkdir(options.workDir, { recursive: true });
  const detected = await fingerprint({
    workDir: options.workDir,
    ...(options.resources === undefined ? {} : { overrides: options.resources }),
    ...(options.hostname === undefined ? {} : { hostname: options.hostname }),
    ...(options.deviceDir === undefined ? {} : { deviceDir: options.deviceDir }),
  });
  const bootId = await currentBootId();
  const persisted = await readIdentity(options.workDir);
  let agentId = persisted.agentId;
  if (agentId !== undefined && persisted.bootId !== undefined && persisted.bootId !== bootId) {
    // Mesos: a reboot ended every task, so the old id has nothing left to recover; register as a new agent.
    logger.info({ agentId }, 'the machine rebooted since the last run: registering as a new agent');
    await forgetAgentId(options.workDir);
    agentId = undefined;
  }
  const agent = new Agent(options, subjects, logger, detected.resources, detected.hostname, bootId, agentId);
  agent.connect(agentId === undefined ? 'starting' : 'restarted with a persisted id');
  return agent;
}

class Agent implements RunningAgent {
  readonly registered: Promise<string>;
  readonly stopped: Promise<void>;
  private resolveRegistered: (agentId: string) => void = () => undefined;
  private rejectRegistered: (error: Error) => void = () => undefined;
  private resolveStopped: () => void = () => undefined;
  private readonly clock: Clock;
  private readonly updates: StatusUpdateManager;
  private readonly tasks: TaskManager;
  private readonly commands: CommandReceiver;
  private readonly watchdog: PingWatchdog;
  private subscription: BusSubscription | undefined;
  private isRegistered = false;
  private connecting = false;
  private stopRequested = false;
  private stopping: Promise<void> | undefined;
  private pendingSleep: { readonly timer: TimerHandle; readonly wake: () => void } | undefined;

  constructor(
    private readonly options: AgentOptions,
    private readonly subjects: Subjects,
    private readonly logger: Logger,
    private readonly resources: Resources,
    private readonly hostname: string,
    private readonly bootId: string,
    private currentId: string | undefined,
  ) {
    this.clock = options.clock ?? systemClock;
    this.registered = new Promise((resolve, reject) => {
      this.resolveRegistered = resolve;
      this.rejectRegistered = reject;
    });
    // Callers that never look at `registered` must not see an unhandled rejection when the agent stops early.
    void this.registered.catch(() => undefined);
    this.stopped = new Promise((resolve) => { this.resolveStopped = resolve; });
    this.updates = new StatusUpdateManager({
      clock: this.clock,
      backoff: options.statusUpdateBackoff ?? AGENT_DEFAULTS.statusUpdateBackoff,
      send: (update) => this.publishStatus(update),
      onStreamClosed: (frameworkId, taskId) => this.tasks.forget(frameworkId, taskId),
      paused: true,
    });
    this.tasks = new TaskManager({
      containerizer: new ProcessContainerizer({ clock: this.clock }),
      updates: this.updates,
      sendUnreliable: (update) => this.publishStatus(update),
      clock: this.clock,
      logger,
      workDir: options.workDir,
      hostname,
      defaultKillGracePeriodMs: options.defaultKillGracePeriodMs ?? AGENT_DEFAULTS.defaultKillGracePeriodMs,
      agentId: () => this.currentId,
    });
    this.commands = new CommandReceiver({
      ping: () => this.watchdog.ping(),
      runTasks: (runTasks) => this.runTasks(runTasks),
      killTask: (kill) => this.tasks.kill(kill.frameworkId?.value ?? '', kill.taskId?.value ?? '', kill.killPolicy),
      acknowledge: (acknowledgements) => this.acknowledge(acknowledgements),
      shutdownFramework: (frameworkId) => { void this.tasks.shutdownFramework(frameworkId); },
      shutdown: (message) => {
        this.logger.warn({ message }, 'the master shut this agent down');
        void this.stop({ killTasks: true });
      },
      reconcileTasks: (frameworkId, taskIds) => this.tasks.reconcile(frameworkId, taskIds),
      newerEpoch: (epoch) => {
        if (this.isRegistered) this.connect(`a new master leads (epoch ${epoch})`);
      },
    }, logger, () => this.currentId);
    this.watchdog = new PingWatchdog(this.clock, (silentForMs) => this.connect(`no PING from the master for ${silentForMs} ms`));
  }

  get agentId(): string | undefined {
    return this.currentId;
  }

  info(): AgentInfoSnapshot {
    return {
      agentId: this.currentId,
      hostname: this.hostname,
      bootId: this.bootId,
      registered: this.isRegistered,
      resources: this.resources,
      attributes: this.options.attributes ?? [],
      tasks: this.tasks.snapshot(),
    };
  }

  stop(options: StopOptions = {}): Promise<void> {
    this.stopping ??= this.shutdown(options.killTasks ?? false);
    return this.stopping;
  }

  /** (Re-)registers in the background, with backoff, until it succeeds or the agent stops. Tasks keep running. */
  connect(reason: string): void {
    if (this.connecting || this.stopRequested) return;
    this.connecting = true;
    this.isRegistered = false;
    this.watchdog.stop();
    this.updates.pause();
    this.logger.info({ reason, agentId: this.currentId }, 'registering with the master');
    void this.registrationLoop().finally(() => { this.connecting = false; });
  }

  private async registrationLoop(): Promise<void> {
    let delayMs = jitteredStart(100, 500, Math.random);
    const maxMs = this.options.registrationBackoffMaxMs ?? AGENT_DEFAULTS.registrationBackoffMaxMs;
    while (!this.stopRequested) {
      let outcome: RegistrationOutcome;
      try {
        outcome = await this.attemptRegistration();
      } catch (error) {
        if (this.options.bus.isClosed) {
          this.logger.error({ error: errorMessage(error) }, 'the bus is closed: the agent cannot register');
          return;
        }
        outcome = { kind: 'retry', reason: errorMessage(error) };
      }
      if (this.stopRequested) return;
      if (outcome.kind === 'registered') {
        await this.registeredAs(outcome.agentId, outcome.pingIntervalSeconds, outcome.epoch);
        return;
      }
      if (outcome.kind === 'removed') {
        await this.startOver(outcome.code, outcome.message);
        continue;
      }
      this.logger.warn({ reason: outcome.reason, retryInMs: delayMs }, 'registration failed');
      await this.sleep(delayMs);
      delayMs = nextBackoff(delayMs, maxMs);
    }
  }

  private attemptRegistration(): Promise<RegistrationOutcome> {
    const agentId = this.currentId;
    // Subscribed before REREGISTER goes out, so no command the master sends after accepting it can be missed.
    if (agentId !== undefined) this.subscribe(agentId);
    const agentInfo: pb.AgentInfo.$Properties = {
      hostname: this.hostname,
      resources: resourcesToProto(this.resources),
      attributes: this.options.attributes ?? [],
      bootId: this.bootId,
    };
    return requestRegistration(this.options.bus, this.subjects.masterAgent, {
      agentInfo, agentId, tasks: this.tasks.records(), frameworks: this.tasks.frameworks(),
    }, this.options.registrationTimeoutMs ?? AGENT_DEFAULTS.registrationTimeoutMs);
  }

  private async registeredAs(agentId: string, pingIntervalSeconds: number, epoch: number): Promise<void> {
    const fresh = this.currentId === undefined;
    this.currentId = agentId;
    this.subscribe(agentId);
    this.commands.noteEpoch(epoch);
    if (fresh) {
      try {
        await writeIdentity(this.options.workDir, agentId, this.bootId);
      } catch (error) {
        this.logger.error({ error: errorMessage(error) }, 'could not persist the agent id');
      }
      await this.options.bus.flush().catch(() => undefined);
      if (this.stopRequested) return;
    }
    this.isRegistered = true;
    this.watchdog.start(pingIntervalSeconds);
    this.updates.resume();
    this.logger.info({ agentId, epoch, fresh }, fresh ? 'registered' : 're-registered');
    this.resolveRegistered(agentId);
  }

  /** The master no longer knows this id: end every task, forget the id and register as a new agent. */
  private async startOver(code: string, message: string): Promise<void> {
    this.logger.warn({ agentId: this.currentId, code, message }, 'the master removed this agent: starting over');
    await this.tasks.destroyAll();
    this.updates.clear();
    this.unsubscribe();
    this.currentId = undefined;
    try {
      await forgetAgentId(this.options.workDir);
    } catch (error) {
      this.logger.error({ error: errorMessage(error) }, 'could not remove the persisted agent id');
    }
  }

  private runTasks(runTasks: readonly pb.AgentCommand.RunTask.$Properties[]): void {
    for (const { framework, task } of runTasks) {
      if (!framework || !task) {
        this.logger.warn({}, 'ignoring a RUN_TASK entry without framework or task');
        continue;
      }
      const outcome = this.tasks.run(framework, task);
      this.logger.info({ taskId: task.taskId?.value, frameworkId: framework.id?.value, outcome }, 'RUN_TASK');
    }
  }

  private acknowledge(acknowledgements: readonly pb.AgentCommand.Acknowledge.$Properties[]): void {
    for (const ack of acknowledgements) {
      const frameworkId = ack.frameworkId?.value ?? '';
      const taskId = ack.taskId?.value ?? '';
      const outcome = this.updates.acknowledge(frameworkId, taskId, ack.uuid ?? new Uint8Array());
      if (outcome !== 'acknowledged') this.logger.debug({ frameworkId, taskId, outcome }, 'acknowledgement ignored');
    }
  }

  private publishStatus(update: StatusUpdate): void {
    const agentId = this.currentId;
    if (agentId === undefined || this.options.bus.isClosed) return;
    const message: pb.AgentMessage.$Properties = {
      type: v1.AgentMessage.Type.STATUS_UPDATE,
      agentId: { value: agentId },
      statusUpdates: [{ frameworkId: { value: update.frameworkId }, status: update.status }],
    };
    try {
      this.options.bus.publish(this.subjects.masterAgent, encodeMessage(v1.AgentMessage, message));
    } catch (error) {
      // The status-update manager resends; nothing is lost by a failed publish.
      this.logger.warn({ error: errorMessage(error) }, 'could not publish a status update');
    }
  }

  private subscribe(agentId: string): void {
    const subject = this.subjects.agent(agentId);
    if (this.subscription?.subject === subject) return;
    this.unsubscribe();
    this.subscription = this.options.bus.subscribe(subject, (message) => this.commands.receive(message));
  }

  private unsubscribe(): void {
    if (this.subscription !== undefined && !this.options.bus.isClosed) this.subscription.unsubscribe();
    this.subscription = undefined;
  }

  private sleep(delayMs: number): Promise<void> {
    return new Promise((resolve) => {
      const wake = (): void => {
        this.pendingSleep = undefined;
        resolve();
      };
      this.pendingSleep = { timer: this.clock.setTimer(delayMs, wake), wake };
    });
  }

  private async shutdown(killTasks: boolean): Promise<void> {
    this.stopRequested = true;
    this.pendingSleep?.timer.cancel();
    this.pendingSleep?.wake();
    this.watchdog.stop();
    // Killed before the status-update manager stops, so TASK_KILLED goes out once when the master is there.
    if (killTasks) await this.tasks.killAll();
    this.tasks.close();
    this.updates.stop();
    this.unsubscribe();
    if (!this.options.bus.isClosed) await this.options.bus.flush().catch(() => undefined);
    this.isRegistered = false;
    this.rejectRegistered(new DroverError('NOT_RUNNING', 'the agent stopped before it registered'));
    this.logger.info({ agentId: this.currentId, killTasks }, 'agent stopped');
    this.resolveStopped();
  }
}
