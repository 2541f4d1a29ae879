import type { DomainModule } from '../../../web/module.ts';
import { forgetEndedInvitations } from './coauthors.queries.ts';
import { seedDemoProposals } from './demo.ts';
import { forgetSupporters } from './forget-supporters.ts';
import { en } from './i18n/en.ts';
import { nb } from './i18n/nb.ts';
import { sv } from './i18n/sv.ts';
import { proposalsPersonalData } from './personal-data.ts';
import { proposalsApi } from './proposals.api.ts';
import { proposalsMentions } from './proposals.mentions.ts';
import { proposalRoutes } from './proposals.routes.tsx';
import { proposalsStartPage } from './start-page.ts';

/**
 * Residents' proposals (innbyggerforslag, e-förslag): a resident writes one, staff screen it, it
 * collects support against the municipality's threshold, goes to the body that decides it and is
 * answered. The proposal worker (proposal-worker.ts) moves proposals past their threshold or
 * window.
 */
export const proposalsModule: DomainModule = {
  id: 'proposals',
  pillar: 'dialog',
  messages: { en, sv, nb },
  routes: proposalRoutes,
  personalData: proposalsPersonalData,
  api: proposalsApi,
  mentions: proposalsMentions,
  seedDemo: seedDemoProposals,
  purge: async (db, now) => {
    await forgetSupporters(db, now);
    await forgetEndedInvitations(db, now);
  },
  startPage: proposalsStartPage,
  navigation: {
    municipality: [{ path: 'proposals', label: 'proposals.nav', order: 20, section: 'dialog' }],
    network: [{ path: 'proposals', label: 'proposals.network.nav', order: 6 }],
  },
  routeClasses: {
    'GET /:lang/proposals': 'public',
    'GET /api/v1/proposals': 'public',
    'GET /:lang/municipalities/:id/proposals': 'public',
    'GET /:lang/municipalities/:id/proposals/new': 'public',
    'POST /:lang/municipalities/:id/proposals/new': 'public',
    'GET /:lang/municipalities/:id/proposals/rule': 'internal',
    'POST /:lang/municipalities/:id/proposals/rule': 'internal',
    'GET /:lang/municipalities/:id/proposals/:pid': 'public',
    'POST /:lang/municipalities/:id/proposals/:pid/support': 'public',
    'POST /:lang/municipalities/:id/proposals/:pid/submit': 'public',
    'POST /:lang/municipalities/:id/proposals/:pid/withdraw': 'public',
    // A proposer's co-authors, and the invited person's link: their own work, checked by the commands.
    'POST /:lang/municipalities/:id/proposals/:pid/coauthors': 'public',
    'POST /:lang/municipalities/:id/proposals/:pid/coauthors/leave': 'public',
    'POST /:lang/municipalities/:id/proposals/:pid/coauthors/:coauthorId/remove': 'public',
    'GET /:lang/municipalities/:id/proposals/:pid/invitation/:token': 'public',
    'POST /:lang/municipalities/:id/proposals/:pid/invitation/:token': 'public',
    'POST /:lang/municipalities/:id/proposals/:pid/screening': 'internal',
    'POST /:lang/municipalities/:id/proposals/:pid/paper': 'internal',
    'POST /:lang/municipalities/:id/proposals/:pid/body': 'internal',
    'POST /:lang/municipalities/:id/proposals/:pid/answer': 'internal',
    'GET /api/v1/municipalities/:id/proposals': 'public',
    'GET /api/v1/municipalities/:id/proposals/:pid': 'public',
    'POST /api/v1/municipalities/:id/proposals/:pid/support': 'public',
  },
  notices: {
    proposalDrafted: 'proposals.done.drafted',
    proposalSubmitted: 'proposals.done.submitted',
    proposalWithdrawn: 'proposals.done.withdrawn',
    proposalScreened: 'proposals.done.screened',
    proposalSupported: 'proposals.done.supported',
    proposalPaper: 'proposals.done.paper',
    proposalToBody: 'proposals.done.toBody',
    proposalAnswered: 'proposals.done.answered',
    proposalRule: 'proposals.done.rule',
    coauthorInvited: 'proposals.done.coauthorInvited',
    coauthorResent: 'proposals.done.coauthorResent',
    coauthorWithdrawn: 'proposals.done.coauthorWithdrawn',
    coauthorRemoved: 'proposals.done.coauthorRemoved',
    coauthorJoined: 'proposals.done.coauthorJoined',
    coauthorLeft: 'proposals.done.coauthorLeft',
  },
};
