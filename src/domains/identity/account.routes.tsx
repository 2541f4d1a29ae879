import { type Context, Hono } from 'hono';
import type { Db } from '../../db/client.ts';
import { municipalRoles, type UserActor } from '../../vocabulary/actor.ts';
import { emptyForm, type FormState } from '../../web/components/forms.tsx';
import type { AppEnv } from '../../web/env.ts';
import { errorResponse } from '../../web/errors.tsx';
import { readForm, validateForm } from '../../web/forms.ts';
import type { MessageKey } from '../../web/i18n/index.ts';
import { clearSessionCookie } from '../../web/middleware/cookies.ts';
import { noticeKey } from '../../web/notices.ts';
import { pageContext } from '../../web/page-context.ts';
import { uuidParam } from '../../web/params.ts';
import { sendPage } from '../../web/render.ts';
import { loginRedirect } from '../../web/session.ts';
import { createApiToken, revokeApiToken } from './commands/api-tokens.ts';
import { deleteAccount, exportPersonalData } from './commands/personal-data.ts';
import { deleteAccountInput, tokenNameInput } from './identity.inputs.ts';
import { canCreateTokenFor, isNetworkCoordinator, mayLinkProviderOf } from './identity.policy.ts';
import {
  describeGrants,
  findUserById,
  linkedMunicipalitiesOf,
  tokensOf,
} from './identity.queries.ts';
import { withEnabledProvider } from './oidc/oidc.queries.ts';
import { AccountPage } from './views/account-page.tsx';

/** What went wrong when linking a municipality's login service (`?oidc=`). */
const accountProblems: Partial<Record<string, MessageKey>> = {
  failed: 'identity.account.loginLinkFailed',
  linkRefused: 'identity.account.loginLinkFailed',
  unavailable: 'identity.account.loginLinkFailed',
  rolesElsewhere: 'identity.account.rolesElsewhere',
  linkedToOther: 'identity.login.oidcLinkedToOther',
};

/** The municipalities where the user has a role and whose login service is on, and whether linked. */
async function loginLinksOf(
  db: Db,
  userId: string,
  grants: Awaited<ReturnType<typeof describeGrants>>,
) {
  const names = new Map<string, string>();
  for (const g of grants)
    if (g.municipalityId && g.municipalityName) names.set(g.municipalityId, g.municipalityName);
  const [enabled, linked] = await Promise.all([
    withEnabledProvider(db, [...names.keys()]),
    linkedMunicipalitiesOf(db, userId),
  ]);
  return [...names]
    .filter(([id]) => enabled.has(id))
    .map(([municipalityId, name]) => ({
      municipalityId,
      name,
      linked: linked.includes(municipalityId),
    }));
}

async function renderAccount(
  c: Context<AppEnv>,
  actor: UserActor,
  extra: {
    tokenForm?: FormState;
    newToken?: string;
    deleteForm?: FormState;
    problem?: MessageKey;
    status?: 200 | 403 | 422;
  } = {},
) {
  const { db } = c.get('ctx');
  const t = c.get('t');
  const user = await findUserById(db, actor.userId);
  const grants = await describeGrants(db, actor.userId);
  const roles = grants.map((g) => {
    if (g.role === 'coordinator') {
      return {
        label: g.countyName
          ? t('identity.role.coordinatorOf', { county: g.countyName })
          : t('identity.role.coordinatorNetwork'),
        where: '',
      };
    }
    const known = (municipalRoles as readonly string[]).includes(g.role);
    const label = known ? t(`identity.role.${g.role as (typeof municipalRoles)[number]}`) : g.role;
    return { label, where: [g.municipalityName, g.departmentName].filter(Boolean).join(', ') };
  });
  const tokenMunicipalities = new Map<string, string>();
  const loginLinks = await loginLinksOf(db, actor.userId, grants);
  for (const g of grants)
    if (g.municipalityId && g.municipalityName && canCreateTokenFor(actor, g.municipalityId))
      tokenMunicipalities.set(g.municipalityId, g.municipalityName);
  return sendPage(
    c,
    <AccountPage
      {...pageContext(c)}
      name={actor.name}
      email={actor.email}
      roles={roles}
      tokens={await tokensOf(db, actor.userId)}
      tokenMunicipalities={[...tokenMunicipalities].map(([value, label]) => ({ value, label }))}
      tokenForm={extra.tokenForm ?? emptyForm}
      newToken={extra.newToken}
      coordinatesNetwork={isNetworkCoordinator(actor)}
      loginLinks={loginLinks}
      mayLinkLogin={
        loginLinks.length === 1 &&
        mayLinkProviderOf(actor.grants, loginLinks[0]?.municipalityId ?? '')
      }
      notice={noticeKey(c.req.query('done'))}
      problem={extra.problem ?? accountProblems[c.req.query('oidc') ?? '']}
      deletion={{
        email: actor.email,
        hasPassword: Boolean(user?.passwordHash),
        isDemo: user?.isDemo ?? false,
        form: extra.deleteForm ?? emptyForm,
      }}
    />,
    extra.status ?? 200,
  );
}

/** The signed-in user's own page: roles and personal API tokens. */
export function accountRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/account', (c) => {
    const actor = c.get('actor');
    return actor.kind === 'user' ? renderAccount(c, actor) : loginRedirect(c);
  });

  app.post('/account/tokens', async (c) => {
    const actor = c.get('actor');
    if (actor.kind !== 'user') return loginRedirect(c);
    const parsed = validateForm(tokenNameInput, await readForm(c));
    if (!parsed.ok) return renderAccount(c, actor, { tokenForm: parsed.form, status: 422 });
    const result = await createApiToken(c.get('ctx'), actor, parsed.data);
    if (!result.ok) {
      return renderAccount(c, actor, {
        tokenForm: {
          values: { name: parsed.data.name, expiresInDays: String(parsed.data.expiresInDays) },
          errors: result.fields ?? {},
        },
        status: 422,
      });
    }
    return renderAccount(c, actor, { newToken: result.value.token });
  });

  app.post('/account/tokens/:tokenId/revoke', async (c) => {
    const actor = c.get('actor');
    if (actor.kind !== 'user') return loginRedirect(c);
    const tokenId = uuidParam(c, 'tokenId');
    const result = await revokeApiToken(c.get('ctx'), actor, tokenId);
    if (!result.ok)
      return errorResponse(c, result.reason === 'notFound' ? 'notFound' : 'forbidden');
    return c.redirect(`/${c.get('lang')}/account?done=tokenRevoked`, 303);
  });

  app.get('/account/data', async (c) => {
    const actor = c.get('actor');
    if (actor.kind !== 'user') return loginRedirect(c);
    const data = await exportPersonalData(c.get('ctx'), actor);
    const day = c.get('ctx').now().toISOString().slice(0, 10);
    c.header('Content-Disposition', `attachment; filename="samskap-my-data-${day}.json"`);
    c.header('Cache-Control', 'no-store');
    return c.body(`${JSON.stringify(data, null, 2)}\n`, 200, {
      'Content-Type': 'application/json; charset=utf-8',
    });
  });

  app.post('/account/delete', async (c) => {
    const actor = c.get('actor');
    if (actor.kind !== 'user') return loginRedirect(c);
    const parsed = validateForm(deleteAccountInput, await readForm(c));
    // The field is never sent back: it holds a password or an address typed for a deletion.
    if (!parsed.ok)
      return renderAccount(c, actor, {
        deleteForm: { values: {}, errors: parsed.form.errors },
        status: 422,
      });
    const result = await deleteAccount(c.get('ctx'), actor, parsed.data);
    if (!result.ok) {
      if (result.reason === 'demo')
        return renderAccount(c, actor, { problem: 'identity.delete.demo', status: 403 });
      if (result.reason === 'notFound') return loginRedirect(c);
      return renderAccount(c, actor, {
        deleteForm: { values: {}, errors: result.fields ?? {} },
        status: 422,
      });
    }
    // Its sessions are gone already; the browser forgets its cookie.
    clearSessionCookie(c);
    return c.redirect(`/${c.get('lang')}/login?done=accountDeleted`, 303);
  });

  return app;
}
