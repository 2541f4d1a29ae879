import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { oidcLogins, sessions, users } from '../identity/identity.schema.ts';
import { purgeExpired } from './housekeeping.ts';
import { hitRateLimit } from './platform.queries.ts';
import { rateLimits } from './platform.schema.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('housekeeping', () => {
  it('removes expired sessions, abandoned logins and old rate-limit counters, and nothing live', async () => {
    const db = t.database.db;
    const now = new Date('2030-06-01T12:00:00Z');
    const [user] = await db.select({ userId: users.id }).from(users).limit(1);
    await db.insert(sessions).values([
      {
        idHash: 'expired',
        userId: user?.userId ?? '',
        expiresAt: new Date('2030-06-01T11:59:59Z'),
      },
      { idHash: 'later', userId: user?.userId ?? '', expiresAt: new Date('2030-06-02T00:00:00Z') },
    ]);
    await db.insert(oidcLogins).values([
      {
        state: 'old',
        municipalityId: 'SE-0127',
        codeVerifier: 'v',
        nonce: 'n',
        lang: 'sv',
        expiresAt: new Date('2030-06-01T11:00:00Z'),
      },
      {
        state: 'fresh',
        municipalityId: 'SE-0127',
        codeVerifier: 'v',
        nonce: 'n',
        lang: 'sv',
        expiresAt: new Date('2030-06-01T12:05:00Z'),
      },
    ]);
    await hitRateLimit(db, 'login:ip:old', new Date('2030-06-01T10:00:00Z'));
    await hitRateLimit(db, 'login:ip:recent', new Date('2030-06-01T11:59:00Z'));

    await purgeExpired(db, now);

    const idHashes = (await db.select().from(sessions)).map((s) => s.idHash);
    expect(idHashes).not.toContain('expired');
    expect(idHashes).toContain('later');
    expect((await db.select().from(oidcLogins)).map((l) => l.state)).toEqual(['fresh']);
    const keys = (await db.select().from(rateLimits)).map((r) => r.key);
    expect(keys).not.toContain('login:ip:old');
    expect(keys).toContain('login:ip:recent');
  });
});
