import { Hono } from 'hono';
import type { AppEnv } from '../../../web/env.ts';
import { publicOrigin } from '../../../web/public-origin.ts';
import { inFull, keptCaseSource } from '../cases/case-search.ts';
import { casesFeed, FEED_ENTRIES } from './cases-feed.ts';
import { softwareRoutes } from './software.routes.tsx';

/**
 * The case catalogue's pages under a language: the Atom feed of new and updated cases, and the
 * staff's page that reads a case's `publiccode.yml`.
 */
export function catalogueRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/cases.atom', async (c) => {
    // The kept list of every published case is newest first: only the feed's own are read in full.
    const source = keptCaseSource(c);
    const { list } = await source.published();
    const cases = await inFull(source, list.slice(0, FEED_ENTRIES));
    const xml = casesFeed({
      t: c.get('t'),
      origin: publicOrigin(c),
      cases,
      now: c.get('ctx').now(),
    });
    return c.body(xml, 200, { 'content-type': 'application/atom+xml; charset=utf-8' });
  });

  app.route('/', softwareRoutes());
  return app;
}
