// Reading and slicing normalised lists. Slices keep the order, so every result is normalised too.
import { addRanges } from './ranges.js';
import { isRoleOrSubrole } from './roles.js';
import { fromMillis, toMillis } from './scalar.js';
import { addSets } from './sets.js';
import type { Range, Resource, Resources } from './types.js';

/** The total of scalar `name` across all roles and reservations (0 when absent). */
export function scalarValue(resources: Resources, name: string): number {
  let millis = 0;
  for (const resource of resources) {
    if (resource.name === name && resource.value.type === 'scalar') millis += toMillis(resource.value.value);
  }
  return fromMillis(millis);
}

/** The ranges of `name` across all roles and reservations, merged into one normal list. */
export function rangesValue(resources: Resources, name: string): Range[] {
  let ranges: readonly Range[] = [];
  for (const resource of resources) {
    if (resource.name === name && resource.value.type === 'ranges') ranges = addRanges(ranges, resource.value.ranges);
  }
  return [...ranges];
}

/** The items of set `name` across all roles and reservations, sorted and unique. */
export function setValue(resources: Resources, name: string): string[] {
  let items: readonly string[] = [];
  for (const resource of resources) {
    if (resource.name === name && resource.value.type === 'set') items = addSets(items, resource.value.items);
  }
  return [...items];
}

/** Scalar totals per name, ignoring roles and reservations: the quantities DRF shares and quota count. */
export function scalarQuantities(resources: Resources): Map<string, number> {
  const totals = new Map<string, number>();
  for (const resource of resources) {
    if (resource.value.type !== 'scalar') continue;
    const sum = toMillis(totals.get(resource.name) ?? 0) + toMillis(resource.value.value);
    totals.set(resource.name, fromMillis(sum));
  }
  return totals;
}

export function isReserved(resource: Resource): boolean {
  return resource.reservations.length > 0;
}

export function filterResources(resources: Resources, predicate: (resource: Resource) => boolean): Resources {
  return resources.filter(predicate);
}

export function unreservedResources(resources: Resources): Resources {
  return resources.filter((resource) => resource.reservations.length === 0);
}

/** Reserved entries; with `role`, only those whose innermost reservation is exactly to `role`. */
export function reservedResources(resources: Resources, role?: string): Resources {
  return role === undefined
    ? resources.filter((resource) => resource.reservations.length > 0)
    : resources.filter((resource) => resource.reservations.length > 0 && resource.role === role);
}

/**
 * What may be allocated to `role`: unreserved entries plus those reserved to `role` or to an ancestor of it
 * (Mesos Resources::allocatableTo: a reservation to `a` serves `a` and `a/b`).
 */
export function allocatableToRole(resources: Resources, role: string): Resources {
  return resources.filter(
    (resource) => resource.reservations.length === 0 || isRoleOrSubrole(role, resource.role),
  );
}

export function withoutNames(resources: Resources, names: readonly string[]): Resources {
  return resources.filter((resource) => !names.includes(resource.name));
}

export function onlyNames(resources: Resources, names: readonly string[]): Resources {
  return resources.filter((resource) => names.includes(resource.name));
}
