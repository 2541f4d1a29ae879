import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { ACTIVITY_CHANNEL, CONTENT_CHANNEL } from '../../db/read-models.ts';
import type { AppEnv } from '../env.ts';
import { forgetAfterWrites } from './forget-after-writes.ts';

/**
 * An app with a copy of content and one of activity to forget, on a database of `kind`; returns
 * how often the content copy was forgotten, and the activity copy.
 */
function appOn(kind: Database['kind']) {
  let forgotten = 0;
  let activityForgotten = 0;
  const app = new Hono<AppEnv>();
  app.use(
    '*',
    forgetAfterWrites({ kind } as Database, [
      { channel: CONTENT_CHANNEL, forget: () => forgotten++ },
      { channel: ACTIVITY_CHANNEL, forget: () => activityForgotten++ },
    ]),
  );
  app.get('/page', (c) => c.text('page'));
  app.post('/write', (c) => c.text('wrote'));
  app.post('/vote', (c) => {
    c.set('cachedDataTouched', 'nothing');
    return c.text('voted');
  });
  app.post('/refused', (c) => c.text('refused', 422));
  app.post('/support', (c) => {
    c.set('cachedDataTouched', 'activity');
    return c.text('supported');
  });
  return { app, forgotten: () => forgotten, activityForgotten: () => activityForgotten };
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
    const { app, forgotten, activityForgotten } = appOn('postgres');
    await app.request('/vote', { method: 'POST' });
    expect([forgotten(), activityForgotten()]).toEqual([0, 0]);
    await app.request('/write', { method: 'POST' });
    expect([forgotten(), activityForgotten()]).toEqual([1, 1]);
  });

  it('forgets only the copies of activity after a write whose route says it touched activity only', async () => {
    const { app, forgotten, activityForgotten } = appOn('postgres');
    await app.request('/support', { method: 'POST' });
    expect([forgotten(), activityForgotten()]).toEqual([0, 1]);
  });

  it('keeps the copies after a write that was refused, which wrote nothing', async () => {
    const { app, forgotten, activityForgotten } = appOn('postgres');
    await app.request('/refused', { method: 'POST' });
    expect([forgotten(), activityForgotten()]).toEqual([0, 0]);
  });

  it('never forgets on PGlite, which delivers notifications with the commit', async () => {
    const { app, forgotten } = appOn('pglite');
    await app.request('/write', { method: 'POST' });
    expect(forgotten()).toBe(0);
  });
});
