// What the docker containerizer writes down per container (docker.json in the container's runtime directory), and
// the host-path resolution its refusal check needs.
import { realpathSync } from 'node:fs';
import { join, posix } from 'node:path';
import { readOptionalFile } from '../../checkpoint/index.js';

export const CHECKPOINT_FILE = 'docker.json';

export interface DockerCheckpoint {
  /** The engine's container id. */
  readonly dockerId: string;
  /** drover-<containerId>. */
  readonly name: string;
}

/** The checkpoint, or undefined when there is none or it cannot be read as one. */
export async function readDockerCheckpoint(runtimeDir: string): Promise<DockerCheckpoint | undefined> {
  const text = await readOptionalFile(join(runtimeDir, CHECKPOINT_FILE)).catch(() => undefined);
  if (text === undefined) return undefined;
  try {
    const value = JSON.parse(text) as Partial<DockerCheckpoint>;
    if (typeof value.dockerId !== 'string' || value.dockerId === '') return undefined;
    return { dockerId: value.dockerId, name: typeof value.name === 'string' ? value.name : '' };
  } catch {
    return undefined;
  }
}

/**
 * An absolute host path with its symlinks resolved as far as it exists (/var/run/docker.sock → /run/docker.sock on
 * Debian, where /var/run is a link), so a bind cannot reach the host's root or the Docker socket through a link.
 */
export function resolveHostPath(path: string): string {
  const absolute = posix.resolve(path);
  try {
    return realpathSync.native(absolute);
  } catch {
    const parent = posix.dirname(absolute);
    if (parent === absolute) return absolute;
    return posix.join(resolveHostPath(parent), posix.basename(absolute));
  }
}
