// Validation of an app set's dependencies. Marathon accepts dependencies on apps that do not exist (#3814, #5965)
// and dependency cycles; Drover rejects both, so a deployment can never wait on something that will not come.
import type { AppSet } from '../model/index.js';
import { dependencyGraph } from './dependency-graph.js';

export interface DependencyProblem {
  readonly appId: string;
  /** JSON path inside the app, Marathon style: `/dependencies(<i>)` for a missing one, `/dependencies` for a cycle. */
  readonly path: string;
  readonly message: string;
}

/**
 * Every dependency that names nothing in `apps`, then one cycle per strongly connected group of apps (the shortest
 * cycle through its smallest id, written from there: `dependency cycle: /a -> /b -> /a`). Empty when all is well.
 */
export function dependencyProblems(apps: AppSet): DependencyProblem[] {
  const { edges, missing } = dependencyGraph(apps);
  const problems: DependencyProblem[] = missing.map((m) => ({
    appId: m.appId,
    path: `/dependencies(${m.index})`,
    message: `dependency '${m.dependency}' of app '${m.appId}' does not exist`,
  }));
  for (const cycle of cycles(edges)) {
    problems.push({ appId: cycle[0] as string, path: '/dependencies', message: `dependency cycle: ${cycle.join(' -> ')}` });
  }
  return problems;
}

/** One cycle (first id repeated at the end) per strongly connected component that has one, by smallest id. */
function cycles(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  const out: string[][] = [];
  for (const component of stronglyConnected(edges)) {
    const start = [...component].sort()[0] as string;
    const selfLoop = edges.get(start)?.includes(start) ?? false;
    if (component.size === 1 && !selfLoop) continue;
    out.push(shortestCycle(start, component, edges));
  }
  return out.sort((a, b) => ((a[0] as string) < (b[0] as string) ? -1 : 1));
}

/** Breadth-first search inside the component from `start` back to `start`. */
function shortestCycle(start: string, component: ReadonlySet<string>, edges: ReadonlyMap<string, readonly string[]>): string[] {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const at = queue[i] as string;
    for (const next of edges.get(at) ?? []) {
      if (!component.has(next)) continue;
      if (next === start) {
        const path = [start];
        for (let p: string | undefined = at; p !== undefined && p !== start; p = cameFrom.get(p)) path.push(p);
        return [start, ...path.slice(1).reverse(), start];
      }
      if (!cameFrom.has(next)) {
        cameFrom.set(next, at);
        queue.push(next);
      }
    }
  }
  return [start, start]; // unreachable for a real component; kept total
}

/** Tarjan's algorithm, iterative so that long dependency chains cannot overflow the stack. */
function stronglyConnected(edges: ReadonlyMap<string, readonly string[]>): Set<string>[] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: Set<string>[] = [];
  let counter = 0;
  for (const root of [...edges.keys()].sort()) {
    if (index.has(root)) continue;
    const work: { id: string; next: number }[] = [{ id: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1] as { id: string; next: number };
      const deps = edges.get(frame.id) ?? [];
      if (frame.next < deps.length) {
        const dep = deps[frame.next++] as string;
        if (!index.has(dep)) {
          index.set(dep, counter);
          low.set(dep, counter++);
          stack.push(dep);
          onStack.add(dep);
          work.push({ id: dep, next: 0 });
        } else if (onStack.has(dep)) {
          low.set(frame.id, Math.min(low.get(frame.id) as number, index.get(dep) as number));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent !== undefined) low.set(parent.id, Math.min(low.get(parent.id) as number, low.get(frame.id) as number));
      if (low.get(frame.id) === index.get(frame.id)) {
        const component = new Set<string>();
        for (;;) {
          const member = stack.pop() as string;
          onStack.delete(member);
          component.add(member);
          if (member === frame.id) break;
        }
        components.push(component);
      }
    }
  }
  return components;
}
