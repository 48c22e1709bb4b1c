// Parsers for command-line values. Each throws commander's InvalidArgumentError with a message that names what is
// wrong; commander prefixes it with the flag, so a user sees e.g.
//   error: option '--resources <spec>' argument 'cpus:x' is invalid. invalid resource 'cpus:x': 'x' is not a number
import { InvalidArgumentError } from 'commander';
import { errorMessage } from '../shared/errors/index.js';
import { isValidClusterName } from '../shared/bus/index.js';
import { parseAttributes, parseResources, type Resources } from '../shared/resources/index.js';
import type { pb } from '../shared/protocol/index.js';

const DURATION = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/;
const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** `500ms`, `15s`, `2m`, `1h`, or a plain number of seconds; returns milliseconds. */
export function parseDuration(value: string): number {
  const match = DURATION.exec(value.trim());
  if (match === null) throw new InvalidArgumentError('expected a duration such as 500ms, 15s, 2m or 1h');
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
