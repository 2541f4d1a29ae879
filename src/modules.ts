import { auditModule } from './domains/audit/module.ts';
import { decisionsModule } from './domains/decisions/module.ts';
import { delningModules } from './domains/delning/module.ts';
import { dialogModules } from './domains/dialog/module.ts';
import { identityModule } from './domains/identity/module.ts';
import { mailModule } from './domains/mail/module.ts';
import { platformModule } from './domains/platform/module.ts';
import { searchModule } from './domains/search/module.ts';
import { styrningModules } from './domains/styrning/module.ts';
import { tenancyModule } from './domains/tenancy/module.ts';
import { registerMessages } from './web/i18n/index.ts';
import { registerLinks } from './web/links.ts';
import { registerMentions } from './web/mentions.ts';
import type { DomainModule } from './web/module.ts';
import { registerNavigation } from './web/navigation.ts';
import { registerNotices } from './web/notices.ts';
import { registerPersonalData } from './web/personal-data.ts';
import { registerSearchProvider } from './web/search.ts';
import { registerStartPage } from './web/start-page.ts';

/**
 * Every domain of the app: the shared ones, then each pillar's. The one place that names them;
 * the app, the API, the menus, the dictionaries, the search and the demo seed all loop over
 * this list.
 */
export const modules: readonly DomainModule[] = [
  platformModule,
  tenancyModule,
  identityModule,
  mailModule,
  auditModule,
  decisionsModule,
  searchModule,
  ...styrningModules,
  ...dialogModules,
  ...delningModules,
];

for (const m of modules) {
  if (m.messages) registerMessages(m.id, m.messages);
  if (m.navigation) registerNavigation(m.navigation);
  if (m.search) registerSearchProvider(m.id, m.search);
  if (m.links) registerLinks(m.links);
  if (m.mentions) registerMentions(m.id, m.mentions);
  if (m.startPage) registerStartPage(m.startPage);
  if (m.notices) registerNotices(m.notices);
  if (m.personalData) registerPersonalData(m.id, m.personalData);
}
