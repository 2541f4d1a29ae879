import { Hono } from 'hono';
import type { AppEnv } from '../../../web/env.ts';
import { keptCaseFinder } from '../cases/case-search.ts';
import { casesFeed, FEED_ENTRIES } from './cases-feed.ts';
import { softwareRoutes } from './software.routes.tsx';

/**
 * The case catalogue's pages under a language: the Atom feed of new and updated cases, and the
 * staff's page that reads a case's `publiccode.yml`.
 */
export function catalogueRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/cases.atom', async (c) => {
    // The kept list of every published case, newest first: the feed costs no query of its own.
    const cases = (await keptCaseFinder(c)('')).slice(0, FEED_ENTRIES);
    const xml = casesFeed({
      t: c.get('t'),
      origin: c.get('deps').config.publicUrl ?? new URL(c.req.url).origin,
      cases,
      now: c.get('ctx').now(),
    });
    return c.body(xml, 200, { 'content-type': 'application/atom+xml; charset=utf-8' });
  });

  app.route('/', softwareRoutes());
  return app;
}
