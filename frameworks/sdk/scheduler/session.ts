// One framework's connection to the master: SUBSCRIBE, the event stream, heartbeat liveness, epoch fencing and
// resubscription with backoff. The driver (scheduler-driver.ts) turns what arrives here into typed events.
//
//   idle ──start──▶ subscribing ──SUBSCRIBED──▶ subscribed ──lost (no heartbeat, transport failure, NOT_SUBSCRIBED)──┐
//                     ▲   │ attempt failed                        │ ERROR event / FRAMEWORK_REMOVED                   │
//                     │   ▼                                       ▼                                                   │
//                     └─ waiting (backoff) ◀──────────────────  failed (no more attempts)      subscribing ◀─────────┘
//   stop() from any state ──▶ stopped
import type { Bus, BusMessage, BusSubscription, Subjects } from '../../../shared/bus/index.js';
import type { Clock, TimerHandle } from '../../../shared/clock/index.js';
import { DroverError, errorMessage, isDroverError } from '../../../shared/errors/index.js';
import { randomToken } from '../../../shared/ids/index.js';
import { decodeMessage, encodeMessage, v1, type pb } from '../../../shared/protocol/index.js';
import { callResponseError, isConnectionFailure, knownCode } from './call-errors.js';
import { subscribeCall, type CallBody } from './calls.js';
import { RetrySchedule, StartGate } from './session-parts.js';

export type SessionState = 'idle' | 'subscribing' | 'waiting' | 'subscribed' | 'failed' | 'stopped';

export interface SessionConfig {
  readonly bus: Bus;
  readonly subjects: Subjects;
  readonly clock: Clock;
  readonly callTimeoutMs: number;
  readonly backoff: { readonly initialMs: number; readonly maxMs: number };
  readonly missedHeartbeats: number;
  readonly defaultHeartbeatIntervalSeconds: number;
}

export interface SubscribeRequest {
  readonly frameworkInfo: pb.FrameworkInfo.$Properties;
  readonly suppressedRoles: readonly string[];
}

export interface SessionSubscribed {
  readonly frameworkId: string;
  readonly heartbeatIntervalSeconds: number;
  readonly masterInfo: pb.MasterInfo.$Properties | undefined;
  readonly reconnected: boolean;
  /** Whether this subscription named an existing framework id (a reconnection or a failover). */
  readonly resumed: boolean;
}

export interface SessionHooks {
  /** The FrameworkInfo for the next SUBSCRIBE (read each attempt, so UPDATE_FRAMEWORK changes carry over). */
  subscribeRequest(frameworkId: string | undefined): SubscribeRequest;
  /** Runs before the session counts as subscribed; a throw fails the session (e.g. the id file is not writable). */
  beforeSubscribed(frameworkId: string): Promise<void>;
  subscribed(info: SessionSubscribed): void;
  event(event: pb.Event): void;
  disconnected(reason: string): void;
  /** The master removed or refused the framework after start() had resolved. */
  fatal(error: DroverError): void;
}

const EMPTY = new Uint8Array(0);

export class SchedulerSession {
  private current: SessionState = 'idle';
  /** Bumped by every subscribe attempt, stop and failure: answers and events of older attempts are ignored. */
  private attempt = 0;
  private eventSubscription: BusSubscription | undefined;
  private highestEpoch = 0;
  private id: string | undefined;
  private heartbeatIntervalSeconds: number;
  private watchdog: TimerHandle | undefined;
  /** Events that arrived before SUBSCRIBED was handled; delivered in order right after. */
  private buffered: pb.Event[] | undefined;
  private everSubscribed = false;
  private readonly gate = new StartGate();
  private readonly retry: RetrySchedule;

  constructor(private readonly config: SessionConfig, private readonly hooks: SessionHooks, frameworkId: string | undefined) {
    this.id = frameworkId;
    this.heartbeatIntervalSeconds = config.defaultHeartbeatIntervalSeconds;
    this.retry = new RetrySchedule(config.clock, config.backoff);
  }

  get state(): SessionState {
    return this.current;
  }

  get frameworkId(): string | undefined {
    return this.id;
  }

  /** Resolves once subscribed. Connection failures are retried with backoff; a refusal rejects. */
  start(): Promise<void> {
    if (this.current !== 'idle') {
      return Promise.reject(new DroverError('INVALID_ARGUMENT', 'start() may be called once per driver'));
    }
    const started = this.gate.wait();
    void this.subscribeOnce();
    return started;
  }

  stop(): void {
    if (this.current === 'stopped') return;
    this.current = 'stopped';
    this.quiesce();
    this.gate.cancel('the driver was stopped before it subscribed');
  }

  /** Sends a call for the subscribed framework and returns the master's answer; a refusal throws a DroverError. */
  async call(body: CallBody, what: string): Promise<pb.CallResponse> {
    if (this.current === 'failed' && this.gate.error !== undefined) throw this.gate.error;
    const frameworkId = this.id;
    if (this.current !== 'subscribed' || frameworkId === undefined) {
      throw new DroverError('NOT_SUBSCRIBED', `${what}: the driver is not subscribed (state ${this.current})`);
    }
    const attempt = this.attempt;
    let response: pb.CallResponse;
    try {
      response = await this.send({ ...body, frameworkId: { value: frameworkId } });
    } catch (error) {
      if (isConnectionFailure(error) && attempt === this.attempt) this.connectionLost(`${what} failed: ${errorMessage(error)}`);
      throw error;
    }
    if (response.ok) return response;
    const error = callResponseError(response, what);
    if (attempt === this.attempt) {
      // The master lost our subscription (e.g. a new leader): subscribe again. A removed framework is final.
      if (error.code === 'NOT_SUBSCRIBED') this.connectionLost(`${what}: the master does not know this subscription`);
      if (error.code === 'FRAMEWORK_REMOVED') this.fail(error);
    }
    throw error;
  }

  private async send(call: pb.Call.$Properties): Promise<pb.CallResponse> {
    const bytes = await this.config.bus.request(this.config.subjects.masterScheduler, encodeMessage(v1.Call, call), {
      timeoutMs: this.config.callTimeoutMs,
    });
    return decodeMessage(v1.CallResponse, bytes);
  }

  private async subscribeOnce(): Promise<void> {
    const attempt = ++this.attempt;
    this.current = 'subscribing';
    this.buffered = [];
    this.highestEpoch = 0; // Per subscription; see below.
    const eventSubject = this.config.subjects.framework(randomToken());
    // Listen first, so no event the master sends right after answering is lost.
    this.eventSubscription?.unsubscribe();
    this.eventSubscription = this.config.bus.subscribe(eventSubject, (message) => this.onMessage(message, attempt));
    const resumed = this.id !== undefined;
    const request = this.hooks.subscribeRequest(this.id);
    let response: pb.CallResponse;
    try {
      const call: pb.Call.$Properties = subscribeCall(request.frameworkInfo, eventSubject, request.suppressedRoles);
      if (this.id !== undefined) call.frameworkId = { value: this.id };
      response = await this.send(call);
    } catch (error) {
      if (attempt !== this.attempt) return;
      if (isDroverError(error, 'BUS_CLOSED')) this.fail(error);
      else this.retryLater(`SUBSCRIBE failed: ${errorMessage(error)}`);
      return;
    }
    if (attempt !== this.attempt) return;
    if (!response.ok) {
      this.fail(callResponseError(response, 'SUBSCRIBE'));
      return;
    }
    const event = response.subscribed;
    const subscribed = event?.subscribed;
    const frameworkId = subscribed?.frameworkId?.value ?? '';
    if (frameworkId === '') {
      this.retryLater('the SUBSCRIBE answer carried no framework id');
      return;
    }
    try {
      await this.hooks.beforeSubscribed(frameworkId);
    } catch (error) {
      if (attempt === this.attempt) {
        this.fail(isDroverError(error) ? error : new DroverError('CONFIG', errorMessage(error), { cause: error }));
      }
      return;
    }
    if (attempt !== this.attempt) return;
    this.id = frameworkId;
    this.current = 'subscribed';
    // The master that accepted this subscription sets the baseline: only it knows the new event subject, so a master
    // restarted without its epoch is followed rather than fenced out forever. Within a subscription, epochs only rise.
    this.highestEpoch = Math.max(this.highestEpoch, response.epoch ?? 0, event?.epoch ?? 0);
    this.buffered = this.buffered?.filter((early) => (early.epoch ?? 0) >= this.highestEpoch);
    const reconnected = this.everSubscribed;
    this.everSubscribed = true;
    this.retry.reset();
    const interval = subscribed?.heartbeatIntervalSeconds ?? 0;
    this.heartbeatIntervalSeconds = interval > 0 ? interval : this.config.defaultHeartbeatIntervalSeconds;
    this.armWatchdog();
    this.hooks.subscribed({
      frameworkId,
      heartbeatIntervalSeconds: this.heartbeatIntervalSeconds,
      masterInfo: subscribed?.masterInfo ?? undefined,
      reconnected,
      resumed,
    });
    this.gate.open();
    // Deliver what arrived early on a later turn, after the code awaiting start() has run and added its listeners;
    // events arriving meanwhile queue behind them, so order is kept.
    setImmediate(() => this.flushBuffered(attempt));
  }

  private flushBuffered(attempt: number): void {
    while (attempt === this.attempt && this.buffered !== undefined && this.buffered.length > 0) {
      const event = this.buffered.shift();
      if (event !== undefined) this.dispatch(event);
    }
    if (attempt === this.attempt) this.buffered = undefined;
  }

  private onMessage(message: BusMessage, attempt: number): void {
    if (attempt !== this.attempt) return;
    let event: pb.Event;
    try {
      event = decodeMessage(v1.Event, message.data);
    } catch {
      return; // Not ours to crash on: a malformed event is dropped like a lost one.
    }
    const epoch = event.epoch ?? 0;
    if (epoch < this.highestEpoch) return; // From a deposed master.
    this.highestEpoch = epoch;
    if (message.reply !== undefined) message.respond(EMPTY); // HEARTBEAT is a request; answering proves we listen.
    if (this.current === 'subscribed') this.armWatchdog();
    if (this.buffered !== undefined) this.buffered.push(event);
    else if (this.current === 'subscribed') this.dispatch(event);
  }

  private dispatch(event: pb.Event): void {
    if (this.current !== 'subscribed') return;
    switch (event.type) {
      case v1.Event.Type.SUBSCRIBED: {
        const interval = event.subscribed?.heartbeatIntervalSeconds ?? 0;
        if (interval > 0) this.heartbeatIntervalSeconds = interval;
        this.armWatchdog();
        return;
      }
      case v1.Event.Type.ERROR: {
        const code = event.error?.code ?? '';
        const message = event.error?.message ?? '';
        this.fail(new DroverError(code === '' ? 'FRAMEWORK_REMOVED' : knownCode(code, 'INVALID_CALL'),
          `the master ended the framework: ${message === '' ? code : message}`));
        return;
      }
      default:
        this.hooks.event(event);
    }
  }

  private armWatchdog(): void {
    this.watchdog?.cancel();
    const timeoutMs = this.heartbeatIntervalSeconds * 1000 * this.config.missedHeartbeats;
    const attempt = this.attempt;
    this.watchdog = this.config.clock.setTimer(timeoutMs, () => {
      if (attempt === this.attempt) this.connectionLost(`no event or heartbeat from the master for ${timeoutMs / 1000} s`);
    });
  }

  /** Lost while subscribed: say so, then try again at once (backoff applies to the attempts after this one). */
  private connectionLost(reason: string): void {
    if (this.current !== 'subscribed') return;
    this.watchdog?.cancel();
    this.watchdog = undefined;
    this.current = 'subscribing';
    this.retry.reset();
    this.hooks.disconnected(reason);
    if (this.current === 'subscribing') void this.subscribeOnce();
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
    this.watchdog?.cancel();
    this.watchdog = undefined;
    this.retry.cancel();
    this.buffered = undefined;
    this.eventSubscription?.unsubscribe();
    this.eventSubscription = undefined;
  }
}
