import { createHash, createPublicKey, generateKeyPairSync, verify } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { instanceKey } from './signing.ts';

// The key that signs the checkpoints: configured, it is the one published at the well-known
// address and it signs the demo's checkpoints too; left out, one is kept in the database.

const signing = generateKeyPairSync('ed25519');
let t: TestApp;
beforeAll(async () => {
  const pem = signing.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  t = await createTestApp({ env: { DECISION_SIGNING_KEY: pem } });
});
afterAll(async () => {
  await t?.close();
});

type Checkpoint = {
  count: number;
  head: string;
  signedAt: string;
  signature: string;
  payload: string;
};
const checkpoints = async (m: string) =>
  (await (await t.app.request(`/api/v1/municipalities/${m}/decisions/checkpoints`)).json())
    .items as Checkpoint[];
const signatureHolds = (c: Checkpoint, key: ReturnType<typeof createPublicKey>) =>
  verify(null, Buffer.from(c.payload, 'utf8'), key, Buffer.from(c.signature, 'base64url'));
const items = async (m: string) =>
  (await (await t.app.request(`/api/v1/municipalities/${m}/decisions`)).json()).items as {
    hash: string;
  }[];

describe('the published key', () => {
  it('is the configured key, as a JWK whose id is its RFC 7638 thumbprint, and verifies every checkpoint', async () => {
    const res = await t.app.request('/.well-known/samskap-decision-key');
    const jwk = await res.json();
    const x = signing.publicKey.export({ format: 'jwk' }).x;
    const thumbprint = createHash('sha256')
      .update(`{"crv":"Ed25519","kty":"OKP","x":"${x}"}`)
      .digest('base64url');
    expect(jwk).toEqual({
      kty: 'OKP',
      crv: 'Ed25519',
      x,
      kid: thumbprint,
      alg: 'EdDSA',
      use: 'sig',
    });
    const key = createPublicKey({ key: jwk, format: 'jwk' });
    const all = await checkpoints('SE-0483');
    expect(all.length).toBeGreaterThan(0);
    for (const c of all) {
      // The payload is exactly the documented canonical text of the checkpoint's fields.
      expect(c.payload).toBe(
        `{"count":${c.count},"head":"${c.head}","keyId":"${thumbprint}","municipalityId":"SE-0483",` +
          `"signedAt":"${c.signedAt}","type":"samskap-decision-checkpoint","v":1}`,
      );
      expect(signatureHolds(c, key)).toBe(true);
    }
    const demo = await items('SE-0483');
    expect(all.map((c) => c.head)).toEqual(demo.map((d) => d.hash));
  });

  it('without configuration is generated once and kept in the database', async () => {
    const db = t.database.db;
    const first = await instanceKey({ db });
    const again = await instanceKey({ db });
    expect(first).toMatchObject({ source: 'database', keyId: again.keyId });
    const stored = await db.execute(
      sql`select value from instance_settings where key = 'decision_signing_key'`,
    );
    expect(String((stored as { rows: { value: string }[] }).rows[0]?.value)).toContain(
      '-----BEGIN PRIVATE KEY-----',
    );
    // A different key from the configured one: checkpoints it signed would not verify here.
    expect(first.keyId).not.toBe(
      (await instanceKey({ db, decisionSigningKey: signing.privateKey })).keyId,
    );
  });
});
