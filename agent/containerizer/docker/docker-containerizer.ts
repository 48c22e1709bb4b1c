// Runs docker tasks (container.type DOCKER) in the Docker engine, one engine container per task run, the way Mesos'
// docker containerizer does: the image is pulled when missing, the sandbox is bind-mounted at /mnt/mesos/sandbox, the
// output is copied into the sandbox, and containers are named drover-<containerId> and labelled with the agent, task
// and container ids, so a restarted agent finds its containers again and removes the ones it no longer knows.
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type Dockerode from 'dockerode';
import { systemClock, type Clock, type TimerHandle } from '../../../shared/clock/index.js';
import { errorMessage } from '../../../shared/errors/index.js';
import { containerRuntimeDir, writeFileAtomically } from '../../checkpoint/index.js';
import { silentLogger, type Logger } from '../../logger.js';
import type {
  ContainerEndpoint, ContainerLaunchRequest, ContainerTermination, ContainerUsage, Containerizer, KillOptions,
  KnownContainer, LaunchResult,
} from '../types.js';
import { CHECKPOINT_FILE, readDockerCheckpoint, resolveHostPath, type DockerCheckpoint } from './checkpoint.js';
import { DOCKER_LABELS, dockerContainerName, dockerCreateOptions } from './container-spec.js';
import { dockerExec } from './docker-exec.js';
import { dockerSocketPath, dockerUnsupportedReason, engineMessage, engineStatusCode, ensureImage } from './engine.js';
import { dockerTermination, dockerUsage, engineExit, type DockerLimits } from './engine-state.js';
import { copyLogs, lastLogWrite, type LogCopy, type LogLimits } from './log-copy.js';
import { DEFAULT_DOCKER_SOCKETS, dockerRefusal, type DockerAllow } from './refusal.js';

export interface DockerContainerizerOptions {
  readonly docker: Dockerode;
  /** The agent's work directory: docker.json goes to <workDir>/meta/containers/<containerId>/. */
  readonly workDir: string;
  /** The agent's id, to find its containers (label drover.agent_id) after a restart; undefined: not known yet. */
  readonly agentId: () => string | undefined;
  /** Times the SIGTERM → SIGKILL grace period and the retries while the engine does not answer. */
  readonly clock?: Clock;
  readonly logger?: Logger;
  /** What tasks may ask for that hands them the host; default nothing (see refusal.ts). */
  readonly allow?: DockerAllow;
  /** What tasks inherit from the agent's environment; default nothing (the image brings its own). */
  readonly inheritedEnvironment?: Readonly<Record<string, string | undefined>>;
  /** Rotation of the sandbox's stdout/stderr copies; default 10 MiB × 5 files. */
  readonly logRotation?: LogLimits;
}

interface Tracked {
  readonly containerId: string;
  readonly sandbox: string;
  readonly runtimeDir: string;
  readonly dockerId: string | undefined;
  readonly address: string;
  readonly limits: DockerLimits;
  ended: boolean;
  termination: ContainerTermination | undefined;
  readonly done: Promise<ContainerTermination | undefined>;
  finish(termination: ContainerTermination | undefined): void;
  forceKillTimer: TimerHandle | undefined;
  logs: LogCopy | undefined;
  readonly abort: AbortController;
}

const DEFAULT_ROTATION: LogLimits = { maxBytes: 10 * 1024 * 1024, maxFiles: 5 };
/** How long an ended container's output may take to reach the sandbox before wait() resolves anyway. */
const LOG_DRAIN_MS = 5_000;
/** Pause before asking a silent engine again. */
const RETRY_MS = 1_000;
/** More than a kernel tick (1–10 ms): file times lag the engine's clock by up to one. */
const LOG_TIME_MARGIN_S = 0.025;
const GONE_MESSAGE = 'the docker container disappeared (removed outside the agent)';

export class DockerContainerizer implements Containerizer {
  readonly name = 'docker';
  private readonly clock: Clock;
  private readonly logger: Logger;
  private readonly docker: Dockerode;
  private readonly tracked = new Map<string, Tracked>();
  private readonly launching = new Set<string>();
  private closed = false;

  constructor(private readonly options: DockerContainerizerOptions) {
    this.docker = options.docker;
    this.clock = options.clock ?? systemClock;
    this.logger = options.logger ?? silentLogger;
  }

  async launch(request: ContainerLaunchRequest): Promise<LaunchResult> {
    if (this.tracked.has(request.containerId) || this.launching.has(request.containerId)) return 'already-launched';
    const unsupported = dockerUnsupportedReason(request.task);
    if (unsupported !== undefined) return { notSupported: unsupported };
    this.launching.add(request.containerId);
    try {
      return await this.start(request);
    } finally {
      this.launching.delete(request.containerId);
    }
  }

  private async start(request: ContainerLaunchRequest): Promise<LaunchResult> {
    const refusal = dockerRefusal({
      container: request.task.container ?? {},
      allow: this.options.allow ?? {},
      sandbox: request.sandbox,
      dockerSockets: this.dockerSockets(),
      resolveHostPath,
    });
    if (refusal !== undefined) return { failed: refusal };
    const spec = dockerCreateOptions({ request, inherited: this.options.inheritedEnvironment ?? {} });
    if ('failed' in spec) return spec;
    const runtimeDir = containerRuntimeDir(this.options.workDir, request.containerId);
    try {
      await mkdir(request.sandbox, { recursive: true });
      await mkdir(runtimeDir, { recursive: true });
    } catch (error) {
      return { failed: errorMessage(error) };
    }
    const image = spec.options.Image ?? '';
    const pullProblem = await ensureImage(this.docker, image, request.task.container?.docker?.forcePullImage === true);
    if (pullProblem !== undefined) return { failed: pullProblem };

    let handle: Dockerode.Container;
    try {
      handle = await this.docker.createContainer(spec.options);
    } catch (error) {
      return { failed: `could not create the docker container: ${engineMessage(error)}` };
    }
    const checkpoint: DockerCheckpoint = { dockerId: handle.id, name: spec.options.name ?? '' };
    try {
      // Before start: a container the agent cannot find after a restart must never run.
      await writeFileAtomically(join(runtimeDir, CHECKPOINT_FILE), `${JSON.stringify(checkpoint)}\n`);
      await handle.start();
    } catch (error) {
      await handle.remove({ force: true }).catch(() => undefined);
      await rm(join(runtimeDir, CHECKPOINT_FILE), { force: true });
      return { failed: `could not start the docker container: ${engineMessage(error)}` };
    }
    const host = spec.options.HostConfig ?? {};
    const address = await this.addressOf(handle);
    const tracked = this.track(request.containerId, request.sandbox, handle.id, address, {
      ...(host.NanoCpus === undefined ? {} : { cpus: host.NanoCpus / 1e9 }),
      ...(host.Memory === undefined ? {} : { memoryBytes: host.Memory }),
    });
    await this.follow(tracked, handle, undefined);
    void this.watch(tracked, handle);
    this.logger.info({ containerId: request.containerId, dockerId: handle.id, image }, 'docker container started');
    return 'launched';
  }

  /** The sockets no task may bind: the usual places and the one this agent talks to. */
  private dockerSockets(): string[] {
    const sockets = [...DEFAULT_DOCKER_SOCKETS];
    const own = dockerSocketPath(this.docker);
    if (own !== undefined) sockets.push(own);
    return [...new Set([...sockets, ...sockets.map(resolveHostPath)])];
  }

  private async addressOf(handle: Dockerode.Container): Promise<string> {
    try {
      return addressFrom(await handle.inspect());
    } catch {
      return '127.0.0.1';
    }
  }

  private track(containerId: string, sandbox: string, dockerId: string | undefined, address: string,
    limits: DockerLimits): Tracked {
    let resolveDone: (termination: ContainerTermination | undefined) => void = () => undefined;
    const done = new Promise<ContainerTermination | undefined>((resolve) => { resolveDone = resolve; });
    const tracked: Tracked = {
      containerId, sandbox, runtimeDir: containerRuntimeDir(this.options.workDir, containerId), dockerId, address,
      limits, ended: false, termination: undefined, done, forceKillTimer: undefined, logs: undefined,
      abort: new AbortController(),
      finish: (termination) => {
        if (tracked.ended) return;
        tracked.ended = true;
        tracked.termination = termination;
        tracked.forceKillTimer?.cancel();
        tracked.forceKillTimer = undefined;
        resolveDone(termination);
      },
    };
    this.tracked.set(containerId, tracked);
    return tracked;
  }

  /** Copies the container's output into the sandbox from `sinceSeconds` on (from the start when undefined). */
  private async follow(tracked: Tracked, handle: Dockerode.Container, sinceSeconds: number | undefined): Promise<void> {
    try {
      tracked.logs = await copyLogs(handle, this.docker.modem, tracked.sandbox,
        this.options.logRotation ?? DEFAULT_ROTATION, sinceSeconds);
    } catch (error) {
      this.logger.warn({ containerId: tracked.containerId, error: engineMessage(error) }, 'cannot copy the container output');
    }
  }

  /** Waits for the container to end (asking again while the engine does not answer), then settles it. */
  private async watch(tracked: Tracked, handle: Dockerode.Container, message?: string): Promise<void> {
    for (;;) {
      if (this.closed || tracked.ended) return;
      try {
        await handle.wait({ condition: 'not-running', abortSignal: tracked.abort.signal });
        const info = await handle.inspect();
        if (info.State.Running) continue;
        await this.drainLogs(tracked);
        tracked.finish(dockerTermination(engineExit(info), message));
        return;
      } catch (error) {
        if (this.closed || tracked.ended) return;
        if (engineStatusCode(error) === 404) {
          tracked.logs?.stop();
          tracked.finish({ exitCode: null, signal: 'SIGKILL', status: 128 + 9, message: GONE_MESSAGE });
          return;
        }
        this.logger.warn({ containerId: tracked.containerId, error: engineMessage(error) }, 'docker wait failed; retrying');
        await new Promise<void>((resolve) => { this.clock.setTimer(RETRY_MS, resolve); });
      }
    }
  }

  private async drainLogs(tracked: Tracked): Promise<void> {
    const logs = tracked.logs;
    if (logs === undefined) return;
    let timer: TimerHandle | undefined;
    await Promise.race([logs.finished, new Promise<void>((resolve) => { timer = this.clock.setTimer(LOG_DRAIN_MS, resolve); })]);
    timer?.cancel();
    logs.stop();
  }

  async wait(containerId: string): Promise<ContainerTermination | undefined> {
    return this.tracked.get(containerId)?.done;
  }

  async kill(containerId: string, options: KillOptions): Promise<ContainerTermination | undefined> {
    const tracked = this.tracked.get(containerId);
    if (tracked === undefined) return undefined;
    if (tracked.ended) return tracked.termination;
    await this.signal(tracked, 'SIGTERM');
    // A second kill keeps the first deadline: the grace period never grows.
    tracked.forceKillTimer ??= this.clock.setTimer(options.gracePeriodMs, () => { void this.signal(tracked, 'SIGKILL'); });
    return tracked.done;
  }

  private async signal(tracked: Tracked, signal: NodeJS.Signals): Promise<void> {
    if (tracked.dockerId === undefined || tracked.ended) return;
    try {
      await this.docker.getContainer(tracked.dockerId).kill({ signal });
    } catch (error) {
      // 409: it is not running (any more); 404: it is gone. The watch settles both.
      const code = engineStatusCode(error);
      if (code !== 409 && code !== 404) {
        this.logger.warn({ containerId: tracked.containerId, signal, error: engineMessage(error) }, 'docker kill failed');
      }
    }
  }

  async usage(containerId: string): Promise<ContainerUsage | undefined> {
    const tracked = this.tracked.get(containerId);
    if (tracked === undefined || tracked.ended || tracked.dockerId === undefined) return undefined;
    try {
      const stats = await this.docker.getContainer(tracked.dockerId).stats({ stream: false });
      return dockerUsage(stats, tracked.limits, this.clock.now());
    } catch (error) {
      this.logger.debug({ containerId, error: engineMessage(error) }, 'docker stats not available');
      return undefined;
    }
  }

  async destroy(containerId: string): Promise<ContainerTermination | undefined> {
    const tracked = this.tracked.get(containerId);
    if (tracked === undefined) return undefined;
    if (!tracked.ended) await this.signal(tracked, 'SIGKILL');
    const termination = await tracked.done;
    tracked.logs?.stop();
    if (tracked.dockerId !== undefined) {
      try {
        await this.docker.getContainer(tracked.dockerId).remove({ force: true });
      } catch (error) {
        if (engineStatusCode(error) !== 404) {
          this.logger.warn({ containerId, error: engineMessage(error) }, 'could not remove the docker container');
        }
      }
    }
    await rm(join(tracked.runtimeDir, CHECKPOINT_FILE), { force: true });
    this.tracked.delete(containerId);
    return termination;
  }

  containers(): string[] {
    return [...this.tracked.keys()];
  }

  describe(containerId: string): { readonly dockerId?: string } | undefined {
    const tracked = this.tracked.get(containerId);
    if (tracked === undefined) return undefined;
    return tracked.dockerId === undefined ? {} : { dockerId: tracked.dockerId };
  }

  endpoint(containerId: string): ContainerEndpoint | undefined {
    const tracked = this.tracked.get(containerId);
    if (tracked === undefined) return undefined;
    const { dockerId } = tracked;
    return {
      address: tracked.address,
      exec: async (command, timeoutMs) => {
        if (dockerId === undefined || tracked.ended) return { status: 127, output: 'the container is not running' };
        return dockerExec(this.docker, dockerId, command, timeoutMs, this.clock);
      },
    };
  }

  async recover(known: readonly KnownContainer[]): Promise<void> {
    const mine = known.filter((container) => container.containerizer === this.name);
    await Promise.all(mine.map((container) => this.recoverOne(container)));
    await this.removeOrphans(new Set(mine.map((container) => container.containerId)));
  }

  private async recoverOne(known: KnownContainer): Promise<void> {
    const runtimeDir = containerRuntimeDir(this.options.workDir, known.containerId);
    const checkpoint = await readDockerCheckpoint(runtimeDir);
    // Without a checkpoint the agent may have died between create and checkpoint: the name finds it then.
    const reference = checkpoint?.dockerId ?? dockerContainerName(known.containerId);
    const handle = this.docker.getContainer(reference);
    let info: Dockerode.ContainerInspectInfo | undefined;
    try {
      info = await handle.inspect();
    } catch (error) {
      if (engineStatusCode(error) !== 404 && checkpoint !== undefined) {
        // The engine does not answer now: keep waiting for the container until it does.
        this.logger.warn({ containerId: known.containerId, error: engineMessage(error) }, 'cannot inspect a docker container');
        void this.watch(this.track(known.containerId, known.sandbox, checkpoint.dockerId, '127.0.0.1', {}), handle);
        return;
      }
    }
    if (info === undefined || info.State.Status === 'created') {
      // Never started (the agent died before start) or gone: nothing ran that can be found.
      if (info !== undefined) await handle.remove({ force: true }).catch(() => undefined);
      this.track(known.containerId, known.sandbox, undefined, '127.0.0.1', {}).finish(undefined);
      return;
    }
    const tracked = this.track(known.containerId, known.sandbox, info.Id, addressFrom(info), {
      ...(info.HostConfig.NanoCpus ? { cpus: info.HostConfig.NanoCpus / 1e9 } : {}),
      ...(info.HostConfig.Memory ? { memoryBytes: info.HostConfig.Memory } : {}),
    });
    // What was copied before the agent went down is not copied again. The files' times come from the kernel's coarse
    // clock, up to a tick behind the engine's timestamps of the lines they hold: hence the margin.
    const lastWrite = await lastLogWrite(known.sandbox);
    await this.follow(tracked, handle, lastWrite === undefined ? this.clock.now() / 1000 : lastWrite + LOG_TIME_MARGIN_S);
    void this.watch(tracked, handle, info.State.Running ? undefined : 'the container ended while the agent was down');
    this.logger.info({ containerId: known.containerId, dockerId: info.Id, running: info.State.Running }, 'docker container recovered');
  }

  /** Containers labelled with this agent's id that the agent does not know: their tasks are gone. */
  private async removeOrphans(known: ReadonlySet<string>): Promise<void> {
    const agentId = this.options.agentId();
    if (agentId === undefined) return;
    let listed: Dockerode.ContainerInfo[];
    try {
      listed = await this.docker.listContainers({ all: true, filters: { label: [`${DOCKER_LABELS.agentId}=${agentId}`] } });
    } catch (error) {
      this.logger.warn({ error: engineMessage(error) }, 'cannot list docker containers to remove orphans');
      return;
    }
    for (const container of listed) {
      const containerId = container.Labels[DOCKER_LABELS.containerId];
      // Only containers carrying this agent's label are ours (the engine filtered), never anyone else's.
      if (container.Labels[DOCKER_LABELS.agentId] !== agentId) continue;
      if (containerId !== undefined && (known.has(containerId) || this.tracked.has(containerId))) continue;
      this.logger.info({ containerId, dockerId: container.Id }, 'removing orphan docker container');
      await this.docker.getContainer(container.Id).remove({ force: true }).catch((error: unknown) => {
        this.logger.warn({ dockerId: container.Id, error: engineMessage(error) }, 'cannot remove orphan docker container');
      });
    }
  }

  /** Stops following containers (the agent is stopping); the containers themselves keep running. */
  close(): void {
    this.closed = true;
    for (const tracked of this.tracked.values()) {
      tracked.abort.abort();
      tracked.logs?.stop();
      tracked.forceKillTimer?.cancel();
    }
  }
}

function addressFrom(info: Dockerode.ContainerInspectInfo): string {
  if (info.HostConfig.NetworkMode === 'host') return '127.0.0.1';
  // The default bridge's address (the engine still reports it at the top level; the typings lack it).
  const bridgeAddress = (info.NetworkSettings as { IPAddress?: unknown }).IPAddress;
  if (typeof bridgeAddress === 'string' && bridgeAddress !== '') return bridgeAddress;
  for (const network of Object.values(info.NetworkSettings.Networks ?? {})) {
    if (network.IPAddress) return network.IPAddress;
  }
  return '127.0.0.1';
}
