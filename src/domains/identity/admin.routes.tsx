import { type Context, Hono } from 'hono';
import { emptyForm, type FormState } from '../../web/components/forms.tsx';
import type { AppEnv } from '../../web/env.ts';
import { errorResponse } from '../../web/errors.tsx';
import { readForm, validateForm } from '../../web/forms.ts';
import type { MessageKey } from '../../web/i18n/index.ts';
import { noticeKey } from '../../web/notices.ts';
import { pageContext } from '../../web/page-context.ts';
import { uuidParam } from '../../web/params.ts';
import { sendPage } from '../../web/render.ts';
import { authorizedMunicipality } from '../tenancy/municipality-param.ts';
import type { MunicipalityRow } from '../tenancy/tenancy.queries.ts';
import { listDepartments } from '../tenancy/tenancy.queries.ts';
import { configureOidc } from './commands/configure-oidc.ts';
import { grantRole, revokeRole } from './commands/manage-roles.ts';
import { grantRoleInput, oidcConfigInput } from './identity.inputs.ts';
import { canConfigureLogin, canManageRoles } from './identity.policy.ts';
import { grantsInMunicipality } from './identity.queries.ts';
import { findOidcProvider } from './oidc/oidc.queries.ts';
import { offersLogin } from './oidc/oidc-client.ts';
import { callbackUrl } from './oidc.routes.ts';
import { OidcSettingsPage } from './views/oidc-page.tsx';
import { RolesPage } from './views/roles-page.tsx';

async function renderRoles(
  c: Context<AppEnv>,
  m: MunicipalityRow,
  form: FormState = emptyForm,
  status: 200 | 409 | 422 = 200,
  problem?: MessageKey,
) {
  const { db } = c.get('ctx');
  return sendPage(
    c,
    <RolesPage
      {...pageContext(c)}
      municipality={m}
      grants={await grantsInMunicipality(db, m.id)}
      departments={await listDepartments(db, m.id)}
      form={form}
      notice={noticeKey(c.req.query('done'))}
      problem={problem}
    />,
    status,
  );
}

async function renderOidc(
  c: Context<AppEnv>,
  m: MunicipalityRow,
  form?: FormState,
  status: 200 | 422 = 200,
) {
  const provider = await findOidcProvider(c.get('ctx').db, m.id);
  const current: FormState = form ?? {
    values: provider
      ? {
          issuer: provider.issuer,
          clientId: provider.clientId,
          enabled: provider.enabled ? 'on' : '',
        }
      : { enabled: 'on' },
    errors: {},
  };
  return sendPage(
    c,
    <OidcSettingsPage
      {...pageContext(c)}
      municipality={m}
      form={current}
      redirectUri={callbackUrl(c)}
      notice={noticeKey(c.req.query('done'))}
      unchecked={Boolean(provider?.enabled && !offersLogin(provider))}
    />,
    status,
  );
}

/** A municipality's admin pages: roles and the OpenID Connect provider. */
export function adminRoutes() {
  const app = new Hono<AppEnv>();
  const base = (c: Context<AppEnv>, m: MunicipalityRow) =>
    `/${c.get('lang')}/municipalities/${m.id}/admin`;

  app.get('/municipalities/:id/admin/roles', async (c) => {
    const m = await authorizedMunicipality(c, canManageRoles);
    return renderRoles(c, m);
  });

  app.post('/municipalities/:id/admin/roles', async (c) => {
    const m = await authorizedMunicipality(c, canManageRoles);
    const parsed = validateForm(grantRoleInput, await readForm(c));
    if (!parsed.ok) return renderRoles(c, m, parsed.form, 422);
    const result = await grantRole(c.get('ctx'), c.get('actor'), m.id, parsed.data);
    if (!result.ok) {
      if (result.reason === 'forbidden') return errorResponse(c, 'forbidden');
      const values = {
        email: parsed.data.email,
        role: parsed.data.role,
        departmentId: parsed.data.departmentId ?? '',
      };
      return renderRoles(c, m, { values, errors: result.fields ?? {} }, 422);
    }
    return c.redirect(`${base(c, m)}/roles?done=roleGranted`, 303);
  });

  app.post('/municipalities/:id/admin/roles/:grantId/revoke', async (c) => {
    const m = await authorizedMunicipality(c, canManageRoles);
    const grantId = uuidParam(c, 'grantId');
    const result = await revokeRole(c.get('ctx'), c.get('actor'), m.id, grantId);
    if (!result.ok && result.reason === 'lastAdmin')
      return renderRoles(c, m, emptyForm, 409, 'identity.roles.lastAdmin');
    if (!result.ok)
      return errorResponse(c, result.reason === 'notFound' ? 'notFound' : 'forbidden');
    return c.redirect(`${base(c, m)}/roles?done=roleRevoked`, 303);
  });

  app.get('/municipalities/:id/admin/login', async (c) => {
    const m = await authorizedMunicipality(c, canConfigureLogin);
    return renderOidc(c, m);
  });

  app.post('/municipalities/:id/admin/login', async (c) => {
    const m = await authorizedMunicipality(c, canConfigureLogin);
    const parsed = validateForm(oidcConfigInput, await readForm(c));
    if (!parsed.ok) return renderOidc(c, m, parsed.form, 422);
    const { allowPrivateIssuers } = c.get('deps').config;
    const result = await configureOidc(c.get('ctx'), c.get('actor'), m.id, parsed.data, {
      allowPrivateIssuers,
    });
    if (!result.ok) {
      if (result.reason === 'forbidden') return errorResponse(c, 'forbidden');
      const { clientSecret: _omit, ...rest } = parsed.data;
      const values = { ...rest, enabled: rest.enabled ? 'on' : '' };
      return renderOidc(c, m, { values, errors: result.fields ?? {} }, 422);
    }
    return c.redirect(`${base(c, m)}/login?done=oidcSaved`, 303);
  });

  return app;
}
