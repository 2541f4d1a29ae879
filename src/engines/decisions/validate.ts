import { dayNumber } from '../../vocabulary/dates.ts';
import { type InvalidInput, type Issue, invalidInput } from '../../vocabulary/issues.ts';
import { ADOPTION_KINDS, type DecisionContent } from './content.ts';

/** Longest decision text accepted, in characters; protocols excerpts, not whole archives. */
export const MAX_DECISION_TEXT = 100_000;

export type DecisionIssueCode =
  | 'required'
  | 'invalid-date'
  | 'too-long'
  | 'invalid-kind'
  | 'duplicate-adoption';

/**
 * Checks a decision before it is recorded: body id and text non-blank, a real calendar date,
 * text ≤ MAX_DECISION_TEXT, every adoption of a known kind with a non-blank id, and no adoption
 * listed twice (after NFC). Returns the content unchanged when valid — it is what gets hashed.
 */
export function validateDecisionContent(
  content: DecisionContent,
): { ok: true; value: DecisionContent } | InvalidInput<DecisionIssueCode> {
  const out: Issue<DecisionIssueCode>[] = [];
  const blank = (s: unknown) => typeof s !== 'string' || s.trim() === '';
  if (blank(content.bodyId)) out.push({ path: 'bodyId', code: 'required' });
  if (typeof content.date !== 'string' || dayNumber(content.date) === null) {
    out.push({ path: 'date', code: 'invalid-date' });
  }
  if (blank(content.text)) out.push({ path: 'text', code: 'required' });
  else if (content.text.length > MAX_DECISION_TEXT) out.push({ path: 'text', code: 'too-long' });
  const seen = new Set<string>();
  for (const [i, a] of content.adopts.entries()) {
    if (!(ADOPTION_KINDS as readonly string[]).includes(a.kind)) {
      out.push({ path: `adopts[${i}].kind`, code: 'invalid-kind' });
    }
    if (blank(a.id)) out.push({ path: `adopts[${i}].id`, code: 'required' });
    const key = `${a.kind}\u0000${String(a.id).normalize('NFC')}`;
    if (seen.has(key)) out.push({ path: `adopts[${i}]`, code: 'duplicate-adoption' });
    seen.add(key);
  }
  return out.length > 0 ? invalidInput(out) : { ok: true, value: content };
}
