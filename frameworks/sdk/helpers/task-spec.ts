import type { ResourceRequest, Resources } from '../../../shared/resources/index.js';

/**
 * What a task needs: the text form (`cpus:0.5;mem:128`), a resource list, or amounts to carve out of the offer
 * (`{ cpus: 0.5, mem: 128, ports: 2 }`; taken from the offer's role reservations first, ports lowest first).
 */
export type TaskResources = string | Resources | ResourceRequest;

/**
 * Either a shell command line (run under /bin/sh -c), or a program and the arguments after its name, run without a
 * shell (on the wire, CommandInfo.arguments is the whole argv, program name first, as in Mesos).
 */
export type TaskCommand = string | { readonly shell: false; readonly value: string; readonly arguments?: readonly string[] };

export interface PortMappingSpec {
  readonly hostPort: number;
  readonly containerPort: number;
  readonly protocol?: string;
}

export interface DockerSpec {
  readonly image: string;
  readonly network?: 'HOST' | 'BRIDGE' | 'NONE' | 'USER';
  readonly portMappings?: readonly PortMappingSpec[];
  readonly privileged?: boolean;
  readonly forcePullImage?: boolean;
  /** Raw `docker run` options (`{ key: 'label', value: 'a=b' }`); the agent refuses keys it does not know. */
  readonly parameters?: ReadonlyArray<{ readonly key: string; readonly value: string }>;
}

export interface VolumeSpec {
  readonly containerPath: string;
  readonly hostPath: string;
  readonly mode?: 'RO' | 'RW';
}

export interface ContainerSpec {
  readonly docker?: DockerSpec;
  readonly volumes?: readonly VolumeSpec[];
  readonly hostname?: string;
}

interface HealthCheckTiming {
  readonly delaySeconds?: number;
  readonly intervalSeconds?: number;
  readonly timeoutSeconds?: number;
  readonly consecutiveFailures?: number;
  readonly gracePeriodSeconds?: number;
}

export type HealthCheckSpec = HealthCheckTiming & (
  | { readonly type: 'command'; readonly command: string }
  | { readonly type: 'http'; readonly port: number; readonly path?: string; readonly scheme?: 'http' | 'https'; readonly statuses?: readonly number[] }
  | { readonly type: 'tcp'; readonly port: number }
);

/** A custom executor that runs the task (see ExecutorDriver); the agent starts it once per executor id. */
export interface ExecutorSpec {
  readonly id: string;
  readonly name?: string;
  /** How the agent starts the executor, e.g. `node --import tsx /abs/path/my-executor.ts`. */
  readonly command: TaskCommand;
  readonly env?: Readonly<Record<string, string>>;
}

/** A file the agent downloads into the sandbox before the task starts (Mesos fetcher: CommandInfo.URI). */
export interface FetchSpec {
  readonly uri: string;
  /** Unpack archives (.tar, .tgz, .tar.gz, .tar.bz2, .tar.xz, .zip). Default true. */
  readonly extract?: boolean;
  /** Make the file executable (and never extract it). */
  readonly executable?: boolean;
  /** Keep a copy in the agent's cache for later tasks. */
  readonly cache?: boolean;
  /** File name in the sandbox; default the last path segment of the URI. */
  readonly destPath?: string;
}

export interface TaskSpec {
  /** Default `${name}-${random}`. */
  readonly id?: string;
  readonly name: string;
  /** What the agent runs; omitted when `executor` runs the task (Mesos: one or the other). */
  readonly command?: TaskCommand;
  readonly executor?: ExecutorSpec;
  readonly resources: TaskResources;
  /** Files to download into the sandbox before the task (or its executor) starts. */
  readonly fetch?: readonly FetchSpec[];
  readonly env?: Readonly<Record<string, string>>;
  readonly labels?: Readonly<Record<string, string>>;
  /** The user the task runs as; the framework's user when absent. */
  readonly user?: string;
  readonly container?: ContainerSpec;
  readonly healthCheck?: HealthCheckSpec;
  /** Seconds between SIGTERM and SIGKILL when the task is killed. */
  readonly killGracePeriodSeconds?: number;
  /** The agent kills the task after this many seconds. */
  readonly maxCompletionTimeSeconds?: number;
  /** Opaque bytes handed to the task's executor. */
  readonly data?: Uint8Array;
}
