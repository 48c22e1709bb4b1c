// Reliable task status delivery (Mesos task_status_update_manager, mesos.md §3): one ordered stream per task; only
// the head is in flight and it is resent with backoff until the ACKNOWLEDGE for its uuid arrives; then the next one
// goes. At least once, per-task ordered. No I/O here: time comes from the Clock and sending is a callback.
import type { Clock, TimerHandle } from '../shared/clock/index.js';
import { uuidBytesToString } from '../shared/ids/index.js';
import type { pb } from '../shared/protocol/index.js';
import { nextBackoff, type BackoffPolicy } from './backoff.js';
import { endsTaskOnAgent } from './task-statuses.js';

export interface StatusUpdate {
  readonly frameworkId: string;
  /** Carries task_id and a 16-byte uuid. */
  readonly status: pb.TaskStatus.$Properties;
}

export interface StatusUpdateManagerOptions {
  readonly clock: Clock;
  readonly send: (update: StatusUpdate) => void;
  readonly backoff: BackoffPolicy;
  /** Called once a stream's final update (see endsTaskOnAgent) is acknowledged and the stream is gone. */
  readonly onStreamClosed?: (frameworkId: string, taskId: string) => void;
  /** Start paused: queue updates but send nothing until resume(). */
  readonly paused?: boolean;
}

export type UpdateOutcome = 'sent' | 'queued' | 'dropped-after-final' | 'duplicate';
export type AcknowledgeOutcome = 'acknowledged' | 'duplicate' | 'unexpected-uuid' | 'unknown-stream';

interface Stream {
  readonly frameworkId: string;
  readonly taskId: string;
  readonly pending: StatusUpdate[];
  readonly acknowledged: Set<string>;
  /** A final update was queued: nothing may follow it. */
  final: boolean;
  retryTimer: TimerHandle | undefined;
  retryDelayMs: number;
}

export function streamKey(frameworkId: string, taskId: string): string {
  return `${frameworkId}\u0000${taskId}`;
}

export class StatusUpdateManager {
  private readonly streams = new Map<string, Stream>();
  private paused: boolean;
  private stopped = false;

  constructor(private readonly options: StatusUpdateManagerOptions) {
    this.paused = options.paused ?? false;
  }

  /** Queues an update at the end of its task's stream; sends it at once when it is the head. */
  update(update: StatusUpdate): UpdateOutcome {
    const taskId = update.status.taskId?.value ?? '';
    const key = streamKey(update.frameworkId, taskId);
    let stream = this.streams.get(key);
    if (stream !== undefined && this.has(stream, update.status.uuid)) return 'duplicate';
    if (stream?.final === true) return 'dropped-after-final';
    if (stream === undefined) {
      stream = {
        frameworkId: update.frameworkId, taskId, pending: [], acknowledged: new Set(), final: false,
        retryTimer: undefined, retryDelayMs: this.options.backoff.initialMs,
      };
      this.streams.set(key, stream);
    }
    stream.pending.push(update);
    if (endsTaskOnAgent(update.status.state ?? 0)) stream.final = true;
    if (stream.pending.length > 1 || !this.active) return 'queued';
    this.sendHead(stream, this.options.backoff.initialMs);
    return 'sent';
  }

  acknowledge(frameworkId: string, taskId: string, uuid: Uint8Array): AcknowledgeOutcome {
    const key = streamKey(frameworkId, taskId);
    const stream = this.streams.get(key);
    if (stream === undefined) return 'unknown-stream';
    const ackedUuid = uuidBytesToString(uuid);
    if (stream.acknowledged.has(ackedUuid)) return 'duplicate';
    const head = stream.pending[0];
    if (head === undefined || uuidBytesToString(head.status.uuid ?? new Uint8Array()) !== ackedUuid) {
      return 'unexpected-uuid';
    }
    stream.pending.shift();
    stream.acknowledged.add(ackedUuid);
    stream.retryTimer?.cancel();
    stream.retryTimer = undefined;
    if (endsTaskOnAgent(head.status.state ?? 0)) {
      this.streams.delete(key);
      this.options.onStreamClosed?.(frameworkId, taskId);
    } else if (stream.pending.length > 0 && this.active) {
      this.sendHead(stream, this.options.backoff.initialMs);
    }
    return 'acknowledged';
  }

  /** Stops sending (the master is unreachable); queued updates wait for resume(). */
  pause(): void {
    this.paused = true;
    for (const stream of this.streams.values()) {
      stream.retryTimer?.cancel();
      stream.retryTimer = undefined;
    }
  }

  /** Sends every stream's head at once (after (re-)registration) and retries from the initial backoff. */
  resume(): void {
    if (this.stopped) return;
    this.paused = false;
    for (const stream of this.streams.values()) {
      if (stream.pending.length > 0) this.sendHead(stream, this.options.backoff.initialMs);
    }
  }

  /** Drops the streams of a framework that was shut down: nobody will acknowledge them. */
  removeFramework(frameworkId: string): void {
    for (const [key, stream] of this.streams) {
      if (stream.frameworkId !== frameworkId) continue;
      stream.retryTimer?.cancel();
      this.streams.delete(key);
    }
  }

  /** Drops every stream (the agent was removed and starts over under a new id). */
  clear(): void {
    for (const stream of this.streams.values()) stream.retryTimer?.cancel();
    this.streams.clear();
  }

  /** Cancels all timers for good: nothing is sent any more (updates are still queued, for info()). */
  stop(): void {
    this.pause();
    this.stopped = true;
  }

  /** The task's unacknowledged updates, oldest (the one in flight) first. */
  pending(frameworkId: string, taskId: string): readonly StatusUpdate[] {
    return [...(this.streams.get(streamKey(frameworkId, taskId))?.pending ?? [])];
  }

  get streamCount(): number {
    return this.streams.size;
  }

  /**
   * An update with this uuid is already queued or was acknowledged: a custom executor resends its unacknowledged
   * updates when it re-subscribes after an agent restart, and the agent has them from its checkpoint too.
   */
  private has(stream: Stream, uuid: Uint8Array | null | undefined): boolean {
    if (uuid === undefined || uuid === null || uuid.length === 0) return false;
    const text = uuidBytesToString(uuid);
    return stream.acknowledged.has(text)
      || stream.pending.some((pending) => uuidBytesToString(pending.status.uuid ?? new Uint8Array()) === text);
  }

  private get active(): boolean {
    return !this.paused && !this.stopped;
  }

  private sendHead(stream: Stream, delayMs: number): void {
    const head = stream.pending[0];
    if (head === undefined) return;
    stream.retryTimer?.cancel();
    stream.retryDelayMs = delayMs;
    this.options.send(head);
    stream.retryTimer = this.options.clock.setTimer(delayMs, () => {
      stream.retryTimer = undefined;
      if (this.active && stream.pending[0] === head) {
        this.sendHead(stream, nextBackoff(stream.retryDelayMs, this.options.backoff.maxMs));
      }
    });
  }
}
