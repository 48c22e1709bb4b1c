// Arithmetic on one resource's value. Callers pair values of the same identity, so both sides have the same type;
// scalars are compared in thousandths so that 3-decimal values are exact.
import { addRanges, rangesContain, rangesEqual, subtractRanges } from './ranges.js';
import { fromMillis, toMillis } from './scalar.js';
import { addSets, setContains, setsEqual, subtractSets } from './sets.js';
import type { ResourceValue } from './types.js';

export const EMPTY_SCALAR: ResourceValue = { type: 'scalar', value: 0 };

export function isEmptyValue(value: ResourceValue): boolean {
  switch (value.type) {
    case 'scalar':
      return toMillis(value.value) === 0;
    case 'ranges':
      return value.ranges.length === 0;
    case 'set':
      return value.items.length === 0;
  }
}

export function addValues(x: ResourceValue, y: ResourceValue): ResourceValue {
  switch (x.type) {
    case 'scalar':
      return { type: 'scalar', value: fromMillis(toMillis(x.value) + toMillis((y as typeof x).value)) };
    case 'ranges':
      return { type: 'ranges', ranges: addRanges(x.ranges, (y as typeof x).ranges) };
    case 'set':
      return { type: 'set', items: addSets(x.items, (y as typeof x).items) };
  }
}

/** `x - y`; for scalars the caller has checked that `y <= x`. */
export function subtractValues(x: ResourceValue, y: ResourceValue): ResourceValue {
  switch (x.type) {
    case 'scalar':
      return { type: 'scalar', value: fromMillis(toMillis(x.value) - toMillis((y as typeof x).value)) };
    case 'ranges':
      return { type: 'ranges', ranges: subtractRanges(x.ranges, (y as typeof x).ranges) };
    case 'set':
      return { type: 'set', items: subtractSets(x.items, (y as typeof x).items) };
  }
}

export function valueContains(x: ResourceValue, y: ResourceValue): boolean {
  switch (x.type) {
    case 'scalar':
      return toMillis(x.value) >= toMillis((y as typeof x).value);
    case 'ranges':
      return rangesContain(x.ranges, (y as typeof x).ranges);
    case 'set':
      return setContains(x.items, (y as typeof x).items);
  }
}

export function valuesEqual(x: ResourceValue, y: ResourceValue): boolean {
  if (x.type !== y.type) return false;
  switch (x.type) {
    case 'scalar':
      return toMillis(x.value) === toMillis((y as typeof x).value);
    case 'ranges':
      return rangesEqual(x.ranges, (y as typeof x).ranges);
    case 'set':
      return setsEqual(x.items, (y as typeof x).items);
  }
}

/** The part of `want` that `have` lacks (for error messages). */
export function missingValue(have: ResourceValue, want: ResourceValue): ResourceValue {
  if (have.type === 'scalar' && want.type === 'scalar') {
    const missing = toMillis(want.value) - toMillis(have.value);
    return { type: 'scalar', value: fromMillis(Math.max(0, missing)) };
  }
  return subtractValues(want, have);
}
