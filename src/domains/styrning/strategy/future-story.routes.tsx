import { type Context, Hono } from 'hono';
import type { FormState } from '../../../web/components/forms.tsx';
import type { AppEnv } from '../../../web/env.ts';
import { errorResponse } from '../../../web/errors.tsx';
import { readForm, validateForm } from '../../../web/forms.ts';
import { isMessageKey } from '../../../web/i18n/index.ts';
import { noticeKey } from '../../../web/notices.ts';
import { pageContext } from '../../../web/page-context.ts';
import { uuidParam } from '../../../web/params.ts';
import { readModelsOf } from '../../../web/read-model.ts';
import { sendPage } from '../../../web/render.ts';
import { loginRedirect } from '../../../web/session.ts';
import { keptForEveryone } from '../../../web/visitor-pages.ts';
import { decisionInput } from '../../decisions/commands/record-decision.ts';
import { listBodies } from '../../decisions/decisions.queries.ts';
import { authorizedMunicipality, requireMunicipality } from '../../tenancy/municipality-param.ts';
import type { MunicipalityRow } from '../../tenancy/tenancy.queries.ts';
import { adoptVersion, createDraft, editDraft, storyInput } from './commands/future-story.ts';
import { wordDiff } from './diff.ts';
import { currentAdopted, getVersion, listVersions } from './future-story.queries.ts';
import { canAdoptStrategy, canEditFutureStory, canSeeStrategyDrafts } from './strategy.policy.ts';
import { adoptedStory, storyVersions } from './strategy.read.ts';
import { FutureStoryPage } from './views/future-story-page.tsx';
import { VersionPage } from './views/version-page.tsx';
import { VersionsPage } from './views/versions-page.tsx';

type Forms = { editForm?: FormState; adoptForm?: FormState; formError?: string };

async function renderVersion(
  c: Context<AppEnv>,
  m: MunicipalityRow,
  versionId: string,
  forms: Forms = {},
  status: 200 | 409 | 422 = 200,
) {
  const { db } = c.get('ctx');
  const actor = c.get('actor');
  const t = c.get('t');
  const all = await listVersions(db, m.id);
  const version = all.find((v) => v.id === versionId);
  if (!version) return errorResponse(c, 'notFound');
  const seesDrafts = canSeeStrategyDrafts(actor, m.id);
  if (version.status === 'draft' && !seesDrafts) {
    return actor.kind === 'user' ? errorResponse(c, 'forbidden') : loginRedirect(c);
  }
  // The public compares an adopted version with the adopted one before it, never with a draft.
  const versions = seesDrafts ? all : all.filter((v) => v.status === 'adopted');
  const index = versions.indexOf(version);
  const previous = index > 0 ? versions[index - 1] : undefined;
  const editForm = forms.editForm ?? {
    values: { title: version.title, body: version.body },
    errors: {},
  };
  const adoptForm = forms.adoptForm ?? {
    values: {
      decidedOn: c.get('t').day(c.get('ctx').now()),
      text: t('strategy.version.adoptText', { version: version.version }),
    },
    errors: {},
  };
  return sendPage(
    c,
    <VersionPage
      {...pageContext(c)}
      municipality={m}
      version={version}
      previous={previous}
      diff={previous ? wordDiff(previous.body, version.body) : []}
      canEdit={canEditFutureStory(actor, m.id)}
      canAdopt={canAdoptStrategy(actor, m.id)}
      bodies={await listBodies(db, m.id)}
      editForm={editForm}
      adoptForm={adoptForm}
      formError={forms.formError}
      notice={noticeKey(c.req.query('done'))}
    />,
    status,
  );
}

/**
 * The future story: its adopted versions, their history and the changes between them are public;
 * drafts are for staff and up.
 */
export function futureStoryRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/municipalities/:id/future-story', keptForEveryone(), async (c) => {
    const m = await requireMunicipality(c);
    const actor = c.get('actor');
    const seesDrafts = canSeeStrategyDrafts(actor, m.id);
    const drafts = seesDrafts
      ? (await storyVersions(readModelsOf(c), m.id)).filter((v) => v.status === 'draft').reverse()
      : [];
    return sendPage(
      c,
      <FutureStoryPage
        {...pageContext(c)}
        municipality={m}
        adopted={await adoptedStory(readModelsOf(c), m.id)}
        drafts={drafts}
        canSeeDrafts={seesDrafts}
        canEdit={canEditFutureStory(actor, m.id)}
        notice={noticeKey(c.req.query('done'))}
      />,
    );
  });

  app.get('/municipalities/:id/future-story/versions', async (c) => {
    const m = await requireMunicipality(c);
    const { db } = c.get('ctx');
    const all = await listVersions(db, m.id);
    const seesDrafts = canSeeStrategyDrafts(c.get('actor'), m.id);
    return sendPage(
      c,
      <VersionsPage
        {...pageContext(c)}
        municipality={m}
        versions={seesDrafts ? all : all.filter((v) => v.status === 'adopted')}
        inForceId={(await currentAdopted(db, m.id))?.id}
      />,
    );
  });

  app.post('/municipalities/:id/future-story/versions', async (c) => {
    const m = await authorizedMunicipality(c, canEditFutureStory);
    const result = await createDraft(
      c.get('ctx'),
      c.get('actor'),
      m.id,
      c.get('t')('strategy.story.firstTitle'),
    );
    if (!result.ok) return errorResponse(c, 'forbidden');
    return c.redirect(
      `/${c.get('lang')}/municipalities/${m.id}/future-story/versions/${result.value.id}?done=storyDraftCreated`,
      303,
    );
  });

  app.get('/municipalities/:id/future-story/versions/:versionId', async (c) => {
    const m = await requireMunicipality(c);
    return renderVersion(c, m, uuidParam(c, 'versionId'));
  });

  app.post('/municipalities/:id/future-story/versions/:versionId', async (c) => {
    const m = await authorizedMunicipality(c, canEditFutureStory);
    const versionId = uuidParam(c, 'versionId');
    if (!(await getVersion(c.get('ctx').db, m.id, versionId))) return errorResponse(c, 'notFound');
    const parsed = validateForm(storyInput, await readForm(c));
    if (!parsed.ok) return renderVersion(c, m, versionId, { editForm: parsed.form }, 422);
    const result = await editDraft(c.get('ctx'), c.get('actor'), m.id, versionId, parsed.data);
    if (!result.ok) {
      if (result.reason === 'forbidden') return errorResponse(c, 'forbidden');
      if (result.reason === 'not-found') return errorResponse(c, 'notFound');
      return renderVersion(
        c,
        m,
        versionId,
        { formError: c.get('t')('strategy.error.adoptedFrozen') },
        409,
      );
    }
    return c.redirect(
      `/${c.get('lang')}/municipalities/${m.id}/future-story/versions/${versionId}?done=storyDraftSaved`,
      303,
    );
  });

  app.post('/municipalities/:id/future-story/versions/:versionId/adopt', async (c) => {
    const m = await authorizedMunicipality(c, canAdoptStrategy);
    const versionId = uuidParam(c, 'versionId');
    if (!(await getVersion(c.get('ctx').db, m.id, versionId))) return errorResponse(c, 'notFound');
    const parsed = validateForm(decisionInput, await readForm(c));
    if (!parsed.ok) return renderVersion(c, m, versionId, { adoptForm: parsed.form }, 422);
    const result = await adoptVersion(c.get('ctx'), c.get('actor'), m.id, versionId, parsed.data);
    if (!result.ok) {
      if (result.reason === 'forbidden') return errorResponse(c, 'forbidden');
      if (result.reason === 'not-found') return errorResponse(c, 'notFound');
      const fields = result.fields ?? {};
      const { _: general, ...byField } = fields;
      const t = c.get('t');
      return renderVersion(
        c,
        m,
        versionId,
        {
          adoptForm: { values: parsed.data, errors: byField },
          formError: general ? t(isMessageKey(general) ? general : 'error.invalid') : undefined,
        },
        result.reason === 'adopted' ? 409 : 422,
      );
    }
    return c.redirect(
      `/${c.get('lang')}/municipalities/${m.id}/future-story?done=storyAdopted`,
      303,
    );
  });

  return app;
}
