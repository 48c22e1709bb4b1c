// Arithmetic on range lists. A normal list is sorted, non-overlapping and non-adjacent ([1-3,5-9], never [1-3,4-9]);
// every function here takes normal lists and returns one, walking both inputs once.
import type { Range } from './types.js';

/** Sorts and merges any list of valid ranges (begin <= end) into a normal list. */
export function normalizeRanges(ranges: readonly Range[]): Range[] {
  if (ranges.length === 0) return [];
  const sorted = [...ranges].sort((x, y) => x.begin - y.begin || x.end - y.end);
  const out: Range[] = [];
  let begin = sorted[0]!.begin;
  let end = sorted[0]!.end;
  for (let i = 1; i < sorted.length; i += 1) {
    const next = sorted[i]!;
    if (next.begin <= end + 1) {
      if (next.end > end) end = next.end;
    } else {
      out.push({ begin, end });
      begin = next.begin;
      end = next.end;
    }
  }
  out.push({ begin, end });
  return out;
}

/** The union of two normal lists. */
export function addRanges(a: readonly Range[], b: readonly Range[]): Range[] {
  const out: Range[] = [];
  let i = 0;
  let j = 0;
  let begin = -1;
  let end = -2;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    let next: Range;
    if (y === undefined || (x !== undefined && x.begin <= y.begin)) {
      next = x!;
      i += 1;
    } else {
      next = y;
      j += 1;
    }
    if (begin >= 0 && next.begin <= end + 1) {
      if (next.end > end) end = next.end;
    } else {
      if (begin >= 0) out.push({ begin, end });
      begin = next.begin;
      end = next.end;
    }
  }
  if (begin >= 0) out.push({ begin, end });
  return out;
}

/** `a` without the values in `b` (values of `b` missing from `a` are ignored). */
export function subtractRanges(a: readonly Range[], b: readonly Range[]): Range[] {
  if (b.length === 0) return [...a];
  const out: Range[] = [];
  let j = 0;
  for (const range of a) {
    let begin = range.begin;
    const end = range.end;
    while (j < b.length && b[j]!.end < begin) j += 1;
    for (let k = j; k < b.length; k += 1) {
      const cut = b[k]!;
      if (cut.begin > end) break;
      if (cut.begin > begin) out.push({ begin, end: cut.begin - 1 });
      if (cut.end + 1 > begin) begin = cut.end + 1;
      if (begin > end) break;
    }
    if (begin <= end) out.push({ begin, end });
  }
  return out;
}

/** True when every value of `b` is in `a`. */
export function rangesContain(a: readonly Range[], b: readonly Range[]): boolean {
  let i = 0;
  for (const range of b) {
    while (i < a.length && a[i]!.end < range.begin) i += 1;
    const cover = a[i];
    // Normal lists are non-adjacent, so a covered range lies inside one range of `a`.
    if (cover === undefined || cover.begin > range.begin || cover.end < range.end) return false;
  }
  return true;
}

export function rangesEqual(a: readonly Range[], b: readonly Range[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) {
    if (a[i]!.begin !== b[i]!.begin || a[i]!.end !== b[i]!.end) return false;
  }
  return true;
}

/** How many values the list holds (ports in `[31000-31009]`: 10). */
export function rangesSize(ranges: readonly Range[]): number {
  let size = 0;
  for (const range of ranges) size += range.end - range.begin + 1;
  return size;
}

/** The lowest `count` values of a normal list, or undefined when it holds fewer. */
export function lowestValues(ranges: readonly Range[], count: number): Range[] | undefined {
  const out: Range[] = [];
  let remaining = count;
  for (const range of ranges) {
    if (remaining === 0) break;
    const size = range.end - range.begin + 1;
    if (size <= remaining) {
      out.push(range);
      remaining -= size;
    } else {
      out.push({ begin: range.begin, end: range.begin + remaining - 1 });
      remaining = 0;
    }
  }
  return remaining === 0 ? out : undefined;
}
