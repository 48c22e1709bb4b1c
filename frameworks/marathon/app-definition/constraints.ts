import { at, idx } from './issues.js';
import { toNumber, type Obj, type Reader } from './read.js';
import { CONSTRAINT_OPERATORS, type Constraint } from './types.js';

/** Reads and validates `constraints` ([[field, OP, value?]]); values are kept as strings. */
export function readConstraints(r: Reader, o: Obj, path: string): Constraint[] {
  const list = r.arr(o, 'constraints', path);
  if (list === undefined) return [];
  const out: Constraint[] = [];
  list.forEach((raw, i) => {
    const p = idx(at(path, 'constraints'), i);
    if (!Array.isArray(raw) || raw.length < 2 || typeof raw[0] !== 'string' || typeof raw[1] !== 'string') {
      r.issues.add(p, 'Missing field and operator');
      return;
    }
    if (raw.length > 3) {
      r.issues.add(p, 'Each constraint must have either 2 or 3 fields');
      return;
    }
    const [field, op] = raw as [string, string];
    const rawValue: unknown = raw[2];
    let value: string | undefined;
    if (typeof rawValue === 'string') value = rawValue;
    else if (typeof rawValue === 'number') value = String(rawValue);
    else if (rawValue !== undefined && rawValue !== null) r.issues.add(p, 'Constraint value must be a string');
    if (!(CONSTRAINT_OPERATORS as readonly string[]).includes(op)) {
      r.issues.add(p, `Unsupported constraint operator ${op}`);
      return;
    }
    switch (op) {
      case 'UNIQUE':
        if (value !== undefined) r.issues.add(p, 'Value specified but not used');
        break;
      case 'GROUP_BY':
        if (value !== undefined && (toNumber(value) === undefined || !Number.isInteger(toNumber(value)))) {
          r.issues.add(p, 'Value was specified but is not a number');
        }
        break;
      case 'MAX_PER': {
        const n = value === undefined ? undefined : toNumber(value);
        if (n === undefined || !Number.isInteger(n)) r.issues.add(p, 'Value was not specified or is not a number');
        break;
      }
      case 'LIKE':
      case 'UNLIKE':
        if (value === undefined) r.issues.add(p, 'A regular expression value must be provided');
        else {
          try {
            new RegExp(`^(?:${value})$`);
          } catch {
            r.issues.add(p, `'${value}' is not a valid regular expression: Invalid regular expression`);
          }
        }
        break;
      case 'IS':
        if (value === undefined || value === '') r.issues.add(p, 'A value must be provided');
        break;
      default: // CLUSTER: value optional
    }
    out.push(value === undefined ? [field, op] : [field, op, value]);
  });
  return out;
}
