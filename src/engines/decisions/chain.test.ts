import { describe, expect, it } from 'vitest';
import { type ChainedDecision, linkDecision, verifyChain } from './chain.ts';
import type { DecisionContent } from './content.ts';
import { ADOPT_GOALS_HASH, adoptGoals, withReferences } from './fixtures.ts';
import { GENESIS_HASH } from './hash.ts';
import { validateDecisionContent } from './validate.ts';

const override: DecisionContent = {
  bodyId: 'ks-umea',
  date: '2026-04-01',
  text: 'Piloten får skala upp.',
  adopts: [],
};
const scenario: DecisionContent = {
  bodyId: 'kf-umea',
  date: '2026-06-15',
  text: 'Portföljen för 2027 antas.',
  adopts: [{ kind: 'portfolio-scenario', id: 'sc-7' }],
};

function chain(...contents: DecisionContent[]): ChainedDecision[] {
  const out: ChainedDecision[] = [];
  for (const c of contents) out.push(linkDecision(out.at(-1) ?? null, c, 1));
  return out;
}

describe('linkDecision and verifyChain', () => {
  it('links from genesis; the second hash is fixed by coreutils too', () => {
    const [a, b] = chain(adoptGoals, override);
    expect(a).toMatchObject({ sequence: 1, previousHash: GENESIS_HASH, hash: ADOPT_GOALS_HASH });
    // printf '%s%s' '{"adopts":[],"bodyId":"ks-umea","date":"2026-04-01","text":"Piloten får skala upp."}' \
    //   a81ba95a…be3b6 | sha256sum
    expect(b).toMatchObject({
      sequence: 2,
      previousHash: ADOPT_GOALS_HASH,
      hash: 'd32c4dbc5c39346b02527ff9997049070e95ff4cd597def3ab6aae0515a44568',
    });
  });

  it('holds for a chain recorded before references existed, continued with decisions that have them', () => {
    const old = chain(adoptGoals, override);
    // As read back from the database after the migration: the new columns are null.
    const readBack = old.map((d) => ({
      ...d,
      content: { ...d.content, paragraph: null, registrationNumber: null, protocolUrl: null },
    }));
    const next = linkDecision(readBack[1]!, withReferences, 1);
    expect(verifyChain([...readBack, next])).toMatchObject({ ok: true, length: 3 });
    const altered = { ...next, content: { ...next.content, registrationNumber: 'KS 2026/999' } };
    expect(verifyChain([...readBack, altered])).toMatchObject({
      ok: false,
      reason: 'content-changed',
      index: 2,
    });
  });

  it('holds for an intact chain and for the empty chain', () => {
    const c = chain(adoptGoals, override, scenario);
    expect(verifyChain(c)).toEqual({ ok: true, length: 3, head: c[2]?.hash });
    expect(verifyChain([])).toEqual({ ok: true, length: 0, head: GENESIS_HASH });
  });

  it('content changed: the text edited in place', () => {
    const c = chain(adoptGoals, override, scenario);
    const tampered = c.map((d, i) =>
      i === 1 ? { ...d, content: { ...d.content, text: 'Nej.' } } : d,
    );
    expect(verifyChain(tampered)).toMatchObject({ ok: false, reason: 'content-changed', index: 1 });
  });

  it('link broken: an edit with its hash recomputed breaks the next link', () => {
    const c = chain(adoptGoals, override, scenario);
    const forged = linkDecision(
      { sequence: 0, hash: GENESIS_HASH },
      { ...adoptGoals, date: '2026-03-17' },
      1,
    );
    expect(verifyChain([forged, c[1]!, c[2]!])).toMatchObject({
      ok: false,
      reason: 'link-broken',
      index: 1,
      expected: forged.hash,
      actual: ADOPT_GOALS_HASH,
    });
  });

  it('order: a missing, repeated or moved decision', () => {
    const [a, b, s] = chain(adoptGoals, override, scenario);
    expect(verifyChain([a!, s!])).toMatchObject({
      reason: 'order',
      index: 1,
      expected: 2,
      actual: 3,
    });
    expect(verifyChain([a!, a!])).toMatchObject({ reason: 'order', index: 1 });
    expect(verifyChain([b!, a!, s!])).toMatchObject({ reason: 'order', index: 0 });
  });

  it('malformed hashes and a rewritten head', () => {
    const c = chain(adoptGoals, override);
    const upper = { ...c[0]!, hash: c[0]!.hash.toUpperCase() };
    expect(verifyChain([upper, c[1]!])).toMatchObject({ reason: 'malformed', index: 0 });
    // Rewriting the last decision and its hash cannot be seen from inside; the published head can.
    const head = c[1]!.hash;
    const rewritten = [c[0]!, linkDecision(c[0]!, { ...override, text: 'Piloten stoppas.' }, 1)];
    expect(verifyChain(rewritten).ok).toBe(true);
    expect(verifyChain(rewritten, { head })).toMatchObject({
      ok: false,
      reason: 'head-not-found',
      index: 1,
    });
  });

  it('a kept head holds while it is in the chain, however much the chain grew since', () => {
    const c = chain(adoptGoals, override, scenario);
    expect(verifyChain(c, { head: c[0]!.hash })).toMatchObject({ ok: true, length: 3, headAt: 1 });
    expect(verifyChain(c, { head: c[2]!.hash })).toMatchObject({ ok: true, headAt: 3 });
    expect(verifyChain(c, { head: GENESIS_HASH })).toMatchObject({ ok: true, headAt: 0 });
    expect(verifyChain([], { head: GENESIS_HASH })).toMatchObject({ ok: true, headAt: 0 });
    // The last decision removed: the head kept after it was recorded is gone.
    expect(verifyChain(c.slice(0, 2), { head: c[2]!.hash })).toMatchObject({
      ok: false,
      reason: 'head-not-found',
      index: 1,
    });
    // The whole chain re-linked from the first decision on: every kept head is gone.
    const relinked = chain({ ...adoptGoals, text: 'Annan text.' }, override, scenario);
    expect(verifyChain(relinked).ok).toBe(true);
    for (const kept of c) {
      expect(verifyChain(relinked, { head: kept.hash })).toMatchObject({
        reason: 'head-not-found',
      });
    }
  });
});

describe('validateDecisionContent', () => {
  it('accepts a valid decision', () => {
    expect(validateDecisionContent(adoptGoals).ok).toBe(true);
  });

  it('gives typed failures', () => {
    const r = validateDecisionContent({
      bodyId: ' ',
      date: '2026-02-30',
      text: '',
      adopts: [
        { kind: 'budget' as 'goal-set', id: 'x' },
        { kind: 'goal-set', id: '' },
        { kind: 'goal-set', id: 'g' },
        { kind: 'goal-set', id: 'g' },
      ],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => `${i.path}:${i.code}`)).toEqual([
      'bodyId:required',
      'date:invalid-date',
      'text:required',
      'adopts[0].kind:invalid-kind',
      'adopts[1].id:required',
      'adopts[3]:duplicate-adoption',
    ]);
    const long = validateDecisionContent({ ...adoptGoals, text: 'x'.repeat(100_001) });
    expect(long).toMatchObject({ ok: false, fields: { text: 'too-long' } });
  });

  it('checks references only when given: non-blank, short enough, the link https', () => {
    expect(validateDecisionContent(withReferences).ok).toBe(true);
    const none = { ...adoptGoals, paragraph: null, registrationNumber: null, protocolUrl: null };
    expect(validateDecisionContent(none).ok).toBe(true);
    const bad = validateDecisionContent({
      ...adoptGoals,
      paragraph: ' ',
      registrationNumber: 'x'.repeat(51),
      protocolUrl: 'http://example.org/protokoll.pdf',
    });
    expect(bad).toMatchObject({
      ok: false,
      fields: { paragraph: 'required', registrationNumber: 'too-long', protocolUrl: 'not-https' },
    });
    for (const url of [
      'javascript:alert(1)',
      'https://user:pw@example.org/',
      'https://example.org/a b',
      '//example.org/p',
    ]) {
      expect(validateDecisionContent({ ...adoptGoals, protocolUrl: url }).ok, url).toBe(false);
    }
  });
});
