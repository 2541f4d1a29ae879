import { canonicalJson, type Json } from './canonical.ts';

/** What a decision can adopt (issue 3, item 11). */
export const ADOPTION_KINDS = [
  'future-story-version',
  'goal-set',
  'portfolio-scenario',
  'gate-override',
] as const;
export type AdoptionKind = (typeof ADOPTION_KINDS)[number];

export type Adoption = { kind: AdoptionKind; id: string };

/**
 * The hashed content of a decision: the deciding body, the date of the decision (YYYY-MM-DD), its
 * text and what it adopts. Anything not here (database ids, who recorded it, when) is not covered
 * by the hash.
 */
export type DecisionContent = {
  bodyId: string;
  date: string;
  text: string;
  adopts: readonly Adoption[];
};

/**
 * The canonical form of a decision's content, the exact string that is hashed. Adoptions are a
 * set, so they are sorted by kind, then id (NFC, code-unit order) before serialising; two
 * recordings of the same decision listing them in another order hash alike.
 */
export function canonicalDecision(content: DecisionContent): string {
  const key = (a: Adoption) => [a.kind.normalize('NFC'), a.id.normalize('NFC')] as const;
  const adopts = [...content.adopts].sort((a, b) => {
    const [ka, ia] = key(a);
    const [kb, ib] = key(b);
    return ka < kb ? -1 : ka > kb ? 1 : ia < ib ? -1 : ia > ib ? 1 : 0;
  });
  const value: Json = {
    adopts: adopts.map((a) => ({ id: a.id, kind: a.kind })),
    bodyId: content.bodyId,
    date: content.date,
    text: content.text,
  };
  return canonicalJson(value);
}
