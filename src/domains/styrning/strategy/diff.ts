import { diffWords } from 'diff';

/** A run of text that is the same in both versions, added in the newer, or removed from the older. */
export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string };

/** Word-level difference from `before` to `after` (jsdiff's diffWords), in reading order. */
export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((c) => ({
    kind: c.added ? 'added' : c.removed ? 'removed' : 'same',
    text: c.value,
  }));
}

/** How many words were added and removed, for the summary above a diff. */
export function diffCounts(parts: DiffPart[]): { added: number; removed: number } {
  const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
  let added = 0;
  let removed = 0;
  for (const p of parts) {
    if (p.kind === 'added') added += words(p.text);
    if (p.kind === 'removed') removed += words(p.text);
  }
  return { added, removed };
}
