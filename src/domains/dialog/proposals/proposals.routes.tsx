import { type Context, Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { askedPage, readSearchedPage } from '../../../lib/paging.ts';
import { emptyForm } from '../../../web/components/forms.tsx';
import type { AppEnv } from '../../../web/env.ts';
import { errorResponse } from '../../../web/errors.tsx';
import { readForm, validateForm } from '../../../web/forms.ts';
import { noticeKey } from '../../../web/notices.ts';
import { pageContext } from '../../../web/page-context.ts';
import { uuidParam } from '../../../web/params.ts';
import { sendPage } from '../../../web/render.ts';
import { loginRedirect } from '../../../web/session.ts';
import { keptUnlessSearched, keptWithActivityForEveryone } from '../../../web/visitor-pages.ts';
import { requireMunicipality } from '../../tenancy/municipality-param.ts';
import { coauthorRoutes } from './coauthors.routes.tsx';
import { supportProposal } from './commands/support-proposal.ts';
import { moveOwnProposal, writeProposal } from './commands/write-proposal.ts';
import { handlingRoutes } from './handling.routes.tsx';
import { askedProposals, listedStates, listFilterOf } from './proposal-filter.ts';
import { districtsOf, listProposals, type ProposalListFilter } from './proposal-lists.queries.ts';
import { proposalInput } from './proposals.inputs.ts';
import { canHandleProposals, canSetProposalRule } from './proposals.policy.ts';
import { similarProposals } from './proposals.queries.ts';
import { proposalPath, proposalProblems, renderProposal } from './render-proposal.tsx';
import { NetworkProposalsPage } from './views/network-proposals-page.tsx';
import { NewProposalPage } from './views/new-proposal-page.tsx';
import { ProposalsPage } from './views/proposals-page.tsx';

export const PAGE_SIZE = 20;

/** The page asked for of the proposals the filter lists, and whether a search found similar words only. */
async function pageOfProposals(c: Context<AppEnv>, filter: ProposalListFilter) {
  return readSearchedPage(askedPage(c.req.query('page')), PAGE_SIZE, (range) =>
    listProposals(c.get('ctx').db, filter, range),
  );
}

/** Residents' proposals: the list, writing one, its page, support, and the proposer's own steps. */
export function proposalRoutes() {
  const app = new Hono<AppEnv>();
  // Before `proposals/:pid`, which would take `new` or `rule` for a proposal's id.
  app.route('/', handlingRoutes());
  app.route('/', coauthorRoutes());

  // Drawn once per address and set of grants until content changes or a support is counted
  // (announced as activity): the list depends on who asks through the grants alone. A search is
  // drawn each time (`keptUnlessSearched`).
  app.get(
    '/municipalities/:id/proposals',
    keptUnlessSearched(keptWithActivityForEveryone()),
    async (c) => {
      const m = await requireMunicipality(c);
      const actor = c.get('actor');
      const staff = canHandleProposals(actor, m.id);
      const { db } = c.get('ctx');
      const asked = { ...askedProposals((name) => c.req.query(name), { staff }), country: '' };
      const filter = { ...listFilterOf(asked, staff), municipalityId: m.id };
      const { shown, similarOnly } = await pageOfProposals(c, filter);
      return sendPage(
        c,
        <ProposalsPage
          {...pageContext(c)}
          municipality={m}
          shown={shown}
          asked={asked}
          districts={await districtsOf(db, m.id, listedStates(staff))}
          similarOnly={similarOnly}
          staff={staff}
          canSetRule={canSetProposalRule(actor, m.id)}
          notice={noticeKey(c.req.query('done'))}
        />,
      );
    },
  );

  // Public proposals of every municipality: the same for everyone but for the counts, so kept
  // as the municipality's list is.
  app.get('/proposals', keptUnlessSearched(keptWithActivityForEveryone()), async (c) => {
    const counties = await c.get('deps').registry.counties();
    const countyIds = new Set(counties.map((county) => county.id));
    const asked = {
      ...askedProposals((name) => c.req.query(name), { staff: false, countyIds }),
      district: '',
    };
    const { shown, similarOnly } = await pageOfProposals(c, listFilterOf(asked, false));
    return sendPage(
      c,
      <NetworkProposalsPage
        {...pageContext(c)}
        shown={shown}
        asked={asked}
        counties={counties}
        similarOnly={similarOnly}
      />,
    );
  });

  app.get('/municipalities/:id/proposals/new', async (c) => {
    const m = await requireMunicipality(c);
    if (c.get('actor').kind !== 'user') return loginRedirect(c);
    return sendPage(c, <NewProposalPage {...pageContext(c)} municipality={m} form={emptyForm} />);
  });

  app.post('/municipalities/:id/proposals/new', async (c) => {
    const m = await requireMunicipality(c);
    if (c.get('actor').kind !== 'user') return loginRedirect(c);
    const values = await readForm(c);
    const parsed = validateForm(proposalInput, values);
    const page = (
      status: ContentfulStatusCode,
      form = { values, errors: {} },
      similar?: Awaited<ReturnType<typeof similarProposals>>,
    ) =>
      sendPage(
        c,
        <NewProposalPage {...pageContext(c)} municipality={m} form={form} similar={similar} />,
        status,
      );
    if (values.intent === 'similar') {
      const text = `${values.title ?? ''} ${values.body ?? ''}`.trim().slice(0, 5200);
      return page(
        200,
        { values, errors: {} },
        text ? await similarProposals(c.get('ctx').db, m.id, text) : [],
      );
    }
    if (!parsed.ok) return page(422, parsed.form);
    // Only the send button sends; anything else keeps it as a draft, which can still be sent.
    const send = values.intent === 'send';
    const result = await writeProposal(c.get('ctx'), c.get('actor'), m.id, parsed.data, send);
    if (!result.ok) return loginRedirect(c);
    return c.redirect(
      `${proposalPath(c, m, result.value.proposalId)}?done=${send ? 'proposalSubmitted' : 'proposalDrafted'}`,
      303,
    );
  });

  app.get('/municipalities/:id/proposals/:pid', async (c) =>
    renderProposal(c, await requireMunicipality(c)),
  );

  app.post('/municipalities/:id/proposals/:pid/support', async (c) => {
    // A support changes its proposal's counts only, which are announced as activity.
    c.set('cachedDataTouched', 'activity');
    const m = await requireMunicipality(c);
    if (c.get('actor').kind !== 'user') return loginRedirect(c);
    const proposalId = uuidParam(c, 'pid');
    const form = await readForm(c);
    const result = await supportProposal(
      c.get('ctx'),
      c.get('actor'),
      { municipality: m, proposalId },
      { tellMe: form.tellMe === 'on', declaresResidence: form.resident === 'on' },
    );
    if (!result.ok) {
      if (result.reason === 'notFound') return errorResponse(c, 'notFound');
      return renderProposal(c, m, proposalProblems[result.reason]);
    }
    return c.redirect(`${proposalPath(c, m, proposalId)}?done=proposalSupported`, 303);
  });

  for (const [step, to, done] of [
    ['submit', 'screening', 'proposalSubmitted'],
    ['withdraw', 'withdrawn', 'proposalWithdrawn'],
  ] as const) {
    app.post(`/municipalities/:id/proposals/:pid/${step}`, async (c) => {
      const m = await requireMunicipality(c);
      if (c.get('actor').kind !== 'user') return loginRedirect(c);
      const where = { municipalityId: m.id, proposalId: uuidParam(c, 'pid') };
      const result = await moveOwnProposal(c.get('ctx'), c.get('actor'), where, to);
      if (!result.ok) {
        if (result.reason === 'notFound') return errorResponse(c, 'notFound');
        if (result.reason === 'forbidden') return errorResponse(c, 'forbidden');
        return renderProposal(c, m, proposalProblems.state);
      }
      return c.redirect(`${proposalPath(c, m, where.proposalId)}?done=${done}`, 303);
    });
  }

  return app;
}
