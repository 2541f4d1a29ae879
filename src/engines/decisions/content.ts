import { canonicalJson, type Json } from './canonical.ts';

/** What a decision can adopt (issue 3, item 11). */
export const ADOPTION_KINDS = [
  'future-story-version',
  'goal-set',
  'portfolio-scenario',
  'gate-override',
  'matter',
] as const;
export type AdoptionKind = (typeof ADOPTION_KINDS)[number];

export type Adoption = { kind: AdoptionKind; id: string };

/** Where a decision is found in the body's own records; each is optional. */
export const REFERENCE_FIELDS = ['paragraph', 'registrationNumber', 'protocolUrl'] as const;
export type ReferenceField = (typeof REFERENCE_FIELDS)[number];

/**
 * The hashed content of a decision: the deciding body, the date of the decision (YYYY-MM-DD), its
 * text and what it adopts, and where it is recorded when that is known: the paragraph of the
 * minutes (`§ 45`), the registration number of the case (`KS 2026/123`, `26/01234`) and a link to
 * the minutes. This is what hash version 1 covers; version 2 (`DecisionRecord`, record.ts) adds
 * everything else a reader is shown: ids, the body's name, who recorded it and when.
 */
export type DecisionContent = {
  bodyId: string;
  date: string;
  text: string;
  adopts: readonly Adoption[];
  paragraph?: string | null;
  registrationNumber?: string | null;
  protocolUrl?: string | null;
};

/**
 * The canonical form of a decision's content, the exact string that is hashed. Adoptions are a
 * set, so they are sorted by kind, then id (NFC, code-unit order) before serialising; two
 * recordings of the same decision listing them in another order hash alike. A reference field
 * (paragraph, registration number, protocol link) is a member only when it holds a string: a
 * decision without them has exactly the canonical form it had before they existed, so chains
 * recorded earlier still verify, while adding, changing or removing one later breaks the hash.
 */
export function canonicalDecision(content: DecisionContent): string {
  const key = (a: Adoption) => [a.kind.normalize('NFC'), a.id.normalize('NFC')] as const;
  const adopts = [...content.adopts].sort((a, b) => {
    const [ka, ia] = key(a);
    const [kb, ib] = key(b);
    return ka < kb ? -1 : ka > kb ? 1 : ia < ib ? -1 : ia > ib ? 1 : 0;
  });
  const value: { [k: string]: Json } = {
    adopts: adopts.map((a) => ({ id: a.id, kind: a.kind })),
    bodyId: content.bodyId,
    date: content.date,
    text: content.text,
  };
  for (const field of REFERENCE_FIELDS) {
    const v = content[field];
    if (typeof v === 'string') value[field] = v;
  }
  return canonicalJson(value);
}
