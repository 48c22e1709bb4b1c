// Mesos keeps scalars in fixed point with 3 decimals (src/common/values.cpp convertToFixed): every scalar Drover
// stores has been through roundScalar, so sums and comparisons behave like integer arithmetic on thousandths.

export const SCALAR_DECIMALS = 3;
const SCALE = 1000;

/** The largest scalar that still has exact thousandths in a double. */
export const MAX_SCALAR = Math.floor(Number.MAX_SAFE_INTEGER / SCALE);

/** `value` in thousandths, rounded half away from zero like Mesos' llround. */
export function toMillis(value: number): number {
  return value < 0 ? -Math.round(-value * SCALE) : Math.round(value * SCALE);
}

export function fromMillis(millis: number): number {
  // `+ 0` turns -0 into 0 so that formatting never prints "-0".
  return millis / SCALE + 0;
}

/** `value` rounded to 3 decimals. */
export function roundScalar(value: number): number {
  return fromMillis(toMillis(value));
}
