import { type GroupCounts, propTest, twoPropTest, Z90 } from './stats.ts';
import type { RepStat } from './types.ts';

/** Number of representative statements per group. */
export const MAX_REPRESENTATIVE = 5;

interface CellStats {
  statement: number;
  na: number;
  nd: number;
  ns: number;
  pa: number;
  pd: number;
  pat: number;
  pdt: number;
  ra: number;
  rd: number;
  rat: number;
  rdt: number;
}

// One literal for every record: one hidden class, monomorphic code.
const blankStats = (): CellStats => ({
  statement: 0,
  na: 0,
  nd: 0,
  ns: 0,
  pa: 0.5,
  pd: 0.5,
  pat: 0.5,
  pdt: 0.5,
  ra: 0.5,
  rd: 0.5,
  rat: 0.5,
  rdt: 0.5,
});

/** Fills `out` with the statistics of statement `c` in group `g` (no allocation). */
function cellStats(counts: GroupCounts, g: number, c: number, out: CellStats): CellStats {
  const i = g * counts.nCols + c;
  const na = counts.agree[i]!;
  const nd = counts.disagree[i]!;
  const ns = counts.seen[i]!;
  let ra0 = 0;
  let rd0 = 0;
  let rs0 = 0;
  for (let h = 0; h < counts.nGroups; h++) {
    if (h === g) continue;
    const j = h * counts.nCols + c;
    ra0 += counts.agree[j]!;
    rd0 += counts.disagree[j]!;
    rs0 += counts.seen[j]!;
  }
  const pa = (1 + na) / (2 + ns);
  const pd = (1 + nd) / (2 + ns);
  out.statement = c;
  out.na = na;
  out.nd = nd;
  out.ns = ns;
  out.pa = pa;
  out.pd = pd;
  out.pat = propTest(na, ns);
  out.pdt = propTest(nd, ns);
  out.ra = pa / ((1 + ra0) / (2 + rs0));
  out.rd = pd / ((1 + rd0) / (2 + rs0));
  out.rat = twoPropTest(na, ra0, ns, rs0);
  out.rdt = twoPropTest(nd, rd0, ns, rs0);
  return out;
}

// Polis reports the test statistic as a 32-bit float and compares and sorts on that value.
function finalize(s: CellStats, bestAgree = false): RepStat {
  const agree = s.rat > s.rdt;
  return {
    statement: s.statement,
    direction: agree ? 'agree' : 'disagree',
    nSuccess: agree ? s.na : s.nd,
    nTrials: s.ns,
    pSuccess: agree ? s.pa : s.pd,
    pTest: agree ? s.pat : s.pdt,
    repness: agree ? s.ra : s.rd,
    repnessTest: Math.fround(agree ? s.rat : s.rdt),
    bestAgree,
  };
}

function passes(s: CellStats): boolean {
  return (s.rat > Z90 && s.pat > Z90) || (s.rdt > Z90 && s.pdt > Z90);
}

function beatsBestAgree(s: CellStats, cur: CellStats | null): boolean {
  if (s.na === 0 && s.nd === 0) return false;
  if (cur && cur.ra > 1) return s.ra * s.rat * s.pa * s.pat > cur.ra * cur.rat * cur.pa * cur.pat;
  if (cur) return s.pa * s.pat > cur.pa * cur.pat;
  return s.pat > Z90 || (s.ra > 1 && s.pa > 0.5);
}

/**
 * An order-free version of the choice above: among statements that would be accepted as a first
 * candidate, those with ra > 1 rank by ra·rat·pa·pat above the others, which rank by pa·pat.
 * Polis's sequential rule switches metric with the current best, so its choice can depend on the
 * order of statements; this one cannot.
 */
function beatsBestAgreeStable(s: CellStats, cur: CellStats | null): boolean {
  if (s.na === 0 && s.nd === 0) return false;
  if (!(s.pat > Z90 || (s.ra > 1 && s.pa > 0.5))) return false;
  if (!cur) return true;
  // Lexicographic; statements equal on every key have identical statistics.
  const key = (x: CellStats) => [
    x.ra > 1 ? 1 : 0,
    x.ra > 1 ? x.ra * x.rat * x.pa * x.pat : x.pa * x.pat,
    x.pa * x.pat,
    x.ra,
    x.rat,
    x.na,
    -x.nd,
    x.ns,
    -x.rdt,
    -x.rd,
  ];
  const a = key(s);
  const b = key(cur);
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return false;
}

/** Order-free tie-break between two finalized statements (better first); 0 only for equal stats. */
function compareRep(a: RepStat, b: RepStat): number {
  const key = (r: RepStat) => [
    r.repnessTest,
    metric(r),
    r.repness,
    r.pSuccess,
    r.pTest,
    r.nSuccess,
    r.nTrials,
    r.direction === 'agree' ? 1 : 0,
  ];
  const x = key(a);
  const y = key(b);
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return y[i]! - x[i]!;
  return 0;
}

const metric = (r: RepStat) => r.repness * r.repnessTest * r.pSuccess * r.pTest;
/** `metric(finalize(s))` without building the record. */
function cellMetric(s: CellStats): number {
  return s.rat > s.rdt
    ? s.ra * Math.fround(s.rat) * s.pa * s.pat
    : s.rd * Math.fround(s.rdt) * s.pd * s.pdt;
}

/**
 * Representative statements of group `g` (Polis's selection): statements whose agree (or
 * disagree) pair passes `rat > 1.2816 and pat > 1.2816`, ranked by ra·rat·pa·pat, with the best
 * agreed statement first, top 5, agrees before disagrees. When none passes: the best agreed
 * statement, else the best by test statistic.
 * @param eligible statements that may be representative (voted on, not moderated out, not meta)
 * @param stable choose the best agreed statement independently of statement order
 */
export function representative(
  counts: GroupCounts,
  g: number,
  eligible: readonly number[],
  stable = false,
): RepStat[] {
  // The best passing statements in stable-sort order, one spare as the head may be among them.
  const cmp = stable
    ? (a: RepStat, b: RepStat) => metric(b) - metric(a) || compareRep(a, b)
    : (a: RepStat, b: RepStat) => metric(b) - metric(a);
  const kept: RepStat[] = [];
  let nSufficient = 0;
  let best: RepStat | null = null;
  let bestAgree: CellStats | null = null;
  const s = blankStats(); // reused for every statement; the best agreed one is copied
  for (const c of eligible) {
    cellStats(counts, g, c, s);
    if (passes(s)) {
      nSufficient++;
      const full = kept.length > MAX_REPRESENTATIVE;
      const last = full ? metric(kept[MAX_REPRESENTATIVE]!) : 0;
      const m = cellMetric(s);
      if (!full || m > last || (stable && m === last)) {
        const f = finalize(s);
        let at = 0;
        while (at < kept.length && !(cmp(f, kept[at]!) < 0)) at++;
        kept.splice(at, 0, f);
        kept.length = Math.min(kept.length, MAX_REPRESENTATIVE + 1);
      }
    }
    if (nSufficient === 0 || stable) {
      const f = finalize(s);
      if (!best || (stable ? compareRep(f, best) < 0 : Math.max(s.rat, s.rdt) > best.repnessTest)) {
        best = f;
      }
    }
    if (stable ? beatsBestAgreeStable(s, bestAgree) : beatsBestAgree(s, bestAgree)) {
      bestAgree = Object.assign(blankStats(), s);
    }
  }
  const head = bestAgree ? finalize(bestAgree, true) : null;
  if (nSufficient === 0) return head ? [head] : best ? [best] : [];
  const ranked = kept.filter((r) => r.statement !== head?.statement);
  const top = (head ? [head, ...ranked] : ranked).slice(0, MAX_REPRESENTATIVE);
  return [
    ...top.filter((r) => r.direction === 'agree'),
    ...top.filter((r) => r.direction !== 'agree'),
  ];
}
