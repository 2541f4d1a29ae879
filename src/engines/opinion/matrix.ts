import type { VoteLog } from './types.ts';

/**
 * Append-only storage of matrix rows, shared by a matrix and every matrix updated from it.
 * Entries below `top` belong to some matrix and are never written again; an update writes the
 * rows it changes from `top` on (copy-on-write per row), so earlier matrices stay valid.
 */
export interface VoteStore {
  col: Int32Array;
  val: Int8Array;
  /** First free entry. */
  top: number;
}

/**
 * Sparse participants × statements matrix of final votes in rows: the votes of row r are
 * `col[rowStart[r] .. rowEnd[r])` with values in `val` (+1 agree, -1 disagree, 0 pass), in the
 * order their cells were first voted. `col` and `val` are the arrays of `store` and hold other
 * matrices' rows too: read only the ranges of this matrix's rows.
 */
export interface RatingMatrix {
  nRows: number;
  nCols: number;
  rowStart: Int32Array;
  rowEnd: Int32Array;
  col: Int32Array;
  val: Int8Array;
  /** Number of final votes (cells with a vote). */
  nVotes: number;
  store: VoteStore;
  /** Position in the vote log of each participant's first vote (Infinity when none). */
  firstVote: Float64Array;
  /** Votes applied so far (log length). */
  logLength: number;
}

/** An empty matrix of the given shape. */
export function emptyMatrix(nRows: number, nCols: number): RatingMatrix {
  const store = { col: new Int32Array(0), val: new Int8Array(0), top: 0 };
  return {
    nRows,
    nCols,
    rowStart: new Int32Array(nRows),
    rowEnd: new Int32Array(nRows),
    col: store.col,
    val: store.val,
    nVotes: 0,
    store,
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

/** Free space kept in a new store, as a share of its votes (room for later rows). */
const SLACK = 0.25;

/**
 * Returns a new matrix with `votes` applied on top of `m` (last vote wins), grown to
 * `nRows` × `nCols`, and records each changed cell in `changes` when given. `m` is not modified:
 * the rows that get votes are written anew at the end of the shared store (the others are
 * shared), which costs O(votes of those rows + rows); only when the store is full are all rows
 * copied into a new one, with room to spare.
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
  const rowStart = new Int32Array(nRows);
  const rowEnd = new Int32Array(nRows);
  rowStart.set(m.rowStart);
  rowEnd.set(m.rowEnd);
  // Space for the rows that get votes (at most their old votes plus the new ones).
  let needed = 0;
  for (let r = 0; r < nRows; r++) {
    const na = newCount[r]!;
    const nb = newCount[r + 1]!;
    if (na !== nb) needed += nb - na + (r < m.nRows ? m.rowEnd[r]! - m.rowStart[r]! : 0);
  }
  let store = m.store;
  let copyAll = false;
  if (store.top + needed > store.col.length) {
    const cap = Math.ceil((m.nVotes + needed) * (1 + SLACK)) + 1024;
    store = { col: new Int32Array(cap), val: new Int8Array(cap), top: 0 };
    copyAll = true;
  }
  const { col, val } = store;
  const stamp = new Int32Array(nCols).fill(-1);
  const pos = new Int32Array(nCols);
  let w = store.top;
  let added = 0;
  /** Copies the rows [from, to) of `m` unchanged, in runs that are contiguous in its store. */
  const copyRows = (from: number, to: number) => {
    let q = from;
    while (q < to) {
      let e = q + 1;
      while (e < to && m.rowStart[e] === m.rowEnd[e - 1]) e++;
      const a = m.rowStart[q]!;
      const b = m.rowEnd[e - 1]!;
      col.set(m.col.subarray(a, b), w);
      val.set(m.val.subarray(a, b), w);
      for (let p = q; p < e; p++) {
        rowStart[p] = m.rowStart[p]! - a + w;
        rowEnd[p] = m.rowEnd[p]! - a + w;
      }
      w += b - a;
      q = e;
    }
  };
  let copied = 0; // with copyAll: rows below this are in the new store
  for (let r = 0; r < nRows; r++) {
    const na = newCount[r]!;
    const nb = newCount[r + 1]!;
    if (na === nb) continue;
    if (copyAll) copyRows(copied, Math.min(r, m.nRows));
    copied = r + 1;
    rowStart[r] = w;
    const start = w;
    if (r < m.nRows) {
      for (let k = m.rowStart[r]!; k < m.rowEnd[r]!; k++) {
        col[w] = m.col[k]!;
        val[w++] = m.val[k]!;
      }
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
        added++;
      }
    }
    rowEnd[r] = w;
  }
  if (copyAll) copyRows(copied, m.nRows);
  store.top = w;
  return {
    nRows,
    nCols,
    rowStart,
    rowEnd,
    col,
    val,
    nVotes: m.nVotes + added,
    store,
    firstVote,
    logLength: m.logLength + n,
  };
}

/** Number of final votes per row (passes included). */
export function rowCounts(m: RatingMatrix): Int32Array {
  const out = new Int32Array(m.nRows);
  for (let r = 0; r < m.nRows; r++) out[r] = m.rowEnd[r]! - m.rowStart[r]!;
  return out;
}
