// Isolators fill in their share of a ContainerUsage field by field, leaving out what they could not read.
import type { ContainerUsage } from '../containerizer/types.js';

export type UsageFields = { -readonly [K in Exclude<keyof ContainerUsage, 'timestamp'>]?: number };

/** Sets `key` to `convert(value)` when the value could be read. */
export function setUsage(
  target: UsageFields, key: keyof UsageFields, value: number | undefined, convert: (value: number) => number = (v) => v,
): void {
  if (value !== undefined && Number.isFinite(value)) target[key] = convert(value);
}
