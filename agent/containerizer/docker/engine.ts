// Talking to the Docker engine: connecting, checking it answers, pulling images, and reading its error messages.
import Dockerode from 'dockerode';
import { errorMessage } from '../../../shared/errors/index.js';
import { v1, type pb } from '../../../shared/protocol/index.js';

export const DEFAULT_DOCKER_SOCKET = '/var/run/docker.sock';

/** A client of the engine at this unix socket (`/path` or `unix:///path`; default /var/run/docker.sock, as Mesos). */
export function connectDocker(socketPath?: string): Dockerode {
  const path = socketPath === undefined || socketPath === '' ? DEFAULT_DOCKER_SOCKET : socketPath.replace(/^unix:\/\//, '');
  return new Dockerode({ socketPath: path });
}

/** The unix socket a client talks to, when it talks to one. */
export function dockerSocketPath(docker: Dockerode): string | undefined {
  const modem = docker.modem as { socketPath?: unknown };
  return typeof modem.socketPath === 'string' ? modem.socketPath : undefined;
}

/** Why the docker containerizer cannot run this task, or undefined when it can. */
export function dockerUnsupportedReason(task: pb.TaskInfo.$Properties): string | undefined {
  if (task.container?.type !== v1.ContainerInfo.Type.DOCKER) return 'the task has no docker container (container.type is not DOCKER)';
  if (task.executor) return 'custom executors are not supported by this agent';
  return undefined;
}

/** Why the engine cannot be used (not reachable, not answering), or undefined when it answers /_ping. */
export async function dockerEngineProblem(docker: Dockerode): Promise<string | undefined> {
  try {
    await docker.ping();
    return undefined;
  } catch (error) {
    const where = dockerSocketPath(docker);
    return `the Docker engine${where === undefined ? '' : ` at ${where}`} does not answer: ${engineMessage(error)}`;
  }
}

/** The engine's own message from a failed API call (dockerode wraps it in "(HTTP code …) … - <message>"). */
export function engineMessage(error: unknown): string {
  const body = (error as { json?: unknown } | null)?.json;
  if (typeof body === 'object' && body !== null && typeof (body as { message?: unknown }).message === 'string') {
    return (body as { message: string }).message;
  }
  if (typeof body === 'string' && body.trim() !== '') return body.trim();
  // Streamed calls (pull) leave the body unparsed: only the wrapped message has it.
  const message = errorMessage(error);
  const wrapped = /^\(HTTP code \d+\) [^-]*- ([\s\S]+)$/.exec(message);
  return wrapped?.[1]?.trim() || message;
}

export function engineStatusCode(error: unknown): number | undefined {
  const code = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof code === 'number' ? code : undefined;
}

/** Makes sure the image is there: pulls it when missing or when `forcePull`. Resolves with why it failed, if it did. */
export async function ensureImage(docker: Dockerode, image: string, forcePull: boolean): Promise<string | undefined> {
  if (!forcePull) {
    try {
      await docker.getImage(image).inspect();
      return undefined;
    } catch (error) {
      if (engineStatusCode(error) !== 404) return `could not inspect image '${image}': ${engineMessage(error)}`;
    }
  }
  try {
    const stream = await docker.pull(image);
    // A pull that fails half way reports the error inside the progress stream.
    await new Promise<void>((resolve, reject) => {
      docker.modem.followProgress(stream, (error: Error | null) => (error ? reject(error) : resolve()));
    });
    return undefined;
  } catch (error) {
    return `failed to pull image '${image}': ${engineMessage(error)}`;
  }
}
