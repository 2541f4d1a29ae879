import { findCycle } from '../../../engines/prioritisation/graph.ts';

/** One edge: `initiativeId` depends on `dependsOnId`. */
export type DependencyEdge = { initiativeId: string; dependsOnId: string };

/**
 * The cycle that replacing `initiativeId`'s dependencies with `dependsOn` would create, as ids
 * along it starting at `initiativeId` (each depends on the next, the last on the first), or null
 * when the graph stays acyclic. A self-dependency is the cycle `[initiativeId]`.
 */
export function cycleAfter(
  edges: readonly DependencyEdge[],
  initiativeId: string,
  dependsOn: readonly string[],
): string[] | null {
  const next = [
    ...edges.filter((e) => e.initiativeId !== initiativeId),
    ...dependsOn.map((d) => ({ initiativeId, dependsOnId: d })),
  ];
  const ids = [...new Set(next.flatMap((e) => [e.initiativeId, e.dependsOnId]))].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const graph: number[][] = ids.map(() => []);
  for (const e of next) graph[index.get(e.initiativeId)!]!.push(index.get(e.dependsOnId)!);
  // Only a cycle through the changed initiative is new: the rest was acyclic before.
  const cycle = findCycle(graph);
  if (!cycle) return null;
  const named = cycle.map((i) => ids[i]!);
  const at = named.indexOf(initiativeId);
  return at < 0 ? named : [...named.slice(at), ...named.slice(0, at)];
}
