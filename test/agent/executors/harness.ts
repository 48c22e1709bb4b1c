// Test hosts for the ExecutorManager: what the agent would do with its callbacks, recorded so tests can await them.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ExecutorEndReason, ExecutorHost } from '../../../agent/executors/index.js';
import type {
  ContainerLaunchRequest, ContainerTermination, Containerizer, LaunchResult,
} from '../../../agent/containerizer/index.js';
import type { pb } from '../../../shared/protocol/index.js';

/** A list that tests can wait on: waitFor resolves with the first entry (past or future) that matches. */
export class Recorder<T> {
  readonly entries: T[] = [];
  private waiters: Array<{ match: (entry: T) => boolean; resolve: (entry: T) => void }> = [];

  push(entry: T): void {
    this.entries.push(entry);
    const ready = this.waiters.filter((waiter) => waiter.match(entry));
    this.waiters = this.waiters.filter((waiter) => !waiter.match(entry));
    for (const waiter of ready) waiter.resolve(entry);
  }

  waitFor(match: (entry: T) => boolean, what: string, deadlineMs = 15_000): Promise<T> {
    const found = this.entries.find(match);
    if (found !== undefined) return Promise.resolve(found);
    return new Promise<T>((resolve, reject) => {
      // The deadline only stops a broken test from hanging; nothing asserts on timing.
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), deadlineMs);
      this.waiters.push({ match, resolve: (entry) => { clearTimeout(timer); resolve(entry); } });
    });
  }
}

export interface StatusRecord { readonly frameworkId: string; readonly status: pb.TaskStatus.$Properties }
export interface MessageRecord { readonly frameworkId: string; readonly executorId: string; readonly text: string }
export interface EndRecord {
  readonly frameworkId: string;
  readonly executorId: string;
  readonly taskIds: string[];
  readonly termination: ContainerTermination | undefined;
  readonly reason: ExecutorEndReason;
  readonly message: string;
}

/** Containers either run by a real containerizer, or fake ones the test ends by hand (`end`). */
export class RecordingHost implements ExecutorHost {
  readonly statuses = new Recorder<StatusRecord>();
  readonly messages = new Recorder<MessageRecord>();
  readonly ended = new Recorder<EndRecord>();
  readonly launches = new Recorder<ContainerLaunchRequest>();
  readonly kills = new Recorder<{ containerId: string; gracePeriodMs: number }>();
  readonly destroyed = new Recorder<string>();
  private readonly fakes = new Map<string, (termination: ContainerTermination | undefined) => void>();
  private readonly fakeEnds = new Map<string, Promise<ContainerTermination | undefined>>();

  constructor(private readonly workDir: string, private readonly containerizer?: Containerizer) {}

  async launchContainer(request: ContainerLaunchRequest): Promise<LaunchResult> {
    this.launches.push(request);
    if (this.containerizer !== undefined) return this.containerizer.launch(request);
    this.fake(request.containerId);
    return 'launched';
  }

  /** A container this host pretends runs (e.g. one adopted after a restart). */
  fake(containerId: string): void {
    this.fakeEnds.set(containerId, new Promise((resolve) => this.fakes.set(containerId, resolve)));
  }

  /** Ends a fake container. */
  end(containerId: string, termination: ContainerTermination | undefined): void {
    this.fakes.get(containerId)?.(termination);
  }

  waitContainer(containerId: string): Promise<ContainerTermination | undefined> {
    return this.containerizer?.wait(containerId) ?? this.fakeEnds.get(containerId) ?? Promise.resolve(undefined);
  }

  async killContainer(containerId: string, gracePeriodMs: number): Promise<void> {
    this.kills.push({ containerId, gracePeriodMs });
    if (this.containerizer !== undefined) await this.containerizer.kill(containerId, { gracePeriodMs });
    else this.end(containerId, { exitCode: null, signal: 'SIGKILL', status: 137 });
  }

  async destroyContainer(containerId: string): Promise<void> {
    this.destroyed.push(containerId);
    await this.containerizer?.destroy(containerId);
  }

  sandboxFor(frameworkId: string, executorId: string, containerId: string): string {
    return join(this.workDir, 'sandboxes', frameworkId, executorId, containerId);
  }

  statusFromExecutor(frameworkId: string, status: pb.TaskStatus.$Properties): void {
    this.statuses.push({ frameworkId, status });
  }

  messageToFramework(frameworkId: string, executorId: string, data: Uint8Array): void {
    this.messages.push({ frameworkId, executorId, text: new TextDecoder().decode(data) });
  }

  executorEnded(frameworkId: string, executorId: string, taskIds: string[], termination: ContainerTermination | undefined,
    reason: ExecutorEndReason, message: string): void {
    this.ended.push({ frameworkId, executorId, taskIds, termination, reason, message });
  }
}

export const ECHO_EXECUTOR = fileURLToPath(new URL('../../../examples/echo-executor.ts', import.meta.url));

/** The shell command an agent would run for examples/echo-executor.ts (tsx by absolute URL: the cwd is the sandbox). */
export function echoExecutorCommand(): string {
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  return `'${process.execPath}' --import '${tsx}' '${ECHO_EXECUTOR}'`;
}

export function framework(id: string, extra: pb.FrameworkInfo.$Properties = {}): pb.FrameworkInfo.$Properties {
  return { id: { value: id }, name: 'executor-test', user: 'nobody', ...extra };
}

export function executorInfo(executorId: string, command: string): pb.ExecutorInfo.$Properties {
  return { executorId: { value: executorId }, name: 'echo', command: { value: command } };
}

export function executorTask(info: pb.ExecutorInfo.$Properties, data: string, labels: Record<string, string> = {}): pb.TaskInfo.$Properties {
  return {
    name: 'echo-task', taskId: { value: `task-${randomUUID()}` }, executor: info, data: new TextEncoder().encode(data),
    labels: { labels: Object.entries(labels).map(([key, value]) => ({ key, value })) },
  };
}
