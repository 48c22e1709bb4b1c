// normalizeJob: untrusted Chronos job JSON → JobDefinition, or Chronos's 400 message (the first problem found, as
// Chronos answers with one message). Pure: `now` (for schedules with an empty start) is a parameter.
import { parseSchedule } from '../schedule/index.js';
import {
  CHRONOS_DEFAULTS, type ConcurrencyPolicy, type ContainerVolume, type FetchUri, type JobContainer, type JobDefaults,
  type JobDefinition,
} from './types.js';

export interface NormalizeJobOptions {
  readonly now: Date;
  readonly defaults?: JobDefaults;
  /** The endpoint decides the kind: POST /iso8601 needs a schedule, POST /dependency needs parents. */
  readonly kind?: 'scheduled' | 'dependent';
}

export type NormalizeJobResult = { job: JobDefinition } | { error: string };

const NAME = /^[\w.-]+$/;
const CONSTRAINT_OPERATORS = ['EQUALS', 'LIKE', 'UNLIKE'];
const CONCURRENCY: Readonly<Record<string, ConcurrencyPolicy>> = { ALLOW: 'Allow', FORBID: 'Forbid', REPLACE: 'Replace' };

class Invalid extends Error {}

export function normalizeJob(input: unknown, options: NormalizeJobOptions): NormalizeJobResult {
  try {
    return { job: read(input, options) };
  } catch (error) {
    if (error instanceof Invalid) return { error: error.message };
    throw error;
  }
}

function read(input: unknown, options: NormalizeJobOptions): JobDefinition {
  if (!isObject(input)) throw new Invalid('Job must be a JSON object');
  const name = text(input, 'name');
  if (name === undefined || !NAME.test(name)) throw new Invalid(`Job name '${name ?? ''}' must be letters, digits, '_', '.' or '-'`);
  const command = text(input, 'command');
  if (command === undefined || command === '') throw new Invalid(`Job '${name}' needs a command`);
  const defaults = options.defaults ?? CHRONOS_DEFAULTS;
  const orDefault = (field: 'cpus' | 'mem' | 'disk'): number => {
    const value = number(input, field, 0) ?? 0;
    return value === 0 ? defaults[field] : value;
  };
  const job: JobDefinition = {
    name,
    command,
    shell: boolean(input, 'shell') ?? true,
    arguments: strings(input, 'arguments') ?? [],
    retries: integer(input, 'retries', 0) ?? 2,
    cpus: orDefault('cpus'),
    mem: orDefault('mem'),
    disk: orDefault('disk'),
    disabled: boolean(input, 'disabled') ?? false,
    concurrent: boolean(input, 'concurrent') ?? false,
    concurrencyPolicy: concurrencyPolicy(input),
    highPriority: boolean(input, 'highPriority') ?? false,
    softError: boolean(input, 'softError') ?? false,
    maxCompletionTime: integer(input, 'maxCompletionTime', 0) ?? 0,
    owner: text(input, 'owner') ?? '',
    ownerName: text(input, 'ownerName') ?? '',
    description: text(input, 'description') ?? '',
    environmentVariables: environment(input),
    fetch: fetchUris(input, name),
    constraints: constraints(input),
  };
  const deadline = integer(input, 'startingDeadlineSeconds', 1);
  if (deadline !== undefined) job.startingDeadlineSeconds = deadline;
  const runAsUser = text(input, 'runAsUser');
  if (runAsUser !== undefined && runAsUser !== '') job.runAsUser = runAsUser;
  if (input.container !== undefined && input.container !== null) job.container = container(input.container, name);
  readTiming(input, job, options);
  return job;
}

/** schedule (ISO or cron, in scheduleTimeZone or timezone) xor parents. */
function readTiming(input: Record<string, unknown>, job: JobDefinition, options: NormalizeJobOptions): void {
  const scheduleText = text(input, 'schedule');
  const parents = strings(input, 'parents');
  const hasSchedule = scheduleText !== undefined && scheduleText !== '';
  const hasParents = parents !== undefined && parents.length > 0;
  if (hasSchedule === hasParents) throw new Invalid(`Job '${job.name}' needs either a schedule or parents`);
  if (options.kind === 'scheduled' && !hasSchedule) throw new Invalid(`Job '${job.name}' has parents: post it to /dependency`);
  if (options.kind === 'dependent' && !hasParents) throw new Invalid(`Job '${job.name}' has no parents: post it to /iso8601`);
  if (hasParents) {
    if (parents.includes(job.name)) throw new Invalid(`Job '${job.name}' cannot be its own parent`);
    job.parents = [...new Set(parents)];
    return;
  }
  const timeZone = text(input, 'scheduleTimeZone') || text(input, 'timezone') || undefined;
  const parsed = parseSchedule(scheduleText ?? '', { now: options.now, ...(timeZone === undefined ? {} : { timeZone }) });
  if ('error' in parsed) throw new Invalid(parsed.error);
  if (parsed.schedule.kind === 'iso' && parsed.schedule.startMs < 0) {
    throw new Invalid(`Scheduled start date '${new Date(parsed.schedule.startMs).toISOString()}' is before 1970!`);
  }
  job.schedule = parsed.schedule;
}

function concurrencyPolicy(input: Record<string, unknown>): ConcurrencyPolicy {
  const value = text(input, 'concurrencyPolicy');
  if (value === undefined) return 'Allow';
  const policy = CONCURRENCY[value.toUpperCase()];
  if (policy === undefined) throw new Invalid(`concurrencyPolicy must be Allow, Forbid or Replace, not '${value}'`);
  return policy;
}

function fetchUris(input: Record<string, unknown>, name: string): FetchUri[] {
  const fetch = Array.isArray(input.fetch) ? input.fetch : [];
  const uris = strings(input, 'uris') ?? [];
  if (fetch.length > 0 && uris.length > 0) throw new Invalid(`Tried to add both uri (deprecated) and fetch parameters on ${name}`);
  if (uris.length > 0) return uris.map((uri) => ({ uri, cache: false, extract: true, executable: false }));
  return fetch.map((entry, index) => {
    if (!isObject(entry) || typeof entry.uri !== 'string' || entry.uri === '') throw new Invalid(`fetch[${index}] needs a uri`);
    const uri: FetchUri = {
      uri: entry.uri, cache: boolean(entry, 'cache') ?? false, extract: boolean(entry, 'extract') ?? true,
      executable: boolean(entry, 'executable') ?? false,
    };
    const outputFile = text(entry, 'output_file') ?? text(entry, 'outputFile');
    if (outputFile !== undefined && outputFile !== '') uri.outputFile = outputFile;
    return uri;
  });
}

function environment(input: Record<string, unknown>): Array<{ name: string; value: string }> {
  const list = Array.isArray(input.environmentVariables) ? input.environmentVariables : [];
  return list.map((entry, index) => {
    if (!isObject(entry) || typeof entry.name !== 'string' || typeof entry.value !== 'string') {
      throw new Invalid(`environmentVariables[${index}] must be {"name": …, "value": …}`);
    }
    return { name: entry.name, value: entry.value };
  });
}

function constraints(input: Record<string, unknown>): Array<[string, string, string]> {
  const list = Array.isArray(input.constraints) ? input.constraints : [];
  return list.map((entry, index) => {
    if (!Array.isArray(entry) || entry.length !== 3 || !entry.every((part) => typeof part === 'string')) {
      throw new Invalid(`constraints[${index}] must be [attribute, operator, value]`);
    }
    const [attribute, operator, value] = entry as [string, string, string];
    if (!CONSTRAINT_OPERATORS.includes(operator)) throw new Invalid(`constraints[${index}]: unsupported operator '${operator}' (EQUALS, LIKE or UNLIKE)`);
    if (operator !== 'EQUALS') {
      try {
        new RegExp(value);
      } catch {
        throw new Invalid(`constraints[${index}]: invalid regular expression '${value}'`);
      }
    }
    return [attribute, operator, value];
  });
}

function container(raw: unknown, name: string): JobContainer {
  if (!isObject(raw)) throw new Invalid(`Job '${name}': container must be an object`);
  const type = (text(raw, 'type') ?? 'DOCKER').toUpperCase();
  if (type !== 'DOCKER' && type !== 'MESOS') throw new Invalid(`Job '${name}': container type must be DOCKER or MESOS`);
  const image = text(raw, 'image');
  if (image === undefined || image === '') throw new Invalid(`Job '${name}': container needs an image`);
  const network = (text(raw, 'network') ?? 'HOST').toUpperCase();
  if (network !== 'BRIDGE' && network !== 'HOST' && network !== 'USER') throw new Invalid(`Job '${name}': container network must be BRIDGE, HOST or USER`);
  const volumes: ContainerVolume[] = (Array.isArray(raw.volumes) ? raw.volumes : []).map((volume, index) => {
    if (!isObject(volume) || typeof volume.containerPath !== 'string') throw new Invalid(`Job '${name}': volumes[${index}] needs a containerPath`);
    const mode = (text(volume, 'mode') ?? 'RW').toUpperCase();
    if (mode !== 'RO' && mode !== 'RW') throw new Invalid(`Job '${name}': volumes[${index}] mode must be RO or RW`);
    return { containerPath: volume.containerPath, mode, ...(typeof volume.hostPath === 'string' ? { hostPath: volume.hostPath } : {}) };
  });
  const parameters = (Array.isArray(raw.parameters) ? raw.parameters : []).map((parameter, index) => {
    if (!isObject(parameter) || typeof parameter.key !== 'string' || typeof parameter.value !== 'string') {
      throw new Invalid(`Job '${name}': parameters[${index}] must be {"key": …, "value": …}`);
    }
    return { key: parameter.key, value: parameter.value };
  });
  return { type, image, network, volumes, forcePullImage: boolean(raw, 'forcePullImage') ?? false, parameters };
}

// ---- readers: Chronos accepts numbers and booleans as strings too (its docs' examples send "cpus": "0.5")

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(input: Record<string, unknown>, field: string): string | undefined {
  const value = input[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new Invalid(`${field} must be a string`);
  return value;
}

function number(input: Record<string, unknown>, field: string, min: number): number | undefined {
  const value = input[field];
  if (value === undefined || value === null || value === '') return undefined;
  const parsed = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
  if (!Number.isFinite(parsed) || parsed < min) throw new Invalid(`${field} must be a number of at least ${min}, not ${JSON.stringify(value)}`);
  return parsed;
}

function integer(input: Record<string, unknown>, field: string, min: number): number | undefined {
  const value = number(input, field, min);
  if (value !== undefined && !Number.isInteger(value)) throw new Invalid(`${field} must be a whole number, not ${value}`);
  return value;
}

function boolean(input: Record<string, unknown>, field: string): boolean | undefined {
  const value = input[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'false') return value === 'true';
  throw new Invalid(`${field} must be true or false`);
}

function strings(input: Record<string, unknown>, field: string): string[] | undefined {
  const value = input[field];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || !value.every((entry) => typeof entry === 'string')) throw new Invalid(`${field} must be a list of strings`);
  return value;
}
