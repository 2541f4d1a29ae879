import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ChainedDecision, linkDecision, verifyChain } from './chain.ts';
import { ADOPTION_KINDS, type DecisionContent, type ReferenceField } from './content.ts';

const day = (n: number) => new Date(Date.UTC(2020, 0, 1 + n)).toISOString().slice(0, 10);

const contentArb: fc.Arbitrary<DecisionContent> = fc.record({
  bodyId: fc.constantFrom('kf', 'ks', 'bun', 'sn'),
  date: fc.integer({ min: 0, max: 3000 }).map(day),
  text: fc.string({ minLength: 1, maxLength: 40 }),
  adopts: fc.uniqueArray(
    fc.record({
      kind: fc.constantFrom(...ADOPTION_KINDS),
      id: fc.string({ minLength: 1, maxLength: 8 }),
    }),
    { maxLength: 3, selector: (a) => `${a.kind}/${a.id.normalize('NFC')}` },
  ),
  // Older decisions have no references (undefined as read back, or null from the database).
  paragraph: fc.option(fc.string({ minLength: 1, maxLength: 8 })),
  registrationNumber: fc.option(fc.string({ minLength: 1, maxLength: 12 }), { nil: undefined }),
  protocolUrl: fc.option(fc.webUrl({ validSchemes: ['https'] })),
});

const chainArb = fc.array(contentArb, { minLength: 1, maxLength: 6 }).map((contents) => {
  const out: ChainedDecision[] = [];
  for (const c of contents) out.push(linkDecision(out.at(-1) ?? null, c, 1));
  return out;
});

const flipHex = (h: string, at: number) => {
  const i = at % h.length;
  return h.slice(0, i) + (h[i] === '0' ? '1' : '0') + h.slice(i + 1);
};

const reference = (d: ChainedDecision, field: ReferenceField, n: number) => {
  const v = d.content[field];
  if (typeof v !== 'string') return 'https://example.org/p';
  return n % 2 === 0 ? null : `${v}1`;
};

// Each mutation changes exactly one field of one decision to a different value.
const MUTATIONS: Record<string, (d: ChainedDecision, n: number) => ChainedDecision> = {
  bodyId: (d) => ({ ...d, content: { ...d.content, bodyId: `${d.content.bodyId}x` } }),
  date: (d, n) => ({ ...d, content: { ...d.content, date: day(3001 + n) } }),
  text: (d) => ({ ...d, content: { ...d.content, text: `${d.content.text}.` } }),
  addAdoption: (d) => ({
    ...d,
    content: { ...d.content, adopts: [...d.content.adopts, { kind: 'gate-override', id: 'new!' }] },
  }),
  dropAdoptions: (d) => ({ ...d, content: { ...d.content, adopts: d.content.adopts.slice(1) } }),
  adoptionId: (d) => ({
    ...d,
    content: {
      ...d.content,
      adopts: d.content.adopts.map((a, i) => (i === 0 ? { ...a, id: `${a.id}+` } : a)),
    },
  }),
  // A reference is added where there was none, and otherwise changed or removed.
  paragraph: (d, n) => ({
    ...d,
    content: { ...d.content, paragraph: reference(d, 'paragraph', n) },
  }),
  registrationNumber: (d, n) => ({
    ...d,
    content: { ...d.content, registrationNumber: reference(d, 'registrationNumber', n) },
  }),
  protocolUrl: (d, n) => ({
    ...d,
    content: { ...d.content, protocolUrl: reference(d, 'protocolUrl', n) },
  }),
  sequence: (d, n) => ({ ...d, sequence: d.sequence + 1 + n }),
  previousHash: (d, n) => ({ ...d, previousHash: flipHex(d.previousHash, n) }),
  hash: (d, n) => ({ ...d, hash: flipHex(d.hash, n) }),
};

describe('chain properties', () => {
  it('a chain built by linkDecision verifies', () => {
    fc.assert(fc.property(chainArb, (chain) => verifyChain(chain).ok));
  });

  it('any single-field change of any decision is detected', () => {
    fc.assert(
      fc.property(
        chainArb,
        fc.nat(),
        fc.constantFrom(...Object.keys(MUTATIONS)),
        fc.nat(200),
        (chain, pick, field, n) => {
          const i = pick % chain.length;
          const before = chain[i]!;
          // Dropping or renaming an adoption of a decision that adopts nothing changes nothing.
          if (
            (field === 'dropAdoptions' || field === 'adoptionId') &&
            before.content.adopts.length === 0
          )
            return;
          const tampered = chain.map((d, k) => (k === i ? MUTATIONS[field]!(d, n) : d));
          const verdict = verifyChain(tampered);
          expect(verdict.ok).toBe(false);
          if (!verdict.ok) expect(verdict.index).toBeLessThanOrEqual(i);
        },
      ),
    );
  });

  it('swapping any two decisions is detected, with or without swapping their sequence numbers', () => {
    const twoOrMore = chainArb.filter((c) => c.length >= 2);
    fc.assert(
      fc.property(twoOrMore, fc.nat(), fc.nat(), (chain, p, q) => {
        const i = p % chain.length;
        const j = (i + 1 + (q % (chain.length - 1))) % chain.length;
        const swapped = [...chain];
        [swapped[i], swapped[j]] = [chain[j]!, chain[i]!];
        expect(verifyChain(swapped).ok).toBe(false);
        const renumbered = swapped.map((d, k) => ({ ...d, sequence: k + 1 }));
        expect(verifyChain(renumbered).ok).toBe(false);
      }),
    );
  });
});

// Version 2 covers the whole record: after a run of version-1 decisions (a chain recorded before
// it existed), any change to a field that only version 2 covers is detected too.
const recordArb = (sequence: number) =>
  fc
    .record({
      id: fc.uuid(),
      bodyName: fc.string({ minLength: 1, maxLength: 20 }),
      recordedBy: fc.option(fc.uuid()),
      recordedAt: fc
        .integer({ min: 0, max: 2_000_000_000_000 })
        .map((ms) => new Date(ms).toISOString()),
    })
    .map((extra) => ({ ...extra, municipalityId: `M-${sequence % 3}` }));

const mixedArb = fc
  .tuple(
    fc.array(contentArb, { maxLength: 3 }),
    fc.array(fc.tuple(contentArb, recordArb(0)), { minLength: 1, maxLength: 4 }),
  )
  .map(([old, next]) => {
    const out: ChainedDecision[] = [];
    for (const c of old) out.push(linkDecision(out.at(-1) ?? null, c, 1));
    for (const [c, extra] of next) out.push(linkDecision(out.at(-1) ?? null, { ...c, ...extra }));
    return out;
  });

const RECORD_MUTATIONS: Record<string, (r: Record<string, unknown>) => Record<string, unknown>> = {
  id: (r) => ({ ...r, id: `${r.id}0` }),
  municipalityId: (r) => ({ ...r, municipalityId: `${r.municipalityId}x` }),
  bodyName: (r) => ({ ...r, bodyName: `${r.bodyName}.` }),
  recordedBy: (r) => ({ ...r, recordedBy: r.recordedBy === null ? 'someone' : null }),
  recordedAt: (r) => ({
    ...r,
    recordedAt: new Date(Date.parse(String(r.recordedAt)) + 1).toISOString(),
  }),
};

describe('chain properties, hash version 2', () => {
  it('a chain of version 1 continued with version 2 verifies', () => {
    fc.assert(fc.property(mixedArb, (chain) => verifyChain(chain).ok));
  });

  it('any change of a field only version 2 covers is detected', () => {
    fc.assert(
      fc.property(
        mixedArb,
        fc.nat(),
        fc.constantFrom(...Object.keys(RECORD_MUTATIONS)),
        (chain, pick, field) => {
          const v2 = chain.flatMap((d, i) => (d.hashVersion === 2 ? [i] : []));
          const i = v2[pick % v2.length] as number;
          const tampered = chain.map((d, k) =>
            k === i
              ? ({
                  ...d,
                  content: RECORD_MUTATIONS[field]!(d.content as Record<string, unknown>),
                } as ChainedDecision)
              : d,
          );
          const verdict = verifyChain(tampered);
          expect(verdict.ok).toBe(false);
          if (!verdict.ok) expect(verdict).toMatchObject({ reason: 'content-changed', index: i });
        },
      ),
    );
  });
});
