import { type Context, Hono } from 'hono';
import type { AppEnv } from '../../web/env.ts';
import { errorResponse } from '../../web/errors.tsx';
import { isLang } from '../../web/i18n/index.ts';
import { requireMunicipality } from '../tenancy/municipality-param.ts';
import { completeOidcLogin } from './commands/oidc-login.ts';
import { findOidcProvider, insertOidcLogin, takeOidcLogin } from './oidc/oidc.queries.ts';
import { finishAuthorization, startAuthorization } from './oidc/oidc-client.ts';
import { logInAs } from './session-cookie.ts';

const loginTtlMs = 10 * 60_000;

/** The redirect URI registered at every provider: one per instance. */
export function callbackUrl(c: Context<AppEnv>): string {
  const base = c.get('deps').config.publicUrl ?? new URL(c.req.url).origin;
  return `${base}/auth/oidc/callback`;
}

/** Starts a login at the municipality's provider (language-prefixed). */
export function oidcStartRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/municipalities/:id/login', async (c) => {
    const municipality = await requireMunicipality(c);
    const { db } = c.get('ctx');
    const provider = await findOidcProvider(db, municipality.id);
    if (!provider?.enabled) return errorResponse(c, 'notFound');
    let start: Awaited<ReturnType<typeof startAuthorization>>;
    try {
      start = await startAuthorization(provider, callbackUrl(c));
    } catch (error) {
      c.get('deps').logger.warn(
        { err: error, municipality: municipality.id },
        'OIDC discovery failed',
      );
      return c.redirect(
        `/${c.get('lang')}/municipalities/${municipality.id}?oidc=unavailable`,
        303,
      );
    }
    await insertOidcLogin(db, {
      state: start.state,
      municipalityId: municipality.id,
      codeVerifier: start.codeVerifier,
      nonce: start.nonce,
      lang: c.get('lang'),
      expiresAt: new Date(c.get('deps').now().getTime() + loginTtlMs),
    });
    return c.redirect(start.url, 302);
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
      const claims = await finishAuthorization(provider, callback, pending);
      const result = await completeOidcLogin(c.get('ctx'), pending.municipalityId, claims);
      if (!result.ok) return c.redirect(failed, 303);
      await logInAs(c, result.value.userId);
      return c.redirect(`/${lang}/municipalities/${pending.municipalityId}`, 303);
    } catch (error) {
      c.get('deps').logger.warn({ err: error }, 'OIDC login failed');
      return c.redirect(failed, 303);
    }
  });
  return app;
}
