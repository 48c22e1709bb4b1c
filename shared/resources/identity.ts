// The identity of a resource entry is (name, role, reservations, value type): entries with the same identity merge,
// different identities never do. compareIdentity is the total order of normalised lists, so add, subtract and
// contains can merge-walk two lists. It runs millions of times per allocation cycle: no allocation on the common
// unreserved path.
import type { Reservation, Resource, ResourceValue } from './types.js';

const TYPE_ORDER: Readonly<Record<ResourceValue['type'], number>> = { scalar: 0, ranges: 1, set: 2 };

function compareStrings(x: string, y: string): number {
  return x === y ? 0 : x < y ? -1 : 1;
}

function compareLabels(
  x: Readonly<Record<string, string>> | undefined,
  y: Readonly<Record<string, string>> | undefined,
): number {
  if (x === y) return 0;
  if (x === undefined) return -1;
  if (y === undefined) return 1;
  const xKeys = Object.keys(x).sort();
  const yKeys = Object.keys(y).sort();
  if (xKeys.length !== yKeys.length) return xKeys.length - yKeys.length;
  for (let i = 0; i < xKeys.length; i += 1) {
    const key = xKeys[i]!;
    const byKey = compareStrings(key, yKeys[i]!);
    if (byKey !== 0) return byKey;
    const byValue = compareStrings(x[key]!, y[key]!);
    if (byValue !== 0) return byValue;
  }
  return 0;
}

export function compareReservation(x: Reservation, y: Reservation): number {
  if (x === y) return 0;
  return (
    compareStrings(x.role, y.role) ||
    compareStrings(x.type, y.type) ||
    compareStrings(x.principal ?? '', y.principal ?? '') ||
    (x.principal === undefined ? 0 : 1) - (y.principal === undefined ? 0 : 1) ||
    compareLabels(x.labels, y.labels)
  );
}

export function compareReservations(x: readonly Reservation[], y: readonly Reservation[]): number {
  if (x === y) return 0;
  if (x.length !== y.length) return x.length - y.length;
  for (let i = 0; i < x.length; i += 1) {
    const byReservation = compareReservation(x[i]!, y[i]!);
    if (byReservation !== 0) return byReservation;
  }
  return 0;
}

/** Orders by name, then role, then reservations, then value type; 0 means the same identity. */
export function compareIdentity(x: Resource, y: Resource): number {
  if (x.name !== y.name) return x.name < y.name ? -1 : 1;
  if (x.role !== y.role) return x.role < y.role ? -1 : 1;
  if (x.reservations.length !== 0 || y.reservations.length !== 0) {
    const byReservations = compareReservations(x.reservations, y.reservations);
    if (byReservations !== 0) return byReservations;
  }
  return x.value.type === y.value.type ? 0 : TYPE_ORDER[x.value.type] - TYPE_ORDER[y.value.type];
}

/** A copy of `resource` with another value (same property order for every entry keeps V8 shapes monomorphic). */
export function withValue(resource: Resource, value: ResourceValue): Resource {
  return { name: resource.name, role: resource.role, reservations: resource.reservations, value };
}
