import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { BatchedHits } from './batched-hits.ts';
import { rateLimits } from './platform.schema.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ demo: false });
});
afterAll(async () => {
  await t?.close();
});

const window = new Date('2026-12-07T10:00:00Z');
const stored = async (key: string) =>
  (await t.database.db.select().from(rateLimits).where(eq(rateLimits.key, key)))[0]?.count;

describe('hits counted in the process and added to the database once a second', () => {
  it('count every hit here, and send them in one statement a second', async () => {
    const hits = new BatchedHits(1_000);
    const key = 'write:ip:192.0.2.1';
    const before = t.database.queriesSent();
    const counts = [];
    for (let i = 0; i < 1_000; i++) counts.push(await hits.hit(t.database.db, key, window, 500));
    expect(counts).toEqual(Array.from({ length: 1_000 }, (_, i) => i + 1));
    expect(t.database.queriesSent() - before).toBe(1);
    expect(await stored(key)).toBe(1);
    // A second later the 999 held back go with the next hit.
    expect(await hits.hit(t.database.db, key, window, 1_500)).toBe(1_001);
    expect(await stored(key)).toBe(1_001);
  });

  it('share one count between processes, each knowing the others’ as of its last addition', async () => {
    const [a, b] = [new BatchedHits(1_000), new BatchedHits(1_000)];
    const key = 'write:ip:192.0.2.2';
    const db = t.database.db;
    for (let i = 0; i < 3; i++) await a.hit(db, key, window, 0);
    // B adds its first hit to A's first: A's other two are not sent yet.
    expect(await b.hit(db, key, window, 0)).toBe(2);
    expect(await a.hit(db, key, window, 1_000)).toBe(5);
    expect(await b.hit(db, key, window, 1_000)).toBe(6);
  });

  it('start again in a new window', async () => {
    const hits = new BatchedHits(1_000);
    const key = 'write:ip:192.0.2.3';
    for (let i = 0; i < 4; i++) await hits.hit(t.database.db, key, window, 0);
    const next = new Date(window.getTime() + 60_000);
    expect(await hits.hit(t.database.db, key, next, 100)).toBe(1);
    expect(await stored(key)).toBe(1);
  });

  it('keep the hits it could not send, and send them with the next', async () => {
    const hits = new BatchedHits(1_000);
    const key = 'write:ip:192.0.2.4';
    const closed = await createTestApp({ demo: false });
    await closed.close();
    await expect(hits.hit(closed.database.db, key, window, 0)).rejects.toThrow();
    expect(await hits.hit(t.database.db, key, window, 10)).toBe(2);
    expect(await stored(key)).toBe(2);
  });
});
