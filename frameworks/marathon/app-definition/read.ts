// Field readers for untrusted JSON: each returns the value when it has the right type (numeric strings count as
// numbers, #753), undefined when absent or null, and records a type error otherwise.
import { at, idx, type Issues } from './issues.js';

export type Obj = Record<string, unknown>;

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const NUMERIC = /^\s*[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*$/;

export function toNumber(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && NUMERIC.test(v)) return Number(v);
  return undefined;
}

export class Reader {
  constructor(readonly issues: Issues) {}

  num(o: Obj, key: string, path: string, opts: { int?: boolean; min?: number; max?: number } = {}): number | undefined {
    const raw = o[key];
    if (raw === undefined || raw === null) return undefined;
    const p = at(path, key);
    const n = toNumber(raw);
    if (n === undefined) {
      this.issues.add(p, 'error.expected.jsnumber');
      return undefined;
    }
    if (opts.int === true && !Number.isInteger(n)) this.issues.add(p, 'error.expected.int');
    if (opts.min !== undefined && n < opts.min) this.issues.add(p, `got ${n}, expected ${opts.min} or more`);
    if (opts.max !== undefined && n > opts.max) this.issues.add(p, `got ${n}, expected ${opts.max} or less`);
    return n;
  }

  str(o: Obj, key: string, path: string): string | undefined {
    const raw = o[key];
    if (raw === undefined || raw === null) return undefined;
    if (typeof raw === 'string') return raw;
    this.issues.add(at(path, key), 'error.expected.jsstring');
    return undefined;
  }

  bool(o: Obj, key: string, path: string): boolean | undefined {
    const raw = o[key];
    if (raw === undefined || raw === null) return undefined;
    if (typeof raw === 'boolean') return raw;
    if (raw === 'true' || raw === 'false') return raw === 'true';
    this.issues.add(at(path, key), 'error.expected.jsboolean');
    return undefined;
  }

  obj(o: Obj, key: string, path: string): Obj | undefined {
    const raw = o[key];
    if (raw === undefined || raw === null) return undefined;
    if (isObj(raw)) return raw;
    this.issues.add(at(path, key), 'error.expected.jsobject');
    return undefined;
  }

  arr(o: Obj, key: string, path: string): unknown[] | undefined {
    const raw = o[key];
    if (raw === undefined || raw === null) return undefined;
    if (Array.isArray(raw)) return raw as unknown[];
    this.issues.add(at(path, key), 'error.expected.jsarray');
    return undefined;
  }

  /** Array of objects; non-objects are reported and skipped. Yields [element, element path]. */
  objArr(o: Obj, key: string, path: string): [Obj, string][] | undefined {
    const list = this.arr(o, key, path);
    if (list === undefined) return undefined;
    const out: [Obj, string][] = [];
    list.forEach((e, i) => {
      const p = idx(at(path, key), i);
      if (isObj(e)) out.push([e, p]);
      else this.issues.add(p, 'error.expected.jsobject');
    });
    return out;
  }

  strArr(o: Obj, key: string, path: string): string[] | undefined {
    const list = this.arr(o, key, path);
    if (list === undefined) return undefined;
    const out: string[] = [];
    list.forEach((e, i) => {
      if (typeof e === 'string') out.push(e);
      else this.issues.add(idx(at(path, key), i), 'error.expected.jsstring');
    });
    return out;
  }

  strMap(o: Obj, key: string, path: string): Record<string, string> | undefined {
    const m = this.obj(o, key, path);
    if (m === undefined) return undefined;
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(m)) {
      if (typeof v === 'string') out[k] = v;
      else this.issues.add(at(at(path, key), k), 'error.expected.jsstring');
    }
    return out;
  }
}
