import type { Context } from 'hono';
import { Hono } from 'hono';
import { emptyForm, type FormState } from '../../web/components/forms.tsx';
import type { AppEnv } from '../../web/env.ts';
import { readForm, validateForm } from '../../web/forms.ts';
import { pageContext } from '../../web/page-context.ts';
import { publicOrigin } from '../../web/public-origin.ts';
import { sendPage } from '../../web/render.ts';
import { loginRateLimit } from '../platform/rate-limit.middleware.ts';
import { requestPasswordReset } from './commands/request-password-reset.ts';
import { resetPassword } from './commands/reset-password.ts';
import {
  newPasswordForm,
  passwordResetRequestInput,
  passwordResetToken,
} from './identity.inputs.ts';
import { loadPasswordResetLink } from './password-reset.load.ts';
import type { PasswordResetLinkStatus } from './password-reset.ts';
import {
  NewPasswordPage,
  PasswordResetLinkProblemPage,
  PasswordResetRequestPage,
  PasswordResetSentPage,
} from './views/password-reset-pages.tsx';

const problemStatus = { unknown: 404, expired: 410, used: 410 } as const;

function linkProblem(c: Context<AppEnv>, status: Exclude<PasswordResetLinkStatus, 'valid'>) {
  return sendPage(
    c,
    <PasswordResetLinkProblemPage {...pageContext(c)} status={status} />,
    problemStatus[status],
  );
}

function renderNewPassword(
  c: Context<AppEnv>,
  token: string,
  form: FormState,
  status: 200 | 422 = 200,
) {
  return sendPage(c, <NewPasswordPage {...pageContext(c)} token={token} form={form} />, status);
}

/** The link's token from the address, when it has the shape of one. */
function tokenOf(c: Context<AppEnv>): string | undefined {
  const parsed = passwordResetToken.safeParse(c.req.param('token'));
  return parsed.success ? parsed.data : undefined;
}

/**
 * A forgotten password: the form that asks for a link (the same answer for every valid address),
 * and the link's page, which sets a new password once and sends its owner to log in with it.
 */
export function passwordResetRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/password-reset', (c) =>
    sendPage(c, <PasswordResetRequestPage {...pageContext(c)} form={emptyForm} />),
  );

  app.post('/password-reset', loginRateLimit(), async (c) => {
    const parsed = validateForm(passwordResetRequestInput, await readForm(c));
    if (!parsed.ok)
      return sendPage(c, <PasswordResetRequestPage {...pageContext(c)} form={parsed.form} />, 422);
    await requestPasswordReset(c.get('ctx'), parsed.data, {
      lang: c.get('lang'),
      baseUrl: publicOrigin(c),
    });
    return sendPage(c, <PasswordResetSentPage {...pageContext(c)} email={parsed.data.email} />);
  });

  app.get('/password-reset/:token', async (c) => {
    // Its address holds a working link.
    c.header('Cache-Control', 'no-store');
    const token = tokenOf(c);
    if (!token) return linkProblem(c, 'unknown');
    const status = await loadPasswordResetLink(c.get('ctx').db, token, c.get('ctx').now());
    if (status !== 'valid') return linkProblem(c, status);
    return renderNewPassword(c, token, emptyForm);
  });

  app.post('/password-reset/:token', loginRateLimit(), async (c) => {
    c.header('Cache-Control', 'no-store');
    const token = tokenOf(c);
    if (!token) return linkProblem(c, 'unknown');
    const parsed = validateForm(newPasswordForm, await readForm(c));
    if (!parsed.ok) {
      const status = await loadPasswordResetLink(c.get('ctx').db, token, c.get('ctx').now());
      if (status !== 'valid') return linkProblem(c, status);
      return renderNewPassword(c, token, parsed.form, 422);
    }
    const result = await resetPassword(
      c.get('ctx'),
      { token, password: parsed.data.password },
      { lang: c.get('lang'), baseUrl: publicOrigin(c) },
    );
    if (!result.ok) {
      if (result.reason !== 'weakPassword') return linkProblem(c, result.reason);
      return renderNewPassword(c, token, { values: {}, errors: result.fields ?? {} }, 422);
    }
    return c.redirect(`/${c.get('lang')}/login?done=passwordChanged`, 303);
  });

  return app;
}
