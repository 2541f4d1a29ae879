import { type Context, Hono } from 'hono';
import type { z } from 'zod';
import type { CommandContext } from '../../../lib/context.ts';
import type { Result } from '../../../lib/result.ts';
import type { Actor } from '../../../vocabulary/actor.ts';
import type { AppEnv } from '../../../web/env.ts';
import { errorResponse } from '../../../web/errors.tsx';
import { readForm, validateForm } from '../../../web/forms.ts';
import { noticeKey } from '../../../web/notices.ts';
import { pageContext } from '../../../web/page-context.ts';
import { integerParam, uuidParam } from '../../../web/params.ts';
import { sendPage } from '../../../web/render.ts';
import { authorizedMunicipality } from '../../tenancy/municipality-param.ts';
import { listDepartments, type MunicipalityRow } from '../../tenancy/tenancy.queries.ts';
import { currencyOf } from '../steering/currency.ts';
import { editAssessment, editBasics } from './commands/edit-basics.ts';
import { type EditFailure, scopeOf } from './commands/edit-common.ts';
import { addRisk, removeCost, removeRisk, setCost } from './commands/edit-costs.ts';
import {
  editCompetences,
  editContributions,
  editDependencies,
  editParticipants,
  editSystems,
} from './commands/edit-links.ts';
import { basicsInput, costInput, riskInput } from './initiative.inputs.ts';
import {
  dependencyOptions,
  goalsOfMunicipality,
  initiativeDetail,
  systemsOfMunicipality,
} from './initiative-detail.queries.ts';
import { canEditInitiative, canEditSomeInitiative } from './portfolio.policy.ts';
import { getInitiative } from './portfolio.queries.ts';
import { EditPage } from './views/edit-page.tsx';
import type { EditForms, EditSection } from './views/edit-values.ts';

type Where = { municipalityId: string; initiativeId: string };
type Command<I> = (
  ctx: CommandContext,
  actor: Actor,
  where: Where,
  input: I,
) => Promise<Result<unknown, EditFailure>>;

/** The edit page; 404 for another municipality's initiative, 403 for one the actor may not edit. */
async function renderEdit(
  c: Context<AppEnv>,
  m: MunicipalityRow,
  forms: EditForms = {},
  status: 200 | 422 = 200,
) {
  const { db } = c.get('ctx');
  const row = await getInitiative(db, m.id, uuidParam(c, 'iid'));
  if (!row) return errorResponse(c, 'notFound');
  if (!canEditInitiative(c.get('actor'), scopeOf(row))) return errorResponse(c, 'forbidden');
  const catalogue = {
    departments: await listDepartments(db, m.id),
    goals: await goalsOfMunicipality(db, m.id),
    systems: await systemsOfMunicipality(db, m.id),
    initiatives: await dependencyOptions(db, m.id),
  };
  return sendPage(
    c,
    <EditPage
      {...pageContext(c)}
      municipality={m}
      detail={await initiativeDetail(db, row)}
      catalogue={catalogue}
      currency={await currencyOf(c, m)}
      forms={forms}
      notice={noticeKey(c.req.query('done'))}
    />,
    status,
  );
}

/** Runs one section's command and answers: redirect with ?done=, or the page with the refusal. */
async function answer(
  c: Context<AppEnv>,
  m: MunicipalityRow,
  section: EditSection,
  values: Record<string, string>,
  run: () => Promise<Result<unknown, EditFailure>>,
) {
  const result = await run();
  if (result.ok) {
    return c.redirect(
      `/${c.get('lang')}/municipalities/${m.id}/initiatives/${uuidParam(c, 'iid')}/edit?done=initiativeSaved#${section}`,
      303,
    );
  }
  if (result.reason === 'notFound') return errorResponse(c, 'notFound');
  if (result.reason === 'forbidden') return errorResponse(c, 'forbidden');
  const { cycle, ...errors } = result.fields ?? {};
  const message = cycle ? c.get('t')('portfolio.initiative.error.cycle', { cycle }) : undefined;
  if (cycle) delete errors.dependencies;
  return renderEdit(c, m, { [section]: { values, errors, message } }, 422);
}

/** The initiative's edit page and one POST route per section of it (managers of its department, admins). */
export function initiativeEditRoutes() {
  const app = new Hono<AppEnv>();
  const path = '/municipalities/:id/initiatives/:iid';
  const guard = (c: Context<AppEnv>) => authorizedMunicipality(c, canEditSomeInitiative);
  const where = (c: Context<AppEnv>, m: MunicipalityRow): Where => ({
    municipalityId: m.id,
    initiativeId: uuidParam(c, 'iid'),
  });

  app.get(`${path}/edit`, async (c) => {
    const m = await guard(c);
    return renderEdit(c, m);
  });

  /** A section whose fields are checked by a zod schema before the command runs. */
  function validated<S extends z.ZodType>(
    section: EditSection,
    schema: S,
    command: Command<z.infer<S>>,
  ) {
    app.post(`${path}/${section}`, async (c) => {
      const m = await guard(c);
      const values = await readForm(c);
      const parsed = validateForm(schema, values);
      if (!parsed.ok) {
        // Refuse bad input only for an initiative the actor may edit: others get 404/403 first.
        const row = await getInitiative(c.get('ctx').db, m.id, uuidParam(c, 'iid'));
        if (!row) return errorResponse(c, 'notFound');
        if (!canEditInitiative(c.get('actor'), scopeOf(row))) return errorResponse(c, 'forbidden');
        return renderEdit(c, m, { [section]: parsed.form }, 422);
      }
      return answer(c, m, section, values, () =>
        command(c.get('ctx'), c.get('actor'), where(c, m), parsed.data),
      );
    });
  }

  /** A section whose command reads the raw form (checkbox lists, per-goal weights). */
  function raw(section: EditSection, command: Command<Record<string, string>>) {
    app.post(`${path}/${section}`, async (c) => {
      const m = await guard(c);
      const values = await readForm(c);
      return answer(c, m, section, values, () =>
        command(c.get('ctx'), c.get('actor'), where(c, m), values),
      );
    });
  }

  validated('basics', basicsInput, editBasics);
  validated('costs', costInput, setCost);
  validated('risks', riskInput, addRisk);
  raw('participants', editParticipants);
  raw('assessment', editAssessment);
  raw('goals', editContributions);
  raw('systems', editSystems);
  raw('competences', editCompetences);
  raw('dependencies', editDependencies);

  app.post(`${path}/costs/:year/remove`, async (c) => {
    const m = await guard(c);
    const at = where(c, m);
    const year = integerParam(c, 'year');
    return answer(c, m, 'costs', {}, () => removeCost(c.get('ctx'), c.get('actor'), at, year));
  });

  app.post(`${path}/risks/:rid/remove`, async (c) => {
    const m = await guard(c);
    const at = where(c, m);
    const riskId = uuidParam(c, 'rid');
    return answer(c, m, 'risks', {}, () => removeRisk(c.get('ctx'), c.get('actor'), at, riskId));
  });

  return app;
}
