import { Hono } from 'hono';
import type { AppEnv } from '../../../web/env.ts';
import { errorResponse } from '../../../web/errors.tsx';
import { pageContext } from '../../../web/page-context.ts';
import { uuidParam } from '../../../web/params.ts';
import { sendPage } from '../../../web/render.ts';
import { canSeeInternal } from '../../identity/identity.policy.ts';
import { requireMunicipality } from '../../tenancy/municipality-param.ts';
import { isPublicGoal } from '../strategy/strategy.policy.ts';
import { departmentOf, departmentPlan } from './department-plan.queries.ts';
import { DepartmentPlanPage } from './views/department-plan-page.tsx';

/**
 * The department plan page. Public: visitors see the public goals (`isPublicGoal`) and the public initiatives;
 * the municipality's staff and up see everything, with the systems the department uses.
 */
export function departmentPlanRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/municipalities/:id/departments/:did', async (c) => {
    const m = await requireMunicipality(c);
    const { db } = c.get('ctx');
    const department = await departmentOf(db, m.id, uuidParam(c, 'did'));
    if (!department) return errorResponse(c, 'notFound');
    const plan = await departmentPlan(db, department.id);
    const internal = canSeeInternal(c.get('actor'), m.id);
    const visible = internal
      ? plan
      : {
          ...plan,
          goals: plan.goals.filter(isPublicGoal),
          owned: plan.owned.filter((i) => i.isPublic),
          participating: plan.participating.filter((i) => i.isPublic),
          systems: [],
        };
    return sendPage(
      c,
      <DepartmentPlanPage
        {...pageContext(c)}
        municipality={m}
        department={department}
        plan={visible}
        showSystems={internal}
      />,
    );
  });
  return app;
}
