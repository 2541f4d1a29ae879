import { type Context, Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { type FacetName, sizeBands } from '../../../engines/sharing/facets.ts';
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
import { sendPage } from '../../../web/render.ts';
import { normaliseSearchText } from '../../../web/search.ts';
import {
  authorizedMunicipality,
  type MunicipalityOnPage,
  requireMunicipality,
} from '../../tenancy/municipality-param.ts';
import { getMunicipality, listDepartments } from '../../tenancy/tenancy.queries.ts';
import { noteCaseLooked } from '../spread/looks.ts';
import { type CasePage as CasePageData, loadCasePage } from './case-page.load.ts';
import { CASES_PER_PAGE, chosenFrom, searchCases } from './case-search.ts';
import { initiativeStages, serviceDomains } from './case-vocabulary.ts';
import { adoptionInput, caseInput } from './cases.inputs.ts';
import { canAdoptInto, canPublishCase, canPublishSomeCase } from './cases.policy.ts';
import {
  adoptionsOfMunicipality,
  casesOfMunicipality,
  findCaseOfInitiative,
} from './cases.queries.ts';
import { adoptCase } from './commands/adopt-case.ts';
import { publishCase } from './commands/publish-case.ts';
import { withdrawCase } from './commands/withdraw-case.ts';
import { findSourceInitiative, publicInitiatives } from './initiative-source.queries.ts';
import { CaseFormPage } from './views/case-form-page.tsx';
import { type AdoptOption, CasePage } from './views/case-page.tsx';
import { CasesSearchPage } from './views/cases-search-page.tsx';
import { MunicipalityCasesPage } from './views/municipality-cases-page.tsx';

const knownFacetValue: Record<FacetName, (v: string) => boolean> = {
  country: (v) => v === 'SE' || v === 'NO',
  county: (v) => /^(SE|NO)-\d{2}$/.test(v),
  domain: (v) => (serviceDomains as readonly string[]).includes(v),
  stage: (v) => (initiativeStages as readonly string[]).includes(v),
  size: (v) => (sizeBands as readonly string[]).includes(v),
  realised: (v) => v === 'yes' || v === 'no',
};

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
    const { chosen, unknown } = chosenFrom(c.req.queries(), (name, v) => knownFacetValue[name](v));
    const result = await searchCases(c.get('ctx').db, {
      text: q,
      chosen,
      page: askedPage(c.req.query('page')),
      pageSize: CASES_PER_PAGE,
    });
    return sendPage(
      c,
      <CasesSearchPage
        {...pageContext(c)}
        q={q}
        chosen={chosen}
        unknownFilter={unknown}
        result={result}
        countyNames={result.countyNames}
      />,
    );
  });

  const renderCase = async (
    c: Context<AppEnv>,
    data: CasePageData,
    opts: { form?: FormState; problem?: MessageKey; status?: ContentfulStatusCode } = {},
  ) => {
    const actor = c.get('actor');
    const shared = data.found.case;
    const { db } = c.get('ctx');
    const adoptOptions: AdoptOption[] = [];
    const places = new Set(
      effectiveGrants(actor).flatMap((g) =>
        g.role === 'manager' || g.role === 'admin' ? [g.municipalityId] : [],
      ),
    );
    places.delete(shared.municipalityId);
    for (const id of places) {
      const municipality = await getMunicipality(db, id);
      if (!municipality) continue;
      const departments = (await listDepartments(db, id)).filter((d) =>
        canAdoptInto(actor, id, d.id),
      );
      const adopted = data.adopters.find((a) => a.municipalityId === id);
      adoptOptions.push({ municipality, departments, adoptedAs: adopted?.initiativeId ?? null });
    }
    return sendPage(
      c,
      <CasePage
        {...pageContext(c)}
        data={data}
        canEdit={canPublishCase(actor, {
          municipalityId: shared.municipalityId,
          departmentId: data.found.departmentId,
        })}
        adoptOptions={adoptOptions}
        form={opts.form ?? emptyForm}
        problem={opts.problem}
        notice={noticeKey(c.req.query('done'))}
      />,
      opts.status,
    );
  };

  app.get('/cases/:caseId', async (c) => {
    const { db, now } = c.get('ctx');
    const data = await loadCasePage(db, uuidParam(c, 'caseId'), now());
    if (!data) return errorResponse(c, 'notFound');
    await noteCaseLooked(db, c.get('actor'), data.found.case.id);
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
    opts: { problem?: MessageKey; status?: ContentfulStatusCode } = {},
  ) => {
    const existing = await findCaseOfInitiative(c.get('ctx').db, m.id, initiative.id);
    return sendPage(
      c,
      <CaseFormPage
        {...pageContext(c)}
        municipality={m}
        initiative={initiative}
        existing={existing ? { id: existing.id, status: existing.status } : null}
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
    return renderForm(c, m, initiative, { values, errors: {} });
  });

  app.post('/municipalities/:id/initiatives/:iid/case', async (c) => {
    const found = await publishableInitiative(c);
    if ('refused' in found) return found.refused;
    const { m, initiative } = found;
    const parsed = validateForm(caseInput, await readForm(c));
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
          { values: await readForm(c), errors: {} },
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
    const { db, now } = c.get('ctx');
    const values = await readForm(c);
    const parsed = validateForm(adoptionInput, values);
    const caseId = parsed.ok ? parsed.data.caseId : '';
    const data = parsed.ok ? await loadCasePage(db, caseId, now()) : undefined;
    if (!parsed.ok || !data) {
      // Without a case there is no page to show the form on again.
      if (!parsed.ok && !parsed.form.errors.caseId) {
        const asked = values.caseId ?? '';
        const again = isUuid(asked) ? await loadCasePage(db, asked, now()) : undefined;
        if (again) return renderCase(c, again, { form: parsed.form, status: 422 });
      }
      return errorResponse(c, 'notFound');
    }
    const baseUrl = c.get('deps').config.publicUrl ?? new URL(c.req.url).origin;
    const result = await adoptCase(c.get('ctx'), c.get('actor'), m.id, parsed.data, { baseUrl });
    if (!result.ok) {
      if (result.reason === 'forbidden' || result.reason === 'notFound')
        return errorResponse(c, result.reason);
      if (result.reason === 'invalid')
        return renderCase(c, data, { form: { values, errors: result.fields ?? {} }, status: 422 });
      const problems: Record<typeof result.reason, MessageKey> = {
        ownCase: 'cases.error.ownCase',
        alreadyAdopted: 'cases.error.alreadyAdopted',
        withdrawn: 'cases.error.withdrawn',
      };
      return renderCase(c, data, { problem: problems[result.reason], status: 409 });
    }
    return c.redirect(`/${c.get('lang')}/cases/${data.found.case.id}?done=caseAdopted`, 303);
  });

  return app;
}
