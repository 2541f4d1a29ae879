import {
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  randomUUID,
  verify,
} from 'node:crypto';
import { eq, type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signCheckpoint } from '../../engines/decisions/index.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import type { Actor } from '../../vocabulary/actor.ts';
import { users } from '../identity/identity.schema.ts';
import { recordDecision } from './commands/record-decision.ts';
import { type ApiDecision, behindTheBack, handHashV2 } from './decisions.fixtures.ts';
import { decisionBodies, decisions } from './decisions.schema.ts';

// The attacks of the security finding, each done on the database directly as someone with
// direct access would (guards switched off), each on a chain of its own: a changed field outside
// the old hash, a rewritten or deleted last decision, a whole chain re-linked with recomputed
// hashes. What each is caught by: plain verification, a head kept from before (`?head=`), the
// stored signed checkpoints, and a checkpoint kept from before checked with the published key.

const signing = generateKeyPairSync('ed25519');
const signingPem = signing.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
let t: TestApp;
let recorder = '';
beforeAll(async () => {
  // The key is configured, outside the database that the attacker can reach.
  t = await createTestApp({ env: { DECISION_SIGNING_KEY: signingPem } });
  const [user] = await t.database.db
    .select()
    .from(users)
    .where(eq(users.email, 'politician@katrineholm.example'));
  recorder = user?.id ?? '';
});
afterAll(async () => {
  await t?.close();
});

const api = (m: string, path = '') => t.app.request(`/api/v1/municipalities/${m}/decisions${path}`);
const json = async (m: string, path = '') => (await api(m, path)).json();
const items = async (m: string) => (await json(m)).items as ApiDecision[];
const verdict = (m: string, head?: string) =>
  json(m, head === undefined ? '/verify' : `/verify?head=${head}`);
type Checkpoint = {
  municipalityId: string;
  count: number;
  head: string;
  signedAt: string;
  keyId: string;
  signature: string;
  payload: string;
};
const checkpoints = async (m: string) => (await json(m, '/checkpoints')).items as Checkpoint[];

/** A municipality without demo content gets a body and three decisions, recorded as usual. */
async function chainOf(m: string, bodyName = 'Kommunfullmäktige'): Promise<ApiDecision[]> {
  const db = t.database.db;
  const [body] = await db
    .insert(decisionBodies)
    .values({ municipalityId: m, name: bodyName, kind: 'council' })
    .returning();
  const actor: Actor = {
    kind: 'user',
    userId: recorder,
    email: 'politician@katrineholm.example',
    name: 'Politiker',
    grants: [{ role: 'politician', municipalityId: m, departmentId: null }],
  };
  const texts = ['Budget 2027 fastställs.', 'Skolskjutsen upphandlas.', 'Biblioteket får öppet.'];
  for (const [i, text] of texts.entries()) {
    const r = await recordDecision(
      {
        db,
        now: () => new Date(Date.UTC(2026, 9, 1 + i, 14)),
        decisionSigningKey: t.config.decisionSigningKey,
      },
      actor,
      m,
      { bodyId: body?.id ?? '', decidedOn: `2026-10-0${i + 1}`, text },
    );
    expect(r.ok).toBe(true);
  }
  const listed = await items(m);
  expect(listed).toHaveLength(3);
  expect(await verdict(m)).toMatchObject({ ok: true, length: 3, head: listed[2]?.hash });
  return listed;
}

const publishedKey = async (): Promise<KeyObject> => {
  const res = await t.app.request('/.well-known/samskap-decision-key');
  expect(res.headers.get('content-type')).toBe('application/jwk+json');
  return createPublicKey({ key: await res.json(), format: 'jwk' });
};

/** Checks a kept checkpoint with node:crypto and the published key alone. */
const signatureHolds = (c: Checkpoint, key: KeyObject) =>
  verify(null, Buffer.from(c.payload, 'utf8'), key, Buffer.from(c.signature, 'base64url'));

const tamper = (...statements: SQL[]) => behindTheBack(t.database.db, ...statements);

describe('changed fields outside the old hash now fail plain verification', () => {
  it('body name, recorded by and recorded at', async () => {
    const m = 'SE-0114';
    const chain = await chainOf(m);
    const last = chain[2] as ApiDecision;
    const cases: [SQL, SQL, number][] = [
      [
        sql`update decision_bodies set name = 'Kommunstyrelsen' where id = ${last.body.id}`,
        sql`update decision_bodies set name = 'Kommunfullmäktige' where id = ${last.body.id}`,
        0, // every decision of the body, the first one first
      ],
      [
        sql`update decisions set recorded_by = null where id = ${last.id}`,
        sql`update decisions set recorded_by = ${recorder} where id = ${last.id}`,
        2,
      ],
      [
        sql`update decisions set recorded_at = recorded_at - interval '1 day' where id = ${last.id}`,
        sql`update decisions set recorded_at = recorded_at + interval '1 day' where id = ${last.id}`,
        2,
      ],
    ];
    for (const [change, undo, index] of cases) {
      await tamper(change);
      expect(await verdict(m), String(index)).toMatchObject({
        ok: false,
        reason: 'content-changed',
        index,
      });
      const page = await (await t.app.request(`/sv/municipalities/${m}/decisions`)).text();
      expect(page).toContain(`Kedjan håller inte från beslut nr ${index + 1}`);
      await tamper(undo);
      expect(await verdict(m)).toMatchObject({ ok: true, length: 3 });
    }
  });
});

describe('a rewritten last decision', () => {
  it('fails plain verification when its hash is left; with a recomputed hash, a kept head and the checkpoints catch it', async () => {
    const m = 'SE-0115';
    const chain = await chainOf(m);
    const kept = chain[2] as ApiDecision;
    await tamper(sql`update decisions set text = 'Biblioteket stängs.' where id = ${kept.id}`);
    expect(await verdict(m)).toMatchObject({ ok: false, reason: 'content-changed', index: 2 });
    // Now with its hash recomputed, by the documented rules, as a careful attacker would.
    const forged = { ...kept, text: 'Biblioteket stängs.' };
    await tamper(sql`update decisions set hash = ${handHashV2(forged)} where id = ${kept.id}`);
    expect(await verdict(m, kept.hash)).toMatchObject({
      ok: false,
      reason: 'head-not-found',
      expectedHead: { hash: kept.hash, found: false, sequence: null },
    });
    expect(await verdict(m)).toMatchObject({ ok: false, reason: 'checkpoint-head', index: 2 });
  });
});

describe('a deleted last decision', () => {
  it('is caught by a kept head, by the stored checkpoints, and by a kept checkpoint when those are deleted too', async () => {
    const m = 'SE-0117';
    const chain = await chainOf(m);
    const head = (chain[2] as ApiDecision).hash;
    const keptCheckpoint = (await checkpoints(m)).at(-1) as Checkpoint;
    expect(keptCheckpoint).toMatchObject({ count: 3, head });
    // Before the attack, the kept head is the chain's head; an earlier one is still in it.
    expect(await verdict(m, head)).toMatchObject({
      ok: true,
      expectedHead: { found: true, sequence: 3 },
    });
    expect(await verdict(m, (chain[0] as ApiDecision).hash)).toMatchObject({
      ok: true,
      expectedHead: { found: true, sequence: 1 },
    });

    await tamper(sql`delete from decisions where id = ${(chain[2] as ApiDecision).id}`);
    expect(await verdict(m, head)).toMatchObject({ ok: false, reason: 'head-not-found' });
    expect(await verdict(m)).toMatchObject({
      ok: false,
      reason: 'checkpoint-beyond-chain',
      index: 2,
    });

    // The attacker deletes the checkpoint too: the chain and what is stored agree again...
    await tamper(sql`delete from decision_checkpoints where municipality_id = ${m} and count = 3`);
    expect(await verdict(m)).toMatchObject({ ok: true, length: 2 });
    // ...but the head and the signed checkpoint kept from before still tell.
    expect(await verdict(m, head)).toMatchObject({ ok: false, reason: 'head-not-found' });
    expect(signatureHolds(keptCheckpoint, await publishedKey())).toBe(true);
    expect((await items(m)).map((d) => d.hash)).not.toContain(keptCheckpoint.head);
  });
});

describe('a whole chain re-linked with recomputed hashes', () => {
  it('holds on its own, but not against a kept head or the signed checkpoints, which cannot be made anew without the key', async () => {
    const m = 'SE-0120';
    const chain = await chainOf(m);
    const keptHead = (chain[2] as ApiDecision).hash;
    const kept = await checkpoints(m);
    // The first decision's text changed, and every hash after it recomputed in chain order.
    const relinked: ApiDecision[] = [];
    for (const [i, d] of chain.entries()) {
      const previousHash = relinked[i - 1]?.hash ?? '0'.repeat(64);
      const changed = { ...d, previousHash, text: i === 0 ? 'Budget 2027 avslås.' : d.text };
      relinked.push({ ...changed, hash: handHashV2(changed) });
    }
    await tamper(
      ...relinked.map(
        (d) =>
          sql`update decisions set text = ${d.text}, previous_hash = ${d.previousHash}, hash = ${d.hash} where id = ${d.id}`,
      ),
    );
    // Plain verification of the chain alone cannot tell: every link holds.
    const answer = await verdict(m);
    expect(answer.head).toBe(relinked[2]?.hash);
    expect(answer).toMatchObject({ ok: false, reason: 'checkpoint-head', index: 0 });
    for (const head of [keptHead, (chain[0] as ApiDecision).hash]) {
      expect(await verdict(m, head)).toMatchObject({ ok: false, reason: 'head-not-found' });
    }
    // Checkpoints re-signed for the new hashes, by the documented rules but with a key of the
    // attacker's own (the instance's is not in the database), are refused.
    const own = generateKeyPairSync('ed25519');
    const statements = kept.map((c) => {
      const head = relinked[c.count - 1]?.hash ?? '';
      const forged = signCheckpoint({ ...c, head }, own.privateKey);
      return sql`update decision_checkpoints set head = ${head}, signature = ${forged.signature} where municipality_id = ${m} and count = ${c.count}`;
    });
    await tamper(...statements);
    expect(await verdict(m)).toMatchObject({ ok: false, reason: 'checkpoint-signature' });
    // Whoever kept the checkpoints from before can still check them with the published key.
    const key = await publishedKey();
    for (const c of kept) expect(signatureHolds(c, key)).toBe(true);
    expect(relinked.map((d) => d.hash)).not.toContain(kept[0]?.head);
  });
});

describe('a decision appended behind the application’s back', () => {
  it('links as it should but has no signed checkpoint, which verification and the page report', async () => {
    const m = 'SE-0123';
    const chain = await chainOf(m);
    const last = chain[2] as ApiDecision;
    const forged: ApiDecision = {
      ...last,
      id: randomUUID(),
      sequence: 4,
      decidedOn: '2026-10-04',
      text: 'Simhallen säljs.',
      recordedAt: '2026-10-04T14:00:00.000Z',
      previousHash: last.hash,
    };
    forged.hash = handHashV2(forged);
    await t.database.db.insert(decisions).values({
      id: forged.id,
      municipalityId: m,
      sequence: 4,
      bodyId: forged.body.id,
      decidedOn: forged.decidedOn,
      text: forged.text,
      previousHash: forged.previousHash,
      hash: forged.hash,
      hashVersion: 2,
      recordedBy: forged.recordedBy,
      recordedAt: new Date(forged.recordedAt),
    });
    expect(await verdict(m)).toMatchObject({
      ok: false,
      head: forged.hash,
      reason: 'checkpoint-missing',
      index: 3,
    });
    const page = await (await t.app.request(`/en/municipalities/${m}/decisions`)).text();
    expect(page).toContain('The chain does not hold at decision number 4');
  });
});
