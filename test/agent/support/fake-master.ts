// A scripted master for agent tests: answers REGISTER/REREGISTER, records what the agent sends, and sends
// commands (RUN_TASK, KILL_TASK, ACKNOWLEDGE, PING...) on `agent.<id>`. Tests wait on what it records.
import type { Bus, BusSubscription } from '../../../shared/bus/index.js';
import { subjectsFor, type Subjects } from '../../../shared/bus/index.js';
import { decodeMessage, encodeMessage, v1, type pb } from '../../../shared/protocol/index.js';

export interface RecordedStatus {
  readonly frameworkId: string;
  readonly status: pb.TaskStatus;
}

type Responder = (message: pb.AgentMessage) => pb.AgentMessageResponse.$Properties;

export class FakeMaster {
  readonly subjects: Subjects;
  readonly registrations: pb.AgentMessage[] = [];
  readonly statuses: RecordedStatus[] = [];
  epoch = 1;
  pingIntervalSeconds = 0.05;
  /** Acknowledge every reliable status update as it arrives. */
  autoAcknowledge = false;
  /** How to answer (RE)REGISTER; by default accept, giving fresh agents `agent-<n>`. */
  respond: Responder = (message) => this.accept(message);
  private subscription: BusSubscription | undefined;
  private pinger: NodeJS.Timeout | undefined;
  private agentCount = 0;
  private readonly waiters = new Set<() => void>();

  constructor(private readonly bus: Bus, cluster = 'test') {
    this.subjects = subjectsFor(cluster);
  }

  start(): this {
    this.subscription = this.bus.subscribe(this.subjects.masterAgent, (raw) => {
      const message = decodeMessage(v1.AgentMessage, raw.data);
      if (message.type === v1.AgentMessage.Type.STATUS_UPDATE) {
        for (const update of message.statusUpdates) {
          const recorded = { frameworkId: update.frameworkId?.value ?? '', status: v1.TaskStatus.create(update.status ?? {}) };
          this.statuses.push(recorded);
          if (this.autoAcknowledge && recorded.status.uuid.length > 0) this.acknowledge(message.agentId?.value ?? '', recorded);
        }
      } else {
        this.registrations.push(message);
        raw.respond(encodeMessage(v1.AgentMessageResponse, this.respond(message)));
      }
      this.wake();
    });
    return this;
  }

  stop(): void {
    this.stopPinging();
    this.subscription?.unsubscribe();
    this.subscription = undefined;
  }

  accept(message: pb.AgentMessage): pb.AgentMessageResponse.$Properties {
    const agentId = message.agentId?.value || `agent-${++this.agentCount}`;
    return { ok: true, agentId: { value: agentId }, pingIntervalSeconds: this.pingIntervalSeconds, epoch: this.epoch };
  }

  /** PINGs the agent every ping interval, like the real master (answers are not checked). */
  startPinging(agentId: string): void {
    this.stopPinging();
    this.pinger = setInterval(() => {
      this.ping(agentId).catch(() => undefined);
    }, this.pingIntervalSeconds * 1000);
  }

  stopPinging(): void {
    clearInterval(this.pinger);
    this.pinger = undefined;
  }

  async ping(agentId: string, epoch = this.epoch): Promise<pb.AgentCommandResponse> {
    const reply = await this.bus.request(this.subjects.agent(agentId),
      encodeMessage(v1.AgentCommand, { type: v1.AgentCommand.Type.PING, epoch }), { timeoutMs: 2000 });
    return decodeMessage(v1.AgentCommandResponse, reply);
  }

  send(agentId: string, command: pb.AgentCommand.$Properties): void {
    this.bus.publish(this.subjects.agent(agentId), encodeMessage(v1.AgentCommand, { epoch: this.epoch, ...command }));
  }

  runTask(agentId: string, framework: pb.FrameworkInfo.$Properties, task: pb.TaskInfo.$Properties, epoch = this.epoch): void {
    this.send(agentId, { type: v1.AgentCommand.Type.RUN_TASK, epoch, runTasks: [{ framework, task }] });
  }

  killTask(agentId: string, frameworkId: string, taskId: string, killPolicy?: pb.KillPolicy.$Properties): void {
    this.send(agentId, {
      type: v1.AgentCommand.Type.KILL_TASK,
      killTask: { frameworkId: { value: frameworkId }, taskId: { value: taskId }, ...(killPolicy ? { killPolicy } : {}) },
    });
  }

  acknowledge(agentId: string, recorded: RecordedStatus): void {
    this.send(agentId, {
      type: v1.AgentCommand.Type.ACKNOWLEDGE,
      acknowledgements: [{ frameworkId: { value: recorded.frameworkId }, taskId: { value: recorded.status.taskId?.value ?? '' }, uuid: recorded.status.uuid }],
    });
  }

  /** The states reported for a task, in arrival order, with resends collapsed. */
  statesOf(taskId: string): string[] {
    const states: string[] = [];
    let lastUuid = '';
    for (const { status } of this.statuses) {
      if (status.taskId?.value !== taskId) continue;
      const uuid = Buffer.from(status.uuid).toString('hex');
      if (uuid !== '' && uuid === lastUuid) continue;
      lastUuid = uuid;
      states.push(v1.TaskState[status.state] ?? String(status.state));
    }
    return states;
  }

  statusesOf(taskId: string, state?: pb.TaskState): RecordedStatus[] {
    return this.statuses.filter(({ status }) => status.taskId?.value === taskId && (state === undefined || status.state === state));
  }

  /** Resolves once `condition` holds, re-checking whenever the agent sends something. */
  async until<T>(condition: () => T | undefined | false, what: string, deadlineMs = 10_000): Promise<T> {
    const met = condition();
    if (met !== undefined && met !== false) return met;
    return new Promise<T>((resolve, reject) => {
      const deadline = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`timed out waiting until ${what}`));
      }, deadlineMs);
      const check = (): void => {
        const value = condition();
        if (value === undefined || value === false) return;
        clearTimeout(deadline);
        this.waiters.delete(check);
        resolve(value);
      };
      this.waiters.add(check);
    });
  }

  /** Waits for a status of `state` for the task and returns the newest such. */
  untilStatus(taskId: string, state: pb.TaskState): Promise<RecordedStatus> {
    return this.until(() => this.statusesOf(taskId, state).at(-1), `${taskId} reports ${v1.TaskState[state]}`);
  }

  untilRegistrations(count: number): Promise<pb.AgentMessage> {
    return this.until(() => this.registrations[count - 1], `${count} registrations`);
  }

  private wake(): void {
    for (const waiter of [...this.waiters]) waiter();
  }
}
