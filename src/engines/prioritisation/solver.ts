import type { Highs } from 'highs';

let loading: Promise<Highs> | null = null;

type Loader = () => Promise<Highs>;

/**
 * The package's types describe it as CommonJS (loader at `default.default`), while the ESM build
 * that Node and Vite load exports the loader as `default`; accept either.
 */
function loaderOf(mod: unknown): Loader {
  const outer = (mod as { default?: unknown }).default;
  if (typeof outer === 'function') return outer as Loader;
  const inner = (outer as { default?: unknown } | undefined)?.default;
  if (typeof inner === 'function') return inner as Loader;
  throw new Error('highs: no loader function exported');
}

/** Loads the HiGHS WebAssembly solver once per process; later calls reuse it. */
export function loadSolver(): Promise<Highs> {
  if (!loading) {
    loading = import('highs')
      .then((m) => loaderOf(m)())
      .catch((e: unknown) => {
        loading = null;
        throw e;
      });
  }
  return loading;
}

/** Outcome of one solve: `values[i]` is 1 when item i is chosen; missing items are 0. */
export type SolveResult =
  | { status: 'optimal'; chosen: Set<number>; ms: number }
  | { status: 'infeasible'; ms: number };

/**
 * Solves an LP-format model to proven optimality. `absGap` is the absolute gap at which HiGHS may
 * stop (below 1 for an objective with integer coefficients means exact); the relative gap is 0.
 * Infeasibility is a result; any other status (errors, limits) is a fault and throws.
 */
export function solve(highs: Highs, lp: string, absGap: number): SolveResult {
  const start = performance.now();
  const r = highs.solve(lp, {
    // Measured: on 2,000 knapsack items with precedences HiGHS proves the optimum several times
    // faster without presolve (bench/RESULTS-prioritisation.md).
    presolve: 'off',
    mip_rel_gap: 0,
    mip_abs_gap: absGap,
    output_flag: false,
    log_to_console: false,
  });
  const ms = performance.now() - start;
  if (r.Status === 'Infeasible') return { status: 'infeasible', ms };
  if (r.Status !== 'Optimal') throw new Error(`HiGHS stopped with status ${r.Status}`);
  const chosen = new Set<number>();
  for (const [name, col] of Object.entries(r.Columns)) {
    if ('Primal' in col && col.Primal > 0.5) chosen.add(Number(name.slice(1)));
  }
  return { status: 'optimal', chosen, ms };
}

/** The LP relaxation's optimum: objective value, and per item its bound status and reduced cost. */
export type Relaxation = {
  objective: number;
  /** Item index → whether it sits at a bound in the optimal basis, and its reduced cost there. */
  columns: Map<number, { at: 0 | 1 | null; reducedCost: number }>;
  ms: number;
};

/**
 * Solves a relaxed model (continuous 0 ≤ x ≤ 1) by simplex, for its reduced costs. Returns null
 * when it is not optimal (infeasible, or HiGHS did not finish): callers then fix nothing.
 */
export function solveRelaxation(highs: Highs, lp: string): Relaxation | null {
  const start = performance.now();
  const r = highs.solve(lp, {
    presolve: 'off',
    solver: 'simplex',
    output_flag: false,
    log_to_console: false,
  });
  const ms = performance.now() - start;
  if (r.Status !== 'Optimal') return null;
  const columns = new Map<number, { at: 0 | 1 | null; reducedCost: number }>();
  for (const [name, col] of Object.entries(r.Columns)) {
    if (!('Dual' in col)) return null;
    const at = col.Status === 'LB' ? 0 : col.Status === 'UB' ? 1 : null;
    columns.set(Number(name.slice(1)), { at, reducedCost: col.Dual });
  }
  return { objective: r.ObjectiveValue, columns, ms };
}
