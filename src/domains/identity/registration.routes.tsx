import type { Context } from 'hono';
import { Hono } from 'hono';
import type { FormState } from '../../web/components/forms.tsx';
import { emptyForm } from '../../web/components/forms.tsx';
import type { AppEnv } from '../../web/env.ts';
import { readForm, validateForm } from '../../web/forms.ts';
import { pageContext } from '../../web/page-context.ts';
import { publicOrigin } from '../../web/public-origin.ts';
import { sendPage } from '../../web/render.ts';
import { loginRateLimit } from '../platform/rate-limit.middleware.ts';
import { ownCountry, ownCountryFirst } from '../tenancy/own-country.ts';
import { confirmRegistration } from './commands/confirm-registration.ts';
import { requestRegistration } from './commands/request-registration.ts';
import { registerInput, registrationTokenInput } from './identity.inputs.ts';
import { loadRegistrationLink } from './registration.load.ts';
import type { RegistrationLinkStatus } from './registration.ts';
import { logInAs } from './session-cookie.ts';
import { RegisterPage } from './views/auth-pages.tsx';
import {
  ConfirmRegistrationPage,
  RegisterSentPage,
  RegistrationLinkProblemPage,
} from './views/registration-pages.tsx';

async function renderRegister(c: Context<AppEnv>, form: FormState, status: 200 | 422 = 200) {
  const { items } = await c.get('deps').registry.municipalities({ page: 1, pageSize: 1000 });
  const own = ownCountry(c.get('t').lang, c.get('actor'));
  const options = ownCountryFirst(items, (m) => m.country, own).map((m) => ({
    value: m.id,
    label: m.name,
    group: m.county.name,
  }));
  return sendPage(
    c,
    <RegisterPage {...pageContext(c)} form={form} municipalities={options} />,
    status,
  );
}

const problemStatus = { unknown: 404, expired: 410, used: 410, accountExists: 409 } as const;

function linkProblem(c: Context<AppEnv>, status: Exclude<RegistrationLinkStatus, 'valid'>) {
  return sendPage(
    c,
    <RegistrationLinkProblemPage {...pageContext(c)} status={status} />,
    problemStatus[status],
  );
}

/**
 * Registration with a confirmed e-mail address: the form, the same answer for every valid form,
 * and the link from the mail, which creates the account and signs its owner in.
 */
export function registrationRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/register', (c) => renderRegister(c, emptyForm));

  app.post('/register', loginRateLimit(), async (c) => {
    const parsed = validateForm(registerInput, await readForm(c));
    if (!parsed.ok) return renderRegister(c, parsed.form, 422);
    // PUBLIC_URL when set: otherwise the Host of the request would choose where the link leads.
    const baseUrl = publicOrigin(c);
    const result = await requestRegistration(c.get('ctx'), parsed.data, {
      lang: c.get('lang'),
      baseUrl,
    });
    if (!result.ok) {
      const { password: _omit, ...values } = parsed.data;
      return renderRegister(c, { values, errors: result.fields ?? {} }, 422);
    }
    return sendPage(c, <RegisterSentPage {...pageContext(c)} email={result.value.email} />);
  });

  app.get('/register/confirm', async (c) => {
    // The page names the person and their address, and its address holds a working link.
    c.header('Cache-Control', 'no-store');
    const parsed = registrationTokenInput.safeParse({ token: c.req.query('token') });
    if (!parsed.success) return linkProblem(c, 'unknown');
    const link = await loadRegistrationLink(c.get('ctx').db, parsed.data.token, c.get('ctx').now());
    if (link.status !== 'valid') return linkProblem(c, link.status);
    return sendPage(
      c,
      <ConfirmRegistrationPage
        {...pageContext(c)}
        token={parsed.data.token}
        registration={link.registration}
      />,
    );
  });

  app.post('/register/confirm', async (c) => {
    const parsed = validateForm(registrationTokenInput, await readForm(c));
    if (!parsed.ok) return linkProblem(c, 'unknown');
    const result = await confirmRegistration(c.get('ctx'), parsed.data.token);
    if (!result.ok) return linkProblem(c, result.reason);
    await logInAs(c, result.value.userId);
    const home = `/${c.get('lang')}/municipalities/${result.value.municipalityId}`;
    return c.redirect(`${home}?done=registered`, 303);
  });

  return app;
}
