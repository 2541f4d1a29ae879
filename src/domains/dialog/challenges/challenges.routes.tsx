import type { Context } from 'hono';
import { Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { askedPage, readSearchedPage } from '../../../lib/paging.ts';
import type { Actor } from '../../../vocabulary/actor.ts';
import { emptyForm, type FormState } from '../../../web/components/forms.tsx';
import type { AppEnv } from '../../../web/env.ts';
import { errorResponse } from '../../../web/errors.tsx';
import { readForm, validateForm } from '../../../web/forms.ts';
import { noticeKey } from '../../../web/notices.ts';
import { pageContext } from '../../../web/page-context.ts';
import { uuidParam } from '../../../web/params.ts';
import { sendPage } from '../../../web/render.ts';
import { loginRedirect } from '../../../web/session.ts';
import { keptForEveryone, keptUnlessSearched } from '../../../web/visitor-pages.ts';
import {
  authorizedMunicipality,
  type MunicipalityOnPage,
  requireMunicipality,
} from '../../tenancy/municipality-param.ts';
import { listDepartments } from '../../tenancy/tenancy.queries.ts';
import { askedChallenges, challengeFilterOf } from './challenge-filter.ts';
import { type ChallengeListFilter, listChallenges } from './challenge-lists.queries.ts';
import { challengeInput, joinInput } from './challenges.inputs.ts';
import { canPostChallenge, canWorkOnChallenges, challengeStates } from './challenges.policy.ts';
import { moveChallenge, postChallenge } from './commands/post-challenge.ts';
import { joinChallenge } from './commands/take-part.ts';
import { ideaRoutes } from './ideas.routes.tsx';
import { challengePath, refusalShown, renderChallenge } from './render-challenge.tsx';
import { ChallengesPage } from './views/challenges-page.tsx';
import { NetworkChallengesPage } from './views/network-challenges-page.tsx';
import { NewChallengePage } from './views/new-challenge-page.tsx';
import { workshopRoutes } from './workshops.routes.tsx';

export const PAGE_SIZE = 20;

/** The page asked for of the challenges the filter lists, and whether a search found similar words only. */
async function pageOfChallenges(c: Context<AppEnv>, filter: ChallengeListFilter) {
  return readSearchedPage(askedPage(c.req.query('page')), PAGE_SIZE, (range) =>
    listChallenges(c.get('ctx').db, filter, range),
  );
}

async function postableDepartments(c: Context<AppEnv>, m: MunicipalityOnPage, actor: Actor) {
  const all = await listDepartments(c.get('ctx').db, m.id);
  return all.filter((d) => canPostChallenge(actor, m.id, d.id));
}

async function renderNew(
  c: Context<AppEnv>,
  m: MunicipalityOnPage,
  form: FormState,
  status: ContentfulStatusCode = 200,
) {
  const departments = await postableDepartments(c, m, c.get('actor'));
  return sendPage(
    c,
    <NewChallengePage {...pageContext(c)} municipality={m} departments={departments} form={form} />,
    status,
  );
}

/** Co-creation challenges: the list, posting one, its page, joining it and moving it on. */
export function challengeRoutes() {
  const app = new Hono<AppEnv>();

  // Drawn once per address and set of grants until content changes: the list shows challenges and
  // their departments only, and depends on who asks through the grants alone. A search is drawn
  // each time (`keptUnlessSearched`).
  app.get('/municipalities/:id/challenges', keptUnlessSearched(keptForEveryone()), async (c) => {
    const m = await requireMunicipality(c);
    const asked = askedChallenges((name) => c.req.query(name));
    const { shown, similarOnly } = await pageOfChallenges(c, {
      ...challengeFilterOf(asked),
      municipalityId: m.id,
    });
    return sendPage(
      c,
      <ChallengesPage
        {...pageContext(c)}
        municipality={m}
        shown={shown}
        asked={asked}
        similarOnly={similarOnly}
        canPost={canWorkOnChallenges(c.get('actor'), m.id)}
        notice={noticeKey(c.req.query('done'))}
      />,
    );
  });

  // Every municipality's challenges, the same for everyone with the same grants.
  app.get('/challenges', keptUnlessSearched(keptForEveryone()), async (c) => {
    const counties = await c.get('deps').registry.counties();
    const asked = askedChallenges(
      (name) => c.req.query(name),
      new Set(counties.map((county) => county.id)),
    );
    const { shown, similarOnly } = await pageOfChallenges(c, challengeFilterOf(asked));
    return sendPage(
      c,
      <NetworkChallengesPage
        {...pageContext(c)}
        shown={shown}
        asked={asked}
        counties={counties}
        similarOnly={similarOnly}
      />,
    );
  });

  app.get('/municipalities/:id/challenges/new', async (c) =>
    renderNew(c, await authorizedMunicipality(c, canWorkOnChallenges), emptyForm),
  );

  app.post('/municipalities/:id/challenges/new', async (c) => {
    const m = await authorizedMunicipality(c, canWorkOnChallenges);
    const values = await readForm(c);
    const parsed = validateForm(challengeInput, values);
    if (!parsed.ok) return renderNew(c, m, parsed.form, 422);
    const result = await postChallenge(c.get('ctx'), c.get('actor'), m.id, parsed.data);
    if (!result.ok) {
      if (result.reason === 'forbidden') return errorResponse(c, 'forbidden');
      return renderNew(c, m, { values, errors: result.fields ?? {} }, 422);
    }
    return c.redirect(`${challengePath(c, m, result.value.challengeId)}?done=challengePosted`, 303);
  });

  app.route('/', ideaRoutes());
  app.route('/', workshopRoutes());

  app.get('/municipalities/:id/challenges/:chid', async (c) => {
    const m = await requireMunicipality(c);
    return renderChallenge(c, m, uuidParam(c, 'chid'));
  });

  app.post('/municipalities/:id/challenges/:chid/join', async (c) => {
    const m = await requireMunicipality(c);
    if (c.get('actor').kind !== 'user') return loginRedirect(c);
    const challengeId = uuidParam(c, 'chid');
    const values = await readForm(c);
    const parsed = validateForm(joinInput, values);
    if (!parsed.ok)
      return renderChallenge(c, m, challengeId, { forms: { join: parsed.form }, status: 422 });
    const where = { municipalityId: m.id, challengeId };
    const result = await joinChallenge(c.get('ctx'), c.get('actor'), where, parsed.data.role);
    if (!result.ok) {
      if (result.reason === 'notFound') return errorResponse(c, 'notFound');
      return renderChallenge(c, m, challengeId, refusalShown(result.reason));
    }
    return c.redirect(`${challengePath(c, m, challengeId)}?done=challengeJoined`, 303);
  });

  app.post('/municipalities/:id/challenges/:chid/state', async (c) => {
    const m = await authorizedMunicipality(c, canWorkOnChallenges);
    const challengeId = uuidParam(c, 'chid');
    const to = (await readForm(c)).to ?? '';
    const state = challengeStates.find((s) => s === to);
    if (!state) return renderChallenge(c, m, challengeId, refusalShown('state'));
    const where = { municipalityId: m.id, challengeId };
    const result = await moveChallenge(c.get('ctx'), c.get('actor'), where, state);
    if (!result.ok) {
      if (result.reason === 'notFound') return errorResponse(c, 'notFound');
      if (result.reason === 'forbidden') return errorResponse(c, 'forbidden');
      return renderChallenge(c, m, challengeId, refusalShown(result.reason));
    }
    return c.redirect(`${challengePath(c, m, challengeId)}?done=challengeMoved`, 303);
  });

  return app;
}
