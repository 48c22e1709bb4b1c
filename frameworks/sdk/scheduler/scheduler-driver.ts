// The framework author's handle on the master: subscribe, receive typed events, and make calls.
//
//   const driver = new SchedulerDriver({ bus, cluster: 'drover', framework: { name: 'hello' } });
//   driver.on('offers', (offers) => ...).on('update', (status) => ...);
//   await driver.start();
//
// Listeners should be added before start(): events that arrive with the subscription are delivered right after it.
import { subjectsFor } from '../../../shared/bus/index.js';
import { systemClock } from '../../../shared/clock/index.js';
import { DroverError } from '../../../shared/errors/index.js';
import { v1, type pb } from '../../../shared/protocol/index.js';
import { buildTaskInfos } from '../helpers/build-task-info.js';
import type { TaskSpec } from '../helpers/task-spec.js';
import { launchOperation } from '../helpers/launch-operation.js';
import { offerFromProto, type Offer } from '../views/offer.js';
import { taskStatusFromProto, type TaskStatus } from '../views/task-status.js';
import {
  acceptCall, acknowledgeCall, declineCall, killCall, messageCall, reconcileCall, reviveCall, shutdownCall,
  suppressCall, teardownCall, updateFrameworkCall,
  type CallBody, type FilterOptions, type KillPolicyOptions, type TaskToReconcile,
} from './calls.js';
import type { MasterInfoView, SchedulerEvents } from './events.js';
import { buildFrameworkInfo } from './framework-info.js';
import { readFrameworkIdFile, removeFrameworkIdFile, writeFrameworkIdFile } from './framework-id-file.js';
import {
  DEFAULT_CALL_TIMEOUT_MS, DEFAULT_HEARTBEAT_INTERVAL_SECONDS, DEFAULT_MISSED_HEARTBEATS, DEFAULT_RESUBSCRIBE_BACKOFF,
  type FrameworkOptions, type SchedulerDriverOptions,
} from './options.js';
import { SchedulerSession, type SessionSubscribed } from './session.js';
import { TypedEmitter, type ListenerErrorHandler } from './typed-emitter.js';

const rethrowListenerError: ListenerErrorHandler = (error) => {
  setImmediate(() => {
    throw error;
  });
};

export class SchedulerDriver {
  private readonly options: SchedulerDriverOptions;
  private readonly emitter: TypedEmitter<SchedulerEvents>;
  private readonly onListenerError: ListenerErrorHandler;
  private framework: FrameworkOptions;
  private readonly suppressed = new Set<string>();
  /** Offers received and not yet accepted, declined or rescinded, so launch() can take an id. */
  private readonly outstandingOffers = new Map<string, Offer>();
  /** Calls in flight, so stop() can let the last acknowledgements reach the master. */
  private readonly inFlight = new Set<Promise<unknown>>();
  private session: SchedulerSession | undefined;
  private starting = false;
  private stopped = false;
  /** Set by teardown(): the master's ERROR (or FRAMEWORK_REMOVED) that follows TEARDOWN is expected, not an error. */
  private tearingDown = false;

  constructor(options: SchedulerDriverOptions) {
    this.options = options;
    this.framework = options.framework;
    for (const role of options.suppressedRoles ?? []) this.suppressed.add(role);
    this.onListenerError = options.onListenerError ?? rethrowListenerError;
    this.emitter = new TypedEmitter<SchedulerEvents>(this.onListenerError);
    subjectsFor(options.cluster); // Fails fast on an invalid cluster name.
  }

  on<E extends keyof SchedulerEvents>(event: E, listener: SchedulerEvents[E]): this {
    this.emitter.on(event, listener);
    return this;
  }

  once<E extends keyof SchedulerEvents>(event: E, listener: SchedulerEvents[E]): this {
    this.emitter.once(event, listener);
    return this;
  }

  off<E extends keyof SchedulerEvents>(event: E, listener: SchedulerEvents[E]): this {
    this.emitter.off(event, listener);
    return this;
  }

  get frameworkId(): string | undefined {
    return this.session?.frameworkId ?? this.framework.id;
  }

  get connected(): boolean {
    return this.session?.state === 'subscribed';
  }

  /** Offers received and not yet used, declined or rescinded. */
  get offers(): readonly Offer[] {
    return [...this.outstandingOffers.values()];
  }

  /**
   * Subscribes and resolves with the framework id. While the master is unreachable it keeps trying with backoff
   * (emitting `disconnected` per failed attempt); a refusal (e.g. FRAMEWORK_REMOVED) rejects with the master's code.
   */
  async start(): Promise<{ frameworkId: string }> {
    if (this.starting || this.session !== undefined) {
      throw new DroverError('INVALID_ARGUMENT', 'start() may be called once per driver');
    }
    this.starting = true;
    const file = this.options.frameworkIdFile;
    const storedId = this.framework.id ?? (file === undefined ? undefined : await readFrameworkIdFile(file));
    if (this.stopped) throw new DroverError('NOT_RUNNING', 'the driver was stopped before it subscribed');
    const session = new SchedulerSession({
      bus: this.options.bus,
      subjects: subjectsFor(this.options.cluster),
      clock: this.options.clock ?? systemClock,
      callTimeoutMs: this.options.callTimeoutMs ?? DEFAULT_CALL_TIMEOUT_MS,
      backoff: this.options.resubscribeBackoff ?? DEFAULT_RESUBSCRIBE_BACKOFF,
      missedHeartbeats: this.options.missedHeartbeats ?? DEFAULT_MISSED_HEARTBEATS,
      defaultHeartbeatIntervalSeconds: DEFAULT_HEARTBEAT_INTERVAL_SECONDS,
    }, {
      subscribeRequest: (frameworkId) => ({
        frameworkInfo: buildFrameworkInfo(this.framework, frameworkId),
        suppressedRoles: [...this.suppressed],
      }),
      beforeSubscribed: async (frameworkId) => {
        if (file !== undefined && frameworkId !== storedId) await writeFrameworkIdFile(file, frameworkId);
      },
      subscribed: (info) => this.onSubscribed(info),
      event: (event) => this.onEvent(event),
      disconnected: (reason) => {
        this.outstandingOffers.clear(); // The master rescinds offers of a disconnected framework.
        this.emitter.emit('disconnected', reason);
      },
      fatal: (error) => this.onFatal(error),
    }, storedId);
    this.session = session;
    try {
      await session.start();
    } catch (error) {
      if (error instanceof DroverError && error.code === 'FRAMEWORK_REMOVED' && file !== undefined) {
        await removeFrameworkIdFile(file);
      }
      throw error;
    }
    return { frameworkId: session.frameworkId ?? '' };
  }

  /**
   * Stops listening and calling, leaving the framework registered: the master notices at its next heartbeat and
   * keeps the tasks for failover_timeout. Waits (at most the call timeout) for calls in flight, e.g. the last acks.
   */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.session === undefined) return;
    await Promise.allSettled([...this.inFlight]);
    this.session.stop();
    this.outstandingOffers.clear();
  }

  /** Ends the framework: the master kills its tasks and forgets it. Stops the driver even when the call fails. */
  async teardown(): Promise<void> {
    this.tearingDown = true;
    try {
      await this.call(teardownCall(), 'TEARDOWN');
      if (this.options.frameworkIdFile !== undefined) await removeFrameworkIdFile(this.options.frameworkIdFile);
    } finally {
      await this.stop();
    }
  }

  async accept(offerIds: readonly string[], operations: readonly pb.Offer.Operation.$Properties[], filters?: FilterOptions): Promise<void> {
    for (const id of offerIds) this.outstandingOffers.delete(id);
    await this.call(acceptCall(offerIds, operations, filters), 'ACCEPT');
  }

  /**
   * Launches `tasks` on one offer (an Offer, or the id of an outstanding one) and resolves with their task ids.
   * Resources of the `{ cpus, mem, ports }` form are carved out of the offer in order, so tasks never share a port.
   */
  async launch(offer: Offer | string, tasks: readonly TaskSpec[], filters?: FilterOptions): Promise<string[]> {
    if (tasks.length === 0) throw new DroverError('INVALID_ARGUMENT', 'launch() needs at least one task');
    // An id this driver does not hold still goes to the master, which answers INVALID_OFFERS (and TASK_LOST/DROPPED
    // updates); only amounts to carve need the offer itself.
    const target = typeof offer === 'string' ? this.outstandingOffers.get(offer) ?? unknownOffer(offer) : offer;
    const taskInfos = buildTaskInfos(tasks, target);
    await this.accept([target.id], [launchOperation(taskInfos)], filters);
    return taskInfos.map((task) => task.taskId?.value ?? '');
  }

  async decline(offerIds: readonly string[], filters?: FilterOptions): Promise<void> {
    for (const id of offerIds) this.outstandingOffers.delete(id);
    await this.call(declineCall(offerIds, filters), 'DECLINE');
  }

  /** Resumes offers for `roles` (all the framework's roles when absent) and clears their filters. */
  async revive(roles?: readonly string[]): Promise<void> {
    const affected = roles ?? this.frameworkRoles();
    for (const role of affected) this.suppressed.delete(role);
    await this.call(reviveCall(roles ?? []), 'REVIVE');
  }

  /** Stops offers for `roles` (all the framework's roles when absent); kept across resubscriptions. */
  async suppress(roles?: readonly string[]): Promise<void> {
    for (const role of roles ?? this.frameworkRoles()) this.suppressed.add(role);
    await this.call(suppressCall(roles ?? []), 'SUPPRESS');
  }

  async kill(taskId: string, agentId?: string, killPolicy?: KillPolicyOptions): Promise<void> {
    await this.call(killCall(taskId, agentId, killPolicy), 'KILL');
  }

  /** Acknowledges a reliable update (one with a uuid). Needed only with autoAcknowledge: false; duplicates are harmless. */
  async acknowledge(status: TaskStatus): Promise<void> {
    if (status.uuid === undefined) return; // Master-made updates are not acknowledged.
    await this.call(acknowledgeCall(status.agentId ?? '', status.taskId, status.uuid), 'ACKNOWLEDGE');
  }

  /** Asks for the latest state of `tasks`; with none, of every non-terminal task (implicit reconciliation). */
  async reconcile(tasks?: readonly TaskToReconcile[]): Promise<void> {
    await this.call(reconcileCall(tasks ?? []), 'RECONCILE');
  }

  async message(agentId: string, executorId: string, data: Uint8Array): Promise<void> {
    await this.call(messageCall(agentId, executorId, data), 'MESSAGE');
  }

  async shutdownExecutor(executorId: string, agentId: string): Promise<void> {
    await this.call(shutdownCall(executorId, agentId), 'SHUTDOWN');
  }

  /** Changes the framework's info (not its id or principal) without resubscribing; later resubscriptions keep it. */
  async updateFramework(changes: Partial<Omit<FrameworkOptions, 'id'>>, suppressedRoles?: readonly string[]): Promise<void> {
    const next: FrameworkOptions = { ...this.framework, ...changes };
    const roles = suppressedRoles ?? [...this.suppressed];
    await this.call(updateFrameworkCall(buildFrameworkInfo(next, this.frameworkId), roles), 'UPDATE_FRAMEWORK');
    this.framework = next;
    this.suppressed.clear();
    for (const role of roles) this.suppressed.add(role);
  }

  private async call(body: CallBody, what: string): Promise<pb.CallResponse> {
    if (this.session === undefined) throw new DroverError('NOT_SUBSCRIBED', `${what}: start() has not been called`);
    const pending = this.session.call(body, what);
    this.inFlight.add(pending);
    try {
      return await pending;
    } finally {
      this.inFlight.delete(pending);
    }
  }

  private frameworkRoles(): readonly string[] {
    return this.framework.roles ?? ['*'];
  }

  private onSubscribed(info: SessionSubscribed): void {
    this.emitter.emit('subscribed', {
      frameworkId: info.frameworkId,
      heartbeatIntervalSeconds: info.heartbeatIntervalSeconds,
      masterInfo: info.masterInfo === undefined ? undefined : masterInfoView(info.masterInfo),
      reconnected: info.reconnected,
    });
    // Mesos' advice: after every (re)subscription with a known id, reconcile to learn what changed meanwhile.
    if (info.resumed && (this.options.reconcileOnResubscribe ?? true)) void this.callQuietly(reconcileCall([]), 'RECONCILE');
  }

  private onEvent(event: pb.Event): void {
    switch (event.type) {
      case v1.Event.Type.OFFERS: {
        const offers = (event.offers?.offers ?? []).map(offerFromProto);
        for (const offer of offers) this.outstandingOffers.set(offer.id, offer);
        this.emitter.emit('offers', offers);
        return;
      }
      case v1.Event.Type.RESCIND: {
        const offerId = event.rescind?.offerId?.value ?? '';
        this.outstandingOffers.delete(offerId);
        this.emitter.emit('rescind', offerId);
        return;
      }
      case v1.Event.Type.UPDATE:
        if (event.update?.status !== null && event.update?.status !== undefined) this.onUpdate(taskStatusFromProto(event.update.status));
        return;
      case v1.Event.Type.MESSAGE:
        this.emitter.emit('message', {
          agentId: event.message?.agentId?.value ?? '',
          executorId: event.message?.executorId?.value ?? '',
          data: event.message?.data ?? new Uint8Array(0),
        });
        return;
      case v1.Event.Type.FAILURE:
        this.emitter.emit('failure', {
          agentId: event.failure?.agentId?.value || undefined,
          executorId: event.failure?.executorId?.value || undefined,
          status: event.failure?.status ?? undefined,
        });
        return;
      case v1.Event.Type.HEARTBEAT:
        this.emitter.emit('heartbeat');
        return;
      default:
        return;
    }
  }

  /**
   * Emits the update, then acknowledges it once every listener has returned and every promise a listener returned
   * has resolved. An update whose listener threw or rejected is not acknowledged: the agent sends it again.
   */
  private onUpdate(status: TaskStatus): void {
    const outcome = this.emitter.emit('update', status);
    if (!(this.options.autoAcknowledge ?? true) || status.uuid === undefined || outcome.threw) return;
    const body = acknowledgeCall(status.agentId ?? '', status.taskId, status.uuid);
    if (outcome.pending.length === 0) {
      void this.callQuietly(body, 'ACKNOWLEDGE');
      return;
    }
    Promise.all(outcome.pending).then(
      () => this.callQuietly(body, 'ACKNOWLEDGE'),
      () => undefined, // Already reported to onListenerError; leaving it unacknowledged gets it redelivered.
    ).catch(() => undefined);
  }

  /**
   * For calls the driver makes by itself (acks, implicit reconcile): nobody awaits them, and a failure needs no
   * report because the session already reacts to lost connections and the master resends unacknowledged updates.
   */
  private async callQuietly(body: CallBody, what: string): Promise<void> {
    try {
      await this.call(body, what);
    } catch {
      // See above.
    }
  }

  private onFatal(error: DroverError): void {
    this.outstandingOffers.clear();
    if (this.tearingDown) return;
    const file = this.options.frameworkIdFile;
    if (error.code === 'FRAMEWORK_REMOVED' && file !== undefined) {
      removeFrameworkIdFile(file).catch((cause: unknown) => this.onListenerError(cause, 'error'));
    }
    // Like node:events: an `error` nobody listens to must not pass silently.
    if (this.emitter.listenerCount('error') === 0) this.onListenerError(error, 'error');
    else this.emitter.emit('error', error);
  }
}

function unknownOffer(id: string): Offer {
  return { id, frameworkId: '', agentId: '', hostname: '', resources: [], attributes: {}, role: '*', url: '', raw: { id: { value: id } } };
}

function masterInfoView(info: pb.MasterInfo.$Properties): MasterInfoView {
  return {
    id: info.id ?? '',
    hostname: info.hostname ?? '',
    port: info.port ?? 0,
    version: info.version ?? '',
    cluster: info.cluster ?? '',
    epoch: info.epoch ?? 0,
  };
}
