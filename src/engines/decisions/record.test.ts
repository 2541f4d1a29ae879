import { describe, expect, it } from 'vitest';
import { type ChainedDecision, linkDecision, verifyChain } from './chain.ts';
import {
  ADOPT_GOALS_HASH,
  adoptGoals,
  RECORD_AFTER_ADOPT_GOALS_HASH,
  RECORD_HASH,
  record,
} from './fixtures.ts';
import { chainHash, GENESIS_HASH, sha256Hex } from './hash.ts';
import { canonicalRecord, type DecisionRecord } from './record.ts';

describe('hash version 2: the whole record', () => {
  it('has every field as a member, references as null when not given; fixed by coreutils', () => {
    expect(canonicalRecord(record, 1)).toBe(
      '{"adopts":[{"id":"gs-2026","kind":"goal-set"}],"body":{"id":"kf-katrineholm","name":"Kommunfullmäktige"},' +
        '"date":"2026-04-13","id":"0b7c3f0e-8a59-4c1e-9a3c-2f1d5e6a7b80","municipalityId":"SE-0483",' +
        '"paragraph":"§ 45","protocolUrl":null,"recordedAt":"2026-04-13T15:02:03.456Z",' +
        '"recordedBy":"5f0c8d2a-1b3e-4c5d-8e9f-0a1b2c3d4e5f","registrationNumber":null,"sequence":1,' +
        '"text":"Kommunfullmäktige inför digital signering.","v":2}',
    );
    const linked = linkDecision(null, record);
    expect(linked).toMatchObject({ sequence: 1, hashVersion: 2, hash: RECORD_HASH });
    expect(linked.hash).toBe(sha256Hex(canonicalRecord(record, 1) + GENESIS_HASH));
  });

  it('changes the hash when any shown field changes, the body name and recorder included', () => {
    const variants: DecisionRecord[] = [
      { ...record, bodyName: 'Kommunstyrelsen' },
      { ...record, recordedBy: null },
      { ...record, recordedBy: '00000000-0000-0000-0000-000000000000' },
      { ...record, recordedAt: '2026-04-13T15:02:03.457Z' },
      { ...record, id: '0b7c3f0e-8a59-4c1e-9a3c-2f1d5e6a7b81' },
      { ...record, municipalityId: 'SE-0484' },
      { ...record, bodyId: 'ks-katrineholm' },
      { ...record, registrationNumber: 'KS 2026/123' },
      { ...record, paragraph: null },
      { ...record, text: `${record.text} ` },
      { ...record, adopts: [] },
    ];
    const hashes = new Set([RECORD_HASH, ...variants.map((v) => linkDecision(null, v).hash)]);
    expect(hashes.size).toBe(variants.length + 1);
    // Its number in the chain is covered too.
    expect(chainHash(canonicalRecord(record, 2), GENESIS_HASH)).not.toBe(RECORD_HASH);
  });

  it('refuses a record without its fields (a bug, not input)', () => {
    expect(() => canonicalRecord({ ...record, recordedAt: '2026-04-13 15:02' }, 1)).toThrow(
      TypeError,
    );
    const { bodyName: _, ...withoutName } = record;
    expect(() => canonicalRecord(withoutName as DecisionRecord, 1)).toThrow(TypeError);
  });

  it('continues a chain of version 1; a downgrade or an unknown version breaks it', () => {
    const old = linkDecision(null, adoptGoals, 1);
    expect(old.hash).toBe(ADOPT_GOALS_HASH);
    const next = linkDecision(old, record);
    expect(next.hash).toBe(RECORD_AFTER_ADOPT_GOALS_HASH);
    expect(verifyChain([old, next])).toEqual({
      ok: true,
      length: 2,
      head: RECORD_AFTER_ADOPT_GOALS_HASH,
    });
    // A version-2 decision re-hashed as version 1 (to escape what 2 covers) after another.
    const first = linkDecision(null, record);
    const downgraded = linkDecision(first, adoptGoals, 1);
    expect(verifyChain([first, downgraded])).toMatchObject({
      ok: false,
      reason: 'version',
      index: 1,
    });
    const unknown = { ...first, hashVersion: 3 } as unknown as ChainedDecision;
    expect(verifyChain([unknown])).toMatchObject({ ok: false, reason: 'version', index: 0 });
  });

  it('detects a changed body name, recorder or time even when nothing else changed', () => {
    const a = linkDecision(null, record);
    const b = linkDecision(a, { ...record, id: 'b', sequence: 2 } as DecisionRecord);
    for (const change of [
      { bodyName: 'Kommunstyrelsen' },
      { recordedBy: 'someone-else' },
      { recordedAt: '2026-04-14T15:02:03.456Z' },
    ]) {
      const tampered = { ...b, content: { ...b.content, ...change } } as ChainedDecision;
      expect(verifyChain([a, tampered]), JSON.stringify(change)).toMatchObject({
        ok: false,
        reason: 'content-changed',
        index: 1,
      });
    }
  });
});
