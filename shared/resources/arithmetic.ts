// Sums, differences and containment of normalised lists. The allocator runs these millions of times per cycle, so
// each is one merge-walk over the two sorted lists, shares unchanged entries with its inputs, and builds no strings
// unless it throws.
import { DroverError } from '../errors/index.js';
import { formatResources } from './format-text.js';
import { compareIdentity, withValue } from './identity.js';
import { fromMillis, toMillis } from './scalar.js';
import type { Resource, Resources } from './types.js';
import { addValues, isEmptyValue, missingValue, subtractValues, valueContains, valuesEqual } from './values.js';

export function addResources(a: Resources, b: Resources): Resources {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const out: Resource[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    const order = compareIdentity(x, y);
    if (order < 0) {
      out.push(x);
      i += 1;
    } else if (order > 0) {
      out.push(y);
      j += 1;
    } else {
      out.push(withValue(x, addValues(x.value, y.value)));
      i += 1;
      j += 1;
    }
  }
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

/** True when `a` holds all of `b`: each entry of `b` is covered by the entry of `a` with the same identity. */
export function containsResources(a: Resources, b: Resources): boolean {
  let i = 0;
  for (const wanted of b) {
    let order = -1;
    let have: Resource | undefined;
    while ((have = a[i]) !== undefined && (order = compareIdentity(have, wanted)) < 0) i += 1;
    if (have === undefined || order !== 0 || !valueContains(have.value, wanted.value)) return false;
    i += 1;
  }
  return true;
}

function missingResources(a: Resources, b: Resources): Resources {
  const missing: Resource[] = [];
  for (const wanted of b) {
    const have = a.find((entry) => compareIdentity(entry, wanted) === 0);
    const lacking = have === undefined ? wanted : withValue(wanted, missingValue(have.value, wanted.value));
    if (!isEmptyValue(lacking.value)) missing.push(lacking);
  }
  return missing;
}

/** `a - b`. Throws RESOURCE_ARITHMETIC, naming what `a` lacks, when `b` is not contained in `a`. */
export function subtractResources(a: Resources, b: Resources): Resources {
  if (b.length === 0) return a;
  const out: Resource[] = [];
  let j = 0;
  for (const have of a) {
    const taken = b[j];
    const order = taken === undefined ? -1 : compareIdentity(have, taken);
    if (order < 0) {
      out.push(have);
      continue;
    }
    if (order > 0) break;
    const haveValue = have.value;
    const takenValue = taken!.value;
    if (haveValue.type === 'scalar' && takenValue.type === 'scalar') {
      // The common case, in thousandths once: no intermediate value objects.
      const restMillis = toMillis(haveValue.value) - toMillis(takenValue.value);
      if (restMillis < 0) break;
      if (restMillis > 0) out.push(withValue(have, { type: 'scalar', value: fromMillis(restMillis) }));
    } else {
      if (!valueContains(haveValue, takenValue)) break;
      const rest = subtractValues(haveValue, takenValue);
      if (!isEmptyValue(rest)) out.push(withValue(have, rest));
    }
    j += 1;
  }
  if (j < b.length) {
    throw new DroverError(
      'RESOURCE_ARITHMETIC',
      `cannot subtract ${formatResources(b)} from ${formatResources(a)}: missing ${formatResources(missingResources(a, b))}`,
    );
  }
  return out;
}

export function resourcesEqual(a: Resources, b: Resources): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i]!;
    const y = b[i]!;
    if (compareIdentity(x, y) !== 0 || !valuesEqual(x.value, y.value)) return false;
  }
  return true;
}

export function isEmptyResources(resources: Resources): boolean {
  for (const resource of resources) if (!isEmptyValue(resource.value)) return false;
  return true;
}
