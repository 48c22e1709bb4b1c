// Arithmetic on item sets. A normal set is sorted by UTF-16 code units (plain `<`, no locale) with unique items;
// every function here takes normal sets and returns one, walking both inputs once.

export function normalizeSet(items: readonly string[]): string[] {
  const sorted = [...items].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  return sorted.filter((item, index) => index === 0 || item !== sorted[index - 1]);
}

export function addSets(a: readonly string[], b: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      out.push(x);
      i += 1;
      j += 1;
    } else if (x < y) {
      out.push(x);
      i += 1;
    } else {
      out.push(y);
      j += 1;
    }
  }
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

/** `a` without the items of `b` (items of `b` missing from `a` are ignored). */
export function subtractSets(a: readonly string[], b: readonly string[]): string[] {
  const out: string[] = [];
  let j = 0;
  for (const item of a) {
    while (j < b.length && b[j]! < item) j += 1;
    if (b[j] !== item) out.push(item);
  }
  return out;
}

export function setContains(a: readonly string[], b: readonly string[]): boolean {
  if (b.length > a.length) return false;
  let i = 0;
  for (const item of b) {
    while (i < a.length && a[i]! < item) i += 1;
    if (a[i] !== item) return false;
    i += 1;
  }
  return true;
}

export function setsEqual(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}
