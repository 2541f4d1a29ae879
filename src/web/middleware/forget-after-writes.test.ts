import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import type { AppEnv } from '../env.ts';
import { forgetAfterWrites } from './forget-after-writes.ts';

/** An app with one copy to forget, on a database of `kind`; returns how often it was forgotten. */
function appOn(kind: Database['kind']) {
  let forgotten = 0;
  const app = new Hono<AppEnv>();
  app.use('*', forgetAfterWrites({ kind } as Database, [{ forget: () => forgotten++ }]));
  app.get('/page', (c) => c.text('page'));
  app.post('/write', (c) => c.text('wrote'));
  app.post('/vote', (c) => {
    c.set('cachedDataUntouched', true);
    return c.text('voted');
  });
  return { app, forgotten: () => forgotten };
}

describe('forgetting copies after a write', () => {
  it('forgets after each write on a server, never after a read', async () => {
    const { app, forgotten } = appOn('postgres');
    await app.request('/page');
    expect(forgotten()).toBe(0);
    await app.request('/write', { method: 'POST' });
    await app.request('/write', { method: 'POST' });
    expect(forgotten()).toBe(2);
  });

  it('keeps the copies after a write whose route says no copy holds what it wrote', async () => {
    const { app, forgotten } = appOn('postgres');
    await app.request('/vote', { method: 'POST' });
    expect(forgotten()).toBe(0);
    await app.request('/write', { method: 'POST' });
    expect(forgotten()).toBe(1);
  });

  it('never forgets on PGlite, which delivers notifications with the commit', async () => {
    const { app, forgotten } = appOn('pglite');
    await app.request('/write', { method: 'POST' });
    expect(forgotten()).toBe(0);
  });
});
