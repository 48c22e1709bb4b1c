// How a task's CommandInfo becomes a program and its argv (shared by the process and docker containerizers).
import { v1, type pb } from '../../shared/protocol/index.js';

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
