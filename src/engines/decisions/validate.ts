import { dayNumber } from '../../vocabulary/dates.ts';
import { type InvalidInput, type Issue, invalidInput } from '../../vocabulary/issues.ts';
import { ADOPTION_KINDS, type DecisionContent, REFERENCE_FIELDS } from './content.ts';

/** Longest decision text accepted, in characters; protocols excerpts, not whole archives. */
export const MAX_DECISION_TEXT = 100_000;

/** Longest reference accepted, in characters, per field. */
export const MAX_REFERENCE_LENGTH = {
  paragraph: 20,
  registrationNumber: 50,
  protocolUrl: 2000,
} as const;

export type DecisionIssueCode =
  | 'required'
  | 'invalid-date'
  | 'too-long'
  | 'invalid-kind'
  | 'duplicate-adoption'
  | 'not-https';

/** True for an absolute https URL with a host and no user name or password in it. */
export function isHttpsUrl(value: string): boolean {
  if (/\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname !== '' && !url.username && !url.password;
  } catch {
    return false;
  }
}

/**
 * Checks a decision before it is recorded: body id and text non-blank, a real calendar date,
 * text ≤ MAX_DECISION_TEXT, every adoption of a known kind with a non-blank id, and no adoption
 * listed twice (after NFC). A reference given (not null or undefined) is non-blank and within
 * MAX_REFERENCE_LENGTH; the protocol link is an https URL. Returns the content unchanged when
 * valid — it is what gets hashed.
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
  for (const field of REFERENCE_FIELDS) {
    const v = content[field];
    if (v === undefined || v === null) continue;
    if (blank(v)) out.push({ path: field, code: 'required' });
    else if (v.length > MAX_REFERENCE_LENGTH[field]) out.push({ path: field, code: 'too-long' });
    else if (field === 'protocolUrl' && !isHttpsUrl(v))
      out.push({ path: field, code: 'not-https' });
  }
  return out.length > 0 ? invalidInput(out) : { ok: true, value: content };
}
