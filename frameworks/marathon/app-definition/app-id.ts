// Marathon path ids: segments of lowercase labels joined by '.', separated by '/'; '.' and '..' are relative steps.

const LABEL = '([a-z0-9]|[a-z0-9][a-z0-9-]*[a-z0-9])';
const SEGMENT = new RegExp(`^(${LABEL}\\.)*${LABEL}$`);

export const ID_PATTERN_MESSAGE =
  "must fully match regular expression '^(([a-z0-9]|[a-z0-9][a-z0-9\\-]*[a-z0-9])\\.)*([a-z0-9]|[a-z0-9][a-z0-9\\-]*[a-z0-9])|(\\.|\\.\\.)$'";

/** Resolves `id` against `base` into a canonical absolute path, or returns the reason it is not a valid id. */
export function resolveAppId(id: string, base = '/'): { id: string } | { error: string } {
  const absolute = id.startsWith('/');
  const parts = [...(absolute ? [] : base.split('/')), ...id.split('/')].filter((s) => s !== '');
  const out: string[] = [];
  for (const seg of parts) {
    if (seg === '.') continue;
    if (seg === '..') {
      if (out.length === 0) return { error: `${id} is not a valid path: it leaves the root group` };
      out.pop();
      continue;
    }
    if (!SEGMENT.test(seg)) return { error: ID_PATTERN_MESSAGE };
    out.push(seg);
  }
  if (out.length === 0) return { error: 'Path needs at least one segment' };
  return { id: `/${out.join('/')}` };
}
