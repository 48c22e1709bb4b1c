// Builds the agent's containerizers from its options (`--containerizers`, `--isolation`, docker allow flags).
import { createHash } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Clock } from '../shared/clock/index.js';
import { DroverError } from '../shared/errors/index.js';
import { v1, type pb } from '../shared/protocol/index.js';
import {
  ComposingContainerizer, ProcessContainerizer, type Containerizer, type LogRotation,
} from './containerizer/index.js';
import {
  DockerContainerizer, connectDocker, dockerEngineProblem, type DockerAllow,
} from './containerizer/docker/index.js';
import { createIsolators } from './isolation/index.js';
import type { Logger } from './logger.js';

export const CONTAINERIZER_NAMES = ['process', 'docker'] as const;
export type ContainerizerName = (typeof CONTAINERIZER_NAMES)[number];

export interface ContainerizerOptions {
  readonly workDir: string;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly agentId: () => string | undefined;
  /** Default ['process']. */
  readonly containerizers?: readonly ContainerizerName[];
  /** Isolators of the process containerizer; default cgroups/cpu, cgroups/mem, cgroups/pids (posix where cgroups are not writable). */
  readonly isolation?: readonly string[];
  /** Default: drover/agent-<hash of the work dir> (defaultCgroupsRoot). */
  readonly cgroupsRoot?: string;
  readonly pidsLimit?: number;
  readonly logRotation?: LogRotation;
  /** The Docker engine's socket; default the engine's own default (DOCKER_HOST or /var/run/docker.sock). */
  readonly dockerSocket?: string;
  readonly dockerAllow?: DockerAllow;
}

export const DEFAULT_ISOLATION = ['cgroups/cpu', 'cgroups/mem', 'cgroups/pids'] as const;

export interface BuiltContainerizers {
  readonly containerizer: ComposingContainerizer;
  /** Which containerizer a task goes to (recorded in its checkpoint before launch). */
  readonly containerizerFor: (task: pb.TaskInfo.$Properties) => string;
  /** What the isolator selection had to say (fallbacks). */
  readonly notes: readonly string[];
}

export async function buildContainerizers(options: ContainerizerOptions): Promise<BuiltContainerizers> {
  const names = options.containerizers ?? ['process'];
  if (names.length === 0) throw new DroverError('CONFIG', '--containerizers needs at least one of: process, docker');
  const members: Containerizer[] = [];
  const notes: string[] = [];
  for (const name of names) {
    if (name === 'process') {
      const { isolators, notes: isolationNotes } = await createIsolators(options.isolation ?? DEFAULT_ISOLATION, {
        cgroupsRoot: options.cgroupsRoot ?? defaultCgroupsRoot(options.workDir),
        ...(options.pidsLimit === undefined ? {} : { pidsLimit: options.pidsLimit }),
      });
      notes.push(...isolationNotes);
      members.push(new ProcessContainerizer({
        workDir: options.workDir, clock: options.clock, logger: options.logger, isolators,
        ...(options.logRotation === undefined ? {} : { logRotation: options.logRotation }),
      }));
    } else {
      const docker = connectDocker(options.dockerSocket);
      const problem = await dockerEngineProblem(docker);
      if (problem !== undefined) {
        throw new DroverError('CONFIG', `--containerizers names docker, but the Docker engine does not answer `
          + `(${options.dockerSocket ?? 'default socket'}; --docker-socket sets another): ${problem}`);
      }
      members.push(new DockerContainerizer({
        docker, workDir: options.workDir, agentId: options.agentId,
        clock: options.clock, logger: options.logger, ...(options.dockerAllow === undefined ? {} : { allow: options.dockerAllow }),
      }));
    }
  }
  const hasDocker = names.includes('docker');
  return {
    containerizer: new ComposingContainerizer(members),
    containerizerFor: (task) => (hasDocker && task.container?.type === v1.ContainerInfo.Type.DOCKER ? 'docker' : 'process'),
    notes,
  };
}

/**
 * Each agent's containers live under a cgroup of their own, named after its work directory: an agent's recovery
 * removes the cgroups it does not know, so two agents on one machine must never share one.
 */
export function defaultCgroupsRoot(workDir: string): string {
  return `drover/agent-${createHash('sha256').update(resolve(workDir)).digest('hex').slice(0, 12)}`;
}

/** After a reboot no container of the last boot exists: their runtime checkpoints are dropped. */
export async function forgetContainers(workDir: string): Promise<void> {
  await rm(join(workDir, 'meta', 'containers'), { recursive: true, force: true });
}
