import type { DecisionContent } from './content.ts';

// Test fixtures. The golden hash was computed outside Node, with coreutils:
//   C='{"adopts":[{"id":"fs-3","kind":"future-story-version"},{"id":"gs-2026","kind":"goal-set"}],
//       "bodyId":"kf-umea","date":"2026-03-16","text":"Kommunfullmäktige antar målen för 2026–2028."}'
//   printf '%s%s' "$C" 0000…0000 (64 zeros) | sha256sum
export const adoptGoals: DecisionContent = {
  bodyId: 'kf-umea',
  date: '2026-03-16',
  text: 'Kommunfullmäktige antar målen för 2026–2028.',
  adopts: [
    { kind: 'goal-set', id: 'gs-2026' },
    { kind: 'future-story-version', id: 'fs-3' },
  ],
};
export const ADOPT_GOALS_HASH = 'a81ba95a54855ff99ec9ea5a1c3180e36312b04de2946fc359b80595468be3b6';

// A decision with its references, also hashed with coreutils (keys in code-unit order):
//   C='{"adopts":[],"bodyId":"ks-botkyrka","date":"2026-04-13","paragraph":"§ 45",
//       "protocolUrl":"https://www.botkyrka.se/protokoll/ks-2026-04-13.pdf",
//       "registrationNumber":"KS 2026/123","text":"Kommunstyrelsen inför digital signering."}'
//   printf '%s%s' "$C" 0000…0000 (64 zeros) | sha256sum
export const withReferences: DecisionContent = {
  bodyId: 'ks-botkyrka',
  date: '2026-04-13',
  text: 'Kommunstyrelsen inför digital signering.',
  adopts: [],
  paragraph: '§ 45',
  registrationNumber: 'KS 2026/123',
  protocolUrl: 'https://www.botkyrka.se/protokoll/ks-2026-04-13.pdf',
};
export const WITH_REFERENCES_HASH =
  'b6449c7956fc986d9e5b4b82ded3f025ae35350685480be9a1528126d68e3859';
