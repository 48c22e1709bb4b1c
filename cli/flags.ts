// Parsers for command-line values. Each throws commander's InvalidArgumentError with a message that names what is
// wrong; commander prefixes it with the flag, so a user sees e.g.
//   error: option '--resources <spec>' argument 'cpus:x' is invalid. invalid resource 'cpus:x': 'x' is not a number
import { InvalidArgumentError } from 'commander';
import { errorMessage } from '../shared/errors/index.js';
import { isValidClusterName } from '../shared/bus/index.js';
import { parseAttributes, parseResources, type Resources } from '../shared/resources/index.js';
import type { pb } from '../shared/protocol/index.js';

const DURATION = /^(\d+(?:\.\d+)?)(ms|s|m|h|d|w)?$/;
const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** `500ms`, `15s`, `2m`, `1h`, `3d`, `1w`, or a plain number of seconds; returns milliseconds. */
export function parseDuration(value: string): number {
  const match = DURATION.exec(value.trim());
  if (match === null) throw new InvalidArgumentError('expected a duration such as 500ms, 15s, 2m, 1h, 3d or 1w');
  return Number(match[1]) * (UNIT_MS[match[2] ?? 's'] ?? 1000);
}

export function parsePositiveInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return number;
}

export function parsePort(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0 || number > 65_535) throw new InvalidArgumentError('expected a port number 0-65535');
  return number;
}

export function parseResourcesFlag(value: string): Resources {
  try {
    return parseResources(value);
  } catch (error) {
    throw new InvalidArgumentError(errorMessage(error));
  }
}

export function parseAttributesFlag(value: string): pb.Attribute.$Properties[] {
  try {
    return parseAttributes(value);
  } catch (error) {
    throw new InvalidArgumentError(errorMessage(error));
  }
}

export function parseCluster(value: string): string {
  if (!isValidClusterName(value)) throw new InvalidArgumentError("use 1-64 letters, digits, '_' or '-'");
  return value;
}

export function parseNatsUrl(value: string): string {
  const urls = value.split(',').map((url) => url.trim()).filter((url) => url !== '');
  if (urls.length === 0) throw new InvalidArgumentError('expected nats://HOST:PORT');
  for (const url of urls) {
    let parsed: URL;
    try {
      parsed = new URL(url.includes('://') ? url : `nats://${url}`);
    } catch {
      throw new InvalidArgumentError(`'${url}' is not a URL such as nats://127.0.0.1:4222`);
    }
    if (!['nats:', 'tls:', 'ws:', 'wss:'].includes(parsed.protocol)) {
      throw new InvalidArgumentError(`'${url}' must use nats:// or tls://`);
    }
  }
  return urls.join(',');
}

/** `role=weight,role=weight`. */
export function parseWeights(value: string): Record<string, number> {
  const weights: Record<string, number> = {};
  for (const pair of value.split(',').filter((entry) => entry.trim() !== '')) {
    const [role, weight] = pair.split('=');
    const number = Number(weight);
    if (role === undefined || role.trim() === '' || weight === undefined || !(number > 0)) {
      throw new InvalidArgumentError(`'${pair}' is not role=weight with a weight > 0`);
    }
    weights[role.trim()] = number;
  }
  return weights;
}

export function parseLogLevel(value: string): 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent' {
  const levels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
  const level = levels.find((candidate) => candidate === value);
  if (level === undefined) throw new InvalidArgumentError(`use one of ${levels.join(', ')}`);
  return level;
}

const CONTAINERIZERS = ['process', 'docker'] as const;

/** `process,docker`: which containerizers the agent runs, tried in this order. */
export function parseContainerizers(value: string): ('process' | 'docker')[] {
  const names = value.split(',').map((name) => name.trim()).filter((name) => name.length > 0);
  if (names.length === 0) throw new InvalidArgumentError('expected a comma-separated list of: process, docker');
  for (const name of names) {
    if (!(CONTAINERIZERS as readonly string[]).includes(name)) {
      throw new InvalidArgumentError(`unknown containerizer '${name}' (known: ${CONTAINERIZERS.join(', ')})`);
    }
  }
  return [...new Set(names)] as ('process' | 'docker')[];
}

const SIZE = /^(\d+)(b|kb|k|mb|m|gb|g)?$/i;
const UNIT_BYTES: Record<string, number> = { b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

/** `10MB`, `512KB`, `1GB` or a plain number of bytes. */
export function parseByteSize(value: string): number {
  const match = SIZE.exec(value.trim());
  if (match === null) throw new InvalidArgumentError('expected a size such as 512KB, 10MB or 1GB');
  return Number(match[1]) * (UNIT_BYTES[(match[2] ?? 'b').toLowerCase()] ?? 1);
}

/** A number from 0 to 1, e.g. `0.1`. */
export function parseFraction(value: string): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || number < 0 || number > 1) {
    throw new InvalidArgumentError('expected a fraction between 0 and 1, e.g. 0.1');
  }
  return number;
}
