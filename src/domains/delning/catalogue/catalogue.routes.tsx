import { Hono } from 'hono';
import type { AppEnv } from '../../../web/env.ts';
import { casesFeed, FEED_ENTRIES } from './cases-feed.ts';
import { publishedCasesBatch } from './catalogue.queries.ts';
import { softwareRoutes } from './software.routes.tsx';

/**
 * The case catalogue's pages under a language: the Atom feed of new and updated cases, and the
 * staff's page that reads a case's `publiccode.yml`.
 */
export function catalogueRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/cases.atom', async (c) => {
    const { db, now } = c.get('ctx');
    const cases = await publishedCasesBatch(db, { text: '' }, undefined, FEED_ENTRIES);
    const xml = casesFeed({
      t: c.get('t'),
      origin: c.get('deps').config.publicUrl ?? new URL(c.req.url).origin,
      cases,
      now: now(),
    });
    return c.body(xml, 200, { 'content-type': 'application/atom+xml; charset=utf-8' });
  });

  app.route('/', softwareRoutes());
  return app;
}
