import { type Context, Hono } from 'hono';
import { isUuid } from '../../lib/uuid.ts';
import { municipalRoles, type UserActor } from '../../vocabulary/actor.ts';
import { emptyForm, type FormState } from '../../web/components/forms.tsx';
import type { AppEnv } from '../../web/env.ts';
import { errorResponse } from '../../web/errors.tsx';
import { readForm, validateForm } from '../../web/forms.ts';
import { noticeKey } from '../../web/notices.ts';
import { pageContext } from '../../web/page-context.ts';
import { sendPage } from '../../web/render.ts';
import { loginRedirect } from '../../web/session.ts';
import { createApiToken, revokeApiToken } from './commands/api-tokens.ts';
import { tokenNameInput } from './identity.inputs.ts';
import { canCreateTokenFor, isNetworkCoordinator } from './identity.policy.ts';
import { describeGrants, tokensOf } from './identity.queries.ts';
import { AccountPage } from './views/account-page.tsx';

async function renderAccount(
  c: Context<AppEnv>,
  actor: UserActor,
  extra: { tokenForm?: FormState; newToken?: string; status?: 200 | 422 } = {},
) {
  const { db } = c.get('ctx');
  const t = c.get('t');
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
      notice={noticeKey(c.req.query('done'))}
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
        tokenForm: { values: { name: parsed.data.name }, errors: result.fields ?? {} },
        status: 422,
      });
    }
    return renderAccount(c, actor, { newToken: result.value.token });
  });

  app.post('/account/tokens/:tokenId/revoke', async (c) => {
    const actor = c.get('actor');
    if (actor.kind !== 'user') return loginRedirect(c);
    const tokenId = c.req.param('tokenId');
    if (!isUuid(tokenId)) return errorResponse(c, 'notFound');
    const result = await revokeApiToken(c.get('ctx'), actor, tokenId);
    if (!result.ok)
      return errorResponse(c, result.reason === 'notFound' ? 'notFound' : 'forbidden');
    return c.redirect(`/${c.get('lang')}/account?done=tokenRevoked`, 303);
  });

  return app;
}
