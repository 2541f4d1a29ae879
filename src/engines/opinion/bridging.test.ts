import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.ts';
import { fitBridging, LAMBDA_FACTOR, LAMBDA_INTERCEPT } from './bridging.ts';
import { buildMatrix } from './matrix.ts';
import { syntheticConversation } from './synthetic.ts';
import type { Conversation } from './types.ts';

/**
 * Two camps of 20. Statement 0: everyone agrees. Statements 1, 2 and 5–8 split the camps.
 * Statement 3: camp A agrees, camp B does not vote. Statement 4: a few passes only.
 */
function camps(): Conversation {
  const rows: [number, number, number][] = [];
  for (let u = 0; u < 40; u++) {
    const a = u < 20;
    rows.push([u, 0, 1]);
    for (const c of [1, 2, 5, 6, 7, 8]) rows.push([u, c, a === (c % 2 === 1) ? 1 : -1]);
    if (a) rows.push([u, 3, 1]);
    if (u % 10 === 0) rows.push([u, 4, 0]);
  }
  return {
    participantIds: Array.from({ length: 40 }, (_, u) => `u${u}`),
    statements: Array.from({ length: 9 }, (_, c) => ({
      id: `s${c}`,
      moderatedOut: false,
      meta: false,
    })),
    votes: {
      participant: Int32Array.from(rows, (r) => r[0]),
      statement: Int32Array.from(rows, (r) => r[1]),
      value: Int8Array.from(rows, (r) => r[2]),
    },
  };
}

describe('bridging score', () => {
  it('ranks support from both camps above support from one camp', () => {
    const a = analyze(camps());
    expect(a.groupClusters.length).toBe(2);
    const b = a.bridging;
    // s0 is agreed by both camps; s3 by camp A alone; the others split the camps.
    for (const c of [1, 2, 3, 5, 6, 7, 8]) expect(b[0]!).toBeGreaterThan(b[c]! + 0.05);
    expect(b[3]!).toBeGreaterThan(b[1]!);
    // Fewer than 5 votes: no score.
    expect(Number.isNaN(b[4]!)).toBe(true);
  });

  it('stops at a stationary point of the regularised objective', () => {
    const conv = syntheticConversation({
      participants: 200,
      statements: 30,
      votes: 3000,
      groups: 2,
      seed: 5,
    }).conversation;
    const m = buildMatrix(200, 30, conv.votes);
    const skip = new Uint8Array(30);
    const f = fitBridging(m, skip, { tolerance: 1e-12, maxSweeps: 5000 });
    // Partial derivatives of Σ(r − r̂)² + λi(Σi² + μ²) + λf Σf² vanish at the optimum.
    const gIu = new Float64Array(200);
    const gFu = new Float64Array(200);
    const gIs = new Float64Array(30);
    const gFs = new Float64Array(30);
    let gMu = 2 * LAMBDA_INTERCEPT * f.mu;
    for (let r = 0; r < 200; r++) {
      for (let k = m.rowStart[r]!; k < m.rowEnd[r]!; k++) {
        const c = m.col[k]!;
        const e =
          (m.val[k]! + 1) / 2 -
          f.mu -
          f.userIntercept[r]! -
          f.statementIntercept[c]! -
          f.userFactor[r]! * f.statementFactor[c]!;
        gMu -= 2 * e;
        gIu[r]! -= 2 * e;
        gIs[c]! -= 2 * e;
        gFu[r]! -= 2 * e * f.statementFactor[c]!;
        gFs[c]! -= 2 * e * f.userFactor[r]!;
      }
    }
    const worst = Math.max(
      Math.abs(gMu),
      ...gIu.map((g, r) => Math.abs(g + 2 * LAMBDA_INTERCEPT * f.userIntercept[r]!)),
      ...gIs.map((g, c) => Math.abs(g + 2 * LAMBDA_INTERCEPT * f.statementIntercept[c]!)),
      ...gFu.map((g, r) => Math.abs(g + 2 * LAMBDA_FACTOR * f.userFactor[r]!)),
      ...gFs.map((g, c) => Math.abs(g + 2 * LAMBDA_FACTOR * f.statementFactor[c]!)),
    );
    expect(worst).toBeLessThan(1e-6);
  });
});

describe('synthetic conversations', () => {
  it('are deterministic for a seed and give distinct statements per participant', () => {
    const o = { participants: 50, statements: 20, votes: 500, groups: 3, seed: 9 };
    const a = syntheticConversation(o);
    const b = syntheticConversation(o);
    expect(a.conversation.votes).toEqual(b.conversation.votes);
    expect(a.truth).toEqual(b.truth);
    expect(a.conversation.votes.value.length).toBe(500);
    const seen = new Set<string>();
    a.conversation.votes.participant.forEach((u, i) => {
      const key = `${u}|${a.conversation.votes.statement[i]}`;
      expect(seen.has(key)).toBe(false);
      seen.add(key);
    });
    expect(syntheticConversation({ ...o, seed: 10 }).conversation.votes).not.toEqual(
      a.conversation.votes,
    );
  });
});
