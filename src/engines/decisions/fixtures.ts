import type { DecisionContent } from './content.ts';
import type { DecisionRecord } from './record.ts';

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

// A decision as hash version 2 covers it: the whole record. Hashed with coreutils:
//   C='{"adopts":[{"id":"gs-2026","kind":"goal-set"}],"body":{"id":"kf-katrineholm",
//       "name":"Kommunfullmäktige"},"date":"2026-04-13","id":"0b7c3f0e-8a59-4c1e-9a3c-2f1d5e6a7b80",
//       "municipalityId":"SE-0483","paragraph":"§ 45","protocolUrl":null,
//       "recordedAt":"2026-04-13T15:02:03.456Z","recordedBy":"5f0c8d2a-1b3e-4c5d-8e9f-0a1b2c3d4e5f",
//       "registrationNumber":null,"sequence":1,"text":"Kommunfullmäktige inför digital signering.","v":2}'
//   printf '%s%s' "$C" 0000…0000 (64 zeros) | sha256sum       → RECORD_HASH
//   the same with "sequence":2 and ADOPT_GOALS_HASH after it   → RECORD_AFTER_ADOPT_GOALS_HASH
export const record: DecisionRecord = {
  id: '0b7c3f0e-8a59-4c1e-9a3c-2f1d5e6a7b80',
  municipalityId: 'SE-0483',
  bodyId: 'kf-katrineholm',
  bodyName: 'Kommunfullmäktige',
  date: '2026-04-13',
  text: 'Kommunfullmäktige inför digital signering.',
  adopts: [{ kind: 'goal-set', id: 'gs-2026' }],
  paragraph: '§ 45',
  registrationNumber: null,
  protocolUrl: null,
  recordedBy: '5f0c8d2a-1b3e-4c5d-8e9f-0a1b2c3d4e5f',
  recordedAt: '2026-04-13T15:02:03.456Z',
};
export const RECORD_HASH = '4629e7091e99bd9db48f5959d6210bc014baa830d0ebe0aabfbee69792db6123';
export const RECORD_AFTER_ADOPT_GOALS_HASH =
  '2b8d6430e1fb309c212c3f151fd8be2add300914b71ec5e5935dd2b47bbd32bd';
