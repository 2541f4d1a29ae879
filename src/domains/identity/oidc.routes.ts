import { type Context, Hono } from 'hono';
import type { AppEnv } from '../../web/env.ts';
import { errorResponse } from '../../web/errors.tsx';
import { readForm } from '../../web/forms.ts';
import { isLang } from '../../web/i18n/index.ts';
import { publicOrigin } from '../../web/public-origin.ts';
import { loginRedirect } from '../../web/session.ts';
import { requireMunicipality } from '../tenancy/municipality-param.ts';
import { completeOidcLogin } from './commands/oidc-login.ts';
import { loginLinkInput } from './identity.inputs.ts';
import { mayLinkProviderOf } from './identity.policy.ts';
import { findOidcProvider, insertOidcLogin, takeOidcLogin } from './oidc/oidc.queries.ts';
import { finishAuthorization, offersLogin, startAuthorization } from './oidc/oidc-client.ts';
import { logInAs } from './session-cookie.ts';

const loginTtlMs = 10 * 60_000;

/** The redirect URI registered at every provider: one per instance. */
export function callbackUrl(c: Context<AppEnv>): string {
  const base = publicOrigin(c);
  return `${base}/auth/oidc/callback`;
}

/**
 * Sends the browser to the municipality's provider; `linkUserId` marks a signed-in user's own
 * request to link it to their account. `unavailable` is where to go when the provider cannot be
 * reached.
 */
async function goToProvider(
  c: Context<AppEnv>,
  municipalityId: string,
  unavailable: string,
  linkUserId?: string,
) {
  const { db } = c.get('ctx');
  const provider = await findOidcProvider(db, municipalityId);
  if (!provider?.enabled) return errorResponse(c, 'notFound');
  if (!offersLogin(provider)) return c.redirect(unavailable, 303);
  let start: Awaited<ReturnType<typeof startAuthorization>>;
  try {
    start = await startAuthorization(provider, c.get('deps').config, callbackUrl(c));
  } catch (error) {
    c.get('deps').logger.warn(
      { err: error, municipality: municipalityId },
      'OIDC discovery failed',
    );
    return c.redirect(unavailable, 303);
  }
  await insertOidcLogin(db, {
    state: start.state,
    municipalityId,
    codeVerifier: start.codeVerifier,
    nonce: start.nonce,
    lang: c.get('lang'),
    linkUserId: linkUserId ?? null,
    expiresAt: new Date(c.get('deps').now().getTime() + loginTtlMs),
  });
  return c.redirect(start.url, c.req.method === 'GET' ? 302 : 303);
}

/** Starts a login at the municipality's provider, or a link to it (language-prefixed). */
export function oidcStartRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/municipalities/:id/login', async (c) => {
    const municipality = await requireMunicipality(c);
    const back = `/${c.get('lang')}/municipalities/${municipality.id}?oidc=unavailable`;
    return goToProvider(c, municipality.id, back);
  });

  // Linking changes the account, so it is a form post (CSRF-checked) by the signed-in owner,
  // never something a link or another site can start.
  app.post('/account/login-links', async (c) => {
    const actor = c.get('actor');
    if (actor.kind !== 'user') return loginRedirect(c);
    const parsed = loginLinkInput.safeParse(await readForm(c));
    const account = `/${c.get('lang')}/account`;
    if (!parsed.success) return c.redirect(`${account}?oidc=linkRefused`, 303);
    const { municipality } = parsed.data;
    if (!mayLinkProviderOf(actor.grants, municipality))
      return c.redirect(`${account}?oidc=rolesElsewhere`, 303);
    return goToProvider(c, municipality, `${account}?oidc=unavailable`, actor.userId);
  });
  return app;
}

/** The provider's redirect back to us, outside any language prefix. */
export function oidcCallbackRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/auth/oidc/callback', async (c) => {
    const state = c.req.query('state');
    const { db } = c.get('ctx');
    const pending =
      state && state.length <= 200
        ? await takeOidcLogin(db, state, c.get('deps').now())
        : undefined;
    if (!pending) return errorResponse(c, 'notFound');
    const lang = isLang(pending.lang) ? pending.lang : 'sv';
    const provider = await findOidcProvider(db, pending.municipalityId);
    const failed = `/${lang}/login?oidc=failed`;
    if (!provider?.enabled) return c.redirect(failed, 303);
    try {
      // Rebuild the URL the provider called, on the registered base, so the redirect_uri matches.
      const current = new URL(c.req.url);
      const callback = new URL(callbackUrl(c));
      callback.search = current.search;
      const actor = c.get('actor');
      const linkUserId = pending.linkUserId ?? undefined;
      // A link finishes only in the browser of the account that asked for it.
      if (linkUserId && (actor.kind !== 'user' || actor.userId !== linkUserId))
        return c.redirect(failed, 303);
      const claims = await finishAuthorization(provider, c.get('deps').config, callback, pending);
      const result = await completeOidcLogin(
        c.get('ctx'),
        pending.municipalityId,
        claims,
        linkUserId,
      );
      if (linkUserId)
        return c.redirect(
          `/${lang}/account?${result.ok ? 'done=loginLinked' : `oidc=${result.reason}`}`,
          303,
        );
      if (!result.ok) return c.redirect(`/${lang}/login?oidc=${result.reason}`, 303);
      await logInAs(c, result.value.userId);
      return c.redirect(`/${lang}/municipalities/${pending.municipalityId}`, 303);
    } catch (error) {
      c.get('deps').logger.warn({ err: error }, 'OIDC login failed');
      return c.redirect(failed, 303);
    }
  });
  return app;
}
