// Decoding Resource lists that arrive as data (Mesos JSON, protobuf objects) into the model. Both share the field
// layout of mesos.proto Resource and differ only in how they spell enums and defaults, so one decoder serves both,
// parameterised by a dialect. Errors are RESOURCE_PARSE and name the field path, e.g.
// `resources[2].scalar.value must be a number`.
import { normalizeChecked } from './normalize.js';
import { invalidRoleReason } from './roles.js';
import { UNRESERVED_ROLE, type Range, type Reservation, type Resource, type Resources, type ResourceValue } from './types.js';
import {
  invalidNameReason,
  invalidRangeBoundReason,
  invalidReservationsReason,
  invalidScalarReason,
  invalidSetItemReason,
  wrongTypeReason,
} from './validation.js';
import { parseFailure } from './value-text.js';

export interface WireDialect {
  /** How the dialect spells the value types, for messages: `one of SCALAR, RANGES, SET`. */
  readonly valueTypes: string;
  readonly valueType: (raw: unknown) => ResourceValue['type'] | undefined;
  readonly reservationTypes: string;
  readonly reservationType: (raw: unknown) => Reservation['type'] | undefined;
  /** Protobuf leaves unset scalars and strings at 0 and '' ; JSON must spell them. */
  readonly protoDefaults: boolean;
}

type Fail = (field: string, reason: string) => never;

const fail: Fail = (field, reason) => {
  throw parseFailure(`${field} ${reason}`);
};

function isAbsent(value: unknown): value is null | undefined {
  return value === undefined || value === null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function recordAt(value: unknown, field: string): Record<string, unknown> {
  if (!isRecord(value)) fail(field, 'must be an object');
  return value;
}

function arrayAt(value: unknown, field: string, dialect: WireDialect): readonly unknown[] {
  if (isAbsent(value) && dialect.protoDefaults) return [];
  if (!Array.isArray(value)) fail(field, 'must be an array');
  return value as readonly unknown[];
}

function stringAt(value: unknown, field: string, dialect: WireDialect): string {
  if (isAbsent(value) && dialect.protoDefaults) return '';
  if (typeof value !== 'string') fail(field, 'must be a string');
  return value;
}

function optionalStringAt(value: unknown, field: string): string | undefined {
  if (isAbsent(value)) return undefined;
  if (typeof value !== 'string') fail(field, 'must be a string');
  return value;
}

function numberAt(value: unknown, field: string, dialect: WireDialect): number {
  if (isAbsent(value) && dialect.protoDefaults) return 0;
  if (typeof value !== 'number') fail(field, 'must be a number');
  return value;
}

/** protobufjs decodes uint64 as a Long object whenever the `long` package is installed, whatever the typings say. */
function isLongLike(value: unknown): value is { low: number; high: number } {
  return isRecord(value) && typeof value.low === 'number' && typeof value.high === 'number';
}

function rangeBoundAt(value: unknown, field: string, dialect: WireDialect): number {
  if (dialect.protoDefaults && isLongLike(value)) return (value.high >>> 0) * 2 ** 32 + (value.low >>> 0);
  return numberAt(value, field, dialect);
}

function decodeScalar(raw: Record<string, unknown>, name: string, path: string, dialect: WireDialect): ResourceValue {
  const scalar = recordAt(raw.scalar, `${path}.scalar`);
  const value = numberAt(scalar.value, `${path}.scalar.value`, dialect);
  const reason = invalidScalarReason(name, value);
  if (reason !== undefined) fail(`${path}.scalar.value`, reason);
  return { type: 'scalar', value };
}

function decodeRanges(raw: Record<string, unknown>, path: string, dialect: WireDialect): ResourceValue {
  const ranges = recordAt(raw.ranges, `${path}.ranges`);
  const list = arrayAt(ranges.range, `${path}.ranges.range`, dialect);
  const out: Range[] = list.map((item, index) => {
    const field = `${path}.ranges.range[${index}]`;
    const range = recordAt(item, field);
    const begin = rangeBoundAt(range.begin, `${field}.begin`, dialect);
    const end = rangeBoundAt(range.end, `${field}.end`, dialect);
    const beginReason = invalidRangeBoundReason(begin);
    if (beginReason !== undefined) fail(`${field}.begin`, beginReason);
    const endReason = invalidRangeBoundReason(end);
    if (endReason !== undefined) fail(`${field}.end`, endReason);
    if (begin > end) fail(field, `has begin ${begin} > end ${end}`);
    return { begin, end };
  });
  return { type: 'ranges', ranges: out };
}

function decodeSet(raw: Record<string, unknown>, path: string, dialect: WireDialect): ResourceValue {
  const set = recordAt(raw.set, `${path}.set`);
  const items = arrayAt(set.item, `${path}.set.item`, dialect).map((item, index) => {
    const field = `${path}.set.item[${index}]`;
    if (typeof item !== 'string') fail(field, 'must be a string');
    const reason = invalidSetItemReason(item);
    if (reason !== undefined) fail(field, reason);
    return item;
  });
  return { type: 'set', items };
}

const VALUE_FIELDS = { scalar: 'scalar', ranges: 'ranges', set: 'set' } as const;

function decodeValue(raw: Record<string, unknown>, name: string, path: string, dialect: WireDialect): ResourceValue {
  const type = dialect.valueType(raw.type);
  if (type === undefined) fail(`${path}.type`, `must be ${dialect.valueTypes}`);
  for (const other of Object.values(VALUE_FIELDS)) {
    if (other !== type && !isAbsent(raw[other])) fail(path, `has type ${String(raw.type)} but also sets ${other}`);
  }
  if (type === 'scalar') return decodeScalar(raw, name, path, dialect);
  if (type === 'ranges') return decodeRanges(raw, path, dialect);
  return decodeSet(raw, path, dialect);
}

function decodeLabels(raw: unknown, field: string, dialect: WireDialect): Record<string, string> | undefined {
  if (isAbsent(raw)) return undefined;
  const list = arrayAt(recordAt(raw, field).labels, `${field}.labels`, dialect);
  const labels: Record<string, string> = {};
  list.forEach((item, index) => {
    const labelField = `${field}.labels[${index}]`;
    const label = recordAt(item, labelField);
    const key = stringAt(label.key, `${labelField}.key`, dialect);
    if (key.length === 0) fail(`${labelField}.key`, 'must not be empty');
    if (Object.hasOwn(labels, key)) fail(`${labelField}.key`, `'${key}' is duplicated`);
    labels[key] = optionalStringAt(label.value, `${labelField}.value`) ?? '';
  });
  return Object.keys(labels).length === 0 ? undefined : labels;
}

function decodeReservation(raw: unknown, field: string, dialect: WireDialect): Reservation {
  const reservation = recordAt(raw, field);
  const type = dialect.reservationType(reservation.type);
  if (type === undefined) fail(`${field}.type`, `must be ${dialect.reservationTypes}`);
  const role = stringAt(reservation.role, `${field}.role`, dialect);
  const principal = optionalStringAt(reservation.principal, `${field}.principal`);
  const labels = decodeLabels(reservation.labels, `${field}.labels`, dialect);
  return {
    type: type,
    role,
    ...(principal === undefined || principal === '' ? {} : { principal }),
    ...(labels === undefined ? {} : { labels }),
  };
}

function decodeReservations(
  raw: Record<string, unknown>,
  path: string,
  dialect: WireDialect,
  defaultRole: string,
): readonly Reservation[] {
  const reservations = isAbsent(raw.reservations)
    ? []
    : arrayAt(raw.reservations, `${path}.reservations`, dialect).map((item, index) =>
        decodeReservation(item, `${path}.reservations[${index}]`, dialect),
      );
  const role = optionalStringAt(raw.role, `${path}.role`);
  if (reservations.length === 0) {
    // The pre-refinement form: `role` alone reserves statically; no role at all takes the default role.
    const effective = role === undefined || role === '' ? defaultRole : role;
    const reason = invalidRoleReason(effective);
    if (reason !== undefined) fail(`${path}.role`, `'${effective}' ${reason}`);
    return effective === UNRESERVED_ROLE ? [] : [{ type: 'static', role: effective }];
  }
  const reason = invalidReservationsReason(reservations);
  if (reason !== undefined) throw parseFailure(`${path}.${reason}`);
  const innermost = reservations[reservations.length - 1]!.role;
  if (role !== undefined && role !== '' && role !== innermost) {
    fail(`${path}.role`, `'${role}' is not the innermost reservation role '${innermost}'`);
  }
  return reservations;
}

function decodeResource(item: unknown, path: string, dialect: WireDialect, defaultRole: string): Resource {
  const raw = recordAt(item, path);
  const name = stringAt(raw.name, `${path}.name`, dialect);
  const nameReason = invalidNameReason(name);
  // The reasons start with the word "name".
  if (nameReason !== undefined) fail(`${path}.name`, nameReason.slice(nameReason.indexOf(' ') + 1));
  const value = decodeValue(raw, name, path, dialect);
  const typeReason = wrongTypeReason(name, value.type);
  if (typeReason !== undefined) fail(`${path}.type`, `is wrong: ${typeReason}`);
  const reservations = decodeReservations(raw, path, dialect, defaultRole);
  const innermost = reservations[reservations.length - 1];
  return { name, role: innermost === undefined ? UNRESERVED_ROLE : innermost.role, reservations, value };
}

/** Decodes and normalises a Resource list; `root` names the list in messages (`resources`). */
export function decodeResourceList(
  list: unknown,
  root: string,
  dialect: WireDialect,
  defaultRole: string = UNRESERVED_ROLE,
): Resources {
  if (!Array.isArray(list)) fail(root, 'must be an array');
  return normalizeChecked((list as readonly unknown[]).map((item, index) => decodeResource(item, `${root}[${index}]`, dialect, defaultRole)));
}
