import { Hono } from 'hono';
import type { AppEnv } from '../../../web/env.ts';
import { errorResponse } from '../../../web/errors.tsx';
import { pageContext } from '../../../web/page-context.ts';
import { sendPage } from '../../../web/render.ts';
import {
  casesSpreadInCounty,
  mostSpreadCases,
  municipalitiesOfCounty,
  spreadPerCounty,
} from './spread.queries.ts';
import { CountySpreadPage } from './views/county-spread-page.tsx';
import { NetworkSpreadPage } from './views/network-spread-page.tsx';

/** How many cases a spread page lists, most reused first. */
export const SPREAD_CASES_SHOWN = 25;

const countyIdShape = /^(SE|NO)-\d{2}$/;

/** The spread of shared cases: the network's page and one per county, public. */
export function spreadRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/network/spread', async (c) => {
    const { db } = c.get('ctx');
    const [counties, topCases] = [
      await spreadPerCounty(db),
      await mostSpreadCases(db, SPREAD_CASES_SHOWN),
    ];
    return sendPage(
      c,
      <NetworkSpreadPage {...pageContext(c)} counties={counties} topCases={topCases} />,
    );
  });

  app.get('/network/spread/:countyId', async (c) => {
    const countyId = c.req.param('countyId');
    if (!countyIdShape.test(countyId)) return errorResponse(c, 'notFound');
    const { db } = c.get('ctx');
    const all = await spreadPerCounty(db);
    const county = all.find((x) => x.countyId === countyId);
    if (!county) return errorResponse(c, 'notFound');
    const [cases, municipalities] = [
      await casesSpreadInCounty(db, countyId, SPREAD_CASES_SHOWN),
      await municipalitiesOfCounty(db, countyId),
    ];
    return sendPage(
      c,
      <CountySpreadPage
        {...pageContext(c)}
        county={county}
        counties={all.filter((x) => x.country === county.country)}
        cases={cases}
        municipalities={municipalities}
      />,
    );
  });

  return app;
}
