// Structural comparison of canonical AppDefinitions: decides whether an update is a mere scale (no task restart).
import type { AppDefinition } from '../app-definition/index.js';

/** Fields a scale changes, or that the server stamps on every update: they never force a restart. */
const SCALE_FIELDS: ReadonlySet<string> = new Set(['instances', 'version', 'versionInfo']);

/**
 * True when `before` and `after` are structurally equal apart from `instances`, `version` and `versionInfo`: the
 * change (if any) is a scale and running tasks can stay. Also true when only the version changed, so callers that
 * need "instances differ" check that themselves. Key order does not matter; array order does; a key holding
 * `undefined` counts as absent.
 */
export function isScaleOnlyChange(before: AppDefinition, after: AppDefinition): boolean {
  return sameRecord(before as unknown as Record<string, unknown>, after as unknown as Record<string, unknown>, SCALE_FIELDS);
}

/** Deep structural equality of JSON-like values (plain objects, arrays, primitives). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((v, i) => deepEqual(v, b[i]));
  }
  return sameRecord(a as Record<string, unknown>, b as Record<string, unknown>, new Set());
}

function sameRecord(a: Record<string, unknown>, b: Record<string, unknown>, ignored: ReadonlySet<string>): boolean {
  const keys = (o: Record<string, unknown>): string[] =>
    Object.keys(o).filter((k) => !ignored.has(k) && o[k] !== undefined).sort();
  const ka = keys(a);
  const kb = keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k, i) => k === kb[i] && deepEqual(a[k], b[k]));
}
