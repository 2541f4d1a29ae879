import { Hono } from 'hono';
import type { AppEnv } from '../../web/env.ts';
import { pageContext } from '../../web/page-context.ts';
import { sendPage } from '../../web/render.ts';
import { normaliseSearchText } from '../../web/search.ts';
import { requireMunicipality } from '../tenancy/municipality-param.ts';
import { searchMunicipality } from './run-search.ts';
import { SearchPage } from './views/search-page.tsx';

/** The municipality search page: `?q=` searched in the page's language; no text, no search. */
export function searchRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/municipalities/:id/search', async (c) => {
    const m = await requireMunicipality(c);
    const q = normaliseSearchText(c.req.query('q'));
    const outcome = q
      ? await searchMunicipality(c.get('ctx').db, {
          municipalityId: m.id,
          text: q,
          lang: c.get('lang'),
          actor: c.get('actor'),
        })
      : undefined;
    return sendPage(c, <SearchPage {...pageContext(c)} municipality={m} q={q} outcome={outcome} />);
  });

  return app;
}
