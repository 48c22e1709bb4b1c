// A Chronos job after normalisation: Chronos's defaults filled in, numeric strings read as numbers, legacy fields
// (epsilon, async, uris) gone, the schedule parsed. What the framework stores and serves.
import type { Schedule } from '../schedule/index.js';

export interface FetchUri {
  uri: string;
  cache: boolean;
  extract: boolean;
  executable: boolean;
  outputFile?: string;
}

export interface ContainerVolume {
  containerPath: string;
  hostPath?: string;
  mode: 'RO' | 'RW';
}

export interface JobContainer {
  type: 'DOCKER' | 'MESOS';
  image: string;
  network: 'BRIDGE' | 'HOST' | 'USER';
  volumes: ContainerVolume[];
  forcePullImage: boolean;
  parameters: Array<{ key: string; value: string }>;
}

/** Metronome / Kubernetes CronJob: what to do when a run is due while the previous one still runs. */
export type ConcurrencyPolicy = 'Allow' | 'Forbid' | 'Replace';

export interface JobDefinition {
  name: string;
  command: string;
  shell: boolean;
  arguments: string[];
  /** Exactly one of schedule and parents. */
  schedule?: Schedule;
  parents?: string[];
  retries: number;
  cpus: number;
  mem: number;
  disk: number;
  disabled: boolean;
  concurrent: boolean;
  concurrencyPolicy: ConcurrencyPolicy;
  /** A run later than this after its due time is skipped (Kubernetes CronJob); undefined = no deadline. */
  startingDeadlineSeconds?: number;
  highPriority: boolean;
  softError: boolean;
  /** ms; 0 = no limit. */
  maxCompletionTime: number;
  owner: string;
  ownerName: string;
  description: string;
  runAsUser?: string;
  container?: JobContainer;
  environmentVariables: Array<{ name: string; value: string }>;
  fetch: FetchUri[];
  constraints: Array<[string, string, string]>;
}

export interface JobDefaults {
  /** Chronos's --mesos_task_cpu / mem / disk, used when a job asks for 0. */
  readonly cpus: number;
  readonly mem: number;
  readonly disk: number;
}

export const CHRONOS_DEFAULTS: JobDefaults = { cpus: 0.1, mem: 128, disk: 256 };
