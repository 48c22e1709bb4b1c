// Scalar quantities as dense vectors: entry i holds thousandths ("millis") of resource name i, names interned once
// per process. Integers in doubles keep sums exact (Mesos stores scalars in fixed point), typed arrays keep them
// unboxed, and the per-list caches mean an agent's unchanged free resources are never re-counted. A vector may be
// shorter than the number of names known: missing entries are 0.
import type { Resources } from '../../shared/resources/index.js';

export type Quantities = Float64Array;

export const NO_QUANTITIES: Quantities = new Float64Array(0);

const SCALE = 1000;
const nameIds = new Map<string, number>();
const names: string[] = [];

/** The dense id of a resource name (interned for the life of the process). */
export function resourceNameId(name: string): number {
  let id = nameIds.get(name);
  if (id === undefined) {
    id = names.length;
    names.push(name);
    nameIds.set(name, id);
  }
  return id;
}

export function resourceNameOf(id: number): string {
  return names[id]!;
}

/** A scalar in thousandths, rounded like Mesos' fixed-point conversion. */
export function toMillis(value: number): number {
  return value < 0 ? -Math.round(-value * SCALE) : Math.round(value * SCALE);
}

export function fromMillis(millis: number): number {
  return millis / SCALE + 0;
}

// Resources lists are immutable, so a quantity computed once per list stays right for as long as the list lives.
const allCache = new WeakMap<Resources, Quantities>();
const unreservedCache = new WeakMap<Resources, Quantities>();

function count(resources: Resources, unreservedOnly: boolean): Quantities {
  let totals: Float64Array | undefined;
  for (const resource of resources) {
    if (resource.value.type !== 'scalar') continue;
    if (unreservedOnly && resource.reservations.length > 0) continue;
    const id = resourceNameId(resource.name);
    if (totals === undefined || totals.length <= id) {
      const grown = new Float64Array(Math.max(names.length, id + 1));
      if (totals !== undefined) grown.set(totals);
      totals = grown;
    }
    totals[id] = totals[id]! + toMillis(resource.value.value);
  }
  return totals ?? NO_QUANTITIES;
}

// Equal vectors are shared: the agents of a cluster mostly look alike, so a cycle that reads thousands of agents'
// quantities finds a few vectors in cache instead of one per agent. Shared vectors must never be written (every
// accumulator starts from NO_QUANTITIES, which addQuantities always copies). The table is dropped when it grows
// large; vectors already handed out stay valid, only sharing is lost.
const INTERN_LIMIT = 4096;
const interned = new Map<string, Quantities>();

function intern(quantities: Quantities): Quantities {
  if (quantities.length === 0) return NO_QUANTITIES;
  const key = quantities.join(',');
  const known = interned.get(key);
  if (known !== undefined) return known;
  if (interned.size >= INTERN_LIMIT) interned.clear();
  interned.set(key, quantities);
  return quantities;
}

/** Scalar quantities of every entry, reserved or not. */
export function quantitiesOf(resources: Resources): Quantities {
  if (resources.length === 0) return NO_QUANTITIES;
  let cached = allCache.get(resources);
  if (cached === undefined) {
    cached = intern(count(resources, false));
    allCache.set(resources, cached);
  }
  return cached;
}

/** Scalar quantities of the unreserved entries only. */
export function unreservedQuantitiesOf(resources: Resources): Quantities {
  if (resources.length === 0) return NO_QUANTITIES;
  let cached = unreservedCache.get(resources);
  if (cached === undefined) {
    cached = intern(count(resources, true));
    unreservedCache.set(resources, cached);
  }
  return cached;
}

/** Scalar quantities of reserved entries, grouped by the role each is reserved to. */
export function reservedQuantitiesByRole(resources: Resources): Map<string, Quantities> {
  const byRole = new Map<string, Resources>();
  for (const resource of resources) {
    if (resource.value.type !== 'scalar' || resource.reservations.length === 0) continue;
    byRole.set(resource.role, [...(byRole.get(resource.role) ?? []), resource]);
  }
  return new Map([...byRole].map(([role, reserved]) => [role, count(reserved, false)]));
}

/** target + sign × amounts, in place when `target` is long enough; use the returned vector. */
export function addQuantities(target: Float64Array, amounts: Quantities, sign: 1 | -1 = 1): Float64Array {
  let out = target;
  if (amounts.length > out.length) {
    out = new Float64Array(Math.max(amounts.length, names.length));
    out.set(target);
  }
  for (let i = 0; i < amounts.length; i += 1) {
    const amount = amounts[i]!;
    if (amount !== 0) out[i] = out[i]! + sign * amount;
  }
  return out;
}

/** True when `have` holds at least every amount in `want`. */
export function containsQuantities(have: Quantities, want: Quantities): boolean {
  for (let i = 0; i < want.length; i += 1) {
    const amount = want[i]!;
    if (amount > 0 && (i < have.length ? have[i]! : 0) < amount) return false;
  }
  return true;
}

/** Non-zero entries by name, in millis. */
export function quantitiesByName(quantities: Quantities): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i < quantities.length; i += 1) if (quantities[i] !== 0) out.set(names[i]!, quantities[i]!);
  return out;
}

/** Non-zero entries by name as plain numbers (not millis), for reports. */
export function quantitiesToNumbers(quantities: Quantities): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i < quantities.length; i += 1) if (quantities[i] !== 0) out.set(names[i]!, fromMillis(quantities[i]!));
  return out;
}
