// Agent attributes in the Mesos text form `rack:abc;zone:west;level:10;keys:[1000-1500];tags:{a,b}`: a value is
// ranges (`[...]`), a set (`{...}`), a scalar when it reads as a number, and text otherwise.
import { v1, type pb } from '../protocol/index.js';
import { formatRanges } from './format-text.js';
import { roundScalar } from './scalar.js';
import { normalizeSet } from './sets.js';
import { invalidNameReason } from './validation.js';
import { parseFailure, parseNumberText, parseRangesText, parseSetText, splitEntries } from './value-text.js';

function parseAttribute(token: string): pb.Attribute.$Properties {
  const fail = (reason: string): never => {
    throw parseFailure(`invalid attribute '${token}': ${reason}`);
  };
  const colon = token.indexOf(':');
  if (colon < 0) fail("expected 'name:value'");
  const name = token.slice(0, colon).trim();
  const valueText = token.slice(colon + 1).trim();
  const nameReason = invalidNameReason(name);
  if (nameReason !== undefined) fail(nameReason);
  if (valueText.length === 0) fail('missing value');
  if (valueText.startsWith('[')) {
    const range = parseRangesText(valueText, token);
    return { name, type: v1.ValueType.RANGES, ranges: { range } };
  }
  if (valueText.startsWith('{')) {
    const item = normalizeSet(parseSetText(valueText, `invalid attribute '${token}'`));
    return { name, type: v1.ValueType.SET, set: { item } };
  }
  const number = parseNumberText(valueText);
  if (number !== undefined) {
    if (!Number.isFinite(number)) fail(`'${valueText}' must be a finite number`);
    return { name, type: v1.ValueType.SCALAR, scalar: { value: roundScalar(number) } };
  }
  return { name, type: v1.ValueType.TEXT, text: { value: valueText } };
}

/** Parses attributes, keeping their order. Throws RESOURCE_PARSE naming the bad token, also for a repeated name. */
export function parseAttributes(text: string): pb.Attribute.$Properties[] {
  const seen = new Set<string>();
  return splitEntries(text).map((token) => {
    const attribute = parseAttribute(token);
    const name = attribute.name ?? '';
    if (seen.has(name)) throw parseFailure(`invalid attribute '${token}': attribute '${name}' appears twice`);
    seen.add(name);
    return attribute;
  });
}

function formatAttributeValue(attribute: pb.Attribute.$Properties): string {
  const type = attribute.type ?? v1.ValueType.VALUE_TYPE_UNSPECIFIED;
  if (type === v1.ValueType.SCALAR || (type === v1.ValueType.VALUE_TYPE_UNSPECIFIED && attribute.scalar)) {
    return String(roundScalar(attribute.scalar?.value ?? 0));
  }
  if (type === v1.ValueType.RANGES || (type === v1.ValueType.VALUE_TYPE_UNSPECIFIED && attribute.ranges)) {
    return formatRanges((attribute.ranges?.range ?? []).map((range) => ({ begin: range.begin ?? 0, end: range.end ?? 0 })));
  }
  if (type === v1.ValueType.SET || (type === v1.ValueType.VALUE_TYPE_UNSPECIFIED && attribute.set)) {
    return `{${(attribute.set?.item ?? []).join(',')}}`;
  }
  return attribute.text?.value ?? '';
}

/** The text form; parseAttributes(formatAttributes(a)) equals a for what parseAttributes produces. */
export function formatAttributes(attributes: readonly pb.Attribute.$Properties[]): string {
  return attributes.map((attribute) => `${attribute.name ?? ''}:${formatAttributeValue(attribute)}`).join(';');
}
