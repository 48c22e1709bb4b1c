// The value a constraint field has on an agent, as the string Marathon compares (Constraints.getValueString).
import type { AttributeValue, Range } from '../../sdk/index.js';
import type { PlacementTarget } from './types.js';

/**
 * A scalar rounded to 3 decimals, half to even (Marathon's BigDecimal HALF_EVEN), printed without trailing zeros:
 * 2 → "2", 2.5 → "2.5", 0.0015 → "0.002", 0.0025 → "0.002".
 */
export function formatScalar(value: number): string {
  const scaled = value * 1000;
  const floor = Math.floor(scaled);
  const fraction = scaled - floor;
  let millis: number;
  // Doubles rarely hold an exact .5 after scaling; a tie is anything within rounding noise of one.
  if (Math.abs(fraction - 0.5) < 1e-7) millis = floor % 2 === 0 ? floor : floor + 1;
  else millis = Math.round(scaled);
  return String(millis / 1000 + 0);
}

function isRangeList(value: readonly Range[] | readonly string[]): value is readonly Range[] {
  return value.length > 0 && typeof value[0] !== 'string';
}

/** Mesos attribute formatting: text as is, scalars as above, ranges `[b-e,…]` by begin, sets `{a,b}` sorted. */
export function formatAttribute(value: AttributeValue): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatScalar(value);
  if (isRangeList(value)) {
    const ranges = [...value].sort((x, y) => x.begin - y.begin).map((r) => `${r.begin}-${r.end}`);
    return `[${ranges.join(',')}]`;
  }
  return `{${[...value].sort().join(',')}}`;
}

/** `hostname` / `@hostname`, `@region`, `@zone`, or an agent attribute. */
export function isHostnameField(field: string): boolean {
  return field === 'hostname' || field === '@hostname';
}

/**
 * The field's value on `target` as a string, or undefined when the agent lacks it. `@region` / `@zone` use the
 * target's fault domain when it has one, else the attribute `region` / `zone`.
 */
export function fieldValue(target: PlacementTarget, field: string): string | undefined {
  if (isHostnameField(field)) return target.hostname;
  if (field === '@region') return nonEmpty(target.region) ?? attributeString(target, 'region');
  if (field === '@zone') return nonEmpty(target.zone) ?? attributeString(target, 'zone');
  return attributeString(target, field);
}

// Protobuf leaves an unset domain as ''.
function nonEmpty(value: string | undefined): string | undefined {
  return value === '' ? undefined : value;
}

function attributeString(target: PlacementTarget, name: string): string | undefined {
  if (!Object.hasOwn(target.attributes, name)) return undefined;
  const value = target.attributes[name];
  return value === undefined ? undefined : formatAttribute(value);
}

/** True when the field is a scalar attribute on `target` (IS and CLUSTER then compare numbers at 0.001). */
export function isScalarField(target: PlacementTarget, field: string): boolean {
  if (isHostnameField(field) || field === '@region' || field === '@zone') return false;
  return Object.hasOwn(target.attributes, field) && typeof target.attributes[field] === 'number';
}
