// What the executor must tell a (re)started agent in SUBSCRIBE (Mesos executor API): tasks it was given whose updates
// were not all acknowledged yet, and the updates themselves, each with a promise that settles once the agent has it.
import { DroverError } from '../../../shared/errors/index.js';
import { uuidBytesToString } from '../../../shared/ids/index.js';
import type { pb } from '../../../shared/protocol/index.js';

export interface PendingUpdate {
  readonly uuid: string;
  readonly taskId: string;
  readonly status: pb.TaskStatus.$Properties;
  /** Resolves with the uuid once the agent took the update; rejects when it refused it or the driver stopped. */
  readonly received: Promise<Uint8Array>;
  settled: boolean;
  resolve(): void;
  reject(error: DroverError): void;
}

export class Unacknowledged {
  /** Task id → TaskInfo, in launch order. */
  private readonly taskInfos = new Map<string, pb.TaskInfo.$Properties>();
  /** Hex uuid → update, in the order they were made. */
  private readonly pending = new Map<string, PendingUpdate>();

  /** False when the task was already known (a repeated LAUNCH). */
  addTask(task: pb.TaskInfo.$Properties): boolean {
    const taskId = task.taskId?.value ?? '';
    if (this.taskInfos.has(taskId)) return false;
    this.taskInfos.set(taskId, task);
    return true;
  }

  addUpdate(status: pb.TaskStatus.$Properties): PendingUpdate {
    const uuidBytes = status.uuid ?? new Uint8Array(0);
    let resolve: (uuid: Uint8Array) => void = () => undefined;
    let reject: (error: DroverError) => void = () => undefined;
    const received = new Promise<Uint8Array>((ok, fail) => { resolve = ok; reject = fail; });
    // Callers may fire and forget; a refusal must not become an unhandled rejection.
    received.catch(() => undefined);
    const update: PendingUpdate = {
      uuid: uuidBytesToString(uuidBytes), taskId: status.taskId?.value ?? '', status, received, settled: false,
      resolve: () => { update.settled = true; resolve(uuidBytes); },
      reject: (error) => { update.settled = true; reject(error); },
    };
    this.pending.set(update.uuid, update);
    return update;
  }

  /** ACKNOWLEDGED: the update is done, and so is the task's place in SUBSCRIBE (Mesos example executors). */
  acknowledge(taskId: string, uuid: Uint8Array): PendingUpdate | undefined {
    const hex = uuidBytesToString(uuid);
    const update = this.pending.get(hex);
    this.pending.delete(hex);
    this.taskInfos.delete(taskId);
    update?.resolve();
    return update;
  }

  /** The agent refused the update: it would be refused again, so it is dropped. */
  drop(update: PendingUpdate, error: DroverError): void {
    this.pending.delete(update.uuid);
    update.reject(error);
  }

  updates(): PendingUpdate[] {
    return [...this.pending.values()];
  }

  has(update: PendingUpdate): boolean {
    return this.pending.get(update.uuid) === update;
  }

  subscribeBody(): pb.ExecutorCall.Subscribe.$Properties {
    return {
      unacknowledgedTasks: [...this.taskInfos.values()],
      unacknowledgedUpdates: [...this.pending.values()].map((update) => update.status),
    };
  }

  /** The driver stopped: whoever waits hears it. Nothing is kept. */
  clear(): void {
    for (const update of this.pending.values()) {
      if (!update.settled) update.reject(new DroverError('NOT_RUNNING', 'the executor driver stopped before the agent took the update'));
    }
    this.pending.clear();
    this.taskInfos.clear();
  }
}
