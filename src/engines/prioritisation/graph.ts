/**
 * The dependency graph over initiative indices: edges i → j when i depends on j.
 * All functions are iterative, so deep chains cannot overflow the stack.
 */

/** Adjacency: `deps[i]` lists the indices i depends on. */
export type DependencyGraph = readonly (readonly number[])[];

/**
 * Finds one directed cycle, or null when the graph is acyclic. The cycle is returned as the
 * indices along it (i depends on the next; the last depends on the first), found by a
 * depth-first search with white/grey/black colouring that visits nodes and edges in index order,
 * so the same graph always gives the same cycle.
 */
export function findCycle(deps: DependencyGraph): number[] | null {
  const n = deps.length;
  const colour = new Uint8Array(n); // 0 white, 1 grey (on the stack), 2 black (done)
  const next = new Uint32Array(n); // per node: the next edge to look at
  const stack: number[] = [];
  for (let root = 0; root < n; root++) {
    if (colour[root] !== 0) continue;
    stack.push(root);
    colour[root] = 1;
    while (stack.length > 0) {
      const v = stack[stack.length - 1]!;
      const edges = deps[v]!;
      const e = next[v]!;
      if (e >= edges.length) {
        colour[v] = 2;
        stack.pop();
        continue;
      }
      next[v] = e + 1;
      const w = edges[e]!;
      if (colour[w] === 1) return stack.slice(stack.indexOf(w));
      if (colour[w] === 0) {
        colour[w] = 1;
        stack.push(w);
      }
    }
  }
  return null;
}

/**
 * Everything `start` depends on, directly or transitively (not `start` itself unless on a cycle),
 * in ascending index order.
 */
export function dependencyClosure(deps: DependencyGraph, start: number): number[] {
  const seen = new Set<number>();
  const todo = [...(deps[start] ?? [])];
  while (todo.length > 0) {
    const v = todo.pop()!;
    if (seen.has(v)) continue;
    seen.add(v);
    for (const w of deps[v] ?? []) if (!seen.has(w)) todo.push(w);
  }
  return [...seen].sort((a, b) => a - b);
}

/** For each node, the nodes that depend on it (the reversed graph), in ascending order. */
export function dependents(deps: DependencyGraph): number[][] {
  const out: number[][] = deps.map(() => []);
  deps.forEach((edges, i) => {
    for (const j of edges) out[j]!.push(i);
  });
  return out;
}
