import { type Context, Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { UserActor } from '../../../vocabulary/actor.ts';
import { emptyForm, type FormState, Notice } from '../../../web/components/forms.tsx';
import type { AppEnv } from '../../../web/env.ts';
import { errorResponse, refuse } from '../../../web/errors.tsx';
import { readForm, validateForm } from '../../../web/forms.ts';
import { conventionsOf } from '../../../web/i18n/index.ts';
import { noticeKey } from '../../../web/notices.ts';
import { pageContext } from '../../../web/page-context.ts';
import { uuidParam } from '../../../web/params.ts';
import { readModel } from '../../../web/read-model.ts';
import { sendPage } from '../../../web/render.ts';
import { loginRedirect } from '../../../web/session.ts';
import { keptForVisitors } from '../../../web/visitor-pages.ts';
import { isCaseCounty } from '../cases/country.ts';
import { recommendCase, withdrawRecommendation } from './commands/recommend-case.ts';
import { notLookedAt, recommendationsFor } from './recommendations.queries.ts';
import { recommendationInput } from './spread.inputs.ts';
import {
  canCurateShortlist,
  canRecommendInCounty,
  mayRecommend,
  type RecommendationScope,
} from './spread.policy.ts';
import {
  casesSpreadInCounty,
  mostSpreadCases,
  municipalitiesOfCounty,
  spreadPerCounty,
} from './spread.queries.ts';
import { CountySpreadPage } from './views/county-spread-page.tsx';
import { NetworkSpreadPage } from './views/network-spread-page.tsx';
import { RecommendationsSection } from './views/recommendations-section.tsx';

/** How many cases a spread page lists, most reused first. */
export const SPREAD_CASES_SHOWN = 25;

/**
 * Every county's figures, kept as a read model (decisions/0011): a query over all cases, drawn
 * again only when content changes, and what a county's page finds its county in.
 */
const keptCounties = (c: Context<AppEnv>) => readModel(c, 'spread:counties', spreadPerCounty);

type Rendered = { form?: FormState; status?: ContentfulStatusCode };

async function renderNetwork(c: Context<AppEnv>, opts: Rendered = {}) {
  const actor = c.get('actor');
  const t = c.get('t');
  const [counties, topCases, shortlist] = [
    await keptCounties(c),
    await readModel(c, 'spread:top', (db) => mostSpreadCases(db, SPREAD_CASES_SHOWN)),
    await readModel(c, 'spread:recs:network', (db) => recommendationsFor(db, null)),
  ];
  const context = pageContext(c);
  return sendPage(
    c,
    <NetworkSpreadPage
      {...context}
      counties={counties}
      topCases={topCases}
      shortlist={
        <>
          <Notice t={t} messageKey={noticeKey(c.req.query('done'))} />
          <RecommendationsSection
            t={t}
            heading={t('spread.shortlist.title')}
            empty={t('spread.shortlist.none')}
            items={shortlist}
            action={canCurateShortlist(actor) ? `/${t.lang}/network/spread/shortlist` : undefined}
            csrfToken={context.csrfToken}
            form={opts.form ?? emptyForm}
          />
        </>
      }
    />,
    opts.status,
  );
}

/** The county of `:countyId` with every county's figures, or 404 when the registry has no such county. */
async function requireCounty(c: Context<AppEnv>) {
  const countyId = c.req.param('countyId') ?? '';
  if (!isCaseCounty(countyId)) refuse(errorResponse(c, 'notFound'));
  const all = await keptCounties(c);
  const county = all.find((x) => x.countyId === countyId);
  if (!county) refuse(errorResponse(c, 'notFound'));
  return { county, all };
}

/**
 * The scope a coordinator recommends in (`:countyId`, or null for the shortlist) and who they are:
 * 404 for a county not in the registry, then a login redirect for visitors, then 403 without the
 * policy, before anything of the request is read (decisions/0004).
 */
async function recommendingScope(
  c: Context<AppEnv>,
  shortlist: boolean,
): Promise<{ scope: RecommendationScope; actor: UserActor }> {
  const scope = shortlist ? null : (await requireCounty(c)).county.countyId;
  const actor = c.get('actor');
  if (actor.kind !== 'user') refuse(loginRedirect(c));
  if (!mayRecommend(actor, scope)) refuse(errorResponse(c, 'forbidden'));
  return { scope, actor };
}

async function renderCounty(c: Context<AppEnv>, opts: Rendered = {}) {
  const { county, all } = await requireCounty(c);
  const countyId = county.countyId;
  const actor = c.get('actor');
  const t = c.get('t');
  const coordinates = canRecommendInCounty(actor, countyId);
  const [{ cases, municipalities }, recommended] = [
    await readModel(c, `spread:county:${countyId}`, async (db) => ({
      cases: await casesSpreadInCounty(db, countyId, SPREAD_CASES_SHOWN),
      municipalities: await municipalitiesOfCounty(db, countyId),
    })),
    await readModel(c, `spread:recs:${countyId}`, (db) => recommendationsFor(db, countyId)),
  ];
  // Who has not yet looked is for the county's coordinators, not for everyone; read on each
  // request, as opening a case announces no change of content (case_looks has no trigger).
  const notLooked =
    coordinates && recommended.length > 0
      ? await notLookedAt(c.get('ctx').db, countyId)
      : undefined;
  const context = pageContext(c);
  return sendPage(
    c,
    <CountySpreadPage
      {...context}
      county={county}
      counties={all.filter((x) => x.country === county.country)}
      cases={cases}
      municipalities={municipalities}
      recommendations={
        <>
          <Notice t={t} messageKey={noticeKey(c.req.query('done'))} />
          <RecommendationsSection
            t={t}
            heading={t('spread.recommend.title', { county: county.name })}
            empty={t('spread.recommend.none')}
            items={recommended}
            action={
              coordinates ? `/${t.lang}/network/spread/${countyId}/recommendations` : undefined
            }
            csrfToken={context.csrfToken}
            form={opts.form ?? emptyForm}
            notLooked={notLooked}
            placeLang={conventionsOf(county.country).lang}
          />
        </>
      }
    />,
    opts.status,
  );
}

const backTo = (c: Context<AppEnv>, scope: RecommendationScope) =>
  `/${c.get('lang')}/network/spread${scope === null ? '' : `/${scope}`}`;

/** The spread of shared cases: the network's page and one per county, and their recommendations. */
export function spreadRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/network/spread', keptForVisitors(), (c) => renderNetwork(c));
  app.get('/network/spread/:countyId', keptForVisitors(), (c) => renderCounty(c));

  const recommend = async (c: Context<AppEnv>, shortlist: boolean) => {
    const { scope, actor } = await recommendingScope(c, shortlist);
    const back = backTo(c, scope);
    const again = (form: FormState) =>
      scope === null
        ? renderNetwork(c, { form, status: 422 })
        : renderCounty(c, { form, status: 422 });
    const parsed = validateForm(recommendationInput, await readForm(c));
    if (!parsed.ok) return again(parsed.form);
    const result = await recommendCase(c.get('ctx'), actor, scope, parsed.data);
    if (!result.ok) {
      if (result.reason === 'forbidden') return errorResponse(c, 'forbidden');
      return again({
        values: { caseId: parsed.data.caseId, note: parsed.data.note },
        errors: result.fields ?? {},
      });
    }
    return c.redirect(`${back}?done=caseRecommended#recommendations-heading`, 303);
  };

  const remove = async (c: Context<AppEnv>, shortlist: boolean) => {
    const { scope, actor } = await recommendingScope(c, shortlist);
    const back = backTo(c, scope);
    const result = await withdrawRecommendation(c.get('ctx'), actor, scope, uuidParam(c, 'recId'));
    if (!result.ok)
      return errorResponse(c, result.reason === 'forbidden' ? 'forbidden' : 'notFound');
    return c.redirect(`${back}?done=recommendationRemoved#recommendations-heading`, 303);
  };

  app.post('/network/spread/shortlist', (c) => recommend(c, true));
  app.post('/network/spread/shortlist/:recId/remove', (c) => remove(c, true));
  app.post('/network/spread/:countyId/recommendations', (c) => recommend(c, false));
  app.post('/network/spread/:countyId/recommendations/:recId/remove', (c) => remove(c, false));

  return app;
}
