import { createPrivateKey, createPublicKey, generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  type Checkpoint,
  checkpointPayload,
  checkpointSignatureHolds,
  keyIdOf,
  signCheckpoint,
  verifyCheckpoints,
} from './checkpoint.ts';
import { sha256Hex } from './hash.ts';

// RFC 8032, section 7.1, test 1: the secret and public key, and the signature of the empty
// message. RFC 8037, appendix A.3, gives the same public key's JWK thumbprint.
const secret = '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60';
const pub = 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a';
const emptySignature =
  'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b';
const b64url = (hex: string) => Buffer.from(hex, 'hex').toString('base64url');
const jwk = { kty: 'OKP', crv: 'Ed25519', x: b64url(pub), d: b64url(secret) };
const privateKey = createPrivateKey({ key: jwk, format: 'jwk' });
const publicKey = createPublicKey(privateKey);

const hashes = ['a', 'b', 'c'].map((s) => sha256Hex(s));
const at = (count: number): Checkpoint => ({
  municipalityId: 'SE-0483',
  count,
  head: hashes[count - 1] as string,
  signedAt: `2026-04-1${count}T10:00:00.000Z`,
  keyId: keyIdOf(publicKey),
});

describe('Ed25519 and the key id', () => {
  it('signs as RFC 8032 says, and the key id is the JWK thumbprint of RFC 8037', () => {
    expect(sign(null, Buffer.alloc(0), privateKey).toString('hex')).toBe(emptySignature);
    expect(keyIdOf(publicKey)).toBe('kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k');
  });
});

describe('checkpoints', () => {
  it('sign a canonical payload that the public key alone verifies', () => {
    const c = signCheckpoint(at(2), privateKey);
    expect(checkpointPayload(c)).toBe(
      `{"count":2,"head":"${hashes[1]}","keyId":"kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k",` +
        '"municipalityId":"SE-0483","signedAt":"2026-04-12T10:00:00.000Z",' +
        '"type":"samskap-decision-checkpoint","v":1}',
    );
    expect(checkpointSignatureHolds(c, publicKey)).toBe(true);
    for (const altered of [
      { ...c, count: 3 },
      { ...c, head: hashes[2] as string },
      { ...c, municipalityId: 'SE-0484' },
      { ...c, signedAt: '2026-04-12T10:00:00.001Z' },
      { ...c, signature: `${c.signature.slice(0, -2)}AA` },
      { ...c, signature: '' },
      { ...c, signature: '<script>' },
    ]) {
      expect(checkpointSignatureHolds(altered, publicKey), JSON.stringify(altered)).toBe(false);
    }
    const other = generateKeyPairSync('ed25519');
    const forged = signCheckpoint({ ...at(2), keyId: keyIdOf(other.publicKey) }, other.privateKey);
    expect(checkpointSignatureHolds(forged, publicKey)).toBe(false);
    // Signed by another key under this key's id: still refused.
    expect(checkpointSignatureHolds(signCheckpoint(at(2), other.privateKey), publicKey)).toBe(
      false,
    );
  });

  it('agree with an intact chain, and catch removed decisions and a rewritten chain', () => {
    const signed = [1, 2, 3].map((n) => signCheckpoint(at(n), privateKey));
    expect(verifyCheckpoints('SE-0483', hashes, signed, publicKey)).toMatchObject({
      ok: true,
      checked: 3,
      latest: { count: 3, head: hashes[2] },
    });
    expect(verifyCheckpoints('SE-0483', hashes.slice(0, 2), signed, publicKey)).toEqual({
      ok: false,
      reason: 'checkpoint-beyond-chain',
      count: 3,
    });
    const relinked = ['a', 'x', 'y'].map((s) => sha256Hex(s));
    expect(verifyCheckpoints('SE-0483', relinked, signed, publicKey)).toEqual({
      ok: false,
      reason: 'checkpoint-head',
      count: 2,
    });
    expect(verifyCheckpoints('SE-0484', hashes, signed, publicKey)).toMatchObject({
      ok: false,
      reason: 'checkpoint-signature',
    });
    expect(verifyCheckpoints('SE-0483', [], [], publicKey)).toEqual({
      ok: true,
      checked: 0,
      latest: null,
    });
  });

  it('require one for every decision signed since they exist, and can check only the latest signature', () => {
    const signed = [1, 2, 3].map((n) => signCheckpoint(at(n), privateKey));
    // A decision appended afterwards, linked as it should be, but without a checkpoint.
    const longer = [...hashes, sha256Hex('d')];
    expect(verifyCheckpoints('SE-0483', longer, signed, publicKey, { signedFrom: 1 })).toEqual({
      ok: false,
      reason: 'checkpoint-missing',
      count: 4,
    });
    // Decisions recorded before checkpoints existed need none.
    expect(
      verifyCheckpoints('SE-0483', longer, signed.slice(1), publicKey, { signedFrom: 5 }),
    ).toMatchObject({ ok: true, checked: 2 });
    expect(
      verifyCheckpoints('SE-0483', longer, signed.slice(1), publicKey, { signedFrom: 1 }),
    ).toEqual({ ok: false, reason: 'checkpoint-missing', count: 1 });
    // An older checkpoint with a broken signature but the right head: only a full check says so.
    const broken = [{ ...signed[0]!, signature: signed[1]!.signature }, signed[1]!, signed[2]!];
    expect(
      verifyCheckpoints('SE-0483', hashes, broken, publicKey, { signatures: 'latest' }),
    ).toMatchObject({
      ok: true,
    });
    expect(verifyCheckpoints('SE-0483', hashes, broken, publicKey)).toMatchObject({
      ok: false,
      reason: 'checkpoint-signature',
      count: 1,
    });
    const latestBroken = [
      signed[0]!,
      signed[1]!,
      { ...signed[2]!, signature: signed[0]!.signature },
    ];
    expect(
      verifyCheckpoints('SE-0483', hashes, latestBroken, publicKey, { signatures: 'latest' }),
    ).toMatchObject({
      ok: false,
      reason: 'checkpoint-signature',
      count: 3,
    });
  });
});
