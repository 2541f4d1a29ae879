import { type Context, Hono } from 'hono';
import { sha256 } from '../../../lib/secrets.ts';
import type { FormState } from '../../../web/components/forms.tsx';
import type { AppEnv } from '../../../web/env.ts';
import { errorResponse } from '../../../web/errors.tsx';
import { readForm, validateForm } from '../../../web/forms.ts';
import { noticeKey } from '../../../web/notices.ts';
import { pageContext } from '../../../web/page-context.ts';
import { uuidParam } from '../../../web/params.ts';
import { sendPage } from '../../../web/render.ts';
import { loginRedirect } from '../../../web/session.ts';
import { requireMunicipality } from '../../tenancy/municipality-param.ts';
import { matterWithDialogue } from '../dialogues/dialogues.queries.ts';
import { chooseFrequency, followMatter, unsubscribe } from './commands/following.ts';
import { followInput, frequencyInput, unsubscribeToken } from './following.inputs.ts';
import {
  followedMatters,
  followState,
  settingsOf,
  tookPart,
  unsubscribeLinkOf,
} from './following.queries.ts';
import { FollowPage, type FollowState } from './views/follow-page.tsx';
import { SettingsPage } from './views/settings-page.tsx';
import { UnsubscribePage } from './views/unsubscribe-page.tsx';

/** The matter of the route, of the municipality of the route; another's is not found. */
async function matterOfRoute(c: Context<AppEnv>) {
  const m = await requireMunicipality(c);
  const row = await matterWithDialogue(c.get('ctx').db, m.id, uuidParam(c, 'mid'));
  return { m, matter: row?.matter };
}

async function renderSettings(c: Context<AppEnv>, userId: string, form?: FormState) {
  const { db } = c.get('ctx');
  const settings = await settingsOf(db, userId);
  return sendPage(
    c,
    <SettingsPage
      {...pageContext(c)}
      form={form ?? { values: { frequency: settings?.frequency ?? 'daily' }, errors: {} }}
      follows={await followedMatters(db, userId)}
      notice={noticeKey(c.req.query('done'))}
    />,
    form ? 422 : 200,
  );
}

/** Following a matter, the notification settings, and the unsubscribe link of the mails. */
export function followingRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/municipalities/:id/matters/:mid/follow', async (c) => {
    const { m, matter } = await matterOfRoute(c);
    if (!matter) return errorResponse(c, 'notFound');
    const actor = c.get('actor');
    const { db } = c.get('ctx');
    let state: FollowState = { signedIn: false };
    if (actor.kind === 'user') {
      state = {
        signedIn: true,
        following: await followState(db, matter.id, actor.userId),
        tookPart: await tookPart(db, matter.id, actor.userId),
        frequency: (await settingsOf(db, actor.userId))?.frequency ?? 'daily',
      } as FollowState;
    }
    return sendPage(
      c,
      <FollowPage
        {...pageContext(c)}
        municipality={m}
        matter={{ id: matter.id, title: matter.title }}
        state={state}
        notice={noticeKey(c.req.query('done'))}
      />,
    );
  });

  app.post('/municipalities/:id/matters/:mid/follow', async (c) => {
    const actor = c.get('actor');
    if (actor.kind !== 'user') return loginRedirect(c);
    const { m, matter } = await matterOfRoute(c);
    if (!matter) return errorResponse(c, 'notFound');
    const parsed = validateForm(followInput, await readForm(c));
    if (!parsed.ok) return errorResponse(c, 'badRequest');
    const following = parsed.data.action === 'follow';
    const done = await followMatter(
      c.get('ctx'),
      actor,
      { municipalityId: m.id, matterId: matter.id },
      { following, lang: c.get('lang') },
    );
    if (!done.ok) return errorResponse(c, 'notFound');
    return c.redirect(
      `${new URL(c.req.url).pathname}?done=${following ? 'followed' : 'stopped'}`,
      303,
    );
  });

  app.get('/notifications', async (c) => {
    const actor = c.get('actor');
    if (actor.kind !== 'user') return loginRedirect(c);
    return renderSettings(c, actor.userId);
  });

  app.post('/notifications', async (c) => {
    const actor = c.get('actor');
    if (actor.kind !== 'user') return loginRedirect(c);
    const parsed = validateForm(frequencyInput, await readForm(c));
    if (!parsed.ok) return renderSettings(c, actor.userId, parsed.form);
    await chooseFrequency(c.get('ctx'), actor, parsed.data.frequency, c.get('lang'));
    return c.redirect(`/${c.get('lang')}/notifications?done=saved`, 303);
  });

  app.get('/unsubscribe/:token', async (c) => {
    const token = c.req.param('token');
    // Looking stops nothing: mail scanners open links. Only the button (or a one-click post) does.
    const known =
      unsubscribeToken.safeParse(token).success &&
      (await unsubscribeLinkOf(c.get('ctx').db, sha256(token))) !== undefined;
    return sendPage(
      c,
      <UnsubscribePage {...pageContext(c)} token={token} state={known ? 'ask' : 'unknown'} />,
      known ? 200 : 404,
    );
  });

  // Posted by the page's button, or by a mail program (RFC 8058) without cookie or form token:
  // the address itself is the secret (see `selfAuthorisingPaths` in the module).
  app.post('/unsubscribe/:token', async (c) => {
    const token = c.req.param('token');
    const done = unsubscribeToken.safeParse(token).success
      ? await unsubscribe(c.get('ctx'), token)
      : { ok: false as const };
    return sendPage(
      c,
      <UnsubscribePage {...pageContext(c)} token={token} state={done.ok ? 'done' : 'unknown'} />,
      done.ok ? 200 : 404,
    );
  });

  return app;
}
