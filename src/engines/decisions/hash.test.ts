import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical.ts';
import { canonicalDecision } from './content.ts';
import { ADOPT_GOALS_HASH, adoptGoals, WITH_REFERENCES_HASH, withReferences } from './fixtures.ts';
import { chainHash, GENESIS_HASH, isHash, sha256Hex } from './hash.ts';

describe('sha256Hex: FIPS 180-2 test vectors', () => {
  it('hashes "", "abc" and the 448-bit message', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    expect(sha256Hex(new TextEncoder().encode('abc'))).toBe(sha256Hex('abc'));
  });

  it('genesis is 64 zeros and counts as a well-formed hash', () => {
    expect(GENESIS_HASH).toMatch(/^0{64}$/);
    expect(isHash(GENESIS_HASH)).toBe(true);
    expect(isHash('A'.repeat(64))).toBe(false); // upper case is not the stored form
  });
});

describe('canonicalJson', () => {
  it('sorts keys, drops whitespace, keeps array order', () => {
    expect(canonicalJson({ b: [3, 1, { z: true, a: null }], a: 'x' })).toBe(
      '{"a":"x","b":[3,1,{"a":null,"z":true}]}',
    );
  });

  it('normalises strings and keys to NFC', () => {
    const decomposed = 'Ume\u0061\u030a'; // a + combining ring above
    expect(canonicalJson({ [decomposed]: decomposed })).toBe('{"Ume\u00e5":"Ume\u00e5"}');
  });

  it('escapes like JSON.stringify and rejects what JSON cannot carry', () => {
    expect(canonicalJson('rad 1\nrad "2"')).toBe('"rad 1\\nrad \\"2\\""');
    expect(() => canonicalJson(Number.NaN)).toThrow(TypeError);
    expect(() => canonicalJson({ a: undefined } as unknown as { a: null })).toThrow(TypeError);
  });
});

describe('chainHash', () => {
  it('is SHA-256 of UTF-8(canonical) followed by the previous hash in hex', () => {
    const c = canonicalDecision(adoptGoals);
    expect(c).toBe(
      '{"adopts":[{"id":"fs-3","kind":"future-story-version"},{"id":"gs-2026","kind":"goal-set"}],' +
        '"bodyId":"kf-umea","date":"2026-03-16","text":"Kommunfullmäktige antar målen för 2026–2028."}',
    );
    expect(chainHash(c, GENESIS_HASH)).toBe(ADOPT_GOALS_HASH);
    expect(chainHash(c, GENESIS_HASH)).toBe(sha256Hex(c + GENESIS_HASH));
  });

  it('does not depend on adoption order or Unicode form', () => {
    const reordered = { ...adoptGoals, adopts: [...adoptGoals.adopts].reverse() };
    const decomposed = { ...adoptGoals, text: adoptGoals.text.normalize('NFD') };
    expect(decomposed.text).not.toBe(adoptGoals.text);
    expect(canonicalDecision(reordered)).toBe(canonicalDecision(adoptGoals));
    expect(canonicalDecision(decomposed)).toBe(canonicalDecision(adoptGoals));
  });
});

describe('references (paragraph, registration number, protocol link)', () => {
  it('are members of the canonical form when given, in key order; the hash is fixed by coreutils', () => {
    expect(canonicalDecision(withReferences)).toBe(
      '{"adopts":[],"bodyId":"ks-botkyrka","date":"2026-04-13","paragraph":"§ 45",' +
        '"protocolUrl":"https://www.botkyrka.se/protokoll/ks-2026-04-13.pdf",' +
        '"registrationNumber":"KS 2026/123","text":"Kommunstyrelsen inför digital signering."}',
    );
    expect(chainHash(canonicalDecision(withReferences), GENESIS_HASH)).toBe(WITH_REFERENCES_HASH);
  });

  it('leave a decision without them exactly as it was hashed before they existed', () => {
    const asStored = {
      ...adoptGoals,
      paragraph: null,
      registrationNumber: null,
      protocolUrl: null,
    };
    expect(canonicalDecision(asStored)).toBe(canonicalDecision(adoptGoals));
    expect(chainHash(canonicalDecision(asStored), GENESIS_HASH)).toBe(ADOPT_GOALS_HASH);
  });

  it('change the hash when one is added, altered or removed', () => {
    const hashOf = (c: typeof withReferences) => chainHash(canonicalDecision(c), GENESIS_HASH);
    const variants = [
      { ...withReferences, paragraph: '§ 46' },
      { ...withReferences, registrationNumber: 'KS 2026/124' },
      { ...withReferences, protocolUrl: `${withReferences.protocolUrl}#p2` },
      { ...withReferences, paragraph: null },
      { ...adoptGoals, paragraph: '§ 1' },
    ];
    const hashes = new Set([WITH_REFERENCES_HASH, ADOPT_GOALS_HASH, ...variants.map(hashOf)]);
    expect(hashes.size).toBe(variants.length + 2);
  });
});
