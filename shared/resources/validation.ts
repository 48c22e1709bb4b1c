// Checks shared by every way into the model (text, JSON, protobuf, hand-built lists). Each returns why a part is
// invalid, or undefined, so that each caller can name the offending token or field in its own words.
import { invalidRoleReason, isStrictSubrole } from './roles.js';
import { MAX_SCALAR } from './scalar.js';
import { UNRESERVED_ROLE, type Reservation, type ResourceValue } from './types.js';

// Characters that are syntax in the text form; forbidding them everywhere keeps every list printable and parseable.
const NAME_SYNTAX = /[\s()[\]{}:;,]/;

/** Names whose value type Mesos fixes; a `ports:4` or `cpus:[1-2]` is a mistake worth reporting. */
const WELL_KNOWN_TYPES: Readonly<Record<string, ResourceValue['type']>> = {
  cpus: 'scalar',
  mem: 'scalar',
  disk: 'scalar',
  gpus: 'scalar',
  ports: 'ranges',
};

const TYPE_WORDS: Readonly<Record<ResourceValue['type'], string>> = { scalar: 'a scalar', ranges: 'ranges', set: 'a set' };

export function invalidNameReason(name: string): string | undefined {
  if (name.length === 0) return 'name must not be empty';
  if (NAME_SYNTAX.test(name)) return `name '${name}' must not contain whitespace or any of ()[]{}:;,`;
  return undefined;
}

export function wrongTypeReason(name: string, type: ResourceValue['type']): string | undefined {
  const expected = WELL_KNOWN_TYPES[name];
  return expected === undefined || expected === type ? undefined : `${name} must be ${TYPE_WORDS[expected]}`;
}

export function invalidScalarReason(name: string, value: number): string | undefined {
  if (!Number.isFinite(value)) return 'must be a finite number';
  if (value < 0) return 'must not be negative';
  if (value > MAX_SCALAR) return `must be at most ${MAX_SCALAR}`;
  if (name === 'gpus' && !Number.isInteger(value)) return 'must be a whole number for gpus';
  return undefined;
}

export function invalidRangeBoundReason(bound: number): string | undefined {
  if (!Number.isSafeInteger(bound) || bound < 0) return `must be an integer from 0 to ${Number.MAX_SAFE_INTEGER}`;
  return undefined;
}

export function invalidSetItemReason(item: string): string | undefined {
  return item.length === 0 ? 'must not be empty' : undefined;
}

/**
 * Why a reservation stack (outermost first) is invalid, naming the field relative to the resource
 * (`reservations[1].role ...`). Refinements go to strict subroles, and a static reservation never refines a
 * dynamic one (Mesos validateReservations).
 */
export function invalidReservationsReason(reservations: readonly Reservation[]): string | undefined {
  for (let i = 0; i < reservations.length; i += 1) {
    const reservation = reservations[i]!;
    const field = `reservations[${i}]`;
    if (reservation.type !== 'static' && reservation.type !== 'dynamic') {
      return `${field}.type must be static or dynamic`;
    }
    if (reservation.role === UNRESERVED_ROLE) return `${field}.role must not be '*'`;
    const roleReason = invalidRoleReason(reservation.role);
    if (roleReason !== undefined) return `${field}.role '${reservation.role}' ${roleReason}`;
    const outer = reservations[i - 1];
    if (outer === undefined) continue;
    if (!isStrictSubrole(reservation.role, outer.role)) {
      return `${field}.role '${reservation.role}' must be a subrole of '${outer.role}'`;
    }
    if (reservation.type === 'static' && outer.type === 'dynamic') {
      return `${field} is static but refines a dynamic reservation`;
    }
  }
  return undefined;
}
