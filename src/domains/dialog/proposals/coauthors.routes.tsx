import { type Context, Hono } from 'hono';
import type { AppEnv } from '../../../web/env.ts';
import { errorResponse } from '../../../web/errors.tsx';
import { readForm, validateForm } from '../../../web/forms.ts';
import { pageContext } from '../../../web/page-context.ts';
import { uuidParam } from '../../../web/params.ts';
import { sendPage } from '../../../web/render.ts';
import { loginRedirect } from '../../../web/session.ts';
import { type MunicipalityOnPage, requireMunicipality } from '../../tenancy/municipality-param.ts';
import { coauthorInput, invitationAnswerInput, invitationToken } from './coauthors.inputs.ts';
import { loadInvitation } from './coauthors.load.ts';
import { isCoauthor } from './coauthors.queries.ts';
import { answerInvitation } from './commands/answer-invitation.ts';
import { leaveProposal, removeCoauthor } from './commands/end-coauthorship.ts';
import { inviteCoauthor } from './commands/invite-coauthor.ts';
import { maySee } from './proposal.load.ts';
import { getProposal } from './proposals.queries.ts';
import { proposalPath, proposalProblems, renderProposal } from './render-proposal.tsx';
import {
  InvitationDeclinedPage,
  InvitationPage,
  InvitationProblemPage,
} from './views/invitation-page.tsx';

const linkProblemStatus = { unknown: 404, used: 410, expired: 410, closed: 409 } as const;

/** The invitation page of the link in the address, or the page that says why it does not work. */
async function renderInvitation(
  c: Context<AppEnv>,
  m: MunicipalityOnPage,
  status: 200 | 403 = 200,
) {
  // Its address holds a working link.
  c.header('Cache-Control', 'no-store');
  const proposalId = uuidParam(c, 'pid');
  const token = invitationToken.safeParse(c.req.param('token'));
  const where = { municipalityId: m.id, proposalId };
  const view = token.success
    ? await loadInvitation(c.get('ctx').db, c.get('actor'), where, token.data, c.get('ctx').now())
    : ({ status: 'unknown' } as const);
  if (view.status === 'coauthor') {
    return c.redirect(`${proposalPath(c, m, proposalId)}?done=coauthorJoined`, 303);
  }
  if (view.status !== 'valid') {
    return sendPage(
      c,
      <InvitationProblemPage {...pageContext(c)} municipality={m} status={view.status} />,
      linkProblemStatus[view.status],
    );
  }
  return sendPage(
    c,
    <InvitationPage
      {...pageContext(c)}
      municipality={m}
      proposal={view.proposal}
      follower={view.follower}
      path={new URL(c.req.url).pathname}
    />,
    status,
  );
}

/**
 * Co-authors of a proposal: its proposer invites them by e-mail and withdraws or removes them;
 * the invited answer through the link in their mail; a co-author leaves.
 */
export function coauthorRoutes() {
  const app = new Hono<AppEnv>();
  const proposal = '/municipalities/:id/proposals/:pid';

  app.post(`${proposal}/coauthors`, async (c) => {
    const m = await requireMunicipality(c);
    const actor = c.get('actor');
    if (actor.kind !== 'user') return loginRedirect(c);
    const proposalId = uuidParam(c, 'pid');
    // Whose proposal it is before what was typed: someone else's answers the same whatever the
    // input, and one they may not see is not there for them.
    const db = c.get('ctx').db;
    const own = await getProposal(db, m.id, proposalId);
    if (!own) return errorResponse(c, 'notFound');
    if (own.authorId !== actor.userId) {
      const sees = maySee(actor, own) || (await isCoauthor(db, own.id, actor.userId));
      return errorResponse(c, sees ? 'forbidden' : 'notFound');
    }
    const values = await readForm(c);
    const parsed = validateForm(coauthorInput, values);
    if (!parsed.ok) return renderProposal(c, m, { forms: { coauthor: parsed.form }, status: 422 });
    const baseUrl = c.get('deps').config.publicUrl ?? new URL(c.req.url).origin;
    const result = await inviteCoauthor(
      c.get('ctx'),
      actor,
      { municipality: m, proposalId },
      parsed.data.email,
      { lang: c.get('lang'), baseUrl },
    );
    if (!result.ok) {
      if (result.reason === 'notFound') return errorResponse(c, 'notFound');
      if (result.reason === 'forbidden') return errorResponse(c, 'forbidden');
      if (result.reason === 'state') return renderProposal(c, m, proposalProblems.state);
      const errors = { email: `proposals.coauthors.error.${result.reason}` };
      return renderProposal(c, m, { forms: { coauthor: { values, errors } }, status: 422 });
    }
    const done = result.value.resent ? 'coauthorResent' : 'coauthorInvited';
    return c.redirect(`${proposalPath(c, m, proposalId)}?done=${done}`, 303);
  });

  app.post(`${proposal}/coauthors/leave`, async (c) => {
    const m = await requireMunicipality(c);
    if (c.get('actor').kind !== 'user') return loginRedirect(c);
    const where = { municipalityId: m.id, proposalId: uuidParam(c, 'pid') };
    const result = await leaveProposal(c.get('ctx'), c.get('actor'), where);
    if (!result.ok) return errorResponse(c, result.reason);
    // A draft is no longer theirs to see: back to the list, which everyone may.
    return c.redirect(`/${c.get('lang')}/municipalities/${m.id}/proposals?done=coauthorLeft`, 303);
  });

  app.post(`${proposal}/coauthors/:coauthorId/remove`, async (c) => {
    const m = await requireMunicipality(c);
    if (c.get('actor').kind !== 'user') return loginRedirect(c);
    const where = { municipalityId: m.id, proposalId: uuidParam(c, 'pid') };
    const coauthorId = uuidParam(c, 'coauthorId');
    const result = await removeCoauthor(c.get('ctx'), c.get('actor'), where, coauthorId);
    if (!result.ok) {
      if (result.reason === 'state') return renderProposal(c, m, proposalProblems.state);
      return errorResponse(c, result.reason);
    }
    const done = result.value === 'withdrawn' ? 'coauthorWithdrawn' : 'coauthorRemoved';
    return c.redirect(`${proposalPath(c, m, where.proposalId)}?done=${done}`, 303);
  });

  app.get(`${proposal}/invitation/:token`, async (c) =>
    renderInvitation(c, await requireMunicipality(c)),
  );

  app.post(`${proposal}/invitation/:token`, async (c) => {
    const m = await requireMunicipality(c);
    const proposalId = uuidParam(c, 'pid');
    const token = invitationToken.safeParse(c.req.param('token'));
    const parsed = validateForm(invitationAnswerInput, await readForm(c));
    if (!token.success || !parsed.ok) return renderInvitation(c, m);
    const where = { municipalityId: m.id, proposalId };
    const result = await answerInvitation(
      c.get('ctx'),
      c.get('actor'),
      where,
      token.data,
      parsed.data.answer,
    );
    if (!result.ok) {
      if (result.reason === 'signIn') return loginRedirect(c);
      if (result.reason === 'otherAddress') return renderInvitation(c, m, 403);
      return renderInvitation(c, m);
    }
    if (result.value === 'declined') {
      return sendPage(c, <InvitationDeclinedPage {...pageContext(c)} municipality={m} />);
    }
    return c.redirect(`${proposalPath(c, m, proposalId)}?done=coauthorJoined`, 303);
  });

  return app;
}
