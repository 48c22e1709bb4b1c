// The executor's connection to its agent: SUBSCRIBE (retried with backoff while the agent does not answer), the
// event stream, HEARTBEAT calls that notice a restarted agent, and resubscription.
//
//   idle ──start──▶ subscribing ──SUBSCRIBED──▶ subscribed ──no answer / NOT_SUBSCRIBED──▶ subscribing (at once)
//                     ▲   │ no answer                                   ERROR on SUBSCRIBE, recovery timeout
//                     └─ waiting (backoff)                                          ──▶ failed
//   stop() from any state ──▶ stopped
import type { Bus, BusMessage, BusSubscription } from '../../../shared/bus/index.js';
import type { Clock, TimerHandle } from '../../../shared/clock/index.js';
import { DroverError, errorMessage, isDroverError } from '../../../shared/errors/index.js';
import { decodeMessage, encodeMessage, v1, type pb } from '../../../shared/protocol/index.js';
import { isConnectionFailure } from '../scheduler/call-errors.js';
import { RetrySchedule, StartGate } from '../scheduler/session-parts.js';
import { replyError } from './replies.js';

export type ExecutorSessionState = 'idle' | 'subscribing' | 'waiting' | 'subscribed' | 'failed' | 'stopped';

export interface ExecutorSessionConfig {
  readonly bus: Bus;
  readonly agentSubject: string;
  readonly eventSubject: string;
  readonly frameworkId: string;
  readonly executorId: string;
  readonly clock: Clock;
  readonly callTimeoutMs: number;
  readonly backoff: { readonly initialMs: number; readonly maxMs: number };
  readonly heartbeatIntervalMs: number;
  readonly recoveryTimeoutMs: number;
}

export interface ExecutorSessionHooks {
  /** What SUBSCRIBE carries; read at each attempt. */
  subscribeBody(): pb.ExecutorCall.Subscribe.$Properties;
  /** Every event as it arrives, before it may wait in the buffer (bookkeeping that SUBSCRIBE needs). */
  received(event: pb.ExecutorEvent): void;
  subscribed(subscribed: pb.ExecutorEvent.Subscribed.$Properties, reconnected: boolean,
    carried: pb.ExecutorCall.Subscribe.$Properties): void;
  /** Events in arrival order, only while subscribed. */
  event(event: pb.ExecutorEvent): void;
  disconnected(reason: string): void;
  /** The agent refused the executor, or never came back; after start() resolved. */
  fatal(error: DroverError): void;
}

const EventType = v1.ExecutorEvent.Type;

export class ExecutorSession {
  private current: ExecutorSessionState = 'idle';
  /** Bumped by every subscribe attempt, stop and failure: answers of older attempts are ignored. */
  private attempt = 0;
  private events: BusSubscription | undefined;
  private buffered: pb.ExecutorEvent[] = [];
  private heartbeatTimer: TimerHandle | undefined;
  private recoveryTimer: TimerHandle | undefined;
  private everSubscribed = false;
  private readonly gate = new StartGate();
  private readonly retry: RetrySchedule;

  constructor(private readonly config: ExecutorSessionConfig, private readonly hooks: ExecutorSessionHooks) {
    this.retry = new RetrySchedule(config.clock, config.backoff);
  }

  get state(): ExecutorSessionState {
    return this.current;
  }

  start(): Promise<void> {
    if (this.current !== 'idle') return Promise.reject(new DroverError('INVALID_ARGUMENT', 'start() may be called once'));
    // The event subject is fixed for the executor's life: listen once, before the first SUBSCRIBE.
    this.events = this.config.bus.subscribe(this.config.eventSubject, (message) => this.onMessage(message));
    const started = this.gate.wait();
    void this.config.bus.flush().catch(() => undefined).then(() => this.subscribeOnce());
    return started;
  }

  stop(): void {
    if (this.current === 'stopped') return;
    this.current = 'stopped';
    this.quiesce();
    this.gate.cancel('the executor driver was stopped before it subscribed');
  }

  /** Sends a call while subscribed; a refusal throws its DroverError, a lost agent also triggers resubscription. */
  async call(call: pb.ExecutorCall.$Properties, what: string): Promise<void> {
    if (this.current === 'failed' && this.gate.error !== undefined) throw this.gate.error;
    if (this.current !== 'subscribed') {
      throw new DroverError('NOT_SUBSCRIBED', `${what}: the executor is not subscribed (state ${this.current})`);
    }
    const attempt = this.attempt;
    let reply: pb.ExecutorEvent;
    try {
      reply = await this.send(call);
    } catch (error) {
      if (isConnectionFailure(error) && attempt === this.attempt) this.connectionLost(`${what} failed: ${errorMessage(error)}`);
      throw error;
    }
    const refusal = replyError(reply, what);
    if (refusal === undefined) return;
    if (refusal.code === 'NOT_SUBSCRIBED' && attempt === this.attempt) this.connectionLost(`${what}: the agent does not know this executor's subscription`);
    throw refusal;
  }

  private async send(call: pb.ExecutorCall.$Properties): Promise<pb.ExecutorEvent> {
    const full = { ...call, frameworkId: { value: this.config.frameworkId }, executorId: { value: this.config.executorId } };
    const bytes = await this.config.bus.request(this.config.agentSubject, encodeMessage(v1.ExecutorCall, full),
      { timeoutMs: this.config.callTimeoutMs });
    return decodeMessage(v1.ExecutorEvent, bytes);
  }

  private async subscribeOnce(): Promise<void> {
    if (this.current === 'stopped' || this.current === 'failed') return;
    const attempt = ++this.attempt;
    this.current = 'subscribing';
    const body = this.hooks.subscribeBody();
    let reply: pb.ExecutorEvent;
    try {
      reply = await this.send({ type: v1.ExecutorCall.Type.SUBSCRIBE, subscribe: body });
    } catch (error) {
      if (attempt !== this.attempt) return;
      if (isDroverError(error, 'BUS_CLOSED')) this.fail(error);
      else this.retryLater(`SUBSCRIBE failed: ${errorMessage(error)}`);
      return;
    }
    if (attempt !== this.attempt) return;
    const refusal = replyError(reply, 'SUBSCRIBE');
    if (refusal !== undefined) {
      this.fail(refusal); // The agent does not want this executor: it must not keep trying.
      return;
    }
    if (reply.type !== EventType.SUBSCRIBED || reply.subscribed === null || reply.subscribed === undefined) {
      this.retryLater('the agent answered SUBSCRIBE without SUBSCRIBED');
      return;
    }
    this.current = 'subscribed';
    const reconnected = this.everSubscribed;
    this.everSubscribed = true;
    this.retry.reset();
    this.recoveryTimer?.cancel();
    this.recoveryTimer = undefined;
    this.armHeartbeat();
    this.hooks.subscribed(reply.subscribed, reconnected, body);
    this.gate.open();
    // What arrived early goes out on a later turn, after the code awaiting start() ran; later events queue behind.
    setImmediate(() => this.flushBuffered(attempt));
  }

  private flushBuffered(attempt: number): void {
    while (attempt === this.attempt && this.current === 'subscribed' && this.buffered.length > 0) {
      const event = this.buffered.shift();
      if (event !== undefined) this.hooks.event(event);
    }
  }

  private onMessage(message: BusMessage): void {
    if (this.current === 'stopped' || this.current === 'failed') return;
    let event: pb.ExecutorEvent;
    try {
      event = decodeMessage(v1.ExecutorEvent, message.data);
    } catch {
      return; // Dropped like a lost message.
    }
    if (event.type === EventType.HEARTBEAT) {
      // The agent probes (e.g. it restarted): a call tells whether it still knows this subscription.
      if (this.current === 'subscribed') void this.heartbeat();
      return;
    }
    this.hooks.received(event);
    if (this.current === 'subscribed' && this.buffered.length === 0) this.hooks.event(event);
    else this.buffered.push(event);
  }

  private armHeartbeat(): void {
    this.heartbeatTimer?.cancel();
    const attempt = this.attempt;
    this.heartbeatTimer = this.config.clock.setTimer(this.config.heartbeatIntervalMs, () => {
      if (attempt !== this.attempt || this.current !== 'subscribed') return;
      void this.heartbeat().finally(() => {
        if (attempt === this.attempt && this.current === 'subscribed') this.armHeartbeat();
      });
    });
  }

  private async heartbeat(): Promise<void> {
    try {
      await this.call({ type: v1.ExecutorCall.Type.HEARTBEAT }, 'HEARTBEAT');
    } catch {
      // call() already resubscribes when the agent is gone or forgot us.
    }
  }

  /** Lost while subscribed: say so, then try again at once (backoff applies to the attempts after this one). */
  private connectionLost(reason: string): void {
    if (this.current !== 'subscribed') return;
    this.heartbeatTimer?.cancel();
    this.heartbeatTimer = undefined;
    this.current = 'subscribing';
    this.retry.reset();
    const attempt = this.attempt;
    this.recoveryTimer = this.config.clock.setTimer(this.config.recoveryTimeoutMs, () => {
      if (this.current === 'subscribing' || this.current === 'waiting') {
        this.fail(new DroverError('NOT_RUNNING', `the agent did not come back within ${this.config.recoveryTimeoutMs / 1000} s`));
      }
    });
    this.hooks.disconnected(reason);
    if (this.current === 'subscribing' && attempt === this.attempt) void this.subscribeOnce();
  }

  private retryLater(reason: string): void {
    this.current = 'waiting';
    const attempt = this.attempt;
    const delayMs = this.retry.schedule(() => {
      if (attempt === this.attempt && this.current === 'waiting') void this.subscribeOnce();
    });
    this.hooks.disconnected(`${reason}; retrying in ${delayMs} ms`);
  }

  private fail(error: DroverError): void {
    if (this.current === 'stopped' || this.current === 'failed') return;
    this.current = 'failed';
    this.quiesce();
    if (!this.gate.fail(error)) this.hooks.fatal(error);
  }

  private quiesce(): void {
    this.attempt++;
    this.retry.cancel();
    for (const timer of [this.heartbeatTimer, this.recoveryTimer]) timer?.cancel();
    this.heartbeatTimer = undefined;
    this.recoveryTimer = undefined;
    this.buffered = [];
    this.events?.unsubscribe();
    this.events = undefined;
  }
}
