import { type Context, Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { askedPage } from '../../../lib/paging.ts';
import { isUuid } from '../../../lib/uuid.ts';
import { effectiveGrants } from '../../../vocabulary/actor.ts';
import { emptyForm, type FormState } from '../../../web/components/forms.tsx';
import type { AppEnv } from '../../../web/env.ts';
import { errorResponse } from '../../../web/errors.tsx';
import { readForm, validateForm } from '../../../web/forms.ts';
import type { MessageKey } from '../../../web/i18n/index.ts';
import { noticeKey } from '../../../web/notices.ts';
import { pageContext } from '../../../web/page-context.ts';
import { uuidParam } from '../../../web/params.ts';
import { publicOrigin } from '../../../web/public-origin.ts';
import { sendPage } from '../../../web/render.ts';
import { normaliseSearchText } from '../../../web/search.ts';
import {
  authorizedMunicipality,
  type MunicipalityOnPage,
  requireMunicipality,
} from '../../tenancy/municipality-param.ts';
import { noteCaseLooked } from '../spread/looks.ts';
import { type CasePageModel, casePageModel } from './case-page.load.ts';
import {
  CASES_PER_PAGE,
  chosenFrom,
  countyNamesOf,
  keptCaseSource,
  searchCases,
} from './case-search.ts';
import { adoptionInput, caseInput } from './cases.inputs.ts';
import { canAdoptInto, canPublishCase, canPublishSomeCase } from './cases.policy.ts';
import {
  adoptionsOfMunicipality,
  type CaseRow,
  casesOfMunicipality,
  findCaseOfInitiative,
} from './cases.queries.ts';
import { adoptCase } from './commands/adopt-case.ts';
import { publishCase } from './commands/publish-case.ts';
import { withdrawCase } from './commands/withdraw-case.ts';
import { findSourceInitiative, publicInitiatives } from './initiative-source.queries.ts';
import { DUPLICATES_ON_FORM, similarCases, similarityText } from './similar-cases.queries.ts';
import { CaseFormPage } from './views/case-form-page.tsx';
import { type AdoptOption, CasePage } from './views/case-page.tsx';
import { CasesSearchPage } from './views/cases-search-page.tsx';
import { MunicipalityCasesPage } from './views/municipality-cases-page.tsx';

/** The fields of a case as its form shows them. */
function caseValues(c: Record<string, unknown>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(c)) if (typeof v === 'string') values[k] = v;
  return values;
}

/** Shared cases: the network's search and case pages, publishing, withdrawing and adopting. */
export function casesRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/cases', async (c) => {
    const q = normaliseSearchText(c.req.query('q'));
    const { chosen, unknown } = chosenFrom(c.req.queries());
    const result = await searchCases(
      { text: q, chosen, page: askedPage(c.req.query('page')), pageSize: CASES_PER_PAGE },
      keptCaseSource(c),
    );
    return sendPage(
      c,
      <CasesSearchPage
        {...pageContext(c)}
        q={q}
        chosen={chosen}
        unknownFilter={unknown.length > 0}
        result={result}
        countyNames={await countyNamesOf(c)}
      />,
    );
  });

  const renderCase = async (
    c: Context<AppEnv>,
    data: CasePageModel,
    opts: {
      form?: FormState;
      /** The municipality whose adoption form was sent, which shows its values and errors. */
      formFor?: string;
      problem?: MessageKey | undefined;
      status?: ContentfulStatusCode;
    } = {},
  ) => {
    // The page belongs to the publishing municipality: its times and its language (forCountry).
    c.set('t', c.get('t').forCountry(data.found.country));
    const actor = c.get('actor');
    const shared = data.found.case;
    const { registry, municipalityFacts } = c.get('deps');
    const adoptOptions: AdoptOption[] = [];
    const places = new Set(
      effectiveGrants(actor).flatMap((g) =>
        g.role === 'manager' || g.role === 'admin' ? [g.municipalityId] : [],
      ),
    );
    places.delete(shared.municipalityId);
    for (const id of places) {
      const municipality = await registry.municipality(id);
      if (!municipality) continue;
      const facts = await municipalityFacts.of(c.get('ctx').db, id);
      const departments = facts.departments.filter((d) => canAdoptInto(actor, id, d.id));
      const adopted = data.adopters.find((a) => a.municipalityId === id);
      adoptOptions.push({ municipality, departments, adoptedAs: adopted?.initiativeId ?? null });
    }
    return sendPage(
      c,
      <CasePage
        {...pageContext(c)}
        data={data}
        similar={data.similar}
        canEdit={canPublishCase(actor, {
          municipalityId: shared.municipalityId,
          departmentId: data.found.departmentId,
        })}
        adoptOptions={adoptOptions}
        form={opts.form ?? emptyForm}
        formFor={opts.formFor}
        problem={opts.problem}
        notice={noticeKey(c.req.query('done'))}
      />,
      opts.status,
    );
  };

  app.get('/cases/:caseId', async (c) => {
    const data = await casePageModel(c, uuidParam(c, 'caseId'));
    if (!data) return errorResponse(c, 'notFound');
    // Never keep this page for everyone: a kept page would skip noting who has looked.
    await noteCaseLooked(c.get('ctx').db, c.get('actor'), data.found.case.id).catch((err) =>
      c.get('deps').logger.warn({ err }, 'Could not note that a case was looked at'),
    );
    return renderCase(c, data);
  });

  app.get('/municipalities/:id/cases', async (c) => {
    const m = await requireMunicipality(c);
    const { db } = c.get('ctx');
    const [published, adopted] = [
      await casesOfMunicipality(db, m.id),
      await adoptionsOfMunicipality(db, m.id),
    ];
    const actor = c.get('actor');
    const shared = new Set(published.map((p) => p.initiativeId));
    const publishable = canPublishSomeCase(actor, m.id)
      ? (await publicInitiatives(db, m.id)).filter(
          (i) => !shared.has(i.id) && canPublishCase(actor, { municipalityId: m.id, ...i }),
        )
      : [];
    return sendPage(
      c,
      <MunicipalityCasesPage
        {...pageContext(c)}
        municipality={m}
        published={published.filter(
          (p) => p.status === 'published' || canPublishSomeCase(actor, m.id),
        )}
        adopted={adopted}
        publishable={publishable}
        notice={noticeKey(c.req.query('done'))}
      />,
    );
  });

  /** The initiative of the path, which the actor may publish; 404 or 403 otherwise. */
  const publishableInitiative = async (c: Context<AppEnv>) => {
    const m = await authorizedMunicipality(c, canPublishSomeCase);
    const initiative = await findSourceInitiative(c.get('ctx').db, m.id, uuidParam(c, 'iid'));
    if (!initiative) return { m, refused: errorResponse(c, 'notFound') } as const;
    if (!canPublishCase(c.get('actor'), initiative))
      return { m, refused: errorResponse(c, 'forbidden') } as const;
    return { m, initiative } as const;
  };

  const renderForm = async (
    c: Context<AppEnv>,
    m: MunicipalityOnPage,
    initiative: { id: string; title: string },
    form: FormState,
    opts: {
      /** The initiative's case as the caller found it (null: none), else looked up here. */
      existing?: CaseRow | null;
      problem?: MessageKey;
      status?: ContentfulStatusCode;
    } = {},
  ) => {
    const { db } = c.get('ctx');
    const existing =
      opts.existing !== undefined
        ? opts.existing
        : await findCaseOfInitiative(db, m.id, initiative.id);
    // Before a first publishing, the cases already shared that look like this one, from what
    // the form holds: the initiative's own texts at first, what was typed after a refusal.
    const v = form.values;
    const duplicates = existing
      ? []
      : await similarCases(
          db,
          {
            text: similarityText({
              title: v.title ?? '',
              summary: v.summary ?? '',
              need: v.need ?? '',
              solution: v.solution ?? '',
            }),
            initiativeId: initiative.id,
          },
          DUPLICATES_ON_FORM,
        );
    return sendPage(
      c,
      <CaseFormPage
        {...pageContext(c)}
        municipality={m}
        initiative={initiative}
        existing={existing ? { id: existing.id, status: existing.status } : null}
        duplicates={duplicates}
        form={form}
        problem={opts.problem}
      />,
      opts.status,
    );
  };

  app.get('/municipalities/:id/initiatives/:iid/case', async (c) => {
    const found = await publishableInitiative(c);
    if ('refused' in found) return found.refused;
    const { m, initiative } = found;
    const existing = await findCaseOfInitiative(c.get('ctx').db, m.id, initiative.id);
    const values = existing
      ? caseValues(existing)
      : {
          title: initiative.title,
          need: initiative.problem,
          solution: initiative.idea,
          costModel: 'one-off',
        };
    return renderForm(c, m, initiative, { values, errors: {} }, { existing: existing ?? null });
  });

  app.post('/municipalities/:id/initiatives/:iid/case', async (c) => {
    const found = await publishableInitiative(c);
    if ('refused' in found) return found.refused;
    const { m, initiative } = found;
    const values = await readForm(c);
    const parsed = validateForm(caseInput, values);
    if (!parsed.ok) return renderForm(c, m, initiative, parsed.form, { status: 422 });
    const result = await publishCase(
      c.get('ctx'),
      c.get('actor'),
      m.id,
      initiative.id,
      parsed.data,
    );
    if (!result.ok) {
      if (result.reason === 'notPublic') {
        return renderForm(
          c,
          m,
          initiative,
          { values, errors: {} },
          {
            problem: 'cases.error.notPublic',
            status: 422,
          },
        );
      }
      return errorResponse(c, result.reason);
    }
    const done = result.value.version === 1 ? 'casePublished' : 'caseUpdated';
    return c.redirect(`/${c.get('lang')}/cases/${result.value.caseId}?done=${done}`, 303);
  });

  app.post('/municipalities/:id/initiatives/:iid/case/withdraw', async (c) => {
    const found = await publishableInitiative(c);
    if ('refused' in found) return found.refused;
    const { m, initiative } = found;
    const result = await withdrawCase(c.get('ctx'), c.get('actor'), m.id, initiative.id);
    if (!result.ok) {
      if (result.reason === 'withdrawn') {
        return renderForm(c, m, initiative, emptyForm, {
          problem: 'cases.error.alreadyWithdrawn',
          status: 409,
        });
      }
      return errorResponse(c, result.reason);
    }
    return c.redirect(`/${c.get('lang')}/cases/${result.value.caseId}?done=caseWithdrawn`, 303);
  });

  app.post('/municipalities/:id/adoptions', async (c) => {
    const m = await authorizedMunicipality(c, canPublishSomeCase);
    const values = await readForm(c);
    const parsed = validateForm(adoptionInput, values);
    // The case page is loaded only to show the form again; an adoption loads the case itself.
    const pageAgain = async (
      form: FormState,
      problem: MessageKey | undefined,
      status: 409 | 422,
    ) => {
      const caseId = values.caseId ?? '';
      const data = isUuid(caseId) ? await casePageModel(c, caseId) : null;
      if (!data) return errorResponse(c, 'notFound');
      return renderCase(c, data, { form, formFor: m.id, problem, status });
    };
    if (!parsed.ok) return pageAgain(parsed.form, undefined, 422);
    const baseUrl = publicOrigin(c);
    const result = await adoptCase(c.get('ctx'), c.get('actor'), m.id, parsed.data, { baseUrl });
    if (!result.ok) {
      if (result.reason === 'forbidden' || result.reason === 'notFound')
        return errorResponse(c, result.reason);
      if (result.reason === 'invalid')
        return pageAgain({ values, errors: result.fields ?? {} }, undefined, 422);
      const problems: Record<typeof result.reason, MessageKey> = {
        ownCase: 'cases.error.ownCase',
        alreadyAdopted: 'cases.error.alreadyAdopted',
        withdrawn: 'cases.error.withdrawn',
      };
      return pageAgain(emptyForm, problems[result.reason], 409);
    }
    return c.redirect(`/${c.get('lang')}/cases/${parsed.data.caseId}?done=caseAdopted`, 303);
  });

  return app;
}
