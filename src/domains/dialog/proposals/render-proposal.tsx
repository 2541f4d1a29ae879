import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { emptyForm } from '../../../web/components/forms.tsx';
import type { AppEnv } from '../../../web/env.ts';
import { errorResponse } from '../../../web/errors.tsx';
import type { MessageKey } from '../../../web/i18n/index.ts';
import { noticeKey } from '../../../web/notices.ts';
import { pageContext } from '../../../web/page-context.ts';
import { uuidParam } from '../../../web/params.ts';
import { sendPage } from '../../../web/render.ts';
import type { MunicipalityOnPage } from '../../tenancy/municipality-param.ts';
import { loadProposalPage } from './proposal.load.ts';
import { type ProposalForms, ProposalPage } from './views/proposal-page.tsx';

const noForms: ProposalForms = {
  screening: emptyForm,
  paper: emptyForm,
  answer: emptyForm,
  coauthor: emptyForm,
};

/** The status and message of each refusal a proposal's page shows in place. */
export const proposalProblems: Record<
  string,
  { status: ContentfulStatusCode; problem: MessageKey }
> = {
  notFound: { status: 404, problem: 'proposals.problem.notFound' },
  state: { status: 409, problem: 'proposals.problem.state' },
  closed: { status: 409, problem: 'proposals.problem.closed' },
  already: { status: 409, problem: 'proposals.problem.already' },
  eidRequired: { status: 403, problem: 'proposals.problem.eidRequired' },
  residenceUndeclared: { status: 422, problem: 'proposals.problem.residenceUndeclared' },
  paperTotal: { status: 422, problem: 'proposals.problem.paperTotal' },
  noInhabitants: { status: 409, problem: 'proposals.problem.noInhabitants' },
  signIn: { status: 403, problem: 'proposals.problem.signIn' },
  forbidden: { status: 403, problem: 'proposals.problem.signIn' },
};

/** A proposal's page, with a failed form or a problem shown in place. */
export async function renderProposal(
  c: Context<AppEnv>,
  m: MunicipalityOnPage,
  shown: {
    forms?: Partial<ProposalForms>;
    problem?: MessageKey;
    status?: ContentfulStatusCode;
  } = {},
) {
  const { db, now } = c.get('ctx');
  const data = await loadProposalPage(db, c.get('actor'), m, uuidParam(c, 'pid'));
  if (!data) return errorResponse(c, 'notFound');
  // Only asked when the rule counts e-ID supporters only and the viewer has not come through it.
  const eidLogin =
    data.supporting.by === 'eid' &&
    !data.supporting.throughEid &&
    (await c.get('deps').municipalityFacts.of(db, m.id)).oidcAvailable;
  return sendPage(
    c,
    <ProposalPage
      {...pageContext(c)}
      {...data}
      municipality={m}
      eidLogin={eidLogin}
      now={now()}
      forms={{ ...noForms, ...shown.forms }}
      notice={noticeKey(c.req.query('done'))}
      problem={shown.problem}
    />,
    shown.status ?? 200,
  );
}

export const proposalPath = (c: Context<AppEnv>, m: { id: string }, id: string) =>
  `/${c.get('lang')}/municipalities/${m.id}/proposals/${id}`;
