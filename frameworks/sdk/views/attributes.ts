import { v1, type pb } from '../../../shared/protocol/index.js';
import type { Range } from '../../../shared/resources/types.js';

/** An agent attribute as a plain value: text, scalar, ranges or set. */
export type AttributeValue = string | number | readonly Range[] | readonly string[];

export function attributesToRecord(attributes: ReadonlyArray<pb.Attribute.$Properties> | null | undefined): Record<string, AttributeValue> {
  const record: Record<string, AttributeValue> = {};
  for (const attribute of attributes ?? []) {
    const name = attribute.name ?? '';
    if (name === '') continue;
    const value = attributeValue(attribute);
    if (value !== undefined) record[name] = value;
  }
  return record;
}

function attributeValue(attribute: pb.Attribute.$Properties): AttributeValue | undefined {
  switch (attribute.type) {
    case v1.ValueType.SCALAR:
      return attribute.scalar?.value ?? 0;
    case v1.ValueType.RANGES:
      return (attribute.ranges?.range ?? []).map((range) => ({ begin: Number(range.begin ?? 0), end: Number(range.end ?? 0) }));
    case v1.ValueType.SET:
      return [...(attribute.set?.item ?? [])];
    case v1.ValueType.TEXT:
      return attribute.text?.value ?? '';
    default:
      // Untyped attributes: take whichever value is present, text first (the common case).
      if (attribute.text !== null && attribute.text !== undefined) return attribute.text.value ?? '';
      if (attribute.scalar !== null && attribute.scalar !== undefined) return attribute.scalar.value ?? 0;
      return undefined;
  }
}

/** The wire form of a plain attribute record (used by the test harness and by tools that fake agents). */
export function recordToAttributes(record: Readonly<Record<string, AttributeValue>>): pb.Attribute.$Properties[] {
  return Object.entries(record).map(([name, value]) => {
    if (typeof value === 'string') return { name, type: v1.ValueType.TEXT, text: { value } };
    if (typeof value === 'number') return { name, type: v1.ValueType.SCALAR, scalar: { value } };
    if (value.length > 0 && typeof value[0] === 'string') {
      return { name, type: v1.ValueType.SET, set: { item: [...(value as readonly string[])] } };
    }
    const ranges = value as readonly Range[];
    return { name, type: v1.ValueType.RANGES, ranges: { range: ranges.map((range) => ({ begin: range.begin, end: range.end })) } };
  });
}
