// The dependency graph of an app set. A Marathon dependency names an app or a group (a path prefix: `/db` covers
// `/db/mysql` and `/db/pg`); relative names resolve against the app's parent group, as Marathon resolves ids.
// normalizeApp already stores dependencies resolved to absolute ids; resolving again here is a no-op for those and
// keeps the planner correct for hand-built definitions.
import { resolveAppId } from '../app-definition/index.js';
import type { AppDefinition } from '../app-definition/index.js';
import type { AppSet } from '../model/index.js';

export interface MissingDependency {
  readonly appId: string;
  /** Position in the app's `dependencies`. */
  readonly index: number;
  /** The dependency as written. */
  readonly dependency: string;
}

export interface DependencyGraph {
  /** App id → ids of the apps it depends on (sorted, no duplicates, only apps of the set). Every app has an entry. */
  readonly edges: ReadonlyMap<string, readonly string[]>;
  /** Dependencies that name neither an app nor a group of apps in the set (or are not valid paths). */
  readonly missing: readonly MissingDependency[];
}

/** The group an app id lives in: `/a/b/c` → `/a/b`, `/c` → `/`. */
export function parentGroup(id: string): string {
  const i = id.lastIndexOf('/');
  return i <= 0 ? '/' : id.slice(0, i);
}

export function dependencyGraph(apps: AppSet): DependencyGraph {
  const ids = [...apps.keys()].sort();
  const edges = new Map<string, readonly string[]>();
  const missing: MissingDependency[] = [];
  for (const id of ids) {
    const app = apps.get(id) as AppDefinition;
    const deps = new Set<string>();
    app.dependencies.forEach((dependency, index) => {
      const named = appsNamedBy(app, dependency, ids);
      if (named.length === 0) missing.push({ appId: id, index, dependency });
      for (const d of named) deps.add(d);
    });
    edges.set(id, [...deps].sort());
  }
  return { edges, missing };
}

/**
 * The apps a dependency names: the app with that id and every app under the group of that path. An app is never
 * taken as depending on itself through its own enclosing group (`/db/a` depending on `/db` means its siblings);
 * naming itself exactly is kept, and shows up as a cycle.
 */
function appsNamedBy(app: AppDefinition, dependency: string, ids: readonly string[]): string[] {
  const resolved = resolveAppId(dependency, parentGroup(app.id));
  if ('error' in resolved) return [];
  const path = resolved.id;
  const prefix = `${path}/`;
  return ids.filter((id) => id === path || (id !== app.id && id.startsWith(prefix)));
}

/**
 * Each app's dependency level, the longest dependency path below it: 0 without dependencies in the set, else
 * 1 + the highest level of its dependencies. Apps of one level can be deployed concurrently once the levels below
 * are done. Cycles (reported by dependencyProblems) are cut at the edge that closes them, so this always ends.
 */
export function dependencyLevels(edges: ReadonlyMap<string, readonly string[]>): Map<string, number> {
  const level = new Map<string, number>();
  const onPath = new Set<string>();
  const visit = (id: string): number => {
    const known = level.get(id);
    if (known !== undefined) return known;
    onPath.add(id);
    let l = 0;
    for (const dep of edges.get(id) ?? []) {
      if (!onPath.has(dep)) l = Math.max(l, visit(dep) + 1);
    }
    onPath.delete(id);
    level.set(id, l);
    return l;
  };
  for (const id of [...edges.keys()].sort()) visit(id);
  return level;
}
