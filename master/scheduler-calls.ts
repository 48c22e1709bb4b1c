// Scheduler Calls (framework -> master): SUBSCRIBE, ACCEPT, DECLINE, REVIVE, SUPPRESS, KILL, ACKNOWLEDGE, RECONCILE,
// MESSAGE, SHUTDOWN, TEARDOWN, UPDATE_FRAMEWORK. Each returns a CallResponse; refusals are responses, never throws.
import { v1, isTerminalTaskState, type pb } from '../shared/protocol/index.js';
import { invalidIdReason } from '../shared/ids/index.js';
import { addResources, invalidRoleReason, resourcesToProto, subtractResources, type Resources } from '../shared/resources/index.js';
import type { ErrorCode } from '../shared/errors/index.js';
import { planAccept } from './accept-plan.js';
import type { MasterContext } from './context.js';
import type { FrameworkEntry, OfferEntry, TaskEntry } from './state.js';
import { isPartitionAware, masterStatus } from './task-status.js';
import { reconcileAnswers } from './reconcile.js';

const CALL = v1.Call.Type;
const STATE = v1.TaskState;
const REASON = v1.TaskStatus.Reason;

/** Mesos caps refuse_seconds at one year; negative or absent means the default. */
const MAX_REFUSE_SECONDS = 31_536_000;

export function refusal(code: ErrorCode, message: string): pb.CallResponse.$Properties {
  return { ok: false, errorCode: code, errorMessage: message };
}

const OK: pb.CallResponse.$Properties = { ok: true };

export class SchedulerCalls {
  private frameworkSequence = 0;

  constructor(private readonly master: MasterContext) {}

  async handle(call: pb.Call): Promise<pb.CallResponse.$Properties> {
    const type = call.type;
    this.master.counters.count(`scheduler_${(CALL[type] ?? 'unknown').toLowerCase()}`);
    if (type === CALL.SUBSCRIBE) return this.subscribe(call);
    const frameworkId = call.frameworkId?.value ?? '';
    const framework = this.master.state.frameworks.get(frameworkId);
    if (framework === undefined || !framework.connected) {
      if (this.master.state.removedFrameworks.has(frameworkId)) {
        return refusal('FRAMEWORK_REMOVED', `framework ${frameworkId} was torn down`);
      }
      return refusal('NOT_SUBSCRIBED', `framework '${frameworkId}' is not subscribed: send SUBSCRIBE first`);
    }
    switch (type) {
      case CALL.TEARDOWN:
        this.master.removeFramework(framework, 'the framework asked for TEARDOWN');
        return OK;
      case CALL.ACCEPT:
        return this.accept(framework, call.accept);
      case CALL.DECLINE:
        return this.decline(framework, call.decline);
      case CALL.REVIVE:
        this.master.allocator.reviveOffers(framework.id, optionalRoles(call.revive?.roles), this.master.clock.now());
        this.master.requestAllocation();
        return OK;
      case CALL.SUPPRESS:
        this.master.allocator.suppressOffers(framework.id, optionalRoles(call.suppress?.roles));
        return OK;
      case CALL.KILL:
        return this.kill(framework, call.kill);
      case CALL.ACKNOWLEDGE:
        return this.acknowledge(framework, call.acknowledge);
      case CALL.RECONCILE:
        for (const status of reconcileAnswers(framework, call.reconcile?.tasks ?? [], {
          agents: this.master.state.agents, pendingAgentIds: this.master.pendingAgentIds(), nowMs: this.master.clock.now(),
        })) {
          this.master.outbox.toFramework(framework.eventSubject, { type: v1.Event.Type.UPDATE, update: { status } });
        }
        return OK;
      case CALL.MESSAGE:
        return this.message(framework, call.message);
      case CALL.SHUTDOWN:
        // Custom executors arrive with the agent issue; the built-in command executor has nothing to shut down.
        return OK;
      case CALL.REQUEST:
        return OK;
      case CALL.UPDATE_FRAMEWORK:
        return this.updateFramework(framework, call.updateFramework);
      default:
        return refusal('INVALID_CALL', `unknown call type ${String(type)}`);
    }
  }

  private async subscribe(call: pb.Call): Promise<pb.CallResponse.$Properties> {
    const subscribe = call.subscribe;
    const info = subscribe?.frameworkInfo;
    if (subscribe === undefined || subscribe === null || info === undefined || info === null) {
      return refusal('INVALID_CALL', 'SUBSCRIBE needs subscribe.framework_info');
    }
    const eventSubject = subscribe.eventSubject ?? '';
    if (!eventSubject.startsWith(this.frameworkSubjectPrefix()) || eventSubject.length <= this.frameworkSubjectPrefix().length) {
      return refusal('INVALID_CALL', `subscribe.event_subject must start with '${this.frameworkSubjectPrefix()}'`);
    }
    if ((info.name ?? '') === '') return refusal('INVALID_CALL', 'framework_info.name must not be empty');
    const roles = info.roles !== undefined && info.roles !== null && info.roles.length > 0 ? info.roles : ['*'];
    for (const role of roles) {
      const problem = invalidRoleReason(role);
      if (problem !== undefined) return refusal('INVALID_CALL', `framework_info.roles: '${role}' ${problem}`);
    }
    if (new Set(roles).size !== roles.length) return refusal('INVALID_CALL', 'framework_info.roles has duplicates');
    const failover = info.failoverTimeout ?? 0;
    if (!(failover >= 0)) return refusal('INVALID_CALL', 'framework_info.failover_timeout must be >= 0');
    const callId = call.frameworkId?.value ?? '';
    const requestedId = (info.id?.value ?? '') !== '' ? info.id?.value ?? '' : callId;
    if (requestedId !== '') {
      const problem = invalidIdReason(requestedId);
      if (problem !== undefined) return refusal('INVALID_CALL', `framework id '${requestedId}' ${problem}`);
      if (this.master.state.removedFrameworks.has(requestedId)) {
        return refusal('FRAMEWORK_REMOVED', `framework ${requestedId} was torn down and cannot subscribe again`);
      }
    }
    const now = this.master.clock.now();
    const existing = requestedId === '' ? undefined : this.master.state.frameworks.get(requestedId);
    if (existing !== undefined && (existing.info.principal ?? '') !== '' && existing.info.principal !== (info.principal ?? '')) {
      return refusal('INVALID_CALL', `framework ${requestedId} subscribed with principal '${existing.info.principal ?? ''}' and cannot change it`);
    }
    const frameworkId = requestedId !== '' ? requestedId : this.newFrameworkId();
    const normalizedInfo: pb.FrameworkInfo.$Properties = { ...info, id: { value: frameworkId }, roles, failoverTimeout: failover };
    // Intent first: the registry learns of the framework before it gets anything.
    await this.master.registrar.saveFramework(frameworkId, normalizedInfo, undefined);

    let framework = existing;
    if (framework === undefined) {
      framework = {
        id: frameworkId, info: normalizedInfo, eventSubject, connected: true, subscribedHere: true, registeredAt: now,
        disconnectedAt: undefined, failoverTimer: undefined, missedHeartbeats: 0, tasks: new Map(), completedTasks: [],
        offerIds: new Set(),
      };
      this.master.state.frameworks.set(frameworkId, framework);
      this.master.allocator.addFramework(frameworkId, allocationInfo(normalizedInfo, subscribe.suppressedRoles), true);
      this.master.log.info({ frameworkId, name: info.name }, 'framework subscribed');
    } else {
      // Failover: the new scheduler replaces the old subscription; its offers go away, its tasks stay.
      if (framework.connected && framework.eventSubject !== undefined && framework.eventSubject !== eventSubject) {
        this.master.outbox.toFramework(framework.eventSubject, {
          type: v1.Event.Type.ERROR, error: { code: 'FRAMEWORK_FAILED_OVER', message: 'another scheduler subscribed with this framework id' },
        });
      }
      for (const offerId of [...framework.offerIds]) {
        const offer = this.master.state.offers.get(offerId);
        if (offer !== undefined) this.master.rescindOffer(offer);
      }
      framework.failoverTimer?.cancel();
      framework.failoverTimer = undefined;
      framework.info = normalizedInfo;
      framework.eventSubject = eventSubject;
      framework.connected = true;
      framework.subscribedHere = true;
      framework.disconnectedAt = undefined;
      framework.missedHeartbeats = 0;
      this.master.allocator.updateFramework(frameworkId, allocationInfo(normalizedInfo, subscribe.suppressedRoles));
      this.master.allocator.activateFramework(frameworkId);
      this.master.log.info({ frameworkId, name: info.name, tasks: framework.tasks.size }, 'framework re-subscribed');
    }
    this.master.requestAllocation();
    return {
      ok: true,
      subscribed: {
        type: v1.Event.Type.SUBSCRIBED,
        epoch: this.master.epoch,
        subscribed: {
          frameworkId: { value: frameworkId },
          heartbeatIntervalSeconds: this.master.settings.frameworkHeartbeatIntervalMs / 1000,
          masterInfo: this.master.masterInfo(),
        },
      },
      epoch: this.master.epoch,
    };
  }

  private frameworkSubjectPrefix(): string {
    return this.master.subjects.frameworkPrefix;
  }

  private newFrameworkId(): string {
    this.frameworkSequence += 1;
    return `${this.master.masterId}-${String(this.frameworkSequence).padStart(4, '0')}`;
  }

  /** Resolves offer ids to this framework's live offers on one agent, or says why not. */
  private takeOffers(framework: FrameworkEntry, offerIds: readonly pb.OfferID.$Properties[]): OfferEntry[] | string {
    if (offerIds.length === 0) return 'no offer ids given';
    const offers: OfferEntry[] = [];
    const seen = new Set<string>();
    for (const offerId of offerIds) {
      const id = offerId.value ?? '';
      if (seen.has(id)) return `offer ${id} is listed twice`;
      seen.add(id);
      const offer = this.master.state.offers.get(id);
      if (offer === undefined) return `offer ${id} is unknown, already used, declined or rescinded`;
      if (offer.frameworkId !== framework.id) return `offer ${id} belongs to another framework`;
      offers.push(offer);
    }
    const first = offers[0];
    if (first !== undefined && offers.some((offer) => offer.agentId !== first.agentId)) return 'all offers of one ACCEPT must be on the same agent';
    if (first !== undefined && offers.some((offer) => offer.role !== first.role)) return 'all offers of one ACCEPT must have the same allocation role';
    return offers;
  }

  private accept(framework: FrameworkEntry, accept: pb.Call.Accept.$Properties | null | undefined): pb.CallResponse.$Properties {
    const now = this.master.clock.now();
    const operations = accept?.operations ?? [];
    const offers = this.takeOffers(framework, accept?.offerIds ?? []);
    if (typeof offers === 'string') {
      // Mesos: tasks launched on invalid offers are dropped (partition-aware) or lost, with REASON_INVALID_OFFERS.
      const state = isPartitionAware(framework.info) ? STATE.TASK_DROPPED : STATE.TASK_LOST;
      for (const operation of operations) {
        for (const task of [...(operation.launch?.taskInfos ?? []), ...(operation.launchGroup?.taskGroup ?? [])]) {
          const status = masterStatus(task.taskId?.value ?? '', undefined, state, REASON.REASON_INVALID_OFFERS, `invalid ACCEPT: ${offers}`, now);
          this.master.outbox.toFramework(framework.eventSubject, { type: v1.Event.Type.UPDATE, update: { status } });
        }
      }
      return refusal('INVALID_OFFERS', offers);
    }
    const first = offers[0];
    if (first === undefined) return refusal('INVALID_OFFERS', 'no offers');
    const agent = this.master.state.agents.get(first.agentId);
    let offered: Resources = [];
    for (const offer of offers) {
      this.master.state.removeOffer(offer.id);
      offered = addResources(offered, offer.resources);
    }
    const plan = planAccept({
      agentId: first.agentId,
      offered,
      operations,
      isTaskIdInUse: (taskId) => {
        const task = framework.tasks.get(taskId);
        return task !== undefined && !isTerminalTaskState(task.state);
      },
    });
    for (const refused of plan.refused) {
      const status = masterStatus(refused.task.taskId?.value ?? '', first.agentId, STATE.TASK_ERROR, refused.reason, refused.message, now);
      this.master.outbox.toFramework(framework.eventSubject, { type: v1.Event.Type.UPDATE, update: { status } });
      this.master.counters.count('tasks_error');
    }
    if (agent !== undefined && (plan.removed.length > 0 || plan.added.length > 0)) {
      agent.total = addResources(subtractResources(agent.total, plan.removed), plan.added);
      this.master.allocator.updateAgentTotal(agent.id, agent.total);
      agent.info = { ...agent.info, resources: resourcesToProto(agent.total) };
      void this.master.registrar.saveAgent(agent.id, agent.info, v1.RegistryAgent.State.ADMITTED, now);
    }
    const runTasks: pb.AgentCommand.RunTask.$Properties[] = [];
    for (const launch of plan.launches) {
      const taskId = launch.task.taskId?.value ?? '';
      const info: pb.TaskInfo.$Properties = { ...launch.task, agentId: { value: first.agentId }, name: (launch.task.name ?? '') === '' ? taskId : launch.task.name ?? taskId };
      const task: TaskEntry = {
        taskId, frameworkId: framework.id, agentId: first.agentId, info, resources: launch.resources, role: first.role,
        state: STATE.TASK_STAGING, latestStatus: undefined, history: [{ state: STATE.TASK_STAGING, timestamp: now / 1000 }],
        resourcesRecovered: false,
      };
      this.master.state.addTask(task);
      runTasks.push({ framework: framework.info, task: info });
    }
    if (runTasks.length > 0) {
      if (agent === undefined || agent.status !== 'active') {
        for (const run of runTasks) {
          const task = framework.tasks.get(run.task?.taskId?.value ?? '');
          if (task === undefined) continue;
          const state = isPartitionAware(framework.info) ? STATE.TASK_DROPPED : STATE.TASK_LOST;
          this.master.applyStatus(framework, task, masterStatus(task.taskId, task.agentId, state, REASON.REASON_AGENT_REMOVED, 'the agent went away before the launch', now));
        }
      } else {
        this.master.outbox.toAgent(first.agentId, { type: v1.AgentCommand.Type.RUN_TASK, runTasks });
        this.master.counters.count('tasks_launched', runTasks.length);
      }
    }
    const refuseSeconds = this.refuseSeconds(accept?.filters);
    this.master.allocator.recoverResources(framework.id, first.agentId, first.role, plan.remaining, refuseSeconds, now);
    if (plan.operationErrors.length > 0) {
      return refusal('INVALID_CALL', plan.operationErrors.join('; '));
    }
    return OK;
  }

  private decline(framework: FrameworkEntry, decline: pb.Call.Decline.$Properties | null | undefined): pb.CallResponse.$Properties {
    const offerIds = decline?.offerIds ?? [];
    if (offerIds.length === 0) return refusal('INVALID_CALL', 'DECLINE needs offer_ids');
    const refuseSeconds = this.refuseSeconds(decline?.filters);
    const now = this.master.clock.now();
    for (const offerId of offerIds) {
      const offer = this.master.state.offers.get(offerId.value ?? '');
      // Declining an offer that was rescinded or expired meanwhile is a harmless race, as in Mesos: ignore it.
      if (offer === undefined || offer.frameworkId !== framework.id) {
        this.master.counters.count('decline_of_unknown_offers');
        continue;
      }
      this.master.state.removeOffer(offer.id);
      this.master.allocator.recoverResources(framework.id, offer.agentId, offer.role, offer.resources, refuseSeconds, now);
    }
    this.master.requestAllocation();
    return OK;
  }

  private refuseSeconds(filters: pb.Filters.$Properties | null | undefined): number {
    const requested = filters?.refuseSeconds;
    if (requested === undefined || requested === null || !(requested >= 0)) return this.master.settings.defaultRefuseSeconds;
    return Math.min(requested, MAX_REFUSE_SECONDS);
  }

  private kill(framework: FrameworkEntry, kill: pb.Call.Kill.$Properties | null | undefined): pb.CallResponse.$Properties {
    const taskId = kill?.taskId?.value ?? '';
    if (taskId === '') return refusal('INVALID_CALL', 'KILL needs kill.task_id');
    const task = framework.tasks.get(taskId);
    const now = this.master.clock.now();
    if (task === undefined) {
      // Unknown to the master: answer like reconciliation would, so the framework stops waiting for it.
      const state = isPartitionAware(framework.info) ? STATE.TASK_UNKNOWN : STATE.TASK_LOST;
      const status = masterStatus(taskId, kill?.agentId?.value ?? undefined, state, REASON.REASON_RECONCILIATION, 'cannot kill a task the master does not know', now);
      this.master.outbox.toFramework(framework.eventSubject, { type: v1.Event.Type.UPDATE, update: { status } });
      return OK;
    }
    const agent = this.master.state.agents.get(task.agentId);
    if (agent === undefined || agent.status !== 'active') {
      this.master.log.warn({ taskId, agentId: task.agentId }, 'kill of a task on an unreachable agent is delayed until the agent returns');
      return OK;
    }
    this.master.outbox.toAgent(task.agentId, {
      type: v1.AgentCommand.Type.KILL_TASK,
      killTask: { frameworkId: { value: framework.id }, taskId: { value: taskId }, ...(kill?.killPolicy ? { killPolicy: kill.killPolicy } : {}) },
    });
    return OK;
  }

  private acknowledge(framework: FrameworkEntry, ack: pb.Call.Acknowledge.$Properties | null | undefined): pb.CallResponse.$Properties {
    const agentId = ack?.agentId?.value ?? '';
    const taskId = ack?.taskId?.value ?? '';
    const uuid = ack?.uuid;
    if (agentId === '' || taskId === '' || uuid === undefined || uuid === null || uuid.length === 0) {
      return refusal('INVALID_CALL', 'ACKNOWLEDGE needs agent_id, task_id and uuid');
    }
    const agent = this.master.state.agents.get(agentId);
    if (agent === undefined) return refusal('INVALID_CALL', `agent ${agentId} is unknown`);
    if (agent.status !== 'active') return OK; // the agent resends the update when it is back; ack it then
    this.master.outbox.toAgent(agentId, {
      type: v1.AgentCommand.Type.ACKNOWLEDGE,
      acknowledgements: [{ frameworkId: { value: framework.id }, taskId: { value: taskId }, uuid }],
    });
    return OK;
  }

  private message(framework: FrameworkEntry, message: pb.Call.Message.$Properties | null | undefined): pb.CallResponse.$Properties {
    const agentId = message?.agentId?.value ?? '';
    const agent = this.master.state.agents.get(agentId);
    if (agent === undefined || agent.status !== 'active') return refusal('INVALID_CALL', `agent '${agentId}' is unknown or unreachable`);
    this.master.outbox.toAgent(agentId, {
      type: v1.AgentCommand.Type.FRAMEWORK_TO_EXECUTOR,
      frameworkToExecutor: { frameworkId: { value: framework.id }, executorId: message?.executorId ?? null, data: message?.data ?? new Uint8Array() },
    });
    return OK;
  }

  private updateFramework(framework: FrameworkEntry, update: pb.Call.UpdateFramework.$Properties | null | undefined): pb.CallResponse.$Properties {
    const info = update?.frameworkInfo;
    if (info === undefined || info === null) return refusal('INVALID_CALL', 'UPDATE_FRAMEWORK needs framework_info');
    if ((info.id?.value ?? framework.id) !== framework.id) return refusal('INVALID_CALL', 'framework_info.id must match the framework');
    if ((info.principal ?? '') !== (framework.info.principal ?? '')) return refusal('INVALID_CALL', 'the principal cannot change');
    const roles = info.roles !== undefined && info.roles !== null && info.roles.length > 0 ? info.roles : ['*'];
    for (const role of roles) {
      const problem = invalidRoleReason(role);
      if (problem !== undefined) return refusal('INVALID_CALL', `framework_info.roles: '${role}' ${problem}`);
    }
    framework.info = { ...info, id: { value: framework.id }, roles };
    this.master.allocator.updateFramework(framework.id, allocationInfo(framework.info, update?.suppressedRoles));
    void this.master.registrar.saveFramework(framework.id, framework.info, undefined);
    this.master.requestAllocation();
    return OK;
  }
}

export function allocationInfo(info: pb.FrameworkInfo.$Properties, suppressedRoles: readonly string[] | null | undefined): {
  roles: readonly string[]; suppressedRoles: readonly string[]; capabilities: { gpuResources: boolean; reservationRefinement: boolean };
} {
  const capabilities = new Set((info.capabilities ?? []).map((capability) => capability.type));
  return {
    roles: info.roles !== undefined && info.roles !== null && info.roles.length > 0 ? info.roles : ['*'],
    suppressedRoles: suppressedRoles ?? [],
    capabilities: {
      gpuResources: capabilities.has(v1.FrameworkInfo.Capability.Type.GPU_RESOURCES),
      reservationRefinement: capabilities.has(v1.FrameworkInfo.Capability.Type.RESERVATION_REFINEMENT),
    },
  };
}

function optionalRoles(roles: readonly string[] | null | undefined): readonly string[] | undefined {
  return roles === undefined || roles === null || roles.length === 0 ? undefined : roles;
}
