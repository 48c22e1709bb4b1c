// What a docker task may not ask for unless the operator allowed it: each of these hands the task the host (a
// privileged container, the host's pid/ipc/uts namespaces, extra capabilities, a bind of / or of the Docker socket,
// which is root on the host). Pure: the caller resolves symlinks in host paths beforehand.
import { posix } from 'node:path';
import type { pb } from '../../../shared/protocol/index.js';

export interface DockerAllow {
  /** `--docker-allow-privileged`: docker.privileged and the `privileged` parameter. */
  readonly privileged?: boolean;
  /** `--docker-allow-host-namespaces`: `pid`, `ipc`, `uts`, `userns` = host (or another container's), `net=container:…`. */
  readonly hostNamespaces?: boolean;
  /** `--docker-allow-capabilities`: the `cap-add` parameter. */
  readonly capabilities?: boolean;
  /** `--docker-allow-dangerous-mounts`: binds of `/` or of the Docker socket (or a directory above it). */
  readonly dangerousMounts?: boolean;
}

export const DOCKER_ALLOW_FLAGS = {
  privileged: '--docker-allow-privileged',
  hostNamespaces: '--docker-allow-host-namespaces',
  capabilities: '--docker-allow-capabilities',
  dangerousMounts: '--docker-allow-dangerous-mounts',
} as const satisfies Record<keyof DockerAllow, string>;

/** Where Docker sockets usually live; the socket the agent itself uses is added by the caller. */
export const DEFAULT_DOCKER_SOCKETS: readonly string[] = ['/var/run/docker.sock', '/run/docker.sock'];

export interface DockerRefusalInput {
  readonly container: pb.ContainerInfo.$Properties;
  readonly allow: DockerAllow;
  /** The task's sandbox on the host: relative host paths of volumes are relative to it (as in Mesos). */
  readonly sandbox: string;
  /** Docker socket paths (symlinks resolved) that no task may bind. */
  readonly dockerSockets: readonly string[];
  /** Resolves symlinks in an absolute host path; default: no resolution. */
  readonly resolveHostPath?: (path: string) => string;
}

/** Why this container is refused on this agent (naming the field and the flag that allows it), or undefined. */
export function dockerRefusal(input: DockerRefusalInput): string | undefined {
  const { container, allow } = input;
  const refuse = (what: string, flag: keyof DockerAllow): string =>
    `${what}: not allowed on this agent (start the agent with ${DOCKER_ALLOW_FLAGS[flag]} to allow it)`;
  if (container.docker?.privileged === true && allow.privileged !== true) {
    return refuse('container.docker.privileged asks for a privileged container', 'privileged');
  }
  for (const { key, value } of dockerParameters(container)) {
    if (key === 'privileged' && parameterFlag(value) !== false && allow.privileged !== true) {
      return refuse(`docker parameter '${key}' asks for a privileged container`, 'privileged');
    }
    if (NAMESPACE_PARAMETERS.has(key) && sharesNamespace(key, value) && allow.hostNamespaces !== true) {
      return refuse(`docker parameter '${key}=${value}' shares a namespace of the ${value === 'host' ? 'host' : 'other container'}`,
        'hostNamespaces');
    }
    if (key === 'cap-add' && allow.capabilities !== true) {
      return refuse(`docker parameter 'cap-add=${value}' adds a capability`, 'capabilities');
    }
  }
  if (allow.dangerousMounts === true) return undefined;
  for (const { what, hostPath } of hostPaths(container, input.sandbox)) {
    const resolved = input.resolveHostPath?.(hostPath) ?? hostPath;
    const danger = dangerousPath(resolved, input.dockerSockets);
    if (danger !== undefined) {
      return refuse(`${what} binds host path ${hostPath}${resolved === hostPath ? '' : ` (${resolved})`}, ${danger}`,
        'dangerousMounts');
    }
  }
  return undefined;
}

const NAMESPACE_PARAMETERS = new Set(['pid', 'ipc', 'uts', 'userns', 'net', 'network']);

function sharesNamespace(key: string, value: string): boolean {
  // Host networking is the default network mode (as in Mesos), so only joining another container's is refused.
  if (key === 'net' || key === 'network') return value.startsWith('container:');
  return value === 'host' || value.startsWith('container:');
}

/** The parameters with `--` stripped from their keys (Mesos passes them to `docker run` as `--key=value`). */
export function dockerParameters(container: pb.ContainerInfo.$Properties): { key: string; value: string }[] {
  return (container.docker?.parameters ?? []).map((label) => ({
    key: (label.key ?? '').replace(/^--?/, ''),
    value: label.value ?? '',
  }));
}

/** A boolean parameter: '' and 'true' are true (`--privileged`), 'false' is false; anything else undefined. */
export function parameterFlag(value: string): boolean | undefined {
  if (value === '' || value === 'true') return true;
  if (value === 'false') return false;
  return undefined;
}

/** The absolute host path of a bind's source (relative ones live in the sandbox); undefined for named volumes. */
export function bindHostPath(hostPath: string, sandbox: string): string {
  return posix.resolve(sandbox, hostPath);
}

/** The host paths the container binds: container.volumes with a host_path, and `volume` parameters with a path. */
function hostPaths(container: pb.ContainerInfo.$Properties, sandbox: string): { what: string; hostPath: string }[] {
  const paths: { what: string; hostPath: string }[] = [];
  (container.volumes ?? []).forEach((volume, index) => {
    if (volume.hostPath) paths.push({ what: `container.volumes[${index}]`, hostPath: bindHostPath(volume.hostPath, sandbox) });
  });
  for (const { key, value } of dockerParameters(container)) {
    if (key !== 'volume' && key !== 'v') continue;
    const source = value.split(':')[0] ?? '';
    if (source.startsWith('/')) paths.push({ what: `docker parameter '${key}=${value}'`, hostPath: posix.resolve(source) });
  }
  return paths;
}

function dangerousPath(path: string, sockets: readonly string[]): string | undefined {
  const normal = posix.resolve(path);
  if (normal === '/') return "the host's root directory";
  for (const socket of sockets) {
    const normalSocket = posix.resolve(socket);
    if (normalSocket === normal) return 'the Docker socket (root on the host)';
    if (normalSocket.startsWith(`${normal}/`)) return `a directory holding the Docker socket ${normalSocket}`;
  }
  return undefined;
}
