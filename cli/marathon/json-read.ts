// Tolerant readers for JSON from the wire. Marathon-compatible servers differ in which optional fields they emit, so
// a missing or mistyped field becomes a default instead of an exception; only the shape a command cannot work
// without (e.g. a body that is not an object) is an error, raised by the caller.

export type JsonObject = Record<string, unknown>;

export function asObject(value: unknown): JsonObject | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : undefined;
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function readString(object: JsonObject | undefined, key: string): string | undefined {
  const value = object?.[key];
  return typeof value === 'string' ? value : undefined;
}

export function readNumber(object: JsonObject | undefined, key: string, fallback: number): number {
  const value = object?.[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

export function readStrings(object: JsonObject | undefined, key: string): string[] {
  return asArray(object?.[key]).filter((item): item is string => typeof item === 'string');
}

/** `[{id: 'a'}, {id: 'b'}]` → `['a', 'b']`. */
export function readIds(value: unknown): string[] {
  return asArray(value).map((item) => readString(asObject(item), 'id')).filter((id): id is string => id !== undefined);
}
