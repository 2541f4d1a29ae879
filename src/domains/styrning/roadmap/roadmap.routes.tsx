import { Hono } from 'hono';
import { askedPage, pageOf } from '../../../lib/paging.ts';
import type { AppEnv } from '../../../web/env.ts';
import { withoutNul } from '../../../web/middleware/nul.ts';
import { pageContext } from '../../../web/page-context.ts';
import { sendPage } from '../../../web/render.ts';
import { keptForEveryone } from '../../../web/visitor-pages.ts';
import { requireMunicipality } from '../../tenancy/municipality-param.ts';
import { canSeeSteering } from '../steering/steering.policy.ts';
import type { RoadmapFilter } from './roadmap.load.ts';
import { roadmapFor } from './roadmap-for.ts';
import { systemsRoutes } from './systems.routes.tsx';
import { RoadmapPage } from './views/roadmap-page.tsx';

// A filter value longer than any id or stage cannot match; cut it so it is never echoed at length.
const queryValue = (v: string | undefined) =>
  withoutNul(v ?? '')
    .trim()
    .slice(0, 100);

/** Rows of the roadmap on one page: enough bars for a chart a phone can still read. */
export const ROADMAP_PER_PAGE = 25;

/** Pages of the roadmap domain, mounted under /:lang: the roadmap and the systems map. */
export function roadmapRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/municipalities/:id/roadmap', keptForEveryone(), async (c) => {
    const m = await requireMunicipality(c);
    const actor = c.get('actor');
    const filter: RoadmapFilter = {
      goal: queryValue(c.req.query('goal')),
      stage: queryValue(c.req.query('stage')),
      department: queryValue(c.req.query('department')),
      from: queryValue(c.req.query('from')),
      to: queryValue(c.req.query('to')),
    };
    const { departments, result } = await roadmapFor(c, m, filter);
    const page = (
      <RoadmapPage
        {...pageContext(c)}
        municipality={m}
        goals={result.ok ? result.value.goals : (result.goals ?? [])}
        years={result.ok ? result.value.years : (result.years ?? [])}
        departments={departments}
        shown={
          result.ok
            ? pageOf(result.value.items, askedPage(c.req.query('page')), ROADMAP_PER_PAGE)
            : undefined
        }
        form={{ values: filter, errors: result.ok ? {} : (result.fields ?? {}) }}
        internal={canSeeSteering(actor, m.id)}
        today={c.get('ctx').now()}
      />
    );
    return sendPage(c, page, result.ok ? 200 : 400);
  });

  app.route('/', systemsRoutes());
  return app;
}
