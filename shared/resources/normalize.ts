// Turning any list of entries into a normalised `Resources`: canonical values (3-decimal scalars, merged ranges,
// sorted sets), the role derived from the reservations, one entry per identity, no empty entries, sorted.
import { DroverError } from '../errors/index.js';
import { compareIdentity, withValue } from './identity.js';
import { normalizeRanges } from './ranges.js';
import { invalidRoleReason } from './roles.js';
import { roundScalar } from './scalar.js';
import { normalizeSet } from './sets.js';
import { UNRESERVED_ROLE, type Reservation, type Resource, type Resources, type ResourceValue } from './types.js';
import { addValues, isEmptyValue } from './values.js';
import {
  invalidNameReason,
  invalidRangeBoundReason,
  invalidReservationsReason,
  invalidScalarReason,
  invalidSetItemReason,
  wrongTypeReason,
} from './validation.js';

function canonicalLabels(labels: Readonly<Record<string, string>>): Readonly<Record<string, string>> | undefined {
  const keys = Object.keys(labels).sort();
  if (keys.length === 0) return undefined;
  const out: Record<string, string> = {};
  for (const key of keys) out[key] = labels[key]!;
  return out;
}

export function canonicalReservation(reservation: Reservation): Reservation {
  const labels = reservation.labels === undefined ? undefined : canonicalLabels(reservation.labels);
  return {
    type: reservation.type,
    role: reservation.role,
    ...(reservation.principal === undefined || reservation.principal === '' ? {} : { principal: reservation.principal }),
    ...(labels === undefined ? {} : { labels }),
  };
}

/** A legacy entry with a role but no reservations is statically reserved to that role (Mesos pre-1.4 form). */
function reservationsOf(resource: Resource): readonly Reservation[] {
  if (resource.reservations.length > 0) return resource.reservations.map(canonicalReservation);
  if (resource.role === UNRESERVED_ROLE || resource.role === '') return [];
  return [{ type: 'static', role: resource.role }];
}

function canonicalValue(value: ResourceValue): ResourceValue {
  switch (value.type) {
    case 'scalar':
      return { type: 'scalar', value: roundScalar(value.value) };
    case 'ranges':
      return { type: 'ranges', ranges: normalizeRanges(value.ranges) };
    case 'set':
      return { type: 'set', items: normalizeSet(value.items) };
  }
}

function canonicalEntry(resource: Resource): Resource {
  const reservations = reservationsOf(resource);
  const innermost = reservations[reservations.length - 1];
  return {
    name: resource.name,
    role: innermost === undefined ? UNRESERVED_ROLE : innermost.role,
    reservations,
    value: canonicalValue(resource.value),
  };
}

/** Normalises entries that were already validated (by a parser or by normalizeResources). */
export function normalizeChecked(entries: readonly Resource[]): Resources {
  const sorted: Resource[] = [];
  for (const entry of entries) {
    const canonical = canonicalEntry(entry);
    if (!isEmptyValue(canonical.value)) sorted.push(canonical);
  }
  sorted.sort(compareIdentity);
  const out: Resource[] = [];
  for (const entry of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && compareIdentity(last, entry) === 0) {
      out[out.length - 1] = withValue(last, addValues(last.value, entry.value));
    } else {
      out.push(entry);
    }
  }
  return out;
}

/** Why a hand-built entry is invalid, or undefined. */
function invalidEntryReason(resource: Resource): string | undefined {
  const nameReason = invalidNameReason(resource.name);
  if (nameReason !== undefined) return nameReason;
  const value = resource.value as ResourceValue | undefined;
  switch (value?.type) {
    case 'scalar': {
      const reason = invalidScalarReason(resource.name, value.value);
      if (reason !== undefined) return `value ${value.value} ${reason}`;
      break;
    }
    case 'ranges':
      for (const range of value.ranges) {
        const reason = invalidRangeBoundReason(range.begin) ?? invalidRangeBoundReason(range.end);
        if (reason !== undefined) return `range ${range.begin}-${range.end}: bounds ${reason}`;
        if (range.begin > range.end) return `range ${range.begin}-${range.end}: begin > end`;
      }
      break;
    case 'set':
      for (const item of value.items) {
        if (typeof item !== 'string' || invalidSetItemReason(item) !== undefined) return 'set items must be non-empty strings';
      }
      break;
    default:
      return 'value.type must be scalar, ranges or set';
  }
  const typeReason = wrongTypeReason(resource.name, value.type);
  if (typeReason !== undefined) return typeReason;
  if (resource.reservations.length === 0) {
    const roleReason = resource.role === '' ? undefined : invalidRoleReason(resource.role);
    return roleReason === undefined ? undefined : `role '${resource.role}' ${roleReason}`;
  }
  const reservationsReason = invalidReservationsReason(resource.reservations);
  if (reservationsReason !== undefined) return reservationsReason;
  const innermost = resource.reservations[resource.reservations.length - 1]!.role;
  if (resource.role !== innermost && resource.role !== '') {
    return `role '${resource.role}' is not the innermost reservation role '${innermost}'`;
  }
  return undefined;
}

/**
 * Validates and normalises a hand-built list. An entry with `role` set but no reservations is taken as statically
 * reserved to that role; `role: ''` is derived from the reservations. Throws INVALID_ARGUMENT for invalid entries.
 */
export function normalizeResources(list: readonly Resource[]): Resources {
  list.forEach((resource, index) => {
    const reason = invalidEntryReason(resource);
    if (reason !== undefined) {
      throw new DroverError('INVALID_ARGUMENT', `invalid resource [${index}] '${resource.name}': ${reason}`);
    }
  });
  return normalizeChecked(list);
}
