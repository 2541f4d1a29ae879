import type { VoteLog } from './types.ts';

/**
 * Sparse participants × statements matrix of final votes in compressed rows (CSR): the votes of
 * row r are `col[rowPtr[r] .. rowPtr[r+1])` with values in `val` (+1 agree, -1 disagree, 0 pass).
 */
export interface RatingMatrix {
  nRows: number;
  nCols: number;
  rowPtr: Int32Array;
  col: Int32Array;
  val: Int8Array;
  /** Position in the vote log of each participant's first vote (Infinity when none). */
  firstVote: Float64Array;
  /** Votes applied so far (log length). */
  logLength: number;
}

/** An empty matrix of the given shape. */
export function emptyMatrix(nRows: number, nCols: number): RatingMatrix {
  return {
    nRows,
    nCols,
    rowPtr: new Int32Array(nRows + 1),
    col: new Int32Array(0),
    val: new Int8Array(0),
    firstVote: new Float64Array(nRows).fill(Number.POSITIVE_INFINITY),
    logLength: 0,
  };
}

/** Builds the matrix of final votes from a chronological log (a later vote replaces an earlier). */
export function buildMatrix(nRows: number, nCols: number, votes: VoteLog): RatingMatrix {
  return applyVotes(emptyMatrix(nRows, nCols), nRows, nCols, votes);
}

/** Value of a cell without a vote in {@link CellChange}. */
export const NO_VOTE = 2;

/** Cells changed by {@link applyVotes}, in order: `before` is NO_VOTE for a new vote. */
export interface CellChange {
  row: number[];
  col: number[];
  before: number[];
  after: number[];
}

/**
 * Returns a new matrix with `votes` applied on top of `m` (last vote wins), grown to
 * `nRows` × `nCols`, and records each changed cell in `changes` when given. Costs O(existing
 * votes + new votes), mostly block copies.
 * @throws RangeError on an index out of range or a vote value other than -1, 0, 1.
 */
export function applyVotes(
  m: RatingMatrix,
  nRows: number,
  nCols: number,
  votes: VoteLog,
  changes?: CellChange,
): RatingMatrix {
  if (nRows < m.nRows || nCols < m.nCols) throw new RangeError('matrix cannot shrink');
  const n = votes.participant.length;
  if (votes.statement.length !== n || votes.value.length !== n) {
    throw new RangeError('vote log arrays differ in length');
  }
  // Bucket the new votes by row, keeping their order.
  const newCount = new Int32Array(nRows + 1);
  for (let i = 0; i < n; i++) {
    const r = votes.participant[i]!;
    const c = votes.statement[i]!;
    const v = votes.value[i]!;
    if (r < 0 || r >= nRows || c < 0 || c >= nCols) {
      throw new RangeError(`vote ${i} refers to participant ${r} / statement ${c} out of range`);
    }
    if (v !== 1 && v !== -1 && v !== 0) throw new RangeError(`vote ${i} has value ${v}`);
    newCount[r + 1]!++;
  }
  for (let r = 0; r < nRows; r++) newCount[r + 1]! += newCount[r]!;
  const order = new Int32Array(n);
  const fill = newCount.slice(0, nRows);
  for (let i = 0; i < n; i++) order[fill[votes.participant[i]!]!++] = i;

  const firstVote = new Float64Array(nRows).fill(Number.POSITIVE_INFINITY);
  firstVote.set(m.firstVote.subarray(0, Math.min(nRows, m.firstVote.length)));
  for (let i = 0; i < n; i++) {
    const r = votes.participant[i]!;
    if (firstVote[r] === Number.POSITIVE_INFINITY) firstVote[r] = m.logLength + i;
  }
  const cap = m.col.length + n;
  const col = new Int32Array(cap);
  const val = new Int8Array(cap);
  const rowPtr = new Int32Array(nRows + 1);
  const stamp = new Int32Array(nCols).fill(-1);
  const pos = new Int32Array(nCols);
  let w = 0;
  // Rows without new votes are copied in runs; only touched rows are merged vote by vote.
  let run = 0;
  const flush = (end: number) => {
    const last = Math.min(end, m.nRows);
    if (run < last) {
      const a = m.rowPtr[run]!;
      const b = m.rowPtr[last]!;
      col.set(m.col.subarray(a, b), w);
      val.set(m.val.subarray(a, b), w);
      for (let q = run; q < last; q++) rowPtr[q] = m.rowPtr[q]! - a + w;
      w += b - a;
    }
    for (let q = Math.max(run, last); q < end; q++) rowPtr[q] = w;
  };
  for (let r = 0; r < nRows; r++) {
    const na = newCount[r]!;
    const nb = newCount[r + 1]!;
    if (na === nb) continue;
    flush(r);
    run = r + 1;
    rowPtr[r] = w;
    const start = w;
    if (r < m.nRows) {
      const a = m.rowPtr[r]!;
      const b = m.rowPtr[r + 1]!;
      col.set(m.col.subarray(a, b), w);
      val.set(m.val.subarray(a, b), w);
      w += b - a;
    }
    for (let k = start; k < w; k++) {
      stamp[col[k]!] = r;
      pos[col[k]!] = k;
    }
    for (let k = na; k < nb; k++) {
      const i = order[k]!;
      const c = votes.statement[i]!;
      const before = stamp[c] === r ? val[pos[c]!]! : NO_VOTE;
      if (changes && before !== votes.value[i]) {
        changes.row.push(r);
        changes.col.push(c);
        changes.before.push(before);
        changes.after.push(votes.value[i]!);
      }
      if (stamp[c] === r) {
        val[pos[c]!] = votes.value[i]!;
      } else {
        stamp[c] = r;
        pos[c] = w;
        col[w] = c;
        val[w] = votes.value[i]!;
        w++;
      }
    }
  }
  flush(nRows);
  rowPtr[nRows] = w;
  return {
    nRows,
    nCols,
    rowPtr,
    col: col.subarray(0, w),
    val: val.subarray(0, w),
    firstVote,
    logLength: m.logLength + n,
  };
}

/** Number of final votes per row (passes included). */
export function rowCounts(m: RatingMatrix): Int32Array {
  const out = new Int32Array(m.nRows);
  for (let r = 0; r < m.nRows; r++) out[r] = m.rowPtr[r + 1]! - m.rowPtr[r]!;
  return out;
}
