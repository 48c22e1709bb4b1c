// Runs a task's command under drover-supervisor (supervisor.c), started by the launcher (launcher.c): one small C
// process per task that outlives the agent, puts the task in its cgroups (and namespaces), rotates its logs and
// records its exit status on disk. What the agent needs to find the task again after a restart is checkpointed in
// the container's runtime directory.
import { mkdir, readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { systemClock, type Clock, type TimerHandle } from '../../../shared/clock/index.js';
import { errorMessage } from '../../../shared/errors/index.js';
import { containerRuntimeDir, readOptionalFile, writeFileAtomically } from '../../checkpoint/index.js';
import type { ContainerLimits, Isolator } from '../../isolation/types.js';
import { silentLogger, type Logger } from '../../logger.js';
import { commandLine, processUnsupportedReason } from '../command-line.js';
import { taskEnvironment, taskScalar } from '../task-environment.js';
import type {
  ContainerEndpoint, ContainerLaunchRequest, ContainerTermination, ContainerUsage, Containerizer, KillOptions,
  KnownContainer, LaunchResult,
} from '../types.js';
import { runShellCommand } from './exec.js';
import { SupervisorLauncher, type LaunchedSupervisor } from './launcher.js';
import { isSameLiveProcess, readProcStat } from './proc-stat.js';
import { supervisorBinary } from './supervisor-binary.js';
import { parseTermination, signalGroup, signalPids } from './supervisor-io.js';

export interface LogRotation {
  /** Rotate stdout/stderr past this many bytes; 0 never rotates. */
  readonly maxBytes: number;
  /** How many rotated files to keep (stdout.1 is the newest). */
  readonly maxFiles: number;
}

export interface ProcessContainerizerOptions {
  /** The agent's work directory: runtime checkpoints go to <workDir>/meta/containers/<containerId>/. */
  readonly workDir: string;
  /** Times the SIGTERM → SIGKILL grace period and the watch over recovered containers. */
  readonly clock?: Clock;
  /** The environment tasks inherit; default: the agent's own. */
  readonly inheritedEnvironment?: Readonly<Record<string, string | undefined>>;
  /** cgroups/namespaces/posix isolators, in order; default none. */
  readonly isolators?: readonly Isolator[];
  /** Default 10 MiB × 5 files. */
  readonly logRotation?: LogRotation;
  readonly logger?: Logger;
  /** How often containers recovered after a restart (not children of this agent) are checked; default 500 ms. */
  readonly recoveryPollMs?: number;
}

/** The checkpoint of one container (process.json). */
interface ProcessCheckpoint {
  readonly supervisorPid: number;
  readonly supervisorStartTime: string;
  readonly pid: number;
  readonly pidStartTime: string;
  readonly sandbox: string;
}

interface Container {
  readonly containerId: string;
  readonly sandbox: string;
  readonly runtimeDir: string;
  readonly checkpoint: ProcessCheckpoint;
  termination: ContainerTermination | undefined;
  ended: boolean;
  readonly done: Promise<ContainerTermination | undefined>;
  finish: (termination: ContainerTermination | undefined) => void;
  forceKillTimer: TimerHandle | undefined;
}

const DEFAULT_ROTATION: LogRotation = { maxBytes: 10 * 1024 * 1024, maxFiles: 5 };

export class ProcessContainerizer implements Containerizer {
  readonly name = 'process';
  private readonly clock: Clock;
  private readonly logger: Logger;
  private readonly inherited: Readonly<Record<string, string | undefined>>;
  private readonly isolators: readonly Isolator[];
  private readonly rotation: LogRotation;
  private readonly running = new Map<string, Container>();
  /** Ids being launched, so a second launch of the same id answers already-launched. */
  private readonly launching = new Set<string>();
  /** Recovered containers are not our children: their supervisors are watched by polling /proc. */
  private readonly watched = new Set<Container>();
  private watchTimer: TimerHandle | undefined;
  private launcher: SupervisorLauncher | undefined;

  constructor(private readonly options: ProcessContainerizerOptions) {
    this.clock = options.clock ?? systemClock;
    this.logger = options.logger ?? silentLogger;
    this.inherited = options.inheritedEnvironment ?? process.env;
    this.isolators = options.isolators ?? [];
    this.rotation = options.logRotation ?? DEFAULT_ROTATION;
  }

  async recover(known: readonly KnownContainer[]): Promise<void> {
    const mine = known.filter((container) => container.containerizer === this.name);
    await Promise.all(mine.map((container) => this.recoverOne(container)));
    const keep = new Set(mine.map((container) => container.containerId));
    await this.killOrphans(keep);
    // Isolation left by containers the agent no longer knows goes away.
    for (const isolator of this.isolators) {
      try {
        await isolator.recover(keep);
      } catch (error) {
        this.logger.warn({ isolator: isolator.name, error: errorMessage(error) }, 'isolator recovery failed');
      }
    }
    this.armWatch();
  }

  private async recoverOne(known: KnownContainer): Promise<void> {
    const runtimeDir = containerRuntimeDir(this.options.workDir, known.containerId);
    const text = await readOptionalFile(join(runtimeDir, 'process.json'));
    const checkpoint = text === undefined ? undefined : parseCheckpoint(text);
    if (checkpoint === undefined) {
      // The agent died between deciding to launch and the supervisor reporting back: nothing ran, or nothing
      // that can be found; the task is reported as failed to launch by the caller.
      const container = this.track(known.containerId, known.sandbox, runtimeDir,
        { supervisorPid: 0, supervisorStartTime: '', pid: 0, pidStartTime: '', sandbox: known.sandbox });
      container.finish(undefined);
      return;
    }
    const container = this.track(known.containerId, known.sandbox, runtimeDir, checkpoint);
    if (await isSameLiveProcess(checkpoint.supervisorPid, checkpoint.supervisorStartTime)) {
      this.watched.add(container);
      return;
    }
    await this.settle(container, 'the task ended while the agent was down');
  }

  /**
   * Supervisors the agent's checkpoint does not know (their framework did not ask for checkpointing, or the task was
   * dropped) are killed with their tasks, as Mesos destroys unknown containers at recovery.
   */
  private async killOrphans(keep: ReadonlySet<string>): Promise<void> {
    const root = join(this.options.workDir, 'meta', 'containers');
    for (const containerId of await readdir(root).catch(() => [])) {
      if (keep.has(containerId)) continue;
      const runtimeDir = join(root, containerId);
      const text = await readOptionalFile(join(runtimeDir, 'process.json')).catch(() => undefined);
      const checkpoint = text === undefined ? undefined : parseCheckpoint(text);
      if (checkpoint === undefined) continue; // not a process container (docker keeps its own files here)
      if (await isSameLiveProcess(checkpoint.pid, checkpoint.pidStartTime)) signalGroup(checkpoint.pid, 'SIGKILL');
      if (await isSameLiveProcess(checkpoint.supervisorPid, checkpoint.supervisorStartTime)) {
        signalPids([checkpoint.supervisorPid], 'SIGKILL');
      }
      this.logger.info({ containerId, pid: checkpoint.pid }, 'killed an orphan container');
      await this.cleanupIsolation(containerId);
      await rm(runtimeDir, { recursive: true, force: true });
    }
  }

  async launch(request: ContainerLaunchRequest): Promise<LaunchResult> {
    if (this.running.has(request.containerId) || this.launching.has(request.containerId)) return 'already-launched';
    const unsupported = processUnsupportedReason(request.task);
    if (unsupported !== undefined) return { notSupported: unsupported };
    this.launching.add(request.containerId);
    try {
      return await this.start(request);
    } finally {
      this.launching.delete(request.containerId);
    }
  }

  private async start(request: ContainerLaunchRequest): Promise<LaunchResult> {
    const runtimeDir = containerRuntimeDir(this.options.workDir, request.containerId);
    let binary: string;
    try {
      binary = await supervisorBinary();
      await mkdir(request.sandbox, { recursive: true });
      await mkdir(runtimeDir, { recursive: true });
    } catch (error) {
      return { failed: errorMessage(error) };
    }
    const procsFiles: string[] = [];
    const flags: string[] = [];
    try {
      const limits = limitsOf(request.task);
      for (const isolator of this.isolators) {
        const plan = await isolator.prepare(request.containerId, limits);
        procsFiles.push(...plan.procsFiles);
        flags.push(...plan.supervisorFlags);
      }
    } catch (error) {
      await this.cleanupIsolation(request.containerId);
      return { failed: `could not isolate the container: ${errorMessage(error)}` };
    }
    const { file, args, argv0 } = commandLine(request.task.command ?? {});
    const supervisorArgs = [
      '--stdout', join(request.sandbox, 'stdout'), '--stderr', join(request.sandbox, 'stderr'),
      '--status', join(runtimeDir, 'termination.json'),
      '--log-max-bytes', String(this.rotation.maxBytes), '--log-max-files', String(this.rotation.maxFiles),
      '--cwd', request.sandbox,
      // On cgroup v2 every controller shares one cgroup.procs: join it once.
      ...[...new Set(procsFiles)].flatMap((path) => ['--procs', path]),
      ...flags,
      ...(request.user === undefined ? [] : ['--user', request.user]),
      '--', file, argv0, ...args,
    ];
    let launched: LaunchedSupervisor;
    try {
      this.launcher ??= new SupervisorLauncher(binary);
      launched = await this.launcher.launch(supervisorArgs, taskEnvironment({ ...request, inherited: this.inherited }));
    } catch (error) {
      await this.cleanupIsolation(request.containerId);
      return { failed: `could not start the supervisor: ${errorMessage(error)}` };
    }
    const { report, supervisorPid } = launched;
    if ('failed' in report || supervisorPid <= 0) {
      await this.cleanupIsolation(request.containerId);
      return { failed: 'failed' in report ? report.failed : 'the supervisor did not start' };
    }
    const [supervisorStat, taskStat] = await Promise.all([readProcStat(supervisorPid), readProcStat(report.pid)]);
    const checkpoint: ProcessCheckpoint = {
      supervisorPid, supervisorStartTime: supervisorStat?.startTime ?? '',
      pid: report.pid, pidStartTime: taskStat?.startTime ?? '', sandbox: request.sandbox,
    };
    const container = this.track(request.containerId, request.sandbox, runtimeDir, checkpoint);
    // The launcher tells when the supervisor exits; if the launcher itself died, /proc is watched instead.
    void launched.exited.then((status) => {
      if (status >= 0) {
        void this.settle(container, undefined);
      } else {
        this.watched.add(container);
        this.armWatch();
      }
    });
    try {
      await writeFileAtomically(join(runtimeDir, 'process.json'), `${JSON.stringify(checkpoint)}\n`);
    } catch (error) {
      this.logger.error({ containerId: request.containerId, error: errorMessage(error) },
        'could not checkpoint the container: it will not be recovered after an agent restart');
    }
    return 'launched';
  }

  private track(containerId: string, sandbox: string, runtimeDir: string, checkpoint: ProcessCheckpoint): Container {
    let finish: (termination: ContainerTermination | undefined) => void = () => undefined;
    const done = new Promise<ContainerTermination | undefined>((resolve) => { finish = resolve; });
    const container: Container = {
      containerId, sandbox, runtimeDir, checkpoint, termination: undefined, ended: false, done, forceKillTimer: undefined,
      finish: (termination) => {
        if (container.ended) return;
        container.ended = true;
        container.termination = termination;
        container.forceKillTimer?.cancel();
        container.forceKillTimer = undefined;
        this.watched.delete(container);
        finish(termination);
      },
    };
    this.running.set(containerId, container);
    return container;
  }

  /** The supervisor is gone: read what it recorded and ask the isolators whether a limit ended the task. */
  private async settle(container: Container, context: string | undefined): Promise<void> {
    if (container.ended) return;
    const text = await readOptionalFile(join(container.runtimeDir, 'termination.json')).catch(() => undefined);
    const recorded = text === undefined ? undefined : parseTermination(text);
    if (recorded === undefined) {
      container.finish(undefined);
      return;
    }
    // Without cgroups the process group is the container: take down whatever the command left behind.
    signalGroup(container.checkpoint.pid, 'SIGKILL');
    let limitation: ContainerTermination['limitation'];
    for (const isolator of this.isolators) {
      limitation ??= await isolator.limitation(container.containerId).catch(() => undefined);
    }
    container.finish({
      ...recorded,
      ...(limitation === undefined ? {} : { limitation }),
      ...(context === undefined ? {} : { message: context }),
    });
  }

  async wait(containerId: string): Promise<ContainerTermination | undefined> {
    return this.running.get(containerId)?.done;
  }

  async kill(containerId: string, options: KillOptions): Promise<ContainerTermination | undefined> {
    const container = this.running.get(containerId);
    if (container === undefined) return undefined;
    if (container.ended) return container.termination;
    signalGroup(container.checkpoint.pid, 'SIGTERM');
    // A second kill keeps the first deadline: the grace period never grows.
    container.forceKillTimer ??= this.clock.setTimer(options.gracePeriodMs, () => { void this.forceKill(container); });
    return container.done;
  }

  private async forceKill(container: Container): Promise<void> {
    signalGroup(container.checkpoint.pid, 'SIGKILL');
    // Processes that left the task's process group are still in its cgroups.
    for (const isolator of this.isolators) {
      signalPids(await isolator.pids(container.containerId).catch(() => []), 'SIGKILL');
    }
  }

  async usage(containerId: string): Promise<ContainerUsage | undefined> {
    const container = this.running.get(containerId);
    if (container === undefined || container.ended) return undefined;
    let usage: ContainerUsage = { timestamp: this.clock.now() / 1000 };
    for (const isolator of this.isolators) {
      try {
        usage = { ...usage, ...await isolator.usage(containerId, container.checkpoint.pid) };
      } catch (error) {
        this.logger.debug({ isolator: isolator.name, error: errorMessage(error) }, 'usage not available');
      }
    }
    return usage;
  }

  async destroy(containerId: string): Promise<ContainerTermination | undefined> {
    const container = this.running.get(containerId);
    if (container === undefined) return undefined;
    if (!container.ended) await this.forceKill(container);
    const termination = await container.done;
    await this.cleanupIsolation(containerId);
    await rm(container.runtimeDir, { recursive: true, force: true }).catch(() => undefined);
    this.running.delete(containerId);
    return termination;
  }

  containers(): string[] {
    return [...this.running.keys()];
  }

  describe(containerId: string): { readonly pid?: number } | undefined {
    const container = this.running.get(containerId);
    if (container === undefined) return undefined;
    return container.checkpoint.pid > 0 ? { pid: container.checkpoint.pid } : {};
  }

  endpoint(containerId: string): ContainerEndpoint | undefined {
    const container = this.running.get(containerId);
    if (container === undefined) return undefined;
    return {
      address: '127.0.0.1',
      exec: async (command, timeoutMs) => runShellCommand(command, {
        cwd: container.sandbox,
        env: await taskProcessEnvironment(container.checkpoint.pid, this.inherited),
        timeoutMs,
      }),
    };
  }

  /** Stops watching recovered containers (the agent is stopping); the tasks themselves keep running. */
  close(): void {
    this.launcher?.close();
    this.launcher = undefined;
    this.watchTimer?.cancel();
    this.watchTimer = undefined;
    this.watched.clear();
  }

  private armWatch(): void {
    if (this.watchTimer !== undefined || this.watched.size === 0) return;
    this.watchTimer = this.clock.setTimer(this.options.recoveryPollMs ?? 500, () => {
      this.watchTimer = undefined;
      void this.pollWatched().finally(() => this.armWatch());
    });
  }

  private async pollWatched(): Promise<void> {
    await Promise.all([...this.watched].map(async (container) => {
      const { supervisorPid, supervisorStartTime } = container.checkpoint;
      if (!await isSameLiveProcess(supervisorPid, supervisorStartTime)) await this.settle(container, undefined);
    }));
  }

  private async cleanupIsolation(containerId: string): Promise<void> {
    for (const isolator of this.isolators) {
      try {
        await isolator.cleanup(containerId);
      } catch (error) {
        this.logger.warn({ isolator: isolator.name, containerId, error: errorMessage(error) }, 'isolation cleanup failed');
      }
    }
  }
}

function limitsOf(task: ContainerLaunchRequest['task']): ContainerLimits {
  const cpus = taskScalar(task, 'cpus');
  const mem = taskScalar(task, 'mem');
  return { ...(cpus === undefined ? {} : { cpus }), ...(mem === undefined ? {} : { memMb: mem }) };
}

function parseCheckpoint(text: string): ProcessCheckpoint | undefined {
  try {
    const value = JSON.parse(text) as Partial<ProcessCheckpoint>;
    if (typeof value.supervisorPid !== 'number' || typeof value.pid !== 'number') return undefined;
    return {
      supervisorPid: value.supervisorPid, supervisorStartTime: String(value.supervisorStartTime ?? ''),
      pid: value.pid, pidStartTime: String(value.pidStartTime ?? ''), sandbox: String(value.sandbox ?? ''),
    };
  } catch {
    return undefined;
  }
}

/** The running task's own environment (what a COMMAND health check should see); the agent's when unreadable. */
async function taskProcessEnvironment(pid: number, fallback: Readonly<Record<string, string | undefined>>):
Promise<Record<string, string>> {
  const environment: Record<string, string> = {};
  try {
    const text = await readFile(`/proc/${pid}/environ`, 'utf8');
    for (const entry of text.split('\0')) {
      const equals = entry.indexOf('=');
      if (equals > 0) environment[entry.slice(0, equals)] = entry.slice(equals + 1);
    }
    if (Object.keys(environment).length > 0) return environment;
  } catch {
    // Gone or not ours to read.
  }
  for (const [name, value] of Object.entries(fallback)) if (value !== undefined) environment[name] = value;
  return environment;
}
