// The agent's checkpoint of the tasks of frameworks that asked for it (FrameworkInfo.checkpoint, as in Mesos):
//   <workDir>/meta/frameworks/<frameworkId>/framework.pb            FrameworkInfo
//   <workDir>/meta/frameworks/<frameworkId>/tasks/<taskId>/task.json TaskInfo, container id, containerizer, sandbox
//   <workDir>/meta/frameworks/<frameworkId>/tasks/<taskId>/updates  its status update stream: "U <TaskStatus>" per
//                                                                   update, "A <uuid>" per acknowledgement
// The task is written before it is launched and every update before it is sent, so after `kill -9` the agent
// knows every task it may have started and every update the framework may not have seen.
import { open, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { uuidBytesToString } from '../../shared/ids/index.js';
import { v1, type pb } from '../../shared/protocol/index.js';
import { readOptionalFile, writeFileAtomically } from './files.js';

export interface TaskCheckpointEntry {
  readonly frameworkId: string;
  readonly taskId: string;
  readonly info: pb.TaskInfo.$Properties;
  readonly containerId: string;
  /** The containerizer that runs it ('process', 'docker'). */
  readonly containerizer: string;
  readonly sandbox: string;
}

export interface RecoveredTask extends TaskCheckpointEntry {
  readonly framework: pb.FrameworkInfo.$Properties;
  /** Updates not acknowledged yet, oldest first: they are sent again. */
  readonly pending: pb.TaskStatus.$Properties[];
  /** The last update the agent decided on (acknowledged or not); undefined if none was made. */
  readonly latest: pb.TaskStatus.$Properties | undefined;
}

/** A custom executor's container, written before it is launched (meta/frameworks/<fid>/executors/<eid>/executor.json). */
export interface ExecutorCheckpointEntry {
  readonly frameworkId: string;
  readonly executorId: string;
  readonly containerId: string;
  readonly containerizer: string;
  readonly sandbox: string;
}

export type UpdateRecord =
  | { readonly kind: 'update'; readonly status: pb.TaskStatus.$Properties }
  | { readonly kind: 'ack'; readonly uuid: string };

/** Replays a task's update stream: what is still unacknowledged, and the latest status. Pure. */
export function replayUpdates(records: readonly UpdateRecord[]): {
  pending: pb.TaskStatus.$Properties[];
  latest: pb.TaskStatus.$Properties | undefined;
} {
  const pending: pb.TaskStatus.$Properties[] = [];
  let latest: pb.TaskStatus.$Properties | undefined;
  for (const record of records) {
    if (record.kind === 'update') {
      pending.push(record.status);
      latest = record.status;
      continue;
    }
    const index = pending.findIndex((status) => uuidBytesToString(status.uuid ?? new Uint8Array()) === record.uuid);
    if (index >= 0) pending.splice(index, 1);
  }
  return { pending, latest };
}

export function parseUpdateRecords(text: string): UpdateRecord[] {
  const records: UpdateRecord[] = [];
  for (const line of text.split('\n')) {
    // A torn last line (the agent died mid-write) is skipped: its update was never sent.
    if (line.startsWith('U ')) {
      try {
        const status = v1.TaskStatus.toObject(v1.TaskStatus.decode(Buffer.from(line.slice(2), 'base64')), { defaults: false }) as pb.TaskStatus.$Properties;
        if (status.uuid !== undefined && status.uuid !== null) status.uuid = new Uint8Array(status.uuid);
        records.push({ kind: 'update', status });
      } catch {
        // torn or corrupt
      }
    } else if (line.startsWith('A ') && line.length > 2) {
      records.push({ kind: 'ack', uuid: line.slice(2).trim() });
    }
  }
  return records;
}

export class TaskCheckpoint {
  private readonly root: string;
  /** What framework.pb holds now, per framework: rewriting the same bytes for every task costs an fsync each. */
  private readonly writtenFrameworks = new Map<string, string>();
  /** Per updates file, the records waiting for (or in) the next write. */
  private readonly appending = new Map<string, AppendBatch>();

  constructor(workDir: string) {
    this.root = join(workDir, 'meta', 'frameworks');
  }

  async writeFramework(framework: pb.FrameworkInfo.$Properties): Promise<void> {
    const frameworkId = framework.id?.value ?? '';
    const bytes = v1.FrameworkInfo.encode(framework).finish();
    const key = Buffer.from(bytes).toString('base64');
    if (this.writtenFrameworks.get(frameworkId) === key) return;
    await writeFileAtomically(join(this.root, frameworkId, 'framework.pb'), bytes);
    this.writtenFrameworks.set(frameworkId, key);
  }

  async writeTask(entry: TaskCheckpointEntry): Promise<void> {
    const body = {
      containerId: entry.containerId, containerizer: entry.containerizer, sandbox: entry.sandbox,
      info: Buffer.from(v1.TaskInfo.encode(entry.info).finish()).toString('base64'),
    };
    await writeFileAtomically(join(this.taskDir(entry.frameworkId, entry.taskId), 'task.json'), `${JSON.stringify(body)}\n`);
  }

  async appendUpdate(frameworkId: string, taskId: string, status: pb.TaskStatus.$Properties): Promise<void> {
    await this.append(frameworkId, taskId, `U ${Buffer.from(v1.TaskStatus.encode(status).finish()).toString('base64')}\n`);
  }

  async appendAcknowledgement(frameworkId: string, taskId: string, uuid: Uint8Array): Promise<void> {
    await this.append(frameworkId, taskId, `A ${uuidBytesToString(uuid)}\n`);
  }

  async writeExecutor(entry: ExecutorCheckpointEntry): Promise<void> {
    const body = { containerId: entry.containerId, containerizer: entry.containerizer, sandbox: entry.sandbox };
    await writeFileAtomically(join(this.root, entry.frameworkId, 'executors', entry.executorId, 'executor.json'),
      `${JSON.stringify(body)}\n`);
  }

  async removeExecutor(frameworkId: string, executorId: string): Promise<void> {
    await rm(join(this.root, frameworkId, 'executors', executorId), { recursive: true, force: true });
  }

  /** The task is over and its last update acknowledged: nothing about it needs to survive a restart. */
  async removeTask(frameworkId: string, taskId: string): Promise<void> {
    // framework.pb stays (a new task of the framework may be being written right now); removeFramework drops it.
    await rm(this.taskDir(frameworkId, taskId), { recursive: true, force: true });
  }

  async removeFramework(frameworkId: string): Promise<void> {
    this.writtenFrameworks.delete(frameworkId);
    await rm(join(this.root, frameworkId), { recursive: true, force: true });
  }

  /** Forgets everything (the machine rebooted: none of these tasks exist any more). */
  async clear(): Promise<void> {
    this.writtenFrameworks.clear();
    await rm(this.root, { recursive: true, force: true });
  }

  /** Every checkpointed task; entries that cannot be read are skipped and named in `problems`. */
  async readAll(): Promise<{ tasks: RecoveredTask[]; executors: ExecutorCheckpointEntry[]; problems: string[] }> {
    const tasks: RecoveredTask[] = [];
    const executors: ExecutorCheckpointEntry[] = [];
    const problems: string[] = [];
    for (const frameworkId of await readdir(this.root).catch(() => [])) {
      let framework: pb.FrameworkInfo.$Properties;
      try {
        framework = v1.FrameworkInfo.toObject(v1.FrameworkInfo.decode(await readFile(join(this.root, frameworkId, 'framework.pb'))),
          { defaults: false });
      } catch (error) {
        problems.push(`framework ${frameworkId}: ${String(error)}`);
        continue;
      }
      for (const executorId of await readdir(join(this.root, frameworkId, 'executors')).catch(() => [])) {
        const text = await readOptionalFile(join(this.root, frameworkId, 'executors', executorId, 'executor.json'));
        if (text === undefined) continue;
        try {
          const body = JSON.parse(text) as { containerId: string; containerizer: string; sandbox: string };
          executors.push({ frameworkId, executorId, containerId: body.containerId, containerizer: body.containerizer, sandbox: body.sandbox });
        } catch (error) {
          problems.push(`executor ${frameworkId}/${executorId}: ${String(error)}`);
        }
      }
      for (const taskId of await readdir(join(this.root, frameworkId, 'tasks')).catch(() => [])) {
        const directory = this.taskDir(frameworkId, taskId);
        const text = await readOptionalFile(join(directory, 'task.json'));
        if (text === undefined) continue; // the agent died before the task was written: it was never launched
        try {
          const body = JSON.parse(text) as { containerId: string; containerizer: string; sandbox: string; info: string };
          const info = v1.TaskInfo.toObject(v1.TaskInfo.decode(Buffer.from(body.info, 'base64')), { defaults: false }) as pb.TaskInfo.$Properties;
          const records = parseUpdateRecords(await readOptionalFile(join(directory, 'updates')) ?? '');
          tasks.push({
            frameworkId, taskId, framework, info, containerId: body.containerId, containerizer: body.containerizer,
            sandbox: body.sandbox, ...replayUpdates(records),
          });
        } catch (error) {
          problems.push(`task ${frameworkId}/${taskId}: ${String(error)}`);
        }
      }
    }
    return { tasks, executors, problems };
  }

  private taskDir(frameworkId: string, taskId: string): string {
    return join(this.root, frameworkId, 'tasks', taskId);
  }

  /**
   * Appends a record; records asked for while a write of the same file is under way go out together in the next
   * write (one open, write, fsync, close for STARTING and RUNNING), each caller resolving once its record is durable.
   */
  private append(frameworkId: string, taskId: string, line: string): Promise<void> {
    const path = join(this.taskDir(frameworkId, taskId), 'updates');
    let batch = this.appending.get(path);
    if (batch === undefined || batch.started) {
      const previous = batch?.done ?? Promise.resolve();
      const fresh: AppendBatch = { lines: [], started: false, done: Promise.resolve() };
      fresh.done = previous.catch(() => undefined).then(() => {
        fresh.started = true;
        return appendDurably(path, fresh.lines.join(''));
      }).finally(() => {
        if (this.appending.get(path) === fresh) this.appending.delete(path);
      });
      this.appending.set(path, fresh);
      batch = fresh;
    }
    batch.lines.push(line);
    return batch.done;
  }
}

interface AppendBatch {
  readonly lines: string[];
  /** Its write began: later records wait for the next batch. */
  started: boolean;
  done: Promise<void>;
}

async function appendDurably(path: string, text: string): Promise<void> {
  const handle = await open(path, 'a', 0o600);
  try {
    await handle.write(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
}
