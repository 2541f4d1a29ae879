import { Hono } from 'hono';
import type { AppEnv } from '../../web/env.ts';
import type { DomainModule } from '../../web/module.ts';
import { accountRoutes } from './account.routes.tsx';
import { adminRoutes } from './admin.routes.tsx';
import { authRoutes } from './auth.routes.tsx';
import { en } from './i18n/en.ts';
import { nb } from './i18n/nb.ts';
import { sv } from './i18n/sv.ts';
import { identityApi } from './identity.api.ts';
import { canConfigureLogin, canManageRoles, isNetworkCoordinator } from './identity.policy.ts';
import { networkRoutes } from './network.routes.tsx';
import { oidcCallbackRoutes, oidcStartRoutes } from './oidc.routes.ts';
import { passwordResetRoutes } from './password-reset.routes.tsx';
import { registrationRoutes } from './registration.routes.tsx';

function identityRoutes() {
  const app = new Hono<AppEnv>();
  for (const routes of [
    authRoutes(),
    registrationRoutes(),
    passwordResetRoutes(),
    accountRoutes(),
    adminRoutes(),
    oidcStartRoutes(),
    networkRoutes(),
  ]) {
    app.route('/', routes);
  }
  return app;
}

/** Users, sessions, roles, API tokens, login with OpenID Connect and network coordinators. */
export const identityModule: DomainModule = {
  id: 'identity',
  messages: { en, sv, nb },
  routes: identityRoutes,
  rootRoutes: oidcCallbackRoutes,
  api: identityApi,
  navigation: {
    municipality: [
      {
        path: 'admin/roles',
        label: 'identity.nav.roles',
        section: 'admin',
        order: 10,
        visible: canManageRoles,
      },
      {
        path: 'admin/login',
        label: 'identity.nav.login',
        section: 'admin',
        order: 20,
        visible: canConfigureLogin,
      },
    ],
    network: [
      {
        path: 'network/coordinators',
        label: 'identity.nav.coordinators',
        order: 50,
        visible: isNetworkCoordinator,
      },
    ],
  },
  routeClasses: {
    'GET /:lang/login': 'public',
    'POST /:lang/login': 'public',
    'POST /:lang/logout': 'public',
    'GET /:lang/register': 'public',
    'POST /:lang/register': 'public',
    'GET /:lang/register/confirm': 'public',
    'POST /:lang/register/confirm': 'public',
    'GET /:lang/password-reset': 'public',
    'POST /:lang/password-reset': 'public',
    'GET /:lang/password-reset/:token': 'public',
    'POST /:lang/password-reset/:token': 'public',
    'GET /:lang/account': 'public',
    'POST /:lang/account/tokens': 'public',
    'POST /:lang/account/tokens/:tokenId/revoke': 'public',
    'POST /:lang/account/login-links': 'public',
    'GET /:lang/account/data': 'public',
    'POST /:lang/account/delete': 'public',
    'GET /:lang/municipalities/:id/admin/roles': 'internal',
    'POST /:lang/municipalities/:id/admin/roles': 'internal',
    'POST /:lang/municipalities/:id/admin/roles/:grantId/revoke': 'internal',
    'GET /:lang/municipalities/:id/admin/login': 'internal',
    'POST /:lang/municipalities/:id/admin/login': 'internal',
    'GET /:lang/municipalities/:id/login': 'public',
    'GET /:lang/network/coordinators': 'internal',
    'POST /:lang/network/coordinators': 'internal',
    'POST /:lang/network/coordinators/:grantId/revoke': 'internal',
    'POST /api/v1/auth/token': 'public',
    'GET /api/v1/me': 'public',
    'GET /auth/oidc/callback': 'public',
  },
  notices: {
    roleGranted: 'identity.roles.granted',
    roleRevoked: 'identity.roles.revoked',
    tokenRevoked: 'identity.account.tokenRevoked',
    oidcSaved: 'identity.oidc.saved',
    loginLinked: 'identity.account.loginLinkDone',
    registered: 'identity.register.done',
    passwordChanged: 'identity.reset.done',
    loggedOut: 'identity.logout.done',
    accountDeleted: 'identity.delete.done',
    coordinatorGranted: 'identity.network.granted',
    coordinatorRevoked: 'identity.network.revoked',
  },
};
