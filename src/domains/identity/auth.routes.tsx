import type { Context } from 'hono';
import { Hono } from 'hono';
import { emptyForm } from '../../web/components/forms.tsx';
import type { AppEnv } from '../../web/env.ts';
import { readForm, validateForm } from '../../web/forms.ts';
import type { MessageKey } from '../../web/i18n/index.ts';
import { noticeKey } from '../../web/notices.ts';
import { pageContext } from '../../web/page-context.ts';
import { sendPage } from '../../web/render.ts';
import { safeReturnPath } from '../../web/session.ts';
import { loginRateLimit } from '../platform/rate-limit.middleware.ts';
import { checkPassword, loginWaitSeconds } from './commands/log-in.ts';
import { loginInput } from './identity.inputs.ts';
import { grantsOf } from './identity.queries.ts';
import { landingPath } from './landing.ts';
import { logInAs, logOut } from './session-cookie.ts';
import { LoginPage } from './views/auth-pages.tsx';

/** What went wrong on the way back from a municipality's login service (`?oidc=`). */
const loginProblems: Partial<Record<string, MessageKey>> = {
  failed: 'identity.login.oidcFailed',
  accountExists: 'identity.login.oidcAccountExists',
  rolesElsewhere: 'identity.login.oidcRolesElsewhere',
  linkedToOther: 'identity.login.oidcLinkedToOther',
};

/** The checked return path of a login address (`?next=`), or undefined when there is none. */
function returnTo(c: Context<AppEnv>): string | undefined {
  return safeReturnPath(c.req.query('next'), '') || undefined;
}

/** Log in and log out with e-mail and password (registration: registration.routes.tsx). */
export function authRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/login', (c) =>
    sendPage(
      c,
      <LoginPage
        {...pageContext(c)}
        form={emptyForm}
        failed={false}
        returnTo={returnTo(c)}
        notice={noticeKey(c.req.query('done'))}
        problem={loginProblems[c.req.query('oidc') ?? '']}
      />,
    ),
  );

  app.post('/login', loginRateLimit(), async (c) => {
    const values = await readForm(c);
    const parsed = validateForm(loginInput, values);
    if (!parsed.ok)
      return sendPage(
        c,
        <LoginPage {...pageContext(c)} form={parsed.form} failed={false} returnTo={returnTo(c)} />,
        422,
      );
    const wait = await loginWaitSeconds(c.get('ctx'), parsed.data.email);
    if (wait > 0) {
      const form = { values: { email: parsed.data.email }, errors: {} };
      c.header('Retry-After', String(wait));
      return sendPage(
        c,
        <LoginPage
          {...pageContext(c)}
          form={form}
          failed={false}
          waitSeconds={wait}
          returnTo={returnTo(c)}
        />,
        429,
      );
    }
    const result = await checkPassword(c.get('ctx'), parsed.data);
    if (!result.ok) {
      const form = { values: { email: parsed.data.email }, errors: {} };
      return sendPage(
        c,
        <LoginPage {...pageContext(c)} form={form} failed returnTo={returnTo(c)} />,
        401,
      );
    }
    await logInAs(c, result.value.userId);
    const home = landingPath(await grantsOf(c.get('ctx').db, result.value.userId), c.get('lang'));
    return c.redirect(safeReturnPath(c.req.query('next'), home), 303);
  });

  app.post('/logout', async (c) => {
    await logOut(c);
    return c.redirect(`/${c.get('lang')}/login?done=loggedOut`, 303);
  });

  return app;
}
