// The executor author's handle on its agent (Mesos executor API over the bus, agent/executors/README.md).
//
//   const driver = ExecutorDriver.fromEnvironment();          // the agent set DROVER_* for this process
//   driver.on('launch', async (task) => { await driver.sendStatusUpdate({ taskId: task.taskId, state: 'TASK_RUNNING' }); });
//   await driver.start();
//
// Updates stay unacknowledged until the framework acknowledges them (ACKNOWLEDGED); a SUBSCRIBE after the agent came
// back carries them, and the tasks not acknowledged yet, so nothing is lost across an agent restart.
import { connectNatsBus, executorSubjectsFor, subjectsFor, type Bus } from '../../../shared/bus/index.js';
import { systemClock } from '../../../shared/clock/index.js';
import { DroverError, errorMessage, isDroverError } from '../../../shared/errors/index.js';
import { uuidBytesToString } from '../../../shared/ids/index.js';
import { v1, type pb } from '../../../shared/protocol/index.js';
import { isConnectionFailure } from '../scheduler/call-errors.js';
import { TypedEmitter, type ListenerErrorHandler } from '../scheduler/typed-emitter.js';
import { optionsFromEnvironment } from './environment.js';
import type { ExecutorEvents, ExecutorSubscribedInfo } from './events.js';
import { ExecutorSession } from './executor-session.js';
import { EXECUTOR_DRIVER_DEFAULTS, type ExecutorDriverOptions, type ExecutorDriverOverrides } from './options.js';
import { Unacknowledged, type PendingUpdate } from './unacknowledged.js';
import { launchedTaskFromProto, statusFromUpdate, type ExecutorStatusUpdate } from './views.js';

const EventType = v1.ExecutorEvent.Type;

/** A rejected promise that is not an unhandled rejection when its caller fires and forgets (like pending updates). */
function quietRejection<T>(error: Error): Promise<T> {
  const rejected = Promise.reject(error);
  rejected.catch(() => undefined);
  return rejected;
}

const rethrowListenerError: ListenerErrorHandler = (error) => {
  setImmediate(() => {
    throw error;
  });
};

export class ExecutorDriver {
  private readonly emitter: TypedEmitter<ExecutorEvents>;
  private readonly onListenerError: ListenerErrorHandler;
  private readonly unacknowledged = new Unacknowledged();
  /** LAUNCH events of tasks already launched (a resent LAUNCH): recorded on arrival, skipped at dispatch. */
  private readonly repeatedLaunches = new WeakSet<pb.ExecutorEvent>();
  private readonly inFlight = new Set<Promise<unknown>>();
  private session: ExecutorSession | undefined;
  private ownBus: Bus | undefined;
  private started = false;
  private stopped = false;

  /** Options from the variables the agent gives an executor (DROVER_NATS, DROVER_CLUSTER, DROVER_*_ID, ...). */
  static fromEnvironment(env: Readonly<Record<string, string | undefined>> = process.env,
    overrides?: ExecutorDriverOverrides): ExecutorDriver {
    return new ExecutorDriver(optionsFromEnvironment(env, overrides));
  }

  constructor(private readonly options: ExecutorDriverOptions) {
    if (options.bus === undefined && options.natsUrl === undefined) {
      throw new DroverError('CONFIG', 'ExecutorDriver needs a bus or a natsUrl');
    }
    subjectsFor(options.cluster); // Fails fast on an invalid cluster name.
    this.onListenerError = options.onListenerError ?? rethrowListenerError;
    this.emitter = new TypedEmitter<ExecutorEvents>(this.onListenerError);
  }

  on<E extends keyof ExecutorEvents>(event: E, listener: ExecutorEvents[E]): this {
    this.emitter.on(event, listener);
    return this;
  }

  once<E extends keyof ExecutorEvents>(event: E, listener: ExecutorEvents[E]): this {
    this.emitter.once(event, listener);
    return this;
  }

  off<E extends keyof ExecutorEvents>(event: E, listener: ExecutorEvents[E]): this {
    this.emitter.off(event, listener);
    return this;
  }

  get connected(): boolean {
    return this.session?.state === 'subscribed';
  }

  /** Updates the framework has not acknowledged yet. */
  get unacknowledgedUpdates(): number {
    return this.unacknowledged.updates().length;
  }

  /**
   * Subscribes with the agent and resolves once it answered SUBSCRIBED. While the agent does not answer it keeps
   * trying with backoff (`disconnected` per failed attempt); a refusal rejects.
   */
  async start(): Promise<ExecutorSubscribedInfo> {
    if (this.started) throw new DroverError('INVALID_ARGUMENT', 'start() may be called once per driver');
    this.started = true;
    const { options } = this;
    const bus = options.bus ?? (this.ownBus = await connectNatsBus(options.natsUrl ?? ''));
    if (this.stopped) throw new DroverError('NOT_RUNNING', 'the executor driver was stopped before it subscribed');
    const subjects = executorSubjectsFor(options.cluster);
    let info: ExecutorSubscribedInfo | undefined;
    this.session = new ExecutorSession({
      bus,
      agentSubject: options.agentSubject ?? subjects.agentExecutors(options.agentId),
      eventSubject: options.executorSubject ?? subjects.executor(options.agentId, options.frameworkId, options.executorId),
      frameworkId: options.frameworkId,
      executorId: options.executorId,
      clock: options.clock ?? systemClock,
      callTimeoutMs: options.callTimeoutMs ?? EXECUTOR_DRIVER_DEFAULTS.callTimeoutMs,
      backoff: options.subscribeBackoff ?? EXECUTOR_DRIVER_DEFAULTS.subscribeBackoff,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? EXECUTOR_DRIVER_DEFAULTS.heartbeatIntervalMs,
      recoveryTimeoutMs: options.recoveryTimeoutMs ?? EXECUTOR_DRIVER_DEFAULTS.recoveryTimeoutMs,
    }, {
      subscribeBody: () => this.unacknowledged.subscribeBody(),
      received: (event) => this.onArrival(event),
      subscribed: (subscribed, reconnected, carried) => {
        info = this.onSubscribed(subscribed, reconnected, carried);
      },
      event: (event) => this.dispatch(event),
      disconnected: (reason) => this.emitter.emit('disconnected', reason),
      fatal: (error) => this.onFatal(error),
    });
    try {
      await this.session.start();
    } catch (error) {
      await this.release();
      throw error;
    }
    if (info === undefined) throw new DroverError('NOT_RUNNING', 'the executor driver stopped while subscribing');
    return info;
  }

  /**
   * Sends a reliable update (a fresh uuid) and resolves with its uuid once the agent has it. Until the framework
   * acknowledges it, it is resent with every SUBSCRIBE. Rejects (INVALID_ARGUMENT, or the agent's refusal) when it
   * would never be accepted, and with NOT_RUNNING when the driver stops first; a caller need not wait for it.
   */
  sendStatusUpdate(update: ExecutorStatusUpdate): Promise<Uint8Array> {
    if (this.stopped) return quietRejection(new DroverError('NOT_RUNNING', 'the executor driver was stopped'));
    let status: pb.TaskStatus.$Properties;
    try {
      status = statusFromUpdate(update, this.options.executorId, (this.options.clock ?? systemClock).now());
    } catch (error) {
      return quietRejection(error instanceof Error ? error : new Error(errorMessage(error)));
    }
    const pending = this.unacknowledged.addUpdate(status);
    if (this.connected) void this.deliver(pending);
    return pending.received;
  }

  /** Bytes (or UTF-8 text) to the framework (its `message` event). Rejects with NOT_SUBSCRIBED while disconnected. */
  async sendFrameworkMessage(data: Uint8Array | string): Promise<void> {
    const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
    await this.call({ type: v1.ExecutorCall.Type.MESSAGE, message: { data: bytes } }, 'MESSAGE');
  }

  /** Waits (at most the call timeout) for calls in flight, then stops listening; unsent updates are rejected. */
  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.allSettled([...this.inFlight]);
    this.session?.stop();
    this.unacknowledged.clear();
    await this.release();
  }

  private async call(call: pb.ExecutorCall.$Properties, what: string): Promise<void> {
    if (this.session === undefined) throw new DroverError('NOT_SUBSCRIBED', `${what}: start() has not been called`);
    const pending = this.session.call(call, what);
    this.inFlight.add(pending);
    try {
      await pending;
    } finally {
      this.inFlight.delete(pending);
    }
  }

  private async deliver(update: PendingUpdate): Promise<void> {
    try {
      await this.call({ type: v1.ExecutorCall.Type.UPDATE, update: { status: update.status } }, 'UPDATE');
      update.resolve();
    } catch (error) {
      // Connection trouble: the update stays, and the resubscription carries it. A refusal is final.
      if (isConnectionFailure(error) || isDroverError(error, 'NOT_SUBSCRIBED') || this.stopped) return;
      if (!this.unacknowledged.has(update)) return;
      this.unacknowledged.drop(update, isDroverError(error) ? error : new DroverError('INVALID_CALL', errorMessage(error)));
    }
  }

  private onSubscribed(subscribed: pb.ExecutorEvent.Subscribed.$Properties, reconnected: boolean,
    carried: pb.ExecutorCall.Subscribe.$Properties): ExecutorSubscribedInfo {
    const carriedUuids = new Set((carried.unacknowledgedUpdates ?? []).map((status) => uuidBytesToString(status.uuid ?? new Uint8Array(0))));
    for (const update of this.unacknowledged.updates()) {
      if (carriedUuids.has(update.uuid)) update.resolve();
      else if (!update.settled) void this.deliver(update); // Made while the SUBSCRIBE was on its way.
    }
    const info: ExecutorSubscribedInfo = {
      agentId: subscribed.agentInfo?.id?.value ?? this.options.agentId,
      hostname: subscribed.agentInfo?.hostname ?? '',
      frameworkId: this.options.frameworkId,
      executorId: this.options.executorId,
      containerId: subscribed.containerId?.value ?? '',
      reconnected,
      executorInfo: subscribed.executorInfo ?? {},
      frameworkInfo: subscribed.frameworkInfo ?? {},
    };
    this.emitter.emit('subscribed', info);
    return info;
  }

  /** Bookkeeping that must not wait for dispatch: the next SUBSCRIBE reports what arrived. */
  private onArrival(event: pb.ExecutorEvent): void {
    if (event.type === EventType.LAUNCH && event.launch?.task) {
      if (!this.unacknowledged.addTask(event.launch.task)) this.repeatedLaunches.add(event);
    } else if (event.type === EventType.ACKNOWLEDGED) {
      this.unacknowledged.acknowledge(event.acknowledged?.taskId?.value ?? '', event.acknowledged?.uuid ?? new Uint8Array(0));
    }
  }

  private dispatch(event: pb.ExecutorEvent): void {
    switch (event.type) {
      case EventType.LAUNCH:
        if (event.launch?.task && !this.repeatedLaunches.has(event)) this.emitter.emit('launch', launchedTaskFromProto(event.launch.task));
        return;
      case EventType.KILL:
        this.emitter.emit('kill', {
          taskId: event.kill?.taskId?.value ?? '',
          gracePeriodSeconds: event.kill?.killPolicy?.gracePeriodSeconds ?? undefined,
        });
        return;
      case EventType.ACKNOWLEDGED:
        this.emitter.emit('acknowledged', {
          taskId: event.acknowledged?.taskId?.value ?? '', uuid: event.acknowledged?.uuid ?? new Uint8Array(0),
        });
        return;
      case EventType.MESSAGE:
        this.emitter.emit('message', event.message?.data ?? new Uint8Array(0));
        return;
      case EventType.SHUTDOWN:
        this.emitter.emit('shutdown');
        return;
      default:
        return; // ERROR and LAUNCH_GROUP are not sent by Drover agents.
    }
  }

  private onFatal(error: DroverError): void {
    this.unacknowledged.clear();
    void this.release();
    // Like node:events: an `error` nobody listens to must not pass silently.
    if (this.emitter.listenerCount('error') === 0) this.onListenerError(error, 'error');
    else this.emitter.emit('error', error);
  }

  private async release(): Promise<void> {
    const bus = this.ownBus;
    this.ownBus = undefined;
    await bus?.close().catch(() => undefined);
  }
}
