// The agent process: registers with the master, takes its commands, runs tasks through the containerizer and
// delivers their status updates reliably. Flow: README.md.
import { chmod, mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { subjectsFor, type BusSubscription, type Subjects } from '../shared/bus/index.js';
import { systemClock, type Clock, type TimerHandle } from '../shared/clock/index.js';
import { DroverError, errorMessage } from '../shared/errors/index.js';
import { encodeMessage, v1, type pb } from '../shared/protocol/index.js';
import { resourcesToProto, type Resources } from '../shared/resources/index.js';
import { jitteredStart, nextBackoff } from './backoff.js';
import { CommandReceiver } from './command-receiver.js';
import { TaskCheckpoint, type ExecutorCheckpointEntry, type RecoveredTask } from './checkpoint/index.js';
import { buildContainerizers, forgetContainers, type BuiltContainerizers } from './containerizers.js';
import { fingerprint } from './fingerprint.js';
import { SandboxGc } from './gc/index.js';
import { DEFAULT_FETCHER_CACHE_BYTES, FETCHER_CACHE_DIR, Fetcher } from './fetcher/index.js';
import { ExecutorManager, type ExecutorHost } from './executors/index.js';
import { HealthMonitor } from './health-monitor.js';
import { startAgentHttpServer, type AgentHttpServer } from './http/index.js';
import { agentStateJson } from './state-json.js';
import { currentBootId, forgetAgentId, readIdentity, writeIdentity } from './identity.js';
import { silentLogger, type Logger } from './logger.js';
import { PingWatchdog } from './ping-watchdog.js';
import { requestRegistration, type RegistrationOutcome } from './registration.js';
import { StatusUpdateManager, type StatusUpdate } from './status-update-manager.js';
import { TaskManager } from './task-manager.js';
import { endsTaskOnAgent } from './task-statuses.js';
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
  // Tasks that run as other users must be able to reach their sandboxes below the work dir (traverse, not list).
  if (options.switchUser ?? true) await chmod(options.workDir, (await stat(options.workDir)).mode | 0o111);
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
    // Nothing of the last boot runs any more: its checkpoints describe nothing to recover.
    await new TaskCheckpoint(options.workDir).clear();
    await forgetContainers(options.workDir);
    agentId = undefined;
  }
  const clock = options.clock ?? systemClock;
  let currentId = agentId;
  const containerizers = await buildContainerizers({
    workDir: options.workDir, clock, logger, agentId: () => currentId,
    ...(options.containerizers === undefined ? {} : { containerizers: options.containerizers }),
    ...(options.isolation === undefined ? {} : { isolation: options.isolation }),
    ...(options.cgroupsRoot === undefined ? {} : { cgroupsRoot: options.cgroupsRoot }),
    ...(options.pidsLimit === undefined ? {} : { pidsLimit: options.pidsLimit }),
    ...(options.logRotation === undefined ? {} : { logRotation: options.logRotation }),
    ...(options.dockerSocket === undefined ? {} : { dockerSocket: options.dockerSocket }),
    ...(options.dockerAllow === undefined ? {} : { dockerAllow: options.dockerAllow }),
  });
  for (const note of containerizers.notes) logger.warn({ note }, 'isolation');
  const checkpoint = new TaskCheckpoint(options.workDir);
  const recovered = agentId === undefined ? { tasks: [], executors: [] } : await recoverTasks(checkpoint, containerizers, logger);
  const gc = new SandboxGc({
    workDir: options.workDir, clock, logger,
    ...(options.gcDelayMs === undefined ? {} : { delayMs: options.gcDelayMs }),
    ...(options.gcDiskHeadroom === undefined ? {} : { headroom: options.gcDiskHeadroom }),
  });
  // The server starts first (the agent advertises its port); it answers for the agent once that exists.
  const started: { agent?: Agent } = {};
  const http = await startAgentHttpServer({
    host: options.httpHost ?? '0.0.0.0', port: options.httpPort ?? 0, workDir: options.workDir, logger,
    agentId: () => currentId,
    statistics: () => started.agent?.statistics() ?? Promise.resolve([]),
    state: () => (started.agent === undefined ? {} : agentStateJson(started.agent.info())),
  });
  const agent = new Agent(options, subjects, logger, detected.resources, detected.hostname, bootId, agentId,
    containerizers, checkpoint, (id) => { currentId = id; }, gc, http);
  started.agent = agent;
  agent.adopt(recovered);
  gc.start();
  agent.connect(agentId === undefined ? 'starting' : 'restarted with a persisted id');
  return agent;
}

/** Reads the task checkpoint and lets the containerizers find their containers again (Mesos agent recovery). */
async function recoverTasks(checkpoint: TaskCheckpoint, containerizers: BuiltContainerizers, logger: Logger):
Promise<Recovered> {
  const { tasks, executors, problems } = await checkpoint.readAll();
  for (const problem of problems) logger.warn({ problem }, 'skipping an unreadable checkpoint');
  await containerizers.containerizer.recover([
    ...TaskManager.knownContainers(tasks),
    ...executors.map(({ containerId, containerizer, sandbox }) => ({ containerId, containerizer, sandbox })),
  ]);
  logger.info({ tasks: tasks.length, executors: executors.length }, 'recovered checkpointed tasks');
  return { tasks, executors };
}

interface Recovered {
  readonly tasks: readonly RecoveredTask[];
  readonly executors: readonly ExecutorCheckpointEntry[];
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
  private readonly health: HealthMonitor;
  private readonly executors: ExecutorManager;
  private readonly fetcher: Fetcher;
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
    private readonly containerizers: BuiltContainerizers,
    private readonly checkpoint: TaskCheckpoint,
    private readonly onAgentId: (agentId: string | undefined) => void,
    private readonly gc: SandboxGc,
    private readonly http: AgentHttpServer,
  ) {
    this.clock = options.clock ?? systemClock;
    this.registered = new Promise((resolve, reject) => {
      this.resolveRegistered = resolve;
      this.rejectRegistered = reject;
    });
    // Callers that never look at `registered` must not see an unhandled rejection when the agent stops early.
    void this.registered.catch(() => undefined);
    this.stopped = new Promise((resolve) => { this.resolveStopped = resolve; });
    this.fetcher = new Fetcher({
      cacheDir: join(options.workDir, FETCHER_CACHE_DIR),
      cacheMaxBytes: options.fetcherCacheSize ?? DEFAULT_FETCHER_CACHE_BYTES,
      logger,
    });
    this.executors = new ExecutorManager({
      bus: options.bus, cluster: options.cluster, agentId: () => this.currentId, natsUrl: options.natsUrl,
      hostname, clock: this.clock, logger, switchUser: options.switchUser ?? true,
      host: this.executorHost(containerizers, options.workDir),
    });
    this.health = new HealthMonitor(containerizers.containerizer, this.clock, logger,
      (frameworkId, taskId, healthy, message) => this.tasks.healthChanged(frameworkId, taskId, healthy, message));
    this.updates = new StatusUpdateManager({
      clock: this.clock,
      backoff: options.statusUpdateBackoff ?? AGENT_DEFAULTS.statusUpdateBackoff,
      send: (update) => this.publishStatus(update),
      onStreamClosed: (frameworkId, taskId) => this.tasks.forget(frameworkId, taskId),
      paused: true,
    });
    this.tasks = new TaskManager({
      containerizer: containerizers.containerizer,
      containerizerFor: containerizers.containerizerFor,
      fetcher: this.fetcher,
      switchUser: options.switchUser ?? true,
      checkpoint: this.checkpoint,
      executors: this.executors,
      onRunning: (task) => this.health.started(task),
      onEnded: (frameworkId, taskId) => this.health.ended(frameworkId, taskId),
      onSandboxDone: (sandbox) => { this.gc.schedule(sandbox, this.clock.now()); },
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
      shutdownFramework: (frameworkId) => {
        void this.executors.shutdownFramework(frameworkId);
        void this.tasks.shutdownFramework(frameworkId);
      },
      shutdown: (message) => {
        this.logger.warn({ message }, 'the master shut this agent down');
        void this.stop({ killTasks: true });
      },
      reconcileTasks: (frameworkId, taskIds) => this.tasks.reconcile(frameworkId, taskIds),
      frameworkToExecutor: (frameworkId, executorId, data) => {
        if (!this.executors.frameworkMessage(frameworkId, executorId, data)) {
          this.logger.warn({ frameworkId, executorId }, 'dropping a framework message for an executor that is not subscribed');
        }
      },
      newerEpoch: (epoch) => {
        if (this.isRegistered) this.connect(`a new master leads (epoch ${epoch})`);
      },
    }, logger, () => this.currentId);
    this.watchdog = new PingWatchdog(this.clock, (silentForMs) => this.connect(`no PING from the master for ${silentForMs} ms`));
  }

  get agentId(): string | undefined {
    return this.currentId;
  }

  adopt(recovered: Recovered): void {
    this.tasks.adopt(recovered.tasks);
    for (const executor of recovered.executors) this.adoptExecutor(executor, recovered.tasks);
    this.executors.start();
  }

  /** Gives a recovered executor back to the ExecutorManager, with its unfinished tasks; it re-subscribes. */
  private adoptExecutor(executor: ExecutorCheckpointEntry, tasks: readonly RecoveredTask[]): void {
    const mine = tasks.filter((task) => task.frameworkId === executor.frameworkId
      && task.info.executor?.executorId?.value === executor.executorId);
    const executorInfo = mine[0]?.info.executor;
    const framework = mine[0]?.framework;
    if (executorInfo === undefined || executorInfo === null || framework === undefined) {
      // None of its tasks is left to say what it was: nothing to give it back to.
      void this.containerizers.containerizer.destroy(executor.containerId);
      void this.checkpoint.removeExecutor(executor.frameworkId, executor.executorId).catch(() => undefined);
      return;
    }
    const unfinished = mine.filter((task) => !endsTaskOnAgent(task.latest?.state ?? v1.TaskState.TASK_STAGING))
      .map((task) => ({ taskId: task.taskId, state: task.latest?.state ?? v1.TaskState.TASK_STAGING }));
    this.executors.adopt(framework, executorInfo, executor.containerId, unfinished);
  }

  /** What the ExecutorManager needs of the agent: containers, sandboxes, and where executor news goes. */
  private executorHost(containerizers: BuiltContainerizers, workDir: string): ExecutorHost {
    const containerizer = containerizers.containerizer;
    return {
      launchContainer: async (request) => {
        const framework = this.tasks.frameworks().find((candidate) => candidate.id?.value === request.frameworkId);
        if (framework?.checkpoint === true) {
          // Intent before action: a restarted agent must know the executor's container to give it back its tasks.
          await this.checkpoint.writeExecutor({
            frameworkId: request.frameworkId, executorId: request.task.taskId?.value ?? '', containerId: request.containerId,
            containerizer: containerizers.containerizerFor(request.task), sandbox: request.sandbox,
          });
        }
        const uris = request.task.command?.uris ?? [];
        if (uris.length > 0) {
          try {
            await this.fetcher.fetch({ uris, sandbox: request.sandbox, ...(request.user === undefined ? {} : { user: request.user }) });
          } catch (error) {
            return { failed: errorMessage(error) };
          }
        }
        return containerizer.launch(request);
      },
      waitContainer: (containerId) => containerizer.wait(containerId),
      killContainer: async (containerId, gracePeriodMs) => { await containerizer.kill(containerId, { gracePeriodMs }); },
      destroyContainer: async (containerId) => { await containerizer.destroy(containerId); },
      sandboxFor: (frameworkId, executorId, containerId) => join(workDir, 'agents', this.currentId ?? 'unregistered',
        'frameworks', frameworkId, 'executors', executorId, 'runs', containerId),
      statusFromExecutor: (frameworkId, status) => this.tasks.statusFromExecutor(frameworkId, status),
      messageToFramework: (frameworkId, executorId, data) => this.publishToMaster({
        type: v1.AgentMessage.Type.EXECUTOR_TO_FRAMEWORK,
        executorToFramework: { frameworkId: { value: frameworkId }, executorId: { value: executorId }, data },
      }),
      executorEnded: async (frameworkId, executorId, taskIds, _termination, reason, message) => {
        await this.tasks.executorEnded(frameworkId, taskIds, reason, message);
        await this.checkpoint.removeExecutor(frameworkId, executorId).catch(() => undefined);
      },
    };
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
      httpUrl: this.http.url,
    };
  }

  /** Mesos /monitor/statistics: one entry per running container, its usage from the containerizer. */
  async statistics(): Promise<unknown[]> {
    const running = this.tasks.snapshot().filter((task) => task.stateName === 'TASK_RUNNING');
    const entries = await Promise.all(running.map(async (task) => {
      const usage = await this.containerizers.containerizer.usage(task.containerId).catch(() => undefined);
      if (usage === undefined) return undefined;
      return { executor_id: task.taskId, executor_name: `Command Executor (Task: ${task.taskId})`,
        framework_id: task.frameworkId, source: task.taskId, container_id: task.containerId, statistics: usage };
    }));
    return entries.filter((entry) => entry !== undefined);
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
      // The files API and statistics live here; the master proxies sandbox reads to it.
      port: this.http.port,
      ...(this.options.advertiseAddress === undefined ? {} : { address: this.options.advertiseAddress }),
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
    this.onAgentId(agentId);
    this.subscribe(agentId);
    this.executors.rebind();
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
    // Sandboxes of runs that ended before this agent started (or under an earlier id) are collected in time too.
    const live = new Set(this.tasks.snapshot().map((task) => task.containerId));
    void this.gc.scanExisting(agentId, (_frameworkId, _taskId, runId) => live.has(runId)).catch((error: unknown) => {
      this.logger.warn({ error: errorMessage(error) }, 'sandbox scan failed');
    });
  }

  /** The master no longer knows this id: end every task, forget the id and register as a new agent. */
  private async startOver(code: string, message: string): Promise<void> {
    this.logger.warn({ agentId: this.currentId, code, message }, 'the master removed this agent: starting over');
    await this.executors.destroyAll();
    await this.tasks.destroyAll();
    this.updates.clear();
    this.unsubscribe();
    this.currentId = undefined;
    this.onAgentId(undefined);
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
      const uuid = ack.uuid ?? new Uint8Array();
      // Written down first: the acknowledgement may close the stream, which removes the task's checkpoint.
      this.tasks.acknowledged(frameworkId, taskId, uuid);
      const outcome = this.updates.acknowledge(frameworkId, taskId, uuid);
      if (outcome !== 'acknowledged') this.logger.debug({ frameworkId, taskId, outcome }, 'acknowledgement ignored');
    }
  }

  private publishStatus(update: StatusUpdate): void {
    // The status-update manager resends; nothing is lost by a failed publish.
    this.publishToMaster({
      type: v1.AgentMessage.Type.STATUS_UPDATE,
      statusUpdates: [{ frameworkId: { value: update.frameworkId }, status: update.status }],
    });
  }

  private publishToMaster(message: Omit<pb.AgentMessage.$Properties, 'agentId'>): void {
    const agentId = this.currentId;
    if (agentId === undefined || this.options.bus.isClosed) return;
    try {
      this.options.bus.publish(this.subjects.masterAgent, encodeMessage(v1.AgentMessage, { ...message, agentId: { value: agentId } }));
    } catch (error) {
      this.logger.warn({ error: errorMessage(error), type: message.type }, 'could not publish to the master');
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
    // Killed before the status-update manager stops, so TASK_KILLED goes out once when the master is there. Tasks
    // of frameworks without checkpointing could not be recovered by a restarted agent, so they end either way.
    // Executors of checkpointing frameworks stay for the next agent to adopt, like their tasks.
    await this.executors.shutdownAll(killTasks ? () => true : (framework) => framework.checkpoint !== true);
    if (killTasks) await this.tasks.killAll();
    else await this.tasks.killUncheckpointed();
    this.executors.stop();
    this.tasks.close();
    this.health.stopAll();
    this.gc.stop();
    await this.containerizers.containerizer.close();
    await this.http.close().catch(() => undefined);
    this.updates.stop();
    this.unsubscribe();
    if (!this.options.bus.isClosed) await this.options.bus.flush().catch(() => undefined);
    this.isRegistered = false;
    this.rejectRegistered(new DroverError('NOT_RUNNING', 'the agent stopped before it registered'));
    this.logger.info({ agentId: this.currentId, killTasks }, 'agent stopped');
    this.resolveStopped();
  }
}
