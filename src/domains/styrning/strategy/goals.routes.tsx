import { type Context, Hono } from 'hono';
import type { z } from 'zod';
import { askedPage, pageOf } from '../../../lib/paging.ts';
import type { Result } from '../../../lib/result.ts';
import { emptyForm, type FormState } from '../../../web/components/forms.tsx';
import type { AppEnv } from '../../../web/env.ts';
import { errorResponse, refuse } from '../../../web/errors.tsx';
import { readForm, validateForm } from '../../../web/forms.ts';
import { isMessageKey } from '../../../web/i18n/index.ts';
import { noticeKey } from '../../../web/notices.ts';
import { pageContext } from '../../../web/page-context.ts';
import { uuidParam } from '../../../web/params.ts';
import { readModelsOf } from '../../../web/read-model.ts';
import { sendPage } from '../../../web/render.ts';
import { keptForEveryone } from '../../../web/visitor-pages.ts';
import { decisionInput } from '../../decisions/commands/record-decision.ts';
import { decisionBodies } from '../../decisions/decision-bodies.ts';
import { canManageDepartment, isAdminOf } from '../../identity/identity.policy.ts';
import { authorizedMunicipality, requireMunicipality } from '../../tenancy/municipality-param.ts';
import type { MunicipalityRow } from '../../tenancy/tenancy.queries.ts';
import { canSeeInitiative } from '../portfolio/portfolio.policy.ts';
import { adoptGoalSet, createGoal, editGoal } from './commands/goals.ts';
import { createIndicator, recordMeasurement } from './commands/indicators.ts';
import { flatten } from './goal-tree.ts';
import { getGoal } from './goals.queries.ts';
import { koladaKpi, searchKolada } from './kolada.ts';
import { goalEditInput, goalInput, indicatorInput, measurementInput } from './strategy.inputs.ts';
import {
  canAdoptStrategy,
  canEditGoal,
  canSeeStrategyDrafts,
  canWriteGoalsIn,
} from './strategy.policy.ts';
import { keptGoalInitiatives, keptGoalList, keptGoalTree } from './strategy.read.ts';
import { GoalPage } from './views/goal-page.tsx';
import { GoalsPage } from './views/goals-page.tsx';

const lang = (c: Context<AppEnv>) => c.get('lang');
const generalError = (c: Context<AppEnv>, fields: Record<string, string> | undefined) => {
  const key = fields?._;
  return key ? c.get('t')(isMessageKey(key) ? key : 'error.invalid') : undefined;
};
const withoutGeneral = (fields: Record<string, string> | undefined) => {
  const { _: _omit, ...rest } = fields ?? {};
  return rest;
};

/**
 * Top-level goals on one page of the goals page. The page is cut between top-level goals, never
 * inside one, so each strategic goal is shown with all its department goals beneath it and the
 * tree stays readable; a page may therefore list more than this many goals in all.
 */
const TOP_GOALS_PER_PAGE = 25;

type ListForms = { goalForm?: FormState; adoptForm?: FormState; formError?: string | undefined };

async function renderGoals(
  c: Context<AppEnv>,
  m: MunicipalityRow,
  forms: ListForms = {},
  status: 200 | 409 | 422 = 200,
) {
  const { db } = c.get('ctx');
  const actor = c.get('actor');
  const seesDrafts = canSeeStrategyDrafts(actor, m.id);
  const tree = await keptGoalTree(readModelsOf(c), m.id, !seesDrafts);
  const facts = await c.get('deps').municipalityFacts.of(db, m.id);
  const departments = facts.departments.filter((d) => canManageDepartment(actor, m.id, d.id));
  const adoptForm = forms.adoptForm ?? {
    values: {
      decidedOn: c.get('t').day(c.get('ctx').now()),
      text: c.get('t')('strategy.goals.adoptText'),
    },
    errors: {},
  };
  return sendPage(
    c,
    <GoalsPage
      {...pageContext(c)}
      municipality={m}
      tree={tree}
      shown={pageOf(tree, askedPage(c.req.query('page')), TOP_GOALS_PER_PAGE)}
      seesDrafts={seesDrafts}
      canCreate={canWriteGoalsIn(actor, m.id)}
      canCreateStrategic={isAdminOf(actor, m.id)}
      departments={departments}
      canAdopt={canAdoptStrategy(actor, m.id)}
      draftCount={flatten(tree).filter((g) => g.status !== 'adopted').length}
      bodies={await decisionBodies(readModelsOf(c), m.id)}
      goalForm={forms.goalForm ?? emptyForm}
      adoptForm={adoptForm}
      formError={forms.formError}
      notice={noticeKey(c.req.query('done'))}
    />,
    status,
  );
}

type GoalForms = {
  goalForm?: FormState;
  indicatorForm?: FormState;
  measurementForm?: FormState;
  formError?: string | undefined;
};

async function renderGoal(
  c: Context<AppEnv>,
  m: MunicipalityRow,
  goalId: string,
  forms: GoalForms = {},
  status: 200 | 409 | 422 = 200,
) {
  const { now } = c.get('ctx');
  const actor = c.get('actor');
  const seesDrafts = canSeeStrategyDrafts(actor, m.id);
  const all = await keptGoalList(readModelsOf(c), m.id, !seesDrafts);
  const goal = all.find((g) => g.id === goalId);
  if (!goal) return errorResponse(c, 'notFound');
  const parent = all.find((g) => g.id === goal.parentId);
  // Only those who may add an indicator get the catalogue searched for them.
  const canEdit = canEditGoal(actor, goal);
  const query = (c.req.query('q') ?? '').slice(0, 200);
  const chosen = koladaKpi(c.req.query('kpi') ?? '');
  const indicatorForm = forms.indicatorForm ?? {
    values: chosen ? { koladaKpiId: chosen.id, name: chosen.title } : {},
    errors: {},
  };
  return sendPage(
    c,
    <GoalPage
      {...pageContext(c)}
      municipality={m}
      goal={goal}
      parent={parent && { id: parent.id, title: parent.title }}
      initiatives={(await keptGoalInitiatives(readModelsOf(c), m.id, goal.id)).filter((i) =>
        canSeeInitiative(actor, i),
      )}
      today={c.get('t').day(now())}
      seesDrafts={seesDrafts}
      canEdit={canEdit}
      kolada={{ query, results: canEdit && query.trim() ? searchKolada(query) : undefined }}
      chosenKpi={chosen}
      goalForm={
        forms.goalForm ?? {
          values: { title: goal.title, description: goal.description },
          errors: {},
        }
      }
      indicatorForm={indicatorForm}
      measurementForm={forms.measurementForm ?? emptyForm}
      formError={forms.formError}
      notice={noticeKey(c.req.query('done'))}
    />,
    status,
  );
}

/** The goal in the path, when the actor may edit it; otherwise the request is refused. */
async function editableGoal(c: Context<AppEnv>) {
  const m = await authorizedMunicipality(c, canWriteGoalsIn);
  const goalId = uuidParam(c, 'goalId');
  const goal = await getGoal(c.get('ctx').db, m.id, goalId);
  if (!goal) refuse(errorResponse(c, 'notFound'));
  if (!canEditGoal(c.get('actor'), goal)) refuse(errorResponse(c, 'forbidden'));
  return { m, goalId };
}

/**
 * One handler for the forms that add something to a goal (an indicator, a measurement): they
 * differ only in their input, command, form slot and notice.
 */
function goalChildHandler<S extends z.ZodType>(
  input: S,
  command: (
    ctx: AppEnv['Variables']['ctx'],
    actor: AppEnv['Variables']['actor'],
    municipalityId: string,
    goalId: string,
    data: z.infer<S>,
  ) => Promise<Result<unknown, 'forbidden' | 'not-found' | 'invalid'>>,
  formKey: 'indicatorForm' | 'measurementForm',
  done: 'indicatorCreated' | 'measurementRecorded',
) {
  return async (c: Context<AppEnv>) => {
    const { m, goalId } = await editableGoal(c);
    const values = await readForm(c);
    const parsed = validateForm(input, values);
    if (!parsed.ok) return renderGoal(c, m, goalId, { [formKey]: parsed.form }, 422);
    const result = await command(c.get('ctx'), c.get('actor'), m.id, goalId, parsed.data);
    if (!result.ok) {
      if (result.reason === 'forbidden') return errorResponse(c, 'forbidden');
      if (result.reason === 'not-found') return errorResponse(c, 'notFound');
      const form = { values, errors: result.fields ?? {} };
      return renderGoal(c, m, goalId, { [formKey]: form }, 422);
    }
    return c.redirect(`/${lang(c)}/municipalities/${m.id}/goals/${goalId}?done=${done}`, 303);
  };
}

/** Goals and indicators: adopted goals are public; drafts and every write are internal. */
export function goalRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/municipalities/:id/goals', keptForEveryone(), async (c) => {
    const m = await requireMunicipality(c);
    return renderGoals(c, m);
  });

  app.post('/municipalities/:id/goals', async (c) => {
    const m = await authorizedMunicipality(c, canWriteGoalsIn);
    const parsed = validateForm(goalInput, await readForm(c));
    if (!parsed.ok) return renderGoals(c, m, { goalForm: parsed.form }, 422);
    const result = await createGoal(c.get('ctx'), c.get('actor'), m.id, parsed.data);
    if (!result.ok) {
      if (result.reason === 'forbidden') return errorResponse(c, 'forbidden');
      const values = {
        ...parsed.data,
        parentId: parsed.data.parentId ?? '',
        departmentId: parsed.data.departmentId ?? '',
      };
      return renderGoals(c, m, { goalForm: { values, errors: result.fields ?? {} } }, 422);
    }
    return c.redirect(
      `/${lang(c)}/municipalities/${m.id}/goals/${result.value.id}?done=goalCreated`,
      303,
    );
  });

  app.post('/municipalities/:id/goals/adopt', async (c) => {
    const m = await authorizedMunicipality(c, canAdoptStrategy);
    const parsed = validateForm(decisionInput, await readForm(c));
    if (!parsed.ok) return renderGoals(c, m, { adoptForm: parsed.form }, 422);
    const result = await adoptGoalSet(c.get('ctx'), c.get('actor'), m.id, parsed.data);
    if (!result.ok) {
      if (result.reason === 'forbidden') return errorResponse(c, 'forbidden');
      return renderGoals(
        c,
        m,
        {
          adoptForm: { values: parsed.data, errors: withoutGeneral(result.fields) },
          formError: generalError(c, result.fields),
        },
        result.reason === 'nothing' ? 409 : 422,
      );
    }
    return c.redirect(`/${lang(c)}/municipalities/${m.id}/goals?done=goalsAdopted`, 303);
  });

  app.get('/municipalities/:id/goals/:goalId', keptForEveryone(), async (c) => {
    const m = await requireMunicipality(c);
    return renderGoal(c, m, uuidParam(c, 'goalId'));
  });

  app.post('/municipalities/:id/goals/:goalId', async (c) => {
    const { m, goalId } = await editableGoal(c);
    const parsed = validateForm(goalEditInput, await readForm(c));
    if (!parsed.ok) return renderGoal(c, m, goalId, { goalForm: parsed.form }, 422);
    const result = await editGoal(c.get('ctx'), c.get('actor'), m.id, goalId, parsed.data);
    if (!result.ok) {
      if (result.reason === 'forbidden') return errorResponse(c, 'forbidden');
      if (result.reason === 'not-found') return errorResponse(c, 'notFound');
      return renderGoal(c, m, goalId, { formError: generalError(c, result.fields) }, 409);
    }
    return c.redirect(`/${lang(c)}/municipalities/${m.id}/goals/${goalId}?done=goalSaved`, 303);
  });

  app.post(
    '/municipalities/:id/goals/:goalId/indicators',
    goalChildHandler(indicatorInput, createIndicator, 'indicatorForm', 'indicatorCreated'),
  );

  app.post(
    '/municipalities/:id/goals/:goalId/measurements',
    goalChildHandler(measurementInput, recordMeasurement, 'measurementForm', 'measurementRecorded'),
  );

  return app;
}
