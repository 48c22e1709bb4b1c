// `docker exec` of a COMMAND health check inside a running container: output collected, bounded in time.
import { Writable } from 'node:stream';
import type Dockerode from 'dockerode';
import type { Clock } from '../../../shared/clock/index.js';
import type { pb } from '../../../shared/protocol/index.js';
import { engineMessage } from './engine.js';

const MAX_OUTPUT = 64 * 1024;
const KILLED_STATUS = 128 + 9;

/**
 * The argv of an exec: `/bin/sh -c value` unless shell = false; then `value` is the program and `arguments` its
 * argv with argv[0] included (the CommandInfo convention of health checks), so argv[0] itself is dropped: an exec
 * cannot set it.
 */
export function execArgv(command: pb.CommandInfo.$Properties): string[] {
  const value = command.value ?? '';
  if (command.shell === false) return [value, ...(command.arguments ?? []).slice(1)];
  return ['/bin/sh', '-c', value];
}

/** The command's own variables (the container's environment is inherited by the exec anyway). */
function execEnvironment(command: pb.CommandInfo.$Properties): string[] {
  return (command.environment?.variables ?? [])
    .filter((variable) => variable.name && !variable.secret)
    .map((variable) => `${variable.name}=${variable.value ?? ''}`);
}

export async function dockerExec(docker: Dockerode, dockerId: string, command: pb.CommandInfo.$Properties,
  timeoutMs: number, clock: Clock): Promise<{ status: number; output: string }> {
  let output = '';
  const collector = (): Writable => new Writable({
    write(chunk: Buffer, _encoding, callback) {
      if (output.length < MAX_OUTPUT) output += chunk.toString('utf8');
      callback();
    },
  });
  let exec: Dockerode.Exec;
  let stream: Awaited<ReturnType<Dockerode.Exec['start']>>;
  try {
    exec = await docker.getContainer(dockerId).exec({
      Cmd: execArgv(command), Env: execEnvironment(command), AttachStdout: true, AttachStderr: true,
    });
    stream = await exec.start({ hijack: true, stdin: false });
  } catch (error) {
    return { status: 127, output: `could not run the command in the container: ${engineMessage(error)}` };
  }
  let timedOut = false;
  const ended = new Promise<void>((resolve) => {
    stream.once('end', () => resolve());
    stream.once('close', () => resolve());
    stream.once('error', () => resolve());
  });
  docker.modem.demuxStream(stream, collector(), collector());
  const timer = clock.setTimer(timeoutMs, () => {
    timedOut = true;
    void killExec(exec);
    stream.destroy();
  });
  await ended;
  timer.cancel();
  if (timedOut) return { status: KILLED_STATUS, output: `${output.slice(0, MAX_OUTPUT)}\n(timed out after ${timeoutMs} ms)` };
  const info = await exec.inspect().catch(() => undefined);
  return { status: info?.ExitCode ?? 1, output: output.slice(0, MAX_OUTPUT) };
}

/** The engine cannot kill an exec; its process is ours to kill (the agent runs on the engine's host). */
async function killExec(exec: Dockerode.Exec): Promise<void> {
  try {
    const info = await exec.inspect();
    if (info.Running && info.Pid > 0) process.kill(info.Pid, 'SIGKILL');
  } catch {
    // Already gone, or in another pid namespace: it ends with the container at the latest.
  }
}
