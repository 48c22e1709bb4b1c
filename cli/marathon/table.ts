// Aligned plain-text tables, like `kubectl get` or `docker ps`: a header row, columns padded to their widest cell
// and two spaces apart, no trailing spaces, no borders (so `grep`, `awk` and `cut` keep working).

export interface Column {
  header: string;
  /** Numbers read better right-aligned (the header follows its column). */
  align?: 'left' | 'right';
}

const GAP = '  ';

/** Display width, not UTF-16 length: counts each code point once (no East-Asian wide-character handling). */
function width(text: string): number {
  return [...text].length;
}

function pad(text: string, size: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, size - width(text)));
  return align === 'right' ? fill + text : text + fill;
}

/** The table as lines joined by '\n' (no final newline); cells containing newlines are flattened to spaces. */
export function renderTable(columns: readonly (Column | string)[], rows: readonly (readonly string[])[]): string {
  const specs = columns.map((column) => (typeof column === 'string' ? { header: column } : column));
  const cells = rows.map((row) => specs.map((_, index) => (row[index] ?? '').replace(/\s*\n\s*/g, ' ')));
  const widths = specs.map((spec, index) => Math.max(width(spec.header), ...cells.map((row) => width(row[index] ?? ''))));
  const line = (row: readonly string[]): string => row
    .map((cell, index) => pad(cell, widths[index] ?? 0, specs[index]?.align ?? 'left'))
    .join(GAP)
    .trimEnd();
  return [line(specs.map((spec) => spec.header)), ...cells.map((row) => line(row))].join('\n');
}

/** `KEY  value` pairs, keys padded to the longest; entries with an undefined value are left out. */
export function renderKeyValues(entries: readonly (readonly [string, string | undefined])[]): string {
  const shown = entries.filter((entry): entry is readonly [string, string] => entry[1] !== undefined);
  const keyWidth = Math.max(0, ...shown.map(([key]) => width(key)));
  return shown.map(([key, value]) => `${pad(key, keyWidth, 'left')}${GAP}${value}`.trimEnd()).join('\n');
}

/** 0.5 → '0.5', 1 → '1', 0.30000000000000004 → '0.3'. */
export function formatNumber(value: number): string {
  return String(Number(value.toFixed(3)));
}
