import { type Context, Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { askedPage, pageOf } from '../../../lib/paging.ts';
import { emptyForm, type FormState } from '../../../web/components/forms.tsx';
import type { AppEnv } from '../../../web/env.ts';
import { errorResponse } from '../../../web/errors.tsx';
import { readForm, validateForm } from '../../../web/forms.ts';
import type { MessageKey } from '../../../web/i18n/index.ts';
import { noticeKey } from '../../../web/notices.ts';
import { pageContext } from '../../../web/page-context.ts';
import { uuidParam } from '../../../web/params.ts';
import { activityModelsOf } from '../../../web/read-model.ts';
import { sendPage } from '../../../web/render.ts';
import { loginRedirect } from '../../../web/session.ts';
import { keptForNewcomers } from '../../../web/visitor-pages.ts';
import { decisionInput } from '../../decisions/commands/record-decision.ts';
import { decisionHref } from '../../decisions/decision-link.ts';
import { canRecordDecision } from '../../decisions/decisions.policy.ts';
import { listBodies } from '../../decisions/decisions.queries.ts';
import { isAdminOf } from '../../identity/identity.policy.ts';
import {
  authorizedMunicipality,
  type MunicipalityOnPage,
  requireMunicipality,
} from '../../tenancy/municipality-param.ts';
import { listDepartments } from '../../tenancy/tenancy.queries.ts';
import { isReadabilityCheck } from '../plain-language/views/readability-note.tsx';
import { backgroundCounts, backgroundUnanswered, retentionMonths } from './background.queries.ts';
import { answerBackground } from './commands/background.ts';
import { addComment, flagComment, removeComment } from './commands/comments.ts';
import { decideMatter } from './commands/decide-matter.ts';
import { publishFeedback } from './commands/publish-feedback.ts';
import { registerMatter } from './commands/register-matter.ts';
import {
  addSeedStatement,
  castVote,
  proposeStatement,
  type TakePartFailure,
} from './commands/take-part.ts';
import {
  commentInput,
  feedbackInput,
  flagInput,
  matterInput,
  statementInput,
  voteInput,
} from './dialogues.inputs.ts';
import { canManageMatters } from './dialogues.policy.ts';
import {
  matterWithDialogue,
  networkDialogues,
  participantCount,
  participationOf,
  publishedStatements,
  similarStatements,
  storedMap,
} from './dialogues.queries.ts';
import { loadMatterPage, loadMatters, withPhases } from './matter.load.ts';
import type { DialogueMap } from './opinion-map.ts';
import { voterOf } from './participant-key.ts';
import { mayTakePart } from './participants.ts';
import { type Phase, phases } from './phase.ts';
import { dialogueSettingsRoutes } from './settings.routes.tsx';
import { MapPage } from './views/map-page.tsx';
import { type MatterForms, MatterPage } from './views/matter-page.tsx';
import { MattersPage } from './views/matters-page.tsx';
import { NetworkDialoguesPage } from './views/network-page.tsx';
import { NewMatterPage } from './views/new-matter-page.tsx';
import { ParticipationPage } from './views/participation-page.tsx';
import { WhoTookPart } from './views/who-took-part.tsx';

const noForms: MatterForms = {
  feedback: emptyForm,
  statement: emptyForm,
  seed: emptyForm,
  decision: emptyForm,
  comment: emptyForm,
};

/** The status and message of a refused vote or statement. */
const refusals: Record<
  TakePartFailure | 'invalidFlag',
  { status: ContentfulStatusCode; problem: MessageKey }
> = {
  notFound: { status: 404, problem: 'dialogues.problem.notFound' },
  planned: { status: 409, problem: 'dialogues.problem.planned' },
  closed: { status: 409, problem: 'dialogues.problem.closed' },
  decided: { status: 409, problem: 'dialogues.problem.decided' },
  feedback: { status: 409, problem: 'dialogues.problem.decided' },
  signIn: { status: 403, problem: 'dialogues.problem.signIn' },
  eid: { status: 403, problem: 'dialogues.problem.eid' },
  invalid: { status: 422, problem: 'dialogues.problem.invalid' },
  invalidFlag: { status: 422, problem: 'dialogues.error.flagReason' },
};

async function renderMatter(
  c: Context<AppEnv>,
  m: MunicipalityOnPage,
  shown: {
    forms?: Partial<MatterForms>;
    problem?: MessageKey;
    status?: ContentfulStatusCode;
    similar?: { id: string; text: string }[];
  } = {},
) {
  const { db, now } = c.get('ctx');
  const actor = c.get('actor');
  const voter = voterOf(c, false);
  const data = await loadMatterPage(
    db,
    activityModelsOf(c),
    m.id,
    uuidParam(c, 'mid'),
    voter,
    now(),
  );
  if (!data) return errorResponse(c, 'notFound');
  const allowed = await mayTakePart(db, data.dialogue, voter ?? { kind: 'visitor', keyHash: '' });
  const questions = data.dialogue.background;
  const background = questions
    ? {
        questions,
        months: await retentionMonths(db, m.id),
        ask:
          data.phase === 'open' &&
          voter !== undefined &&
          (await backgroundUnanswered(
            db,
            data.dialogue.id,
            voter.kind === 'user' ? { userId: voter.userId } : { keyHash: voter.keyHash },
          )),
      }
    : undefined;
  const decisionId = data.matter.decisionId;
  return sendPage(
    c,
    <MatterPage
      {...pageContext(c)}
      municipality={m}
      data={data}
      takingPart={allowed.ok ? 'yes' : allowed.reason}
      background={background}
      eidLogin={
        !allowed.ok &&
        allowed.reason === 'eid' &&
        (await c.get('deps').municipalityFacts.of(db, m.id)).oidcAvailable
      }
      canSeed={canManageMatters(actor, m.id)}
      canDecide={canRecordDecision(actor, m.id)}
      forms={{ ...noForms, ...shown.forms }}
      commentOrder={c.req.query('comments') === 'replies' ? 'replies' : 'newest'}
      statementsPage={askedPage(c.req.query('statements'))}
      notice={noticeKey(c.req.query('done'))}
      problem={shown.problem}
      similar={shown.similar ?? []}
      decisionHref={
        decisionId
          ? decisionHref(`/${c.get('lang')}/municipalities/${m.id}/decisions`, decisionId)
          : undefined
      }
    />,
    shown.status ?? 200,
  );
}

async function renderNew(
  c: Context<AppEnv>,
  m: MunicipalityOnPage,
  form: FormState,
  status: 200 | 422 = 200,
) {
  const { db } = c.get('ctx');
  return sendPage(
    c,
    <NewMatterPage
      {...pageContext(c)}
      municipality={m}
      bodies={await listBodies(db, m.id)}
      departments={await listDepartments(db, m.id)}
      form={form}
    />,
    status,
  );
}

/** A form's one text field under its own name, as the command reads it (`text`), and back. */
function textField(values: Record<string, string>, name: string) {
  const parsed = validateForm(statementInput, {
    text: values[name] ?? '',
    meta: values.meta ?? '',
  });
  if (parsed.ok) return parsed;
  const { text, ...errors } = parsed.form.errors;
  const form = {
    values: { [name]: values[name] ?? '' },
    errors: text ? { [name]: text, ...errors } : errors,
  };
  return { ok: false as const, form };
}

const everyone = () => true;

/** Matters before the municipality's bodies and the dialogues on them. */
export function dialogueRoutes() {
  const app = new Hono<AppEnv>();
  // Before `matters/:mid`, which would take `settings` for a matter's id.
  app.route('/', dialogueSettingsRoutes());

  app.get('/participation', async (c) => {
    const actor = c.get('actor');
    if (actor.kind !== 'user') return loginRedirect(c);
    const { db, now } = c.get('ctx');
    return sendPage(
      c,
      <ParticipationPage
        {...pageContext(c)}
        rows={withPhases(await participationOf(db, actor.userId), now())}
      />,
    );
  });

  app.get('/dialogues', async (c) => {
    const { db, now } = c.get('ctx');
    const all = withPhases(await networkDialogues(db), now());
    const phase = c.req.query('phase') ?? '';
    const county = c.req.query('county') ?? '';
    const municipality = c.req.query('municipality') ?? '';
    const counties = [...new Map(all.map((d) => [d.countyId, d.countyName])).entries()]
      .map(([id, name]) => ({ id, name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
    const municipalities = [
      ...new Map(all.map((d) => [d.municipalityId, d.municipalityName])).entries(),
    ]
      .map(([id, name]) => ({ id, name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
    // Unknown values filter nothing: the list as if they were not given.
    const filter = {
      phase: (phases as readonly string[]).includes(phase) ? (phase as Phase) : ('' as const),
      county: counties.some((x) => x.id === county) ? county : '',
      municipality: municipalities.some((x) => x.id === municipality) ? municipality : '',
    };
    const order: Record<Phase, number> = {
      open: 0,
      planned: 1,
      closed: 2,
      decided: 3,
      feedback: 4,
    };
    const chosen = all
      .filter(
        (d) =>
          (!filter.phase || d.phase === filter.phase) &&
          (!filter.county || d.countyId === filter.county) &&
          (!filter.municipality || d.municipalityId === filter.municipality),
      )
      .sort((a, b) => order[a.phase] - order[b.phase]);
    return sendPage(
      c,
      <NetworkDialoguesPage
        {...pageContext(c)}
        shown={pageOf(chosen, askedPage(c.req.query('page')), 25)}
        filter={filter}
        counties={counties}
        municipalities={municipalities}
      />,
    );
  });

  app.get('/municipalities/:id/matters', async (c) => {
    const m = await requireMunicipality(c);
    const { db, now } = c.get('ctx');
    return sendPage(
      c,
      <MattersPage
        {...pageContext(c)}
        municipality={m}
        matters={await loadMatters(db, m.id, now())}
        canRegister={canManageMatters(c.get('actor'), m.id)}
        canConfigure={isAdminOf(c.get('actor'), m.id)}
        notice={noticeKey(c.req.query('done'))}
      />,
    );
  });

  app.get('/municipalities/:id/matters/new', async (c) => {
    const m = await authorizedMunicipality(c, canManageMatters);
    return renderNew(c, m, {
      values: { participation: 'anyone', newStatements: 'shown' },
      errors: {},
    });
  });

  app.post('/municipalities/:id/matters/new', async (c) => {
    const m = await authorizedMunicipality(c, canManageMatters);
    const values = await readForm(c);
    if (isReadabilityCheck(values)) return renderNew(c, m, { values, errors: {} });
    const parsed = validateForm(matterInput(c.get('t').timeZone), values);
    if (!parsed.ok) return renderNew(c, m, parsed.form, 422);
    const result = await registerMatter(c.get('ctx'), c.get('actor'), m.id, parsed.data);
    if (!result.ok) {
      if (result.reason === 'forbidden') return errorResponse(c, 'forbidden');
      return renderNew(c, m, { values: await readForm(c), errors: result.fields ?? {} }, 422);
    }
    return c.redirect(
      `/${c.get('lang')}/municipalities/${m.id}/matters/${result.value.matterId}?done=matterRegistered`,
      303,
    );
  });

  // A visitor who has taken no part gets the page everyone new to it gets (kept until a vote
  // reaches the map, a comment is written or content changes); a participant gets their own.
  app.get(
    '/municipalities/:id/matters/:mid',
    keptForNewcomers((c) => voterOf(c, false) === undefined),
    async (c) => {
      const m = await requireMunicipality(c);
      return renderMatter(c, m);
    },
  );

  const mapPage = (complete: boolean) => async (c: Context<AppEnv>) => {
    const m = await requireMunicipality(c);
    const { db } = c.get('ctx');
    const row = await matterWithDialogue(db, m.id, uuidParam(c, 'mid'));
    if (!row) return errorResponse(c, 'notFound');
    const { matter, dialogue } = row;
    const [stored, statements, participants] = [
      await storedMap(db, dialogue.id),
      await publishedStatements(db, dialogue.id),
      await participantCount(db, dialogue.id),
    ];
    // A rejected statement still counts in the map's numbers, but its words are not shown.
    const texts = new Map(
      statements.filter((s) => s.status === 'accepted').map((s) => [s.number, s.text]),
    );
    return sendPage(
      c,
      <MapPage
        {...pageContext(c)}
        municipality={m}
        matter={matter}
        question={dialogue.question}
        map={(stored?.map ?? null) as DialogueMap | null}
        computedAt={stored?.computedAt ?? null}
        participants={participants}
        texts={texts}
        complete={complete}
        who={
          complete && dialogue.background ? (
            <WhoTookPart
              t={c.get('t')}
              questions={dialogue.background}
              counts={await backgroundCounts(db, dialogue.id)}
            />
          ) : undefined
        }
      />,
    );
  };
  // The map and the report show nobody's own part: one page for every visitor.
  app.get('/municipalities/:id/matters/:mid/map', keptForNewcomers(everyone), mapPage(false));
  // The printable report: the map and every statement, as long as the dialogue has them.
  app.get('/municipalities/:id/matters/:mid/report', keptForNewcomers(everyone), mapPage(true));

  app.post('/municipalities/:id/matters/:mid/votes', async (c) => {
    // Votes and participants are in no page's or session's copy (the map has its own channel).
    c.set('cachedDataTouched', 'nothing');
    const m = await requireMunicipality(c);
    const where = { municipalityId: m.id, matterId: uuidParam(c, 'mid') };
    const parsed = validateForm(voteInput, await readForm(c));
    if (!parsed.ok) return renderMatter(c, m, refusals.invalid);
    const voter = voterOf(c, true);
    if (!voter) return errorResponse(c, 'badRequest');
    const result = await castVote(c.get('ctx'), voter, where, parsed.data);
    if (!result.ok) return renderMatter(c, m, refusals[result.reason]);
    return c.redirect(`${matterPath(c, m, where.matterId)}?done=voted#vote`, 303);
  });

  app.post('/municipalities/:id/matters/:mid/background', async (c) => {
    const m = await requireMunicipality(c);
    const where = { municipalityId: m.id, matterId: uuidParam(c, 'mid') };
    const voter = voterOf(c, false);
    if (!voter) return renderMatter(c, m, refusals.invalid);
    const result = await answerBackground(c.get('ctx'), voter, where, await readForm(c));
    if (!result.ok) {
      if (result.reason === 'notFound') return errorResponse(c, 'notFound');
      return renderMatter(c, m, result.reason === 'notOpen' ? refusals.closed : refusals.invalid);
    }
    return c.redirect(`${matterPath(c, m, where.matterId)}?done=background#vote`, 303);
  });

  app.post('/municipalities/:id/matters/:mid/statements', async (c) => {
    const m = await requireMunicipality(c);
    const where = { municipalityId: m.id, matterId: uuidParam(c, 'mid') };
    const values = await readForm(c);
    const parsed = textField(values, 'statement');
    if (!parsed.ok) return renderMatter(c, m, { forms: { statement: parsed.form }, status: 422 });
    // First the statements most like it, so that a participant can vote on one of them instead;
    // "add mine anyway" sends the form again with `confirm`.
    if (values.confirm !== '1') {
      const row = await matterWithDialogue(c.get('ctx').db, m.id, where.matterId);
      const similar = row
        ? await similarStatements(c.get('ctx').db, row.dialogue.id, parsed.data.text)
        : [];
      if (similar.length > 0) {
        const form = { values: { statement: parsed.data.text }, errors: {} };
        return renderMatter(c, m, { forms: { statement: form }, similar });
      }
    }
    const voter = voterOf(c, true);
    if (!voter) return errorResponse(c, 'badRequest');
    const result = await proposeStatement(c.get('ctx'), voter, c.get('actor'), where, {
      ...parsed.data,
      meta: false,
    });
    if (!result.ok) {
      if (result.reason === 'invalid') {
        const form = {
          values: { statement: parsed.data.text },
          errors: { statement: result.fields?.text ?? 'error.invalid' },
        };
        return renderMatter(c, m, { forms: { statement: form }, status: 422 });
      }
      return renderMatter(c, m, refusals[result.reason]);
    }
    const done = result.value.shown ? 'statementShown' : 'statementPending';
    return c.redirect(`${matterPath(c, m, where.matterId)}?done=${done}#vote`, 303);
  });

  app.post('/municipalities/:id/matters/:mid/comments', async (c) => {
    const m = await requireMunicipality(c);
    const where = { municipalityId: m.id, matterId: uuidParam(c, 'mid') };
    const values = await readForm(c);
    // A reply's field is named after the comment it answers, so every field on the page has its own id.
    const text = values.comment ?? values[`reply-${values.parentId ?? ''}`] ?? '';
    const parsed = validateForm(commentInput, { comment: text, parentId: values.parentId ?? '' });
    if (!parsed.ok) return renderMatter(c, m, { forms: { comment: parsed.form }, status: 422 });
    const voter = voterOf(c, true);
    if (!voter) return errorResponse(c, 'badRequest');
    const result = await addComment(c.get('ctx'), voter, c.get('actor'), where, parsed.data);
    if (!result.ok) {
      if (result.reason === 'invalid') {
        const form = { values: { comment: text }, errors: result.fields ?? {} };
        return renderMatter(c, m, { forms: { comment: form }, status: 422 });
      }
      return renderMatter(c, m, refusals[result.reason]);
    }
    return c.redirect(
      `${matterPath(c, m, where.matterId)}?done=commented#comment-${result.value.id}`,
      303,
    );
  });

  app.post('/municipalities/:id/matters/:mid/comments/:cid/remove', async (c) => {
    const m = await requireMunicipality(c);
    const where = { municipalityId: m.id, matterId: uuidParam(c, 'mid') };
    const commentId = uuidParam(c, 'cid');
    const voter = voterOf(c, false);
    if (!voter) return renderMatter(c, m, refusals.notFound);
    const result = await removeComment(c.get('ctx'), voter, c.get('actor'), where, commentId);
    if (!result.ok) return renderMatter(c, m, refusals.notFound);
    return c.redirect(
      `${matterPath(c, m, where.matterId)}?done=commentRemoved#comments-heading`,
      303,
    );
  });

  app.post('/municipalities/:id/matters/:mid/comments/:cid/flags', async (c) => {
    const m = await requireMunicipality(c);
    const where = { municipalityId: m.id, matterId: uuidParam(c, 'mid') };
    const commentId = uuidParam(c, 'cid');
    const values = await readForm(c);
    const parsed = validateForm(flagInput, {
      reason: values[`reason-${commentId}`] ?? values.reason ?? '',
    });
    if (!parsed.ok) return renderMatter(c, m, refusals.invalidFlag);
    const result = await flagComment(
      c.get('ctx'),
      c.get('actor'),
      where,
      commentId,
      parsed.data.reason,
    );
    if (!result.ok) return renderMatter(c, m, refusals[result.reason]);
    return c.redirect(`${matterPath(c, m, where.matterId)}?done=flagged#comments-heading`, 303);
  });

  app.post('/municipalities/:id/matters/:mid/feedback', async (c) => {
    const m = await authorizedMunicipality(c, canManageMatters);
    const where = { municipalityId: m.id, matterId: uuidParam(c, 'mid') };
    const values = await readForm(c);
    if (isReadabilityCheck(values)) {
      return renderMatter(c, m, { forms: { feedback: { values, errors: {} } } });
    }
    const parsed = feedbackInput(values);
    if (!parsed.ok) {
      return renderMatter(c, m, {
        forms: { feedback: { values, errors: parsed.errors } },
        status: 422,
      });
    }
    const result = await publishFeedback(c.get('ctx'), c.get('actor'), where, parsed.data);
    if (!result.ok) {
      if (result.reason === 'forbidden') return errorResponse(c, 'forbidden');
      if (result.reason === 'notFound') return errorResponse(c, 'notFound');
      return renderMatter(c, m, {
        status: 409,
        problem:
          result.reason === 'published'
            ? 'dialogues.problem.feedbackPublished'
            : 'dialogues.problem.notDecided',
      });
    }
    return c.redirect(`${matterPath(c, m, where.matterId)}?done=feedbackPublished`, 303);
  });

  app.post('/municipalities/:id/matters/:mid/seed-statements', async (c) => {
    const m = await authorizedMunicipality(c, canManageMatters);
    const where = { municipalityId: m.id, matterId: uuidParam(c, 'mid') };
    const parsed = textField(await readForm(c), 'seed');
    if (!parsed.ok) return renderMatter(c, m, { forms: { seed: parsed.form }, status: 422 });
    const result = await addSeedStatement(c.get('ctx'), c.get('actor'), where, parsed.data);
    if (!result.ok) {
      if (result.reason === 'forbidden') return errorResponse(c, 'forbidden');
      if (result.reason === 'invalid') {
        const form = {
          values: { seed: parsed.data.text },
          errors: { seed: result.fields?.text ?? 'error.invalid' },
        };
        return renderMatter(c, m, { forms: { seed: form }, status: 422 });
      }
      return renderMatter(c, m, refusals[result.reason]);
    }
    return c.redirect(`${matterPath(c, m, where.matterId)}?done=seedAdded`, 303);
  });

  app.post('/municipalities/:id/matters/:mid/decision', async (c) => {
    const m = await authorizedMunicipality(c, canRecordDecision);
    const where = { municipalityId: m.id, matterId: uuidParam(c, 'mid') };
    const parsed = validateForm(decisionInput, await readForm(c));
    if (!parsed.ok) return renderMatter(c, m, { forms: { decision: parsed.form }, status: 422 });
    const result = await decideMatter(c.get('ctx'), c.get('actor'), where, parsed.data);
    if (!result.ok) {
      if (result.reason === 'forbidden') return errorResponse(c, 'forbidden');
      if (result.reason === 'notFound') return errorResponse(c, 'notFound');
      if (result.reason === 'decided') return renderMatter(c, m, refusals.decided);
      const form = { values: parsed.data, errors: result.fields ?? {} };
      return renderMatter(c, m, { forms: { decision: form }, status: 422 });
    }
    return c.redirect(`${matterPath(c, m, where.matterId)}?done=matterDecided`, 303);
  });

  return app;
}

const matterPath = (c: Context<AppEnv>, m: MunicipalityOnPage, matterId: string) =>
  `/${c.get('lang')}/municipalities/${m.id}/matters/${matterId}`;
