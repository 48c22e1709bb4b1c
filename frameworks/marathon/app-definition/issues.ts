import type { ValidationDetail, ValidationError } from './types.js';

/** Collects every violation, grouped by path in first-seen order, so one 422 reports them all. */
export class Issues {
  private readonly byPath = new Map<string, string[]>();

  add(path: string, message: string): void {
    const list = this.byPath.get(path);
    if (list === undefined) this.byPath.set(path, [message]);
    else if (!list.includes(message)) list.push(message);
  }

  get empty(): boolean {
    return this.byPath.size === 0;
  }

  toError(): ValidationError {
    const details: ValidationDetail[] = [...this.byPath].map(([path, errors]) => ({ path, errors }));
    return { message: 'Object is not valid', details };
  }
}

/** Marathon (Accord) writes array elements as `name(i)`. */
export function at(path: string, key: string): string {
  return path === '/' ? `/${key}` : `${path}/${key}`;
}

export function idx(path: string, i: number): string {
  return `${path}(${i})`;
}
