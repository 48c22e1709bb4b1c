// Marathon's placement constraints (Constraints.scala, constraints.md): does `candidate` keep every constraint of an
// app whose other instances sit on `placed`? Pure; the first violated constraint is returned for the /v2/queue summary.
import type { Constraint } from '../app-definition/index.js';
import { fieldValue, formatScalar, isHostnameField, isScalarField } from './field-value.js';
import type { PlacedInstance, PlacementTarget } from './types.js';

export type ConstraintCheck = { readonly ok: true } | { readonly ok: false; readonly constraint: Constraint };

export function checkConstraints(
  constraints: readonly Constraint[],
  candidate: PlacementTarget,
  placed: readonly PlacedInstance[],
): ConstraintCheck {
  for (const constraint of constraints) {
    if (!meetsConstraint(constraint, candidate, placed)) return { ok: false, constraint };
  }
  return { ok: true };
}

export function meetsConstraint(constraint: Constraint, candidate: PlacementTarget, placed: readonly PlacedInstance[]): boolean {
  const [field, operator] = constraint;
  const value = constraint[2];
  const own = fieldValue(candidate, field);
  // An agent without the field matches only UNLIKE (constraints.md: "only the UNLIKE operator will accept").
  if (own === undefined) return operator === 'UNLIKE';
  const others = placed.map((p) => fieldValue(p, field));
  switch (operator) {
    case 'UNIQUE':
      return others.every((v) => v !== own);
    case 'CLUSTER':
      // Without a value the first placement pins it: every placed instance must share the candidate's value.
      // Placed instances whose agent lacks the field count as different (Marathon: matches.size == tasks.size).
      return (value === undefined || value === '' || sameValue(candidate, field, own, value))
        && others.every((v) => v === own);
    case 'GROUP_BY':
      return groupByAllows(own, others, value);
    case 'MAX_PER': {
      const max = parseCount(value);
      return max !== undefined && others.filter((v) => v === own).length < max;
    }
    case 'LIKE':
      return value !== undefined && fullMatch(own, value) === true;
    case 'UNLIKE':
      return value !== undefined && fullMatch(own, value) === false;
    case 'IS':
      return value !== undefined && sameValue(candidate, field, own, value);
    default:
      return false;
  }
}

/**
 * Marathon's checkGroupBy: a value no placed instance uses is always fine; a used value only when at least
 * `expected` distinct values are in use and its count is the smallest. Instances on agents without the field are
 * not a group here (Marathon lumps them into a `None` group; we count known values only).
 */
function groupByAllows(own: string, others: readonly (string | undefined)[], value: string | undefined): boolean {
  const counts = new Map<string, number>();
  for (const v of others) if (v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
  const mine = counts.get(own);
  if (mine === undefined) return true;
  const expected = parseCount(value) ?? 0;
  if (counts.size < expected) return false;
  return mine === Math.min(...counts.values());
}

function parseCount(value: string | undefined): number | undefined {
  if (value === undefined || !/^\s*-?\d+\s*$/.test(value)) return undefined;
  return Number.parseInt(value, 10);
}

/** IS / CLUSTER equality: scalar attributes compare as numbers rounded to 0.001, everything else as text. */
function sameValue(candidate: PlacementTarget, field: string, own: string, value: string): boolean {
  if (own === value) return true;
  if (!isScalarField(candidate, field) || isHostnameField(field)) return false;
  const wanted = Number(value);
  return value.trim() !== '' && Number.isFinite(wanted) && formatScalar(wanted) === own;
}

/**
 * LIKE / UNLIKE take a regex that must match the whole value (Java's String.matches). Undefined for a bad pattern
 * (validation rejects them; one that slips through fails both operators).
 */
function fullMatch(text: string, pattern: string): boolean | undefined {
  try {
    return new RegExp(`^(?:${pattern})$`).test(text);
  } catch {
    return undefined;
  }
}
