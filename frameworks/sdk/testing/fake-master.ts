// A scripted master for testing frameworks without a cluster. It speaks the scheduler protocol on any Bus (a
// MemoryBus in tests): answers SUBSCRIBE, records every call, checks ACCEPTs the way the master does (known offers,
// one agent, task ids, resources within the offers), and sends whatever events the test asks for.
//
//   const bus = new MemoryBus();
//   const master = new FakeMaster({ bus }).start();
//   const driver = new SchedulerDriver({ bus, cluster: master.cluster, framework: { name: 'mine' } });
//   await driver.start();
//   await master.sendOffers([{ resources: 'cpus:4;mem:4096' }]);
//   const accept = await master.waitForCall('ACCEPT');
//
// It serves one framework at a time: the latest SUBSCRIBE wins.
import { subjectsFor, type Bus, type BusMessage, type BusSubscription, type Subjects } from '../../../shared/bus/index.js';
import { systemClock, type Clock, type TimerHandle } from '../../../shared/clock/index.js';
import { errorMessage } from '../../../shared/errors/index.js';
import { decodeMessage, encodeMessage, v1, type pb } from '../../../shared/protocol/index.js';
import { fakeOffer, fakeStatus, type FakeOfferSpec, type FakeUpdateSpec } from './fake-events.js';
import { checkAccept, type RefusedLaunch } from './fake-accept.js';
import type { TaskReasonName, TaskStateName } from '../views/task-status.js';

export type CallTypeName = keyof typeof v1.Call.Type;

export interface FakeMasterOptions {
  readonly bus: Bus;
  /** Default 'test'. */
  readonly cluster?: string;
  /** What SUBSCRIBED announces. Default 15. */
  readonly heartbeatIntervalSeconds?: number;
  /** Send HEARTBEAT requests every interval while a framework is subscribed. Default false. */
  readonly autoHeartbeat?: boolean;
  /** The epoch events carry. Default 1. */
  readonly epoch?: number;
  readonly clock?: Clock;
  /** Framework ids are `<masterId>-0001`, ... Default 'fake-master'. */
  readonly masterId?: string;
}

export interface Acknowledgement {
  readonly agentId: string;
  readonly taskId: string;
  readonly uuid: Uint8Array;
}

interface CallWaiter {
  readonly type: CallTypeName;
  readonly count: number;
  resolve(call: pb.Call): void;
}

const CALL = v1.Call.Type;

export class FakeMaster {
  readonly cluster: string;
  readonly subjects: Subjects;
  /** Every call received, decoded, in order. */
  readonly calls: pb.Call[] = [];
  /** Tasks launched by accepted ACCEPTs. */
  readonly launchedTasks: pb.TaskInfo.$Properties[] = [];
  /** Tasks of accepted ACCEPTs that broke a rule; each got a TASK_ERROR update, as the master sends. */
  readonly refusedTasks: RefusedLaunch[] = [];
  readonly acknowledgements: Acknowledgement[] = [];
  epoch: number;
  /** SUBSCRIBE calls answered with ok. */
  subscriptions = 0;
  private readonly bus: Bus;
  private readonly clock: Clock;
  private readonly masterId: string;
  private readonly heartbeatIntervalSeconds: number;
  private autoHeartbeat: boolean;
  private subscription: BusSubscription | undefined;
  private heartbeatTimer: TimerHandle | undefined;
  private current: { id: string; eventSubject: string; info: pb.FrameworkInfo.$Properties } | undefined;
  private readonly removed = new Set<string>();
  private readonly offers = new Map<string, pb.Offer.$Properties>();
  private readonly refusals: Array<{ type: CallTypeName; code: string; message: string }> = [];
  private readonly waiters: CallWaiter[] = [];
  private frameworkSequence = 0;
  private offerSequence = 0;

  constructor(options: FakeMasterOptions) {
    this.bus = options.bus;
    this.cluster = options.cluster ?? 'test';
    this.subjects = subjectsFor(this.cluster);
    this.clock = options.clock ?? systemClock;
    this.masterId = options.masterId ?? 'fake-master';
    this.heartbeatIntervalSeconds = options.heartbeatIntervalSeconds ?? 15;
    this.autoHeartbeat = options.autoHeartbeat ?? false;
    this.epoch = options.epoch ?? 1;
  }

  start(): this {
    this.subscription ??= this.bus.subscribe(this.subjects.masterScheduler, (message) => this.onCall(message));
    return this;
  }

  /** Stops answering (requests then fail with BUS_NO_RESPONDERS) and sending heartbeats. */
  stop(): void {
    this.subscription?.unsubscribe();
    this.subscription = undefined;
    this.stopHeartbeats();
  }

  get frameworkId(): string | undefined {
    return this.current?.id;
  }

  get frameworkInfo(): pb.FrameworkInfo.$Properties | undefined {
    return this.current?.info;
  }

  get eventSubject(): string | undefined {
    return this.current?.eventSubject;
  }

  /** Offers sent and not yet accepted, declined or rescinded. */
  get outstandingOffers(): pb.Offer.$Properties[] {
    return [...this.offers.values()];
  }

  callsOf(type: CallTypeName): pb.Call[] {
    return this.calls.filter((call) => call.type === CALL[type]);
  }

  /** Resolves with the `count`-th call of `type` (counting calls already received). */
  waitForCall(type: CallTypeName, count = 1): Promise<pb.Call> {
    const seen = this.callsOf(type);
    const hit = seen[count - 1];
    if (hit !== undefined) return Promise.resolve(hit);
    return new Promise((resolve) => this.waiters.push({ type, count, resolve }));
  }

  /** The next call of `type` is refused with `code` (e.g. 'INVALID_CALL', 'FRAMEWORK_REMOVED'). */
  refuseNext(type: CallTypeName, code: string, message = `refused by the fake master (${code})`): void {
    this.refusals.push({ type, code, message });
  }

  /** Tears the framework down on the master's side: its id is refused from now on. */
  removeFramework(frameworkId = this.current?.id): void {
    if (frameworkId === undefined) return;
    this.removed.add(frameworkId);
    if (this.current?.id === frameworkId) this.current = undefined;
    this.stopHeartbeats();
  }

  /** Forgets the subscription (as a new leader would): calls get NOT_SUBSCRIBED until the framework resubscribes. */
  forgetSubscription(): void {
    this.current = undefined;
    this.stopHeartbeats();
  }

  pauseHeartbeats(): void {
    this.autoHeartbeat = false;
    this.stopHeartbeats();
  }

  resumeHeartbeats(): void {
    this.autoHeartbeat = true;
    this.scheduleHeartbeat();
  }

  /** Sends a HEARTBEAT request; resolves true when the framework answered. */
  async sendHeartbeat(timeoutMs = 1000): Promise<boolean> {
    const subject = this.requireSubscribed().eventSubject;
    try {
      await this.bus.request(subject, encodeMessage(v1.Event, { type: v1.Event.Type.HEARTBEAT, epoch: this.epoch }), { timeoutMs });
      return true;
    } catch {
      return false;
    }
  }

  async sendOffers(specs: readonly FakeOfferSpec[]): Promise<pb.Offer.$Properties[]> {
    const framework = this.requireSubscribed();
    const offers = specs.map((spec) => fakeOffer(spec, framework.id, `offer-${++this.offerSequence}`));
    for (const offer of offers) this.offers.set(offer.id?.value ?? '', offer);
    await this.sendEvent({ type: v1.Event.Type.OFFERS, offers: { offers } });
    return offers;
  }

  async sendRescind(offerId: string): Promise<void> {
    this.offers.delete(offerId);
    await this.sendEvent({ type: v1.Event.Type.RESCIND, rescind: { offerId: { value: offerId } } });
  }

  /** Sends an UPDATE; the agent defaults to the one the task was launched on. Returns the status sent. */
  async sendUpdate(spec: FakeUpdateSpec): Promise<pb.TaskStatus.$Properties> {
    const launched = this.launchedTasks.find((task) => task.taskId?.value === spec.taskId);
    const status = fakeStatus(spec, launched?.agentId?.value ?? undefined, this.clock.now() / 1000);
    await this.sendEvent({ type: v1.Event.Type.UPDATE, update: { status } });
    return status;
  }

  async sendMessage(agentId: string, executorId: string, data: Uint8Array): Promise<void> {
    await this.sendEvent({ type: v1.Event.Type.MESSAGE, message: { agentId: { value: agentId }, executorId: { value: executorId }, data } });
  }

  async sendFailure(agentId: string, executorId?: string, status?: number): Promise<void> {
    const failure: pb.Event.Failure.$Properties = { agentId: { value: agentId } };
    if (executorId !== undefined) failure.executorId = { value: executorId };
    if (status !== undefined) failure.status = status;
    await this.sendEvent({ type: v1.Event.Type.FAILURE, failure });
  }

  /** Sends ERROR (fatal for the framework) and removes the framework. */
  async sendError(message: string, code = 'FRAMEWORK_REMOVED'): Promise<void> {
    await this.sendEvent({ type: v1.Event.Type.ERROR, error: { message, code } });
    this.removeFramework();
  }

  /** Publishes any event on the framework's subject; `epoch` defaults to the master's. Resolves once delivered. */
  async sendEvent(event: pb.Event.$Properties): Promise<void> {
    const subject = this.requireSubscribed().eventSubject;
    this.bus.publish(subject, encodeMessage(v1.Event, { epoch: this.epoch, ...event }));
    await this.bus.flush();
  }

  private requireSubscribed(): { id: string; eventSubject: string } {
    if (this.current === undefined) throw new Error('FakeMaster: no framework is subscribed');
    return this.current;
  }

  private onCall(message: BusMessage): void {
    let call: pb.Call;
    try {
      call = decodeMessage(v1.Call, message.data);
    } catch (error) {
      this.reply(message, { ok: false, errorCode: 'DECODE_FAILED', errorMessage: errorMessage(error) });
      return;
    }
    this.calls.push(call);
    this.reply(message, this.answer(call));
    this.wakeWaiters(call);
  }

  private answer(call: pb.Call): pb.CallResponse.$Properties {
    const refusalIndex = this.refusals.findIndex((refusal) => CALL[refusal.type] === call.type);
    const refusal = this.refusals[refusalIndex];
    if (refusal !== undefined) {
      this.refusals.splice(refusalIndex, 1);
      return { ok: false, errorCode: refusal.code, errorMessage: refusal.message };
    }
    if (call.type === CALL.SUBSCRIBE) return this.subscribe(call);
    const frameworkId = call.frameworkId?.value ?? '';
    if (this.removed.has(frameworkId)) return refuse('FRAMEWORK_REMOVED', `framework ${frameworkId} was torn down`);
    if (this.current === undefined || this.current.id !== frameworkId) return refuse('NOT_SUBSCRIBED', `framework '${frameworkId}' is not subscribed`);
    switch (call.type) {
      case CALL.ACCEPT:
        return this.accept(call.accept);
      case CALL.DECLINE:
        for (const id of call.decline?.offerIds ?? []) this.offers.delete(id.value ?? '');
        return OK;
      case CALL.ACKNOWLEDGE:
        this.acknowledgements.push({
          agentId: call.acknowledge?.agentId?.value ?? '',
          taskId: call.acknowledge?.taskId?.value ?? '',
          uuid: call.acknowledge?.uuid ?? new Uint8Array(0),
        });
        return OK;
      case CALL.TEARDOWN: {
        // Like the master: the framework also hears ERROR on its subject, sent before the answer.
        this.bus.publish(this.current.eventSubject, encodeMessage(v1.Event, {
          type: v1.Event.Type.ERROR, epoch: this.epoch, error: { code: 'FRAMEWORK_REMOVED', message: 'framework removed: the framework asked for TEARDOWN' },
        }));
        this.removeFramework(frameworkId);
        return OK;
      }
      default:
        return OK;
    }
  }

  private subscribe(call: pb.Call): pb.CallResponse.$Properties {
    const info = call.subscribe?.frameworkInfo;
    const eventSubject = call.subscribe?.eventSubject ?? '';
    if (info === null || info === undefined || (info.name ?? '') === '') return refuse('INVALID_CALL', 'SUBSCRIBE needs framework_info.name');
    if (!eventSubject.startsWith(this.subjects.frameworkPrefix)) return refuse('INVALID_CALL', `event_subject must start with ${this.subjects.frameworkPrefix}`);
    const requested = info.id?.value ?? call.frameworkId?.value ?? '';
    if (requested !== '' && this.removed.has(requested)) return refuse('FRAMEWORK_REMOVED', `framework ${requested} was torn down`);
    const id = requested !== '' ? requested : `${this.masterId}-${String(++this.frameworkSequence).padStart(4, '0')}`;
    if (this.current?.id !== id) this.offers.clear();
    this.current = { id, eventSubject, info: { ...info, id: { value: id } } };
    this.subscriptions++;
    this.scheduleHeartbeat();
    return {
      ok: true,
      epoch: this.epoch,
      subscribed: {
        type: v1.Event.Type.SUBSCRIBED,
        epoch: this.epoch,
        subscribed: {
          frameworkId: { value: id },
          heartbeatIntervalSeconds: this.heartbeatIntervalSeconds,
          masterInfo: { id: this.masterId, hostname: 'localhost', version: 'fake', cluster: this.cluster, epoch: this.epoch },
        },
      },
    };
  }

  private accept(accept: pb.Call.Accept.$Properties | null | undefined): pb.CallResponse.$Properties {
    const offers: pb.Offer.$Properties[] = [];
    let invalid: string | undefined;
    for (const offerId of accept?.offerIds ?? []) {
      const offer = this.offers.get(offerId.value ?? '');
      if (offer === undefined) invalid ??= `offer ${offerId.value ?? ''} is unknown, used, declined or rescinded`;
      else offers.push(offer);
    }
    const launchedIds = new Set(this.launchedTasks.map((task) => task.taskId?.value ?? ''));
    const checked = invalid ?? checkAccept(offers, accept?.operations ?? [], launchedIds);
    if (typeof checked === 'string') {
      // As the master: tasks sent on bad offers are reported lost (dropped, when partition-aware).
      const state = this.current?.info.capabilities?.some((c) => c.type === v1.FrameworkInfo.Capability.Type.PARTITION_AWARE) === true
        ? 'TASK_DROPPED' : 'TASK_LOST';
      for (const task of launchTasks(accept)) this.updateLater(task, state, 'REASON_INVALID_OFFERS', `invalid ACCEPT: ${checked}`);
      return refuse('INVALID_OFFERS', checked);
    }
    for (const offer of offers) this.offers.delete(offer.id?.value ?? '');
    this.launchedTasks.push(...checked.launched);
    this.refusedTasks.push(...checked.refused);
    for (const { task, message } of checked.refused) this.updateLater(task, 'TASK_ERROR', 'REASON_TASK_INVALID', message);
    return OK;
  }

  /** A master-made update (no uuid) sent after the call's answer, as the master does. */
  private updateLater(task: pb.TaskInfo.$Properties, state: TaskStateName, reason: TaskReasonName, message: string): void {
    setImmediate(() => {
      if (this.current === undefined || this.bus.isClosed) return;
      this.sendUpdate({ taskId: task.taskId?.value ?? '', state, reliable: false, reason, message })
        .catch(() => undefined); // The bus closed under a finished test.
    });
  }

  private reply(message: BusMessage, response: pb.CallResponse.$Properties): void {
    message.respond(encodeMessage(v1.CallResponse, { epoch: this.epoch, ...response }));
  }

  private wakeWaiters(call: pb.Call): void {
    for (const waiter of [...this.waiters]) {
      if (CALL[waiter.type] !== call.type) continue;
      const hit = this.callsOf(waiter.type)[waiter.count - 1];
      if (hit === undefined) continue;
      this.waiters.splice(this.waiters.indexOf(waiter), 1);
      waiter.resolve(hit);
    }
  }

  private scheduleHeartbeat(): void {
    this.stopHeartbeats();
    if (!this.autoHeartbeat || this.current === undefined || this.subscription === undefined) return;
    this.heartbeatTimer = this.clock.setTimer(this.heartbeatIntervalSeconds * 1000, () => {
      if (this.current === undefined) return;
      this.sendHeartbeat(this.heartbeatIntervalSeconds * 1000).catch(() => undefined);
      this.scheduleHeartbeat();
    });
  }

  private stopHeartbeats(): void {
    this.heartbeatTimer?.cancel();
    this.heartbeatTimer = undefined;
  }
}

const OK: pb.CallResponse.$Properties = { ok: true };

function launchTasks(accept: pb.Call.Accept.$Properties | null | undefined): pb.TaskInfo.$Properties[] {
  return (accept?.operations ?? []).flatMap((operation) => operation.launch?.taskInfos ?? []);
}

function refuse(code: string, message: string): pb.CallResponse.$Properties {
  return { ok: false, errorCode: code, errorMessage: message };
}
