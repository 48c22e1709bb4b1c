// The master's shell: wires the bus, the registry, the allocator and the timers around the call handlers.
//
//   bus ──▶ decode ──▶ SchedulerCalls / AgentMessages ──▶ MasterState + HierarchicalAllocator ──▶ Outbox ──▶ bus
//                                   ▲                                      │
//              AllocationLoop ──────┘ (interval + coalesced events) ───────┘ offers
import { hostname as osHostname } from 'node:os';
import { v1, decodeMessage, encodeMessage, isTerminalTaskState, type pb } from '../shared/protocol/index.js';
import { subjectsFor, type Bus, type BusMessage, type BusSubscription, type Subjects } from '../shared/bus/index.js';
import { systemClock, type Clock, type TimerHandle } from '../shared/clock/index.js';
import { errorMessage, isDroverError } from '../shared/errors/index.js';
import { newUuid } from '../shared/ids/index.js';
import { silentLogger, type Logger } from '../shared/logging/index.js';
import { resourcesToProto } from '../shared/resources/index.js';
import type { Store } from '../shared/store/index.js';
import { AllocationLoop, HierarchicalAllocator, type AllocatorOptions } from './allocator/index.js';
import { AgentMessages } from './agent-messages.js';
import type { MasterContext, MasterSettings } from './context.js';
import { MasterCounters } from './metrics.js';
import { Outbox } from './outbox.js';
import { Registrar } from './registrar.js';
import { SchedulerCalls, allocationInfo, refusal } from './scheduler-calls.js';
import { MasterState, type FrameworkEntry, type OfferEntry, type TaskEntry } from './state.js';
import { VERSION } from './version.js';

export interface MasterOptions {
  readonly bus: Bus;
  readonly store: Store;
  readonly cluster?: string;
  readonly clock?: Clock;
  readonly logger?: Logger;
  /** Advertised in MasterInfo and /state. */
  readonly hostname?: string;
  readonly port?: number;
  readonly allocationIntervalMs?: number;
  readonly offerTimeoutMs?: number;
  readonly agentPingIntervalMs?: number;
  readonly maxAgentPingTimeouts?: number;
  readonly frameworkHeartbeatIntervalMs?: number;
  readonly maxMissedFrameworkHeartbeats?: number;
  readonly defaultRefuseSeconds?: number;
  /** How long agents known from the registry get to re-register after a master start (Mesos: 10 min). */
  readonly agentReregisterTimeoutMs?: number;
  readonly allocator?: AllocatorOptions;
  readonly weights?: Readonly<Record<string, number>>;
}

export class Master implements MasterContext {
  readonly state = new MasterState();
  readonly allocator: HierarchicalAllocator;
  readonly registrar: Registrar;
  readonly outbox: Outbox;
  readonly clock: Clock;
  readonly log: Logger;
  readonly settings: MasterSettings;
  readonly counters = new MasterCounters();
  readonly masterId = newUuid();
  readonly subjects: Subjects;
  readonly startedAt: number;
  epoch = 0;

  private readonly bus: Bus;
  private readonly schedulerCalls: SchedulerCalls;
  private readonly agentMessages: AgentMessages;
  private readonly allocationLoop: AllocationLoop;
  private readonly subscriptions: BusSubscription[] = [];
  private readonly timers = new Map<string, TimerHandle>();
  private offerSequence = 0;
  private stopped = false;

  private constructor(private readonly options: MasterOptions) {
    this.bus = options.bus;
    this.clock = options.clock ?? systemClock;
    this.log = options.logger ?? silentLogger();
    const cluster = options.cluster ?? 'drover';
    this.subjects = subjectsFor(cluster);
    this.settings = {
      cluster,
      hostname: options.hostname ?? osHostname(),
      port: options.port ?? 5050,
      allocationIntervalMs: options.allocationIntervalMs ?? 1000,
      offerTimeoutMs: options.offerTimeoutMs,
      agentPingIntervalMs: options.agentPingIntervalMs ?? 15_000,
      maxAgentPingTimeouts: options.maxAgentPingTimeouts ?? 5,
      frameworkHeartbeatIntervalMs: options.frameworkHeartbeatIntervalMs ?? 15_000,
      maxMissedFrameworkHeartbeats: options.maxMissedFrameworkHeartbeats ?? 5,
      defaultRefuseSeconds: options.defaultRefuseSeconds ?? 5,
    };
    this.startedAt = this.clock.now();
    this.allocator = new HierarchicalAllocator(options.allocator);
    for (const [role, weight] of Object.entries(options.weights ?? {})) this.allocator.setWeight(role, weight);
    this.registrar = new Registrar(options.store);
    this.outbox = new Outbox(this.bus, this.subjects, () => this.epoch);
    this.schedulerCalls = new SchedulerCalls(this);
    this.agentMessages = new AgentMessages(this);
    this.allocationLoop = new AllocationLoop({
      clock: this.clock,
      intervalMs: this.settings.allocationIntervalMs,
      run: (agentIds) => this.allocate(agentIds),
    });
  }

  static async start(options: MasterOptions): Promise<Master> {
    const master = new Master(options);
    await master.recover();
    master.listen();
    return master;
  }

  private async recover(): Promise<void> {
    this.epoch = await this.registrar.claimEpoch();
    const registry = await this.registrar.recover();
    const now = this.clock.now();
    for (const [agentId, agent] of registry.agents) {
      if (agent.state !== v1.RegistryAgent.State.GONE) this.agentMessages.pending.set(agentId, agent);
    }
    for (const frameworkId of registry.removedFrameworkIds) {
      this.state.removedFrameworks.set(frameworkId, this.placeholderFramework(frameworkId, { id: { value: frameworkId }, name: frameworkId }, now));
    }
    for (const [frameworkId, record] of registry.frameworks) {
      const info = record.info ?? { id: { value: frameworkId }, name: frameworkId };
      const framework = this.placeholderFramework(frameworkId, info, now);
      this.state.frameworks.set(frameworkId, framework);
      this.allocator.addFramework(frameworkId, allocationInfo(info, []), false);
      // Until its scheduler re-subscribes the framework counts as disconnected. A framework that was already
      // disconnected keeps its deadline across the restart; one that was connected gets its full failover_timeout
      // from now, and never less than the time a live scheduler needs to notice the restart and come back.
      const failoverMs = (info.failoverTimeout ?? 0) * 1000;
      const deadline = record.disconnectedAt > 0 ? record.disconnectedAt * 1000 + failoverMs : now + failoverMs;
      framework.disconnectedAt = record.disconnectedAt > 0 ? record.disconnectedAt * 1000 : now;
      this.startFailoverTimer(framework, Math.max(deadline - now, this.resubscribeGraceMs()));
    }
    const reregisterTimeout = this.options.agentReregisterTimeoutMs ?? 10 * 60_000;
    this.timers.set('agent-reregister-timeout', this.clock.setTimer(reregisterTimeout, () => {
      for (const [agentId, agent] of this.agentMessages.pending) {
        void this.registrar.saveAgent(agentId, agent.info ?? {}, v1.RegistryAgent.State.UNREACHABLE, this.clock.now());
      }
      this.agentMessages.pending.clear();
    }));
    this.log.info({ masterId: this.masterId, epoch: this.epoch, agents: this.agentMessages.pending.size, frameworks: registry.frameworks.size }, 'master recovered its registry');
  }

  private placeholderFramework(frameworkId: string, info: pb.FrameworkInfo.$Properties, now: number): FrameworkEntry {
    return {
      id: frameworkId, info, eventSubject: undefined, connected: false, subscribedHere: false, registeredAt: now, disconnectedAt: now,
      failoverTimer: undefined, missedHeartbeats: 0, tasks: new Map(), completedTasks: [], offerIds: new Set(),
    };
  }

  private listen(): void {
    this.subscriptions.push(this.bus.subscribe(this.subjects.masterScheduler, (message) => this.onSchedulerMessage(message)));
    this.subscriptions.push(this.bus.subscribe(this.subjects.masterAgent, (message) => this.onAgentMessage(message)));
    this.repeat('agent-pings', this.settings.agentPingIntervalMs, () => this.pingAgents());
    this.repeat('framework-heartbeats', this.settings.frameworkHeartbeatIntervalMs, () => this.heartbeatFrameworks());
    this.allocationLoop.start();
  }

  private repeat(name: string, intervalMs: number, action: () => void): void {
    const schedule = (): void => {
      this.timers.set(name, this.clock.setTimer(intervalMs, () => {
        if (this.stopped) return;
        action();
        schedule();
      }));
    };
    schedule();
  }

  private onSchedulerMessage(message: BusMessage): void {
    let call: pb.Call;
    try {
      call = decodeMessage(v1.Call, message.data);
    } catch (error) {
      this.counters.count('dropped_messages');
      this.log.warn({ err: errorMessage(error) }, 'malformed scheduler call');
      message.respond(encodeMessage(v1.CallResponse, refusal('DECODE_FAILED', errorMessage(error))));
      return;
    }
    this.schedulerCalls.handle(call).then(
      (response) => message.respond(encodeMessage(v1.CallResponse, { epoch: this.epoch, ...response })),
      (error: unknown) => {
        this.log.error({ err: errorMessage(error), type: v1.Call.Type[call.type] }, 'scheduler call failed');
        message.respond(encodeMessage(v1.CallResponse, refusal('INVALID_CALL', `the master could not process the call: ${errorMessage(error)}`)));
      },
    );
  }

  private onAgentMessage(message: BusMessage): void {
    let decoded: pb.AgentMessage;
    try {
      decoded = decodeMessage(v1.AgentMessage, message.data);
    } catch (error) {
      this.counters.count('dropped_messages');
      this.log.warn({ err: errorMessage(error) }, 'malformed agent message');
      message.respond(encodeMessage(v1.AgentMessageResponse, { ok: false, errorCode: 'DECODE_FAILED', errorMessage: errorMessage(error) }));
      return;
    }
    this.agentMessages.handle(decoded).then(
      (response) => {
        if (response !== undefined) message.respond(encodeMessage(v1.AgentMessageResponse, response));
      },
      (error: unknown) => {
        this.log.error({ err: errorMessage(error) }, 'agent message failed');
        message.respond(encodeMessage(v1.AgentMessageResponse, { ok: false, errorCode: 'INVALID_ARGUMENT', errorMessage: errorMessage(error) }));
      },
    );
  }

  private pingAgents(): void {
    for (const agent of this.state.agents.values()) {
      if (agent.status !== 'active') continue;
      this.outbox.ping(agent.id, this.settings.agentPingIntervalMs).then(
        () => { agent.missedPings = 0; },
        (error: unknown) => {
          if (agent.status !== 'active' || this.stopped) return;
          agent.missedPings += 1;
          this.log.debug({ agentId: agent.id, missed: agent.missedPings, err: errorMessage(error) }, 'agent missed a ping');
          if (agent.missedPings >= this.settings.maxAgentPingTimeouts) {
            this.agentMessages.removeAgent(agent, `no answer to ${agent.missedPings} pings`);
          }
        },
      );
    }
  }

  private heartbeatFrameworks(): void {
    for (const framework of this.state.frameworks.values()) {
      const subject = framework.eventSubject;
      if (!framework.connected || subject === undefined) continue;
      this.outbox.heartbeat(subject, this.settings.frameworkHeartbeatIntervalMs).then(
        () => { framework.missedHeartbeats = 0; },
        (error: unknown) => {
          if (!framework.connected || framework.eventSubject !== subject || this.stopped) return;
          framework.missedHeartbeats += 1;
          // Nobody listening means the scheduler's connection is gone: no reason to wait for more misses.
          if (isDroverError(error, 'BUS_NO_RESPONDERS') || framework.missedHeartbeats >= this.settings.maxMissedFrameworkHeartbeats) {
            this.disconnectFramework(framework, `heartbeat failed: ${errorMessage(error)}`);
          }
        },
      );
    }
  }

  /** The scheduler is gone: keep its tasks for failover_timeout, then tear it down. */
  disconnectFramework(framework: FrameworkEntry, reason: string): void {
    if (!framework.connected) return;
    framework.connected = false;
    framework.disconnectedAt = this.clock.now();
    this.allocator.deactivateFramework(framework.id);
    for (const offerId of [...framework.offerIds]) {
      const offer = this.state.offers.get(offerId);
      if (offer !== undefined) this.rescindOffer(offer);
    }
    this.log.warn({ frameworkId: framework.id, reason, failoverTimeoutSeconds: framework.info.failoverTimeout ?? 0 }, 'framework disconnected');
    void this.registrar.saveFramework(framework.id, framework.info, framework.disconnectedAt).catch((error: unknown) => {
      this.log.error({ err: errorMessage(error) }, 'could not record the framework disconnection');
    });
    this.startFailoverTimer(framework);
  }

  /** How long a scheduler that was connected when the master restarted gets to re-subscribe. */
  private resubscribeGraceMs(): number {
    return 2 * this.settings.frameworkHeartbeatIntervalMs * this.settings.maxMissedFrameworkHeartbeats;
  }

  private startFailoverTimer(framework: FrameworkEntry, timeoutMs = Math.max(0, (framework.info.failoverTimeout ?? 0) * 1000)): void {
    framework.failoverTimer?.cancel();
    framework.failoverTimer = this.clock.setTimer(timeoutMs, () => {
      framework.failoverTimer = undefined;
      if (!framework.connected && this.state.frameworks.get(framework.id) === framework) {
        this.removeFramework(framework, `failover timeout expired (${(framework.info.failoverTimeout ?? 0)} s)`);
      }
    });
  }

  removeFramework(framework: FrameworkEntry, reason: string): void {
    const now = this.clock.now();
    framework.failoverTimer?.cancel();
    framework.failoverTimer = undefined;
    for (const offerId of [...framework.offerIds]) {
      const offer = this.state.removeOffer(offerId);
      if (offer !== undefined) this.allocator.recoverResources(framework.id, offer.agentId, offer.role, offer.resources, undefined, now);
    }
    const agentsWithTasks = new Set<string>();
    for (const task of [...framework.tasks.values()]) {
      agentsWithTasks.add(task.agentId);
      if (!isTerminalTaskState(task.state)) {
        task.state = v1.TaskState.TASK_KILLED;
        task.history.push({ state: v1.TaskState.TASK_KILLED, timestamp: now / 1000 });
      }
      this.recoverTask(task);
    }
    for (const agentId of agentsWithTasks) {
      if (this.state.agents.get(agentId)?.status === 'active') {
        this.outbox.toAgent(agentId, { type: v1.AgentCommand.Type.SHUTDOWN_FRAMEWORK, shutdownFramework: { frameworkId: { value: framework.id } } });
      }
    }
    if (framework.connected) {
      this.outbox.toFramework(framework.eventSubject, { type: v1.Event.Type.ERROR, error: { code: 'FRAMEWORK_REMOVED', message: `framework removed: ${reason}` } });
    }
    framework.connected = false;
    this.allocator.removeFramework(framework.id);
    this.state.frameworks.delete(framework.id);
    this.state.removedFrameworks.set(framework.id, framework);
    this.log.info({ frameworkId: framework.id, reason }, 'framework removed');
    void this.registrar.markFrameworkRemoved(framework.id, now).catch((error: unknown) => {
      this.log.error({ err: errorMessage(error) }, 'could not record the framework removal');
    });
    this.requestAllocation();
  }

  /** Hands a finished task's resources back to the allocator (once) and files the task as completed. */
  private recoverTask(task: TaskEntry): void {
    if (task.resourcesRecovered) return;
    task.resourcesRecovered = true;
    const agent = this.state.agents.get(task.agentId);
    if (agent?.status === 'active') {
      this.allocator.recoverResources(task.frameworkId, task.agentId, task.role, task.resources, undefined, this.clock.now());
      this.requestAllocation([task.agentId]);
    }
    this.state.completeTask(task);
  }

  applyStatus(framework: FrameworkEntry, task: TaskEntry | undefined, status: pb.TaskStatus.$Properties): void {
    const state = status.state ?? v1.TaskState.TASK_STATE_UNSPECIFIED;
    if (task !== undefined && !task.resourcesRecovered) {
      if (state !== task.state) task.history.push({ state, timestamp: status.timestamp ?? this.clock.now() / 1000 });
      task.state = state;
      task.latestStatus = status;
      if (isTerminalTaskState(state)) this.recoverTask(task);
    }
    this.counters.countTaskState(state);
    this.outbox.toFramework(framework.eventSubject, { type: v1.Event.Type.UPDATE, update: { status } });
  }

  rescindOffer(offer: OfferEntry, refuseSeconds?: number): void {
    if (this.state.removeOffer(offer.id) === undefined) return;
    const framework = this.state.frameworks.get(offer.frameworkId);
    this.outbox.toFramework(framework?.eventSubject, { type: v1.Event.Type.RESCIND, rescind: { offerId: { value: offer.id } } });
    this.allocator.recoverResources(offer.frameworkId, offer.agentId, offer.role, offer.resources, refuseSeconds, this.clock.now());
    this.requestAllocation([offer.agentId]);
  }

  requestAllocation(agentIds?: Iterable<string>): void {
    if (!this.stopped) this.allocationLoop.requestAllocation(agentIds);
  }

  pendingAgentIds(): ReadonlySet<string> {
    return new Set(this.agentMessages.pending.keys());
  }

  private allocate(agentIds: Set<string> | 'all'): void {
    if (this.stopped) return;
    const started = performance.now();
    const now = this.clock.now();
    const decisions = this.allocator.allocate(now, agentIds === 'all' ? undefined : agentIds);
    this.counters.recordAllocationRun(performance.now() - started);
    const byFramework = new Map<FrameworkEntry, pb.Offer.$Properties[]>();
    for (const decision of decisions) {
      const framework = this.state.frameworks.get(decision.frameworkId);
      const agent = this.state.agents.get(decision.agentId);
      if (framework === undefined || agent === undefined || !framework.connected || agent.status !== 'active') {
        this.allocator.recoverResources(decision.frameworkId, decision.agentId, decision.role, decision.resources, undefined, now);
        continue;
      }
      this.offerSequence += 1;
      const offer: OfferEntry = {
        id: `${this.masterId}-O${this.offerSequence}`, frameworkId: framework.id, agentId: agent.id, role: decision.role,
        resources: decision.resources, createdAt: now, timeout: undefined,
      };
      this.state.addOffer(offer);
      if (this.settings.offerTimeoutMs !== undefined) {
        offer.timeout = this.clock.setTimer(this.settings.offerTimeoutMs, () => {
          const current = this.state.offers.get(offer.id);
          if (current !== undefined) this.rescindOffer(current);
        });
      }
      const offers = byFramework.get(framework) ?? [];
      offers.push({
        id: { value: offer.id }, frameworkId: { value: framework.id }, agentId: { value: agent.id }, hostname: agent.info.hostname ?? '',
        resources: resourcesToProto(offer.resources), attributes: agent.info.attributes ?? [], allocationRole: offer.role,
        // As in Mesos, the URL names the agent by the address it advertises (its IP), falling back to the host name.
        url: `http://${agent.info.address || agent.info.hostname || ''}:${agent.info.port ?? 0}/agent/${agent.id}`,
      });
      byFramework.set(framework, offers);
    }
    for (const [framework, offers] of byFramework) {
      this.counters.count('offers_sent', offers.length);
      this.outbox.toFramework(framework.eventSubject, { type: v1.Event.Type.OFFERS, offers: { offers } });
    }
  }

  masterInfo(): pb.MasterInfo.$Properties {
    return {
      id: this.masterId, hostname: this.settings.hostname, port: this.settings.port, version: VERSION,
      cluster: this.settings.cluster, epoch: this.epoch,
    };
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.allocationLoop.stop();
    for (const timer of this.timers.values()) timer.cancel();
    for (const framework of this.state.frameworks.values()) framework.failoverTimer?.cancel();
    for (const offer of this.state.offers.values()) offer.timeout?.cancel();
    for (const subscription of this.subscriptions) subscription.unsubscribe();
    await this.bus.flush().catch(() => undefined);
  }
}
