import type { Db } from '../../../db/client.ts';
import {
  combineStatuses,
  evaluateGoal,
  type GoalStatus,
  type IndicatorExplanation,
} from '../../../engines/goals/index.ts';
import {
  type GoalRow,
  type IndicatorRow,
  indicatorsOf,
  listGoals,
  type MeasurementRow,
  measurementsOf,
} from './goals.queries.ts';

/** An indicator with its measurements and the goal rule's explanation of it. */
export type IndicatorView = IndicatorRow & {
  measurements: MeasurementRow[];
  explanation: IndicatorExplanation | null;
};

/** A goal with its indicators, its computed status and its sub-goals. */
export type GoalNode = GoalRow & {
  departmentName: string | null;
  indicators: IndicatorView[];
  /** The goal's status from its own indicators and its sub-goals (worst known). */
  progress: GoalStatus;
  children: GoalNode[];
};

/**
 * A municipality's goal tree: strategic goals with their department goals beneath. `publicOnly`
 * keeps adopted goals only (a department goal also needs an adopted parent), as residents see it.
 * A goal's status combines its own indicators and its sub-goals by the engine's worst-known rule.
 */
export async function goalTree(
  db: Db,
  municipalityId: string,
  opts: { publicOnly: boolean },
): Promise<GoalNode[]> {
  const rows = (await listGoals(db, municipalityId)).filter(
    (r) => !opts.publicOnly || r.goal.status === 'adopted',
  );
  const inds = await indicatorsOf(
    db,
    rows.map((r) => r.goal.id),
  );
  const meas = await measurementsOf(
    db,
    inds.map((i) => i.id),
  );
  const nodes = new Map<string, GoalNode>();
  for (const r of rows) {
    const own = inds.filter((i) => i.goalId === r.goal.id);
    const views = own.map((i) => ({
      ...i,
      measurements: meas.filter((m) => m.indicatorId === i.id),
    }));
    const evaluation = evaluateGoal(
      views.map((i) => ({
        id: i.id,
        direction: i.direction === 'lower' ? 'lower' : 'higher',
        baseline: { value: i.baselineValue, date: i.baselineDate },
        target: { value: i.targetValue, date: i.targetDate },
        measurements: i.measurements.map((m) => ({ value: m.value, date: m.measuredOn })),
      })),
    );
    // Stored indicators were validated when created; should one not be valid (written by hand),
    // it is shown without a status instead of failing the page.
    const explained = evaluation.ok ? evaluation.value.indicators : [];
    nodes.set(r.goal.id, {
      ...r.goal,
      departmentName: r.departmentName,
      indicators: views.map((i) => ({
        ...i,
        explanation: explained.find((e) => e.indicatorId === i.id) ?? null,
      })),
      progress: evaluation.ok ? evaluation.value.status : 'unknown',
      children: [],
    });
  }
  const roots: GoalNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    if (parent) parent.children.push(node);
    else if (!node.parentId) roots.push(node);
  }
  for (const root of roots) {
    root.progress = combineStatuses([root.progress, ...root.children.map((c) => c.progress)]);
  }
  return roots;
}

/** Every node of a tree, depth first. */
export function flatten(nodes: GoalNode[]): GoalNode[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children)]);
}
