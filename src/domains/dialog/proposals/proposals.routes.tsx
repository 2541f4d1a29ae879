import { Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { type ProposalState, proposalStates } from '../../../engines/proposal-rules/index.ts';
import { askedPage, readPage } from '../../../lib/paging.ts';
import { emptyForm } from '../../../web/components/forms.tsx';
import type { AppEnv } from '../../../web/env.ts';
import { errorResponse } from '../../../web/errors.tsx';
import { readForm, validateForm } from '../../../web/forms.ts';
import { noticeKey } from '../../../web/notices.ts';
import { pageContext } from '../../../web/page-context.ts';
import { uuidParam } from '../../../web/params.ts';
import { sendPage } from '../../../web/render.ts';
import { loginRedirect } from '../../../web/session.ts';
import { keptWithActivityForEveryone } from '../../../web/visitor-pages.ts';
import { requireMunicipality } from '../../tenancy/municipality-param.ts';
import { coauthorRoutes } from './coauthors.routes.tsx';
import { supportProposal } from './commands/support-proposal.ts';
import { moveOwnProposal, writeProposal } from './commands/write-proposal.ts';
import { handlingRoutes } from './handling.routes.tsx';
import { proposalInput } from './proposals.inputs.ts';
import { canHandleProposals, canSetProposalRule } from './proposals.policy.ts';
import { listProposals, similarProposals } from './proposals.queries.ts';
import { proposalPath, proposalProblems, renderProposal } from './render-proposal.tsx';
import { NewProposalPage } from './views/new-proposal-page.tsx';
import { ProposalsPage } from './views/proposals-page.tsx';

export const PAGE_SIZE = 20;

/** Residents' proposals: the list, writing one, its page, support, and the proposer's own steps. */
export function proposalRoutes() {
  const app = new Hono<AppEnv>();
  // Before `proposals/:pid`, which would take `new` or `rule` for a proposal's id.
  app.route('/', handlingRoutes());
  app.route('/', coauthorRoutes());

  // Drawn once per address and set of grants until content changes or a support is counted
  // (announced as activity): the list depends on who asks through the grants alone.
  app.get('/municipalities/:id/proposals', keptWithActivityForEveryone(), async (c) => {
    const m = await requireMunicipality(c);
    const actor = c.get('actor');
    const staff = canHandleProposals(actor, m.id);
    const asked = c.req.query('state') ?? '';
    // An unknown status filters nothing: the list as if it were not given.
    const state = (proposalStates as readonly string[]).includes(asked)
      ? (asked as ProposalState)
      : '';
    const filter = { state: state || undefined, staff };
    const shown = await readPage(askedPage(c.req.query('page')), PAGE_SIZE, (range) =>
      listProposals(c.get('ctx').db, m.id, filter, range),
    );
    return sendPage(
      c,
      <ProposalsPage
        {...pageContext(c)}
        municipality={m}
        shown={shown}
        state={state}
        staff={staff}
        canSetRule={canSetProposalRule(actor, m.id)}
        notice={noticeKey(c.req.query('done'))}
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
