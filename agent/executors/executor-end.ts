// How an executor's end reads in executorEnded's message (Mesos wording: "Executor terminated", "exited with status").
import type { ContainerTermination } from '../containerizer/index.js';

export function describeExecutorEnd(context: string, termination: ContainerTermination | undefined): string {
  const how = termination === undefined
    ? 'the executor\'s container could not be found'
    : termination.limitation !== undefined
      ? `${termination.limitation.message} (status ${termination.status})`
      : termination.signal !== null
        ? `Executor terminated by signal ${termination.signal}`
        : `Executor exited with status ${termination.exitCode ?? termination.status}`;
  return context === '' ? how : `${context}: ${how}`;
}
