// Boolean query parameters (force, scale, wipe, partialUpdate, dryRun). Clients send `true`, `True` (Python's
// str(True)) or `TRUE`, so case does not matter. An absent parameter takes the route's default; a repeated one uses
// its first value, as JAX-RS does. JAX-RS reads any other text as false; we answer it with an error instead, since a
// silent `force=false` for `force=1` or `force=yes` would surprise the caller.

export function parseBooleanParam(value: string | readonly string[] | undefined, defaultValue: boolean): boolean | { error: string } {
  const raw = typeof value === 'string' ? value : value?.[0];
  if (raw === undefined) return defaultValue;
  const lower = raw.trim().toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  return { error: `Invalid boolean value '${raw}': expected true or false` };
}
