// Runs a task's command as a plain child process in its own process group, with stdout and stderr in sandbox files.
// No isolation yet (cgroups, namespaces, users and the supervisor that outlives the agent come with later issues).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, open, type FileHandle } from 'node:fs/promises';
import { constants as osConstants } from 'node:os';
import { join } from 'node:path';
import { systemClock, type Clock, type TimerHandle } from '../../shared/clock/index.js';
import { errorMessage } from '../../shared/errors/index.js';
import { v1, type pb } from '../../shared/protocol/index.js';
import { taskEnvironment } from './task-environment.js';
import type { ContainerLaunchRequest, ContainerTermination, Containerizer, KillOptions, LaunchResult } from './types.js';

export interface ProcessContainerizerOptions {
  /** Times the SIGTERM → SIGKILL grace period. */
  readonly clock?: Clock;
  /** The environment tasks inherit; default: the agent's own. */
  readonly inheritedEnvironment?: Readonly<Record<string, string | undefined>>;
}

interface Container {
  readonly pid: number;
  termination: ContainerTermination | undefined;
  readonly ended: Promise<ContainerTermination>;
  forceKillTimer: TimerHandle | undefined;
}

export const DOCKER_NOT_ENABLED = 'docker containerizer is not enabled on this agent';

/** Why the process containerizer cannot run this task, or undefined when it can. */
export function processUnsupportedReason(task: pb.TaskInfo.$Properties): string | undefined {
  if (task.container?.type === v1.ContainerInfo.Type.DOCKER) return DOCKER_NOT_ENABLED;
  if (task.executor) return 'custom executors are not supported by this agent';
  if (!task.command?.value) return 'the task has no command to run';
  return undefined;
}

/**
 * The program, its arguments and argv[0]: `/bin/sh -c value` unless the command says shell = false. As in Mesos,
 * `arguments` is the whole argv, argv[0] included (Marathon's `args` map onto it unchanged).
 */
export function commandLine(command: pb.CommandInfo.$Properties): { file: string; args: string[]; argv0: string } {
  const value = command.value ?? '';
  if (command.shell === false) {
    const argv = command.arguments ?? [];
    return { file: value, args: argv.slice(1), argv0: argv[0] ?? value };
  }
  return { file: '/bin/sh', args: ['-c', value], argv0: '/bin/sh' };
}

export class ProcessContainerizer implements Containerizer {
  private readonly clock: Clock;
  private readonly inherited: Readonly<Record<string, string | undefined>>;
  private readonly running = new Map<string, Container>();
  /** Ids being launched, so a second launch of the same id answers already-launched. */
  private readonly launching = new Set<string>();

  constructor(options: ProcessContainerizerOptions = {}) {
    this.clock = options.clock ?? systemClock;
    this.inherited = options.inheritedEnvironment ?? process.env;
  }

  async launch(request: ContainerLaunchRequest): Promise<LaunchResult> {
    if (this.running.has(request.containerId) || this.launching.has(request.containerId)) return 'already-launched';
    const unsupported = processUnsupportedReason(request.task);
    if (unsupported !== undefined) return { notSupported: unsupported };
    this.launching.add(request.containerId);
    try {
      return await this.spawnContainer(request);
    } finally {
      this.launching.delete(request.containerId);
    }
  }

  private async spawnContainer(request: ContainerLaunchRequest): Promise<LaunchResult> {
    let stdout: FileHandle | undefined;
    let stderr: FileHandle | undefined;
    try {
      await mkdir(request.sandbox, { recursive: true });
      stdout = await open(join(request.sandbox, 'stdout'), 'a');
      stderr = await open(join(request.sandbox, 'stderr'), 'a');
      const { file, args, argv0 } = commandLine(request.task.command ?? {});
      const child = spawn(file, args, {
        argv0,
        cwd: request.sandbox,
        env: taskEnvironment({ ...request, inherited: this.inherited }),
        // Its own process group, so a kill reaches everything the command started, and the agent's terminal
        // signals (Ctrl-C) do not.
        detached: true,
        stdio: ['ignore', stdout.fd, stderr.fd],
      });
      // The 'error' listener stays after a successful spawn so a late error cannot crash the agent.
      const spawnError = await new Promise<Error | undefined>((resolve) => {
        child.once('spawn', () => resolve(undefined));
        child.once('error', (error) => resolve(error));
      });
      if (spawnError !== undefined || child.pid === undefined) {
        return { failed: `failed to start '${file}': ${errorMessage(spawnError ?? 'no process id')}` };
      }
      this.track(request.containerId, child, child.pid);
      return 'launched';
    } catch (error) {
      return { failed: errorMessage(error) };
    } finally {
      // The child holds its own copies of the descriptors.
      await stdout?.close();
      await stderr?.close();
    }
  }

  private track(containerId: string, child: ChildProcess, pid: number): void {
    const ended = new Promise<ContainerTermination>((resolve) => {
      child.once('exit', (code, signal) => {
        const termination = toTermination(code, signal);
        const container = this.running.get(containerId);
        if (container !== undefined) {
          container.termination = termination;
          container.forceKillTimer?.cancel();
          container.forceKillTimer = undefined;
        }
        // Without cgroups the process group is the container: take down whatever the command left behind.
        signalGroup(pid, 'SIGKILL');
        resolve(termination);
      });
    });
    // The agent must be able to exit while tasks run (they are meant to outlive it).
    child.unref();
    this.running.set(containerId, { pid, termination: undefined, ended, forceKillTimer: undefined });
  }

  async wait(containerId: string): Promise<ContainerTermination | undefined> {
    return this.running.get(containerId)?.ended;
  }

  async kill(containerId: string, options: KillOptions): Promise<ContainerTermination | undefined> {
    const container = this.running.get(containerId);
    if (container === undefined) return undefined;
    if (container.termination !== undefined) return container.termination;
    signalGroup(container.pid, 'SIGTERM');
    // A second kill keeps the first deadline: the grace period never grows.
    container.forceKillTimer ??= this.clock.setTimer(options.gracePeriodMs, () => signalGroup(container.pid, 'SIGKILL'));
    return container.ended;
  }

  async destroy(containerId: string): Promise<ContainerTermination | undefined> {
    const container = this.running.get(containerId);
    if (container === undefined) return undefined;
    if (container.termination === undefined) signalGroup(container.pid, 'SIGKILL');
    const termination = await container.ended;
    this.running.delete(containerId);
    return termination;
  }

  containers(): string[] {
    return [...this.running.keys()];
  }
}

function toTermination(code: number | null, signal: NodeJS.Signals | null): ContainerTermination {
  if (signal !== null) return { exitCode: null, signal, status: 128 + (osConstants.signals[signal] ?? 0) };
  return { exitCode: code ?? 0, signal: null, status: code ?? 0 };
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: the group is already gone, which is what we wanted.
  }
}
