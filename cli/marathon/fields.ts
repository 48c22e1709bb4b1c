// `drover app update <id> field=value ...`: each value is JSON when it parses as JSON (`instances=5`, `cpus=0.5`,
// `args=["a","b"]`, `healthChecks=[]`), else the text as a string (`cmd=sleep 10`). A dotted field
// (`env.LOG_LEVEL=debug`, `upgradeStrategy.minimumHealthCapacity=0.5`) changes one key inside an object field; since
// Marathon's partial update replaces a top-level field whole, the command starts from the app's current value of
// that field so the other keys survive. Values of env.NAME and labels.NAME stay text (`env.PORT=8080` is the string
// "8080", as Marathon requires), except a JSON object such as env.DB_PASSWORD={"secret":"db"}.
import { InvalidArgumentError } from 'commander';
import { asObject, type JsonObject } from './json-read.js';

export interface FieldAssignment {
  /** `['env', 'LOG_LEVEL']` for `env.LOG_LEVEL=…`. */
  path: string[];
  value: unknown;
  /** The argument as typed, for messages. */
  source: string;
}

const FIELD_SEGMENT = /^[A-Za-z_$][\w$-]*$/;
/** Fields whose entries Marathon accepts only as strings. */
const STRING_MAPS = new Set(['env', 'labels']);

/** JSON when the text parses as JSON, else the text itself. */
export function parseFieldValue(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** One `field=value` argument; throws commander's InvalidArgumentError naming what is wrong. */
export function parseFieldAssignment(argument: string): FieldAssignment {
  const equals = argument.indexOf('=');
  if (equals < 0) throw new InvalidArgumentError(`'${argument}' is not field=value (e.g. instances=3 or cmd="sleep 10")`);
  const key = argument.slice(0, equals).trim();
  const path = key.split('.');
  const bad = path.find((segment) => !FIELD_SEGMENT.test(segment) || segment === '__proto__');
  if (bad !== undefined) {
    throw new InvalidArgumentError(`'${key}' in '${argument}' is not a field name such as cpus or env.NAME`);
  }
  const text = argument.slice(equals + 1);
  let value = parseFieldValue(text);
  if (path.length === 2 && STRING_MAPS.has(path[0] ?? '') && (typeof value !== 'object' || value === null || Array.isArray(value))) value = text;
  return { path, value, source: argument };
}

/** commander argParser for a variadic `[fields...]` argument: accumulates the assignments. */
export function collectFieldAssignment(argument: string, previous: FieldAssignment[] | undefined): FieldAssignment[] {
  return [...(previous ?? []), parseFieldAssignment(argument)];
}

/** The top-level fields that dotted assignments reach into, whose current values the patch must start from. */
export function nestedFields(assignments: readonly FieldAssignment[]): string[] {
  return [...new Set(assignments.filter((assignment) => assignment.path.length > 1).map((assignment) => assignment.path[0] ?? ''))];
}

/**
 * The partial-update body: `base` (e.g. from --file) with every assignment applied in order, later ones winning.
 * `current` holds the app's present values of the fields in nestedFields(); a dotted assignment whose parent is not
 * an object throws InvalidArgumentError.
 */
export function buildPatch(assignments: readonly FieldAssignment[], current: JsonObject = {}, base: JsonObject = {}): JsonObject {
  const patch: JsonObject = structuredClone(base);
  for (const assignment of assignments) {
    const [head, ...rest] = assignment.path;
    if (head === undefined) continue;
    if (rest.length === 0) {
      patch[head] = assignment.value;
      continue;
    }
    if (!(head in patch)) patch[head] = structuredClone(current[head] ?? {});
    let target = asObject(patch[head]);
    for (const [index, segment] of rest.entries()) {
      if (target === undefined) {
        throw new InvalidArgumentError(`'${assignment.source}': ${assignment.path.slice(0, index + 1).join('.')} is not an object`);
      }
      if (index === rest.length - 1) {
        target[segment] = assignment.value;
      } else {
        target[segment] ??= {};
        target = asObject(target[segment]);
      }
    }
  }
  return patch;
}
