// The containerizer contract (ARCHITECTURE.md §5). A containerizer runs one task per container; "I can't run this"
// is a value (notSupported), so a composing containerizer can move on to the next one.
import type { pb } from '../../shared/protocol/index.js';

export interface ContainerLaunchRequest {
  /** Unique per run of a task; also the name of the run's sandbox directory. */
  readonly containerId: string;
  readonly task: pb.TaskInfo.$Properties;
  readonly frameworkId: string;
  readonly agentId: string;
  /** The agent's hostname, given to the task as HOST. */
  readonly hostname: string;
  /** The run's sandbox directory; the containerizer creates it. */
  readonly sandbox: string;
}

export type LaunchResult =
  | 'launched'
  | 'already-launched'
  /** This containerizer does not run tasks like this one (e.g. a docker image); another one might. */
  | { readonly notSupported: string }
  /** It should have run, but starting it failed (sandbox not writable, program not found...). */
  | { readonly failed: string };

export interface ContainerTermination {
  /** The exit code when the process exited by itself, else null. */
  readonly exitCode: number | null;
  /** The signal that ended the process, else null. */
  readonly signal: NodeJS.Signals | null;
  /** waitpid-style status: the exit code, or 128 + the signal number. */
  readonly status: number;
}

export interface KillOptions {
  /** Time between SIGTERM and SIGKILL. */
  readonly gracePeriodMs: number;
}

export interface Containerizer {
  launch(request: ContainerLaunchRequest): Promise<LaunchResult>;
  /** Resolves when the container ends; undefined for a container this containerizer does not know. */
  wait(containerId: string): Promise<ContainerTermination | undefined>;
  /** Asks the container to stop (SIGTERM), forces it after the grace period (SIGKILL); resolves when it has ended. */
  kill(containerId: string, options: KillOptions): Promise<ContainerTermination | undefined>;
  /** Ends the container at once if it still runs and forgets it; resolves with how it ended. */
  destroy(containerId: string): Promise<ContainerTermination | undefined>;
  /** Ids of the containers this containerizer knows (running or ended but not destroyed). */
  containers(): string[];
}
