import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { rolesIn } from '../../vocabulary/actor.ts';
import type { FormState } from '../../web/components/forms.tsx';
import type { AppEnv } from '../../web/env.ts';
import { errorResponse } from '../../web/errors.tsx';
import { readForm, validateForm } from '../../web/forms.ts';
import { noticeKey } from '../../web/notices.ts';
import { pageContext } from '../../web/page-context.ts';
import { readModelsOf } from '../../web/read-model.ts';
import { sendPage } from '../../web/render.ts';
import { startSections, startTasks } from '../../web/start-page.ts';
import { keptForVisitors } from '../../web/visitor-pages.ts';
import { canManageDepartments, canSeeInternal, isAdminOf } from '../identity/identity.policy.ts';
import { createDepartment, departmentInput } from './commands/create-department.ts';
import { authorizedMunicipality, requireMunicipality } from './municipality-param.ts';
import { ownCountry, ownCountryFirst } from './own-country.ts';
import { MunicipalityListPage, MunicipalityResults } from './views/municipality-list.tsx';
import { MunicipalityPage } from './views/municipality-page.tsx';

const listQuery = z.object({
  q: z.string().trim().max(100).catch(''),
  country: z.enum(['SE', 'NO']).optional().catch(undefined),
});

const encoder = new TextEncoder();

export function tenancyRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/municipalities', async (c) => {
    const { q, country } = listQuery.parse({
      q: c.req.query('q') ?? '',
      country: c.req.query('country') || undefined,
    });
    const { registry } = c.get('deps');
    const t = c.get('t');
    // The reader's own country comes first: in the results and in the choice of country.
    const own = ownCountry(t.lang, c.get('actor'));
    const render = async () => {
      const resultsHtml = await registry.fragments.get(
        `list|${t.lang}|${own}|${country ?? ''}|${q}`,
        async () => {
          const { total, items } = await registry.municipalities({
            q: q || undefined,
            country,
            page: 1,
            pageSize: 1000,
          });
          const ordered = ownCountryFirst(items, (m) => m.country, own);
          return (
            await (<MunicipalityResults t={t} q={q} total={total} items={ordered} />).toString()
          ).toString();
        },
      );
      const page = (
        <MunicipalityListPage
          {...pageContext(c)}
          q={q}
          country={country ?? ''}
          ownCountry={own}
          resultsHtml={resultsHtml}
        />
      );
      return `<!doctype html>${await page.toString()}`;
    };
    if (c.get('actor').kind !== 'anonymous') return c.html(await render());
    // Every anonymous visitor gets the same bytes for the same address (the page holds no form
    // token for them), so the whole page is kept ready to send.
    const url = new URL(c.req.url);
    const body = await registry.responses.get(`page|${url.pathname}${url.search}`, async () =>
      encoder.encode(await render()),
    );
    return c.body(body as Uint8Array<ArrayBuffer>, 200, {
      'content-type': 'text/html; charset=UTF-8',
    });
  });

  const renderMunicipality = async (c: Context<AppEnv>, departmentForm?: FormState) => {
    const municipality = await requireMunicipality(c);
    const { db } = c.get('ctx');
    const actor = c.get('actor');
    const input = {
      db,
      municipality,
      actor,
      t: c.get('t'),
      now: c.get('ctx').now(),
      readModel: readModelsOf(c),
    };
    const [facts, sections, tasks] = await Promise.all([
      c.get('deps').municipalityFacts.of(db, municipality.id),
      startSections(input),
      startTasks(input),
    ]);
    return sendPage(
      c,
      <MunicipalityPage
        {...pageContext(c)}
        municipality={municipality}
        departments={facts.departments}
        roles={[...rolesIn(actor, municipality.id)]}
        isAdmin={isAdminOf(actor, municipality.id)}
        sections={sections}
        // Those who work here always see their tasks box, even empty; residents only with tasks.
        tasks={canSeeInternal(actor, municipality.id) || tasks.length > 0 ? tasks : undefined}
        oidcAvailable={facts.oidcAvailable}
        notice={noticeKey(c.req.query('done'))}
        problem={
          c.req.query('oidc') === 'unavailable' ? 'identity.login.oidcUnavailable' : undefined
        }
        departmentForm={departmentForm}
      />,
      departmentForm ? 422 : 200,
    );
  };

  app.get('/municipalities/:id', keptForVisitors(), (c) => renderMunicipality(c));

  app.post('/municipalities/:id/departments', async (c) => {
    const municipality = await authorizedMunicipality(c, canManageDepartments);
    const parsed = validateForm(departmentInput, await readForm(c));
    if (!parsed.ok) return renderMunicipality(c, parsed.form);
    const result = await createDepartment(
      c.get('ctx'),
      c.get('actor'),
      municipality.id,
      parsed.data,
    );
    if (!result.ok) return errorResponse(c, 'forbidden');
    return c.redirect(
      `/${c.get('lang')}/municipalities/${municipality.id}?done=departmentAdded`,
      303,
    );
  });

  return app;
}
