/**
 * Where a dialogue is, as everyone sees it: planned (not yet open), open, closed (the municipality
 * is analysing what was said), decided (the matter's decision is recorded; from then on nothing
 * in the dialogue changes) and feedback (the municipality has said how the input was used).
 */
export const phases = ['planned', 'open', 'closed', 'decided', 'feedback'] as const;
export type Phase = (typeof phases)[number];

export type DialogueTimes = { opensAt: Date; closesAt: Date; closedAt: Date | null };

export function phaseOf(
  dialogue: DialogueTimes,
  decided: boolean,
  now: Date,
  feedbackPublished = false,
): Phase {
  if (decided) return feedbackPublished ? 'feedback' : 'decided';
  if (now < dialogue.opensAt) return 'planned';
  if (dialogue.closedAt !== null || now >= dialogue.closesAt) return 'closed';
  return 'open';
}

/** A statement's text as compared for duplicates: no case, no repeated or outer spaces. */
export function normalisedStatement(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/gu, ' ').toLocaleLowerCase('sv');
}
