import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { emptyForm } from '../../../web/components/forms.tsx';
import type { AppEnv } from '../../../web/env.ts';
import { errorResponse } from '../../../web/errors.tsx';
import type { MessageKey } from '../../../web/i18n/index.ts';
import { noticeKey } from '../../../web/notices.ts';
import { pageContext } from '../../../web/page-context.ts';
import { sendPage } from '../../../web/render.ts';
import type { MunicipalityOnPage } from '../../tenancy/municipality-param.ts';
import { loadChallengePage, loadIdeaPage } from './challenge.load.ts';
import { canHideIdeaComment } from './challenges.policy.ts';
import { type ChallengeForms, ChallengePage } from './views/challenge-page.tsx';
import { IdeaPage } from './views/idea-page.tsx';

/** The status and message of each refusal a challenge's pages show in place. */
export const challengeProblems: Record<
  string,
  { status: ContentfulStatusCode; problem: MessageKey }
> = {
  closed: { status: 409, problem: 'challenges.problem.closed' },
  notParticipant: { status: 409, problem: 'challenges.problem.notParticipant' },
  already: { status: 409, problem: 'challenges.problem.already' },
  past: { status: 409, problem: 'challenges.problem.past' },
  notSignedUp: { status: 409, problem: 'challenges.problem.notSignedUp' },
  state: { status: 409, problem: 'challenges.problem.state' },
  signIn: { status: 403, problem: 'challenges.problem.signIn' },
  forbidden: { status: 403, problem: 'challenges.problem.signIn' },
};

export const challengePath = (c: Context<AppEnv>, m: { id: string }, challengeId: string) =>
  `/${c.get('lang')}/municipalities/${m.id}/challenges/${challengeId}`;

type Shown = {
  forms?: Partial<ChallengeForms>;
  problem?: MessageKey;
  status?: ContentfulStatusCode;
};

/** A challenge's page, with a failed form or a problem shown in place. */
export async function renderChallenge(
  c: Context<AppEnv>,
  m: MunicipalityOnPage,
  challengeId: string,
  shown: Shown = {},
) {
  const { db, now } = c.get('ctx');
  const data = await loadChallengePage(db, m.id, challengeId, c.get('actor'), now());
  if (!data) return errorResponse(c, 'notFound');
  const forms = { join: emptyForm, idea: emptyForm, workshop: emptyForm, ...shown.forms };
  return sendPage(
    c,
    <ChallengePage
      {...pageContext(c)}
      municipality={m}
      data={data}
      forms={forms}
      notice={noticeKey(c.req.query('done'))}
      problem={shown.problem}
    />,
    shown.status ?? 200,
  );
}

/** An idea's page, with a failed comment or a problem shown in place. */
export async function renderIdea(
  c: Context<AppEnv>,
  m: MunicipalityOnPage,
  where: { challengeId: string; ideaId: string },
  shown: {
    form?: ChallengeForms['idea'];
    problem?: MessageKey;
    status?: ContentfulStatusCode;
  } = {},
) {
  const actor = c.get('actor');
  const data = await loadIdeaPage(
    c.get('ctx').db,
    m.id,
    where.challengeId,
    where.ideaId,
    actor,
    (scope) => canHideIdeaComment(actor, scope),
  );
  if (!data) return errorResponse(c, 'notFound');
  return sendPage(
    c,
    <IdeaPage
      {...pageContext(c)}
      municipality={m}
      data={data}
      form={shown.form ?? emptyForm}
      notice={noticeKey(c.req.query('done'))}
      problem={shown.problem}
    />,
    shown.status ?? 200,
  );
}

/** Maps a refusal of a command to the page shown in its place. */
export function refusalShown(reason: string): Shown {
  return challengeProblems[reason] ?? challengeProblems.state ?? {};
}
