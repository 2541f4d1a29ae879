import { Hono } from 'hono';
import type { AppEnv } from '../../../web/env.ts';
import { withoutNul } from '../../../web/middleware/nul.ts';
import { pageContext } from '../../../web/page-context.ts';
import { sendPage } from '../../../web/render.ts';
import { keptForVisitors } from '../../../web/visitor-pages.ts';
import { requireMunicipality } from '../../tenancy/municipality-param.ts';
import { canSeeSteering } from '../steering/steering.policy.ts';
import { loadRoadmap } from './roadmap.load.ts';
import { systemsRoutes } from './systems.routes.tsx';
import { RoadmapPage } from './views/roadmap-page.tsx';

// A filter value longer than any id or stage cannot match; cut it so it is never echoed at length.
const queryValue = (v: string | undefined) =>
  withoutNul(v ?? '')
    .trim()
    .slice(0, 100);

/** Pages of the roadmap domain, mounted under /:lang: the roadmap and the systems map. */
export function roadmapRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/municipalities/:id/roadmap', keptForVisitors(), async (c) => {
    const m = await requireMunicipality(c);
    const actor = c.get('actor');
    const { db, now } = c.get('ctx');
    const filter = {
      goal: queryValue(c.req.query('goal')),
      stage: queryValue(c.req.query('stage')),
    };
    const result = await loadRoadmap(db, actor, m.id, filter);
    const page = (
      <RoadmapPage
        {...pageContext(c)}
        municipality={m}
        goals={result.ok ? result.value.goals : (result.goals ?? [])}
        items={result.ok ? result.value.items : []}
        form={{ values: filter, errors: result.ok ? {} : (result.fields ?? {}) }}
        internal={canSeeSteering(actor, m.id)}
        today={now()}
      />
    );
    return sendPage(c, page, result.ok ? 200 : 400);
  });

  app.route('/', systemsRoutes());
  return app;
}
