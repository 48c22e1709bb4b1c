// Parsing the value part of the text forms (shared by resources and attributes): `4`, `[1-5,10-20]`, `{a,b}`.
// Every error names the token as written.
import { DroverError } from '../errors/index.js';
import { normalizeRanges } from './ranges.js';
import type { Range } from './types.js';

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const RANGE = /^(\d+)\s*-\s*(\d+)$/;
const SINGLE_VALUE = /^\d+$/;

export function parseFailure(message: string): DroverError {
  return new DroverError('RESOURCE_PARSE', message);
}

/** The `;`-separated entries of a text form, trimmed, without empty ones (`cpus:1;` is fine). */
export function splitEntries(text: string): string[] {
  return text
    .split(';')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
}

/** The number `text` spells, or undefined when it is not a plain decimal number. */
export function parseNumberText(text: string): number | undefined {
  return NUMBER.test(text) ? Number(text) : undefined;
}

function parseBound(text: string, rangeError: (reason: string) => DroverError): number {
  const bound = Number(text);
  if (!Number.isSafeInteger(bound)) throw rangeError(`'${text}' is larger than ${Number.MAX_SAFE_INTEGER}`);
  return bound;
}

/** `[1-5,10-20]` (or `[80]` for 80-80) as a normal range list; `token` is the whole entry for messages. */
export function parseRangesText(valueText: string, token: string): Range[] {
  const rangeError = (reason: string): DroverError =>
    parseFailure(`invalid range '${valueText}' in '${token}': ${reason}`);
  if (!valueText.endsWith(']')) throw rangeError("missing ']'");
  const inner = valueText.slice(1, -1).trim();
  if (inner.length === 0) return [];
  const elements = inner.split(',').map((element) => element.trim());
  const single = elements.length === 1;
  const ranges: Range[] = [];
  for (const element of elements) {
    const where = single ? '' : ` in '${element}'`;
    if (element.length === 0) throw rangeError('empty range');
    const pair = RANGE.exec(element);
    if (pair === null && !SINGLE_VALUE.test(element)) {
      throw rangeError(`'${element}' is not of the form begin-end with non-negative integers`);
    }
    const begin = parseBound(pair === null ? element : pair[1]!, rangeError);
    const end = parseBound(pair === null ? element : pair[2]!, rangeError);
    if (begin > end) throw rangeError(`begin > end${where}`);
    ranges.push({ begin, end });
  }
  return normalizeRanges(ranges);
}

/** `{a,b}` as a list of trimmed items (not yet sorted); `describe` prefixes messages, e.g. `invalid resource 'x'`. */
export function parseSetText(valueText: string, describe: string): string[] {
  if (!valueText.endsWith('}')) throw parseFailure(`${describe}: missing '}'`);
  const inner = valueText.slice(1, -1).trim();
  if (inner.length === 0) return [];
  const items = inner.split(',').map((item) => item.trim());
  for (const item of items) {
    if (item.length === 0) throw parseFailure(`${describe}: empty item in '${valueText}'`);
    if (/[{}[\]]/.test(item)) throw parseFailure(`${describe}: item '${item}' must not contain brackets`);
  }
  return items;
}
