// Agent -> master messages: REGISTER, REREGISTER, STATUS_UPDATE, EXECUTOR_TO_FRAMEWORK, UNREGISTER; and the
// master's side of agent health (removal after missed pings).
import { v1, isTerminalTaskState, type pb } from '../shared/protocol/index.js';
import { invalidIdReason } from '../shared/ids/index.js';
import { errorMessage } from '../shared/errors/index.js';
import { resourcesFromProto, type Resources } from '../shared/resources/index.js';
import type { MasterContext } from './context.js';
import type { AgentEntry, FrameworkEntry } from './state.js';
import { isPartitionAware, masterStatus } from './task-status.js';
import { allocationInfo } from './scheduler-calls.js';

const STATE = v1.TaskState;
const REASON = v1.TaskStatus.Reason;
const REGISTRY_STATE = v1.RegistryAgent.State;

function refuse(code: string, message: string): pb.AgentMessageResponse.$Properties {
  return { ok: false, errorCode: code, errorMessage: message };
}

export class AgentMessages {
  private agentSequence = 0;
  /** Agents in the registry that have not re-registered with this master yet (after a master restart). */
  readonly pending = new Map<string, pb.RegistryAgent>();

  constructor(private readonly master: MasterContext) {}

  async handle(message: pb.AgentMessage): Promise<pb.AgentMessageResponse.$Properties | undefined> {
    const type = message.type;
    this.master.counters.count(`agent_${(v1.AgentMessage.Type[type] ?? 'unknown').toLowerCase()}`);
    switch (type) {
      case v1.AgentMessage.Type.REGISTER:
        return this.register(message.register?.agentInfo);
      case v1.AgentMessage.Type.REREGISTER:
        return this.reregister(message.agentId?.value ?? '', message.reregister);
      case v1.AgentMessage.Type.STATUS_UPDATE:
        this.statusUpdates(message.agentId?.value ?? '', message.statusUpdates);
        return { ok: true };
      case v1.AgentMessage.Type.EXECUTOR_TO_FRAMEWORK: {
        const forward = message.executorToFramework;
        const framework = this.master.state.frameworks.get(forward?.frameworkId?.value ?? '');
        if (framework !== undefined) {
          this.master.outbox.toFramework(framework.eventSubject, {
            type: v1.Event.Type.MESSAGE,
            message: { agentId: message.agentId ?? null, executorId: forward?.executorId ?? null, data: forward?.data ?? new Uint8Array() },
          });
        }
        return { ok: true };
      }
      case v1.AgentMessage.Type.UNREGISTER: {
        const agent = this.master.state.agents.get(message.agentId?.value ?? '');
        if (agent !== undefined) this.removeAgent(agent, 'the agent unregistered', true);
        return { ok: true };
      }
      default:
        return refuse('INVALID_ARGUMENT', `unknown agent message type ${String(type)}`);
    }
  }

  private parseTotal(info: pb.AgentInfo.$Properties): Resources | string {
    try {
      return resourcesFromProto(info.resources);
    } catch (error) {
      return `agent_info.resources: ${errorMessage(error)}`;
    }
  }

  private async register(info: pb.AgentInfo.$Properties | null | undefined): Promise<pb.AgentMessageResponse.$Properties> {
    if (info === undefined || info === null) return refuse('INVALID_ARGUMENT', 'REGISTER needs register.agent_info');
    const total = this.parseTotal(info);
    if (typeof total === 'string') return refuse('INVALID_ARGUMENT', total);
    this.replaceRestartedAgent(info);
    this.agentSequence += 1;
    const agentId = `${this.master.masterId}-S${this.agentSequence}`;
    const now = this.master.clock.now();
    const stored: pb.AgentInfo.$Properties = { ...info, id: { value: agentId } };
    await this.master.registrar.saveAgent(agentId, stored, REGISTRY_STATE.ADMITTED, now);
    const agent: AgentEntry = {
      id: agentId, info: stored, total, status: 'active', missedPings: 0, registeredAt: now, unreachableSince: undefined,
      taskKeys: new Set(), offerIds: new Set(),
    };
    this.master.state.agents.set(agentId, agent);
    this.master.allocator.addAgent(agentId, total, []);
    this.master.log.info({ agentId, hostname: info.hostname }, 'agent registered');
    this.master.requestAllocation([agentId]);
    return this.welcome(agentId);
  }

  private welcome(agentId: string): pb.AgentMessageResponse.$Properties {
    return {
      ok: true,
      agentId: { value: agentId },
      masterInfo: this.master.masterInfo(),
      pingIntervalSeconds: this.master.settings.agentPingIntervalMs / 1000,
      epoch: this.master.epoch,
    };
  }

  private async reregister(agentId: string, reregister: pb.AgentMessage.Reregister.$Properties | null | undefined): Promise<pb.AgentMessageResponse.$Properties> {
    const info = reregister?.agentInfo;
    if (info === undefined || info === null) return refuse('INVALID_ARGUMENT', 'REREGISTER needs reregister.agent_info');
    if (invalidIdReason(agentId) !== undefined) return refuse('INVALID_ARGUMENT', `invalid agent id '${agentId}'`);
    const total = this.parseTotal(info);
    if (typeof total === 'string') return refuse('INVALID_ARGUMENT', total);
    const known = this.master.state.agents.get(agentId);
    const fromRegistry = this.pending.get(agentId);
    if (known === undefined && fromRegistry === undefined) {
      return refuse('AGENT_REMOVED', `agent ${agentId} is not admitted by this cluster: register anew`);
    }
    const now = this.master.clock.now();
    const stored: pb.AgentInfo.$Properties = { ...info, id: { value: agentId } };
    await this.master.registrar.saveAgent(agentId, stored, REGISTRY_STATE.ADMITTED, now);
    this.pending.delete(agentId);

    let agent = known;
    const wasUnreachable = known === undefined || known.status === 'unreachable';
    if (agent === undefined) {
      agent = {
        id: agentId, info: stored, total, status: 'active', missedPings: 0, registeredAt: now, unreachableSince: undefined,
        taskKeys: new Set(), offerIds: new Set(),
      };
      this.master.state.agents.set(agentId, agent);
    } else {
      for (const offerId of [...agent.offerIds]) {
        const offer = this.master.state.offers.get(offerId);
        if (offer !== undefined) this.master.rescindOffer(offer);
      }
      if (agent.status === 'active') this.master.allocator.removeAgent(agentId);
      agent.info = stored;
      agent.total = total;
      agent.status = 'active';
      agent.missedPings = 0;
      agent.unreachableSince = undefined;
    }

    // The agent is the authority on what runs: adopt what it reports, and account for what it no longer has.
    const reported = new Set<string>();
    const frameworkInfos = new Map((reregister?.frameworks ?? []).map((framework) => [framework.id?.value ?? '', framework]));
    for (const record of reregister?.tasks ?? []) {
      const taskId = record.task?.taskId?.value ?? '';
      const frameworkId = record.frameworkId?.value ?? '';
      if (taskId === '' || frameworkId === '') continue;
      if (this.master.state.removedFrameworks.has(frameworkId)) {
        this.master.outbox.toAgent(agentId, { type: v1.AgentCommand.Type.SHUTDOWN_FRAMEWORK, shutdownFramework: { frameworkId: { value: frameworkId } } });
        continue;
      }
      const framework = this.ensureFramework(frameworkId, frameworkInfos.get(frameworkId));
      reported.add(`${frameworkId}/${taskId}`);
      const reportedState = record.latestStatus?.state ?? record.state ?? STATE.TASK_RUNNING;
      let task = framework.tasks.get(taskId);
      const previousState = task?.state;
      if (task === undefined) {
        let resources: Resources = [];
        try {
          resources = resourcesFromProto(record.task?.resources);
        } catch {
          resources = [];
        }
        task = {
          taskId, frameworkId, agentId, info: record.task ?? {}, resources, role: framework.info.roles?.[0] ?? '*',
          state: reportedState, latestStatus: record.latestStatus ?? undefined, history: [{ state: reportedState, timestamp: now / 1000 }],
          resourcesRecovered: false,
        };
        this.master.state.addTask(task);
      } else {
        task.state = reportedState;
        if (record.latestStatus) task.latestStatus = record.latestStatus;
        agent.taskKeys.add(`${frameworkId}/${taskId}`);
      }
      if (wasUnreachable && previousState !== undefined && previousState !== reportedState) {
        // Tasks reported lost or unreachable are back: tell their framework what the agent says.
        const status = { ...(record.latestStatus ?? {}), ...masterStatus(taskId, agentId, reportedState, REASON.REASON_AGENT_REREGISTERED, 'agent re-registered', now), uuid: new Uint8Array() };
        task.history.push({ state: reportedState, timestamp: now / 1000 });
        this.master.outbox.toFramework(framework.eventSubject, { type: v1.Event.Type.UPDATE, update: { status } });
      }
    }
    for (const task of this.master.state.tasksOnAgent(agentId)) {
      if (reported.has(`${task.frameworkId}/${task.taskId}`) || isTerminalTaskState(task.state)) continue;
      const framework = this.master.state.frameworks.get(task.frameworkId);
      if (framework === undefined) continue;
      const state = isPartitionAware(framework.info) ? (task.state === STATE.TASK_STAGING ? STATE.TASK_DROPPED : STATE.TASK_GONE) : STATE.TASK_LOST;
      this.master.applyStatus(framework, task, masterStatus(task.taskId, agentId, state, REASON.REASON_AGENT_REREGISTERED, 'the agent re-registered without this task', now));
    }
    const used = this.master.state.tasksOnAgent(agentId)
      .filter((task) => !isTerminalTaskState(task.state))
      .map((task) => ({ frameworkId: task.frameworkId, role: task.role, resources: task.resources }));
    this.master.allocator.addAgent(agentId, total, used);
    this.master.log.info({ agentId, tasks: reported.size }, 'agent re-registered');
    this.master.requestAllocation([agentId]);
    return this.welcome(agentId);
  }

  /** A framework known from an agent's report: inactive until its scheduler subscribes, then it fails over. */
  private ensureFramework(frameworkId: string, reportedInfo: pb.FrameworkInfo.$Properties | undefined): FrameworkEntry {
    const existing = this.master.state.frameworks.get(frameworkId);
    if (existing !== undefined) return existing;
    const info: pb.FrameworkInfo.$Properties = reportedInfo ?? { id: { value: frameworkId }, name: frameworkId, roles: ['*'] };
    const framework: FrameworkEntry = {
      id: frameworkId, info, eventSubject: undefined, connected: false, subscribedHere: false, registeredAt: this.master.clock.now(),
      disconnectedAt: this.master.clock.now(), failoverTimer: undefined, missedHeartbeats: 0, tasks: new Map(), completedTasks: [],
      offerIds: new Set(),
    };
    this.master.state.frameworks.set(frameworkId, framework);
    this.master.allocator.addFramework(frameworkId, allocationInfo(info, []), false);
    return framework;
  }

  private statusUpdates(agentId: string, updates: readonly pb.AgentMessage.StatusUpdate.$Properties[] | null | undefined): void {
    const agent = this.master.state.agents.get(agentId);
    if (agent === undefined || agent.status !== 'active') {
      // Mesos drops updates from agents it does not consider registered; the agent resends after re-registering.
      this.master.counters.count('invalid_status_updates');
      return;
    }
    for (const update of updates ?? []) {
      const frameworkId = update.frameworkId?.value ?? '';
      const status = update.status;
      if (status === undefined || status === null) continue;
      const taskId = status.taskId?.value ?? '';
      const framework = this.master.state.frameworks.get(frameworkId);
      if (framework === undefined) {
        // The framework is gone: acknowledge for it so the agent stops retrying.
        if (status.uuid !== undefined && status.uuid !== null && status.uuid.length > 0) {
          this.master.outbox.toAgent(agentId, {
            type: v1.AgentCommand.Type.ACKNOWLEDGE,
            acknowledgements: [{ frameworkId: { value: frameworkId }, taskId: { value: taskId }, uuid: status.uuid }],
          });
        }
        continue;
      }
      this.master.counters.count('status_updates');
      this.master.applyStatus(framework, framework.tasks.get(taskId), { ...status, agentId: { value: agentId } });
    }
  }

  /** An agent that stopped answering: its tasks become unreachable (partition-aware frameworks) or lost. */
  /**
   * A new agent registering where a known one served (same host, address and HTTP port) means that agent is gone:
   * its machine rebooted or its work directory was wiped (Mesos removes an agent whose address registers anew).
   * Its tasks cannot come back: TASK_GONE for partition-aware frameworks, TASK_LOST for the others, at once rather
   * than after the ping timeout.
   */
  private replaceRestartedAgent(info: pb.AgentInfo.$Properties): void {
    const port = info.port ?? 0;
    if (port === 0) return;
    const where = (candidate: pb.AgentInfo.$Properties): string =>
      `${candidate.hostname ?? ''}|${candidate.address || candidate.hostname || ''}|${candidate.port ?? 0}`;
    for (const agent of this.master.state.agents.values()) {
      if (where(agent.info) !== where(info)) continue;
      const rebooted = (agent.info.bootId ?? '') !== '' && agent.info.bootId !== info.bootId;
      this.removeAgent(agent, rebooted ? 'its machine rebooted and it registered anew' : 'it registered anew at the same address',
        true, 'gone');
    }
  }

  removeAgent(agent: AgentEntry, reason: string, unregistered = false, fate: 'unreachable' | 'gone' = 'unreachable'): void {
    if (agent.status === 'unreachable' && !unregistered) return;
    const now = this.master.clock.now();
    for (const offerId of [...agent.offerIds]) {
      const offer = this.master.state.offers.get(offerId);
      if (offer === undefined) continue;
      this.master.state.removeOffer(offerId);
      const framework = this.master.state.frameworks.get(offer.frameworkId);
      this.master.outbox.toFramework(framework?.eventSubject, { type: v1.Event.Type.RESCIND, rescind: { offerId: { value: offerId } } });
    }
    if (agent.status === 'active') this.master.allocator.removeAgent(agent.id);
    agent.status = 'unreachable';
    agent.unreachableSince = now;
    void this.master.registrar.saveAgent(agent.id, agent.info, REGISTRY_STATE.UNREACHABLE, now).catch((error: unknown) => {
      this.master.log.error({ agentId: agent.id, err: errorMessage(error) }, 'could not record the agent as unreachable');
    });
    this.master.counters.count('agent_removals');
    this.master.log.warn({ agentId: agent.id, reason }, 'agent removed');
    for (const task of this.master.state.tasksOnAgent(agent.id)) {
      if (isTerminalTaskState(task.state)) continue;
      const framework = this.master.state.frameworks.get(task.frameworkId);
      if (framework === undefined) continue;
      const partitionAware = isPartitionAware(framework.info);
      const state = !partitionAware ? STATE.TASK_LOST : fate === 'gone' ? STATE.TASK_GONE : STATE.TASK_UNREACHABLE;
      const why = fate === 'gone' ? REASON.REASON_AGENT_RESTARTED : REASON.REASON_AGENT_REMOVED;
      this.master.applyStatus(framework, task, masterStatus(task.taskId, agent.id, state, why, `agent ${agent.id} was removed: ${reason}`, now));
    }
    for (const framework of this.master.state.frameworks.values()) {
      if (framework.connected) {
        this.master.outbox.toFramework(framework.eventSubject, { type: v1.Event.Type.FAILURE, failure: { agentId: { value: agent.id } } });
      }
    }
  }
}
