import { pageOf } from '../../../../lib/paging.ts';
import { langOf } from '../../../../web/components/content.tsx';
import {
  CheckboxField,
  CsrfField,
  ErrorSummary,
  type FormState,
  Notice,
  ProblemNotice,
  SubmitButton,
  TextAreaField,
} from '../../../../web/components/forms.tsx';
import { Pagination } from '../../../../web/components/pagination.tsx';
import { ScrollableTable } from '../../../../web/components/table.tsx';
import { day } from '../../../../web/i18n/dates.ts';
import type { MessageKey, Translator } from '../../../../web/i18n/index.ts';
import { Layout, type PageContext } from '../../../../web/layout.tsx';
import { DecisionFields, decisionLabels } from '../../../decisions/views/decision-fields.tsx';
import { threadsOf } from '../comments.ts';
import { MAX_STATEMENT_LENGTH } from '../dialogues.inputs.ts';
import type { BackgroundQuestions } from '../dialogues.schema.ts';
import type { MatterPageData } from '../matter.load.ts';
import { type OpenDataFile, openDataFiles } from '../open-data.ts';
import { MAP_MIN_PARTICIPANTS } from '../opinion-map.ts';
import { BackgroundForm } from './background-form.tsx';
import { Comments } from './comments.tsx';
import { FeedbackForm, FeedbackShown } from './feedback.tsx';
import { PhaseTag } from './phase-tag.tsx';

export type MatterForms = {
  feedback: FormState;
  statement: FormState;
  seed: FormState;
  decision: FormState;
  comment: FormState;
};

type Props = PageContext & {
  municipality: { id: string; name: string };
  data: MatterPageData;
  /** Who asks may vote and write here now; else why not ('signIn', 'eid'). */
  takingPart: 'yes' | 'signIn' | 'eid';
  /** The dialogue's background questions, how long answers are kept, and whether to ask now. */
  background?: { questions: BackgroundQuestions; months: number; ask: boolean } | undefined;
  /** The municipality's e-ID login is there to start (for a dialogue only such residents join). */
  eidLogin: boolean;
  canSeed: boolean;
  canDecide: boolean;
  forms: MatterForms;
  notice?: MessageKey | undefined;
  problem?: MessageKey | undefined;
  commentOrder: 'newest' | 'replies';
  /** The page of the table of statements asked for (`?statements=`), 1-based. */
  statementsPage: number;
  /** Statements like the one just sent, shown before it is added. */
  similar: { id: string; text: string }[];
  /** Where the recorded decision is shown. */
  decisionHref?: string | undefined;
};

/** The participation rule a privacy notice is written for; an unknown one reads as the strictest. */
const privacyRule = (rule: string) =>
  rule === 'anyone' || rule === 'registered' ? rule : ('eid' as const);

/** The one sentence that says where the dialogue is and what comes next. */
function Status(props: { t: Translator; data: MatterPageData; decisionHref?: string | undefined }) {
  const { t, data } = props;
  const { dialogue, matter } = data;
  const params = {
    body: data.body?.name ?? '',
    date: day(t, matter.plannedDecisionOn),
    opens: t.date(dialogue.opensAt, true),
    closes: t.date(dialogue.closedAt ?? dialogue.closesAt, true),
  };
  return (
    <p class="ds-paragraph" data-size="lg">
      <PhaseTag t={t} phase={data.phase} /> {t(`dialogues.status.${data.phase}`, params)}
      {data.phase === 'decided' && props.decisionHref && (
        <>
          {' '}
          <a class="ds-link" href={props.decisionHref}>
            {t('dialogues.status.decision')}
          </a>
        </>
      )}
    </p>
  );
}

/** The next statement and its three answers, each a button of one form: no script needed. */
function VoteBox(props: Props & { action: string }) {
  const { t, data } = props;
  if (props.takingPart === 'eid') {
    // Straight to the municipality's e-ID login; without one there is no way in to offer.
    return (
      <p class="ds-paragraph">
        {props.eidLogin ? (
          <a class="ds-link" href={`/${t.lang}/municipalities/${props.municipality.id}/login`}>
            {t('dialogues.vote.eid')}
          </a>
        ) : (
          t('dialogues.vote.eid')
        )}
      </p>
    );
  }
  if (props.takingPart !== 'yes') {
    return (
      <p class="ds-paragraph">
        <a class="ds-link" href={`/${t.lang}/login`}>
          {t('dialogues.vote.signIn')}
        </a>
      </p>
    );
  }
  const total = data.statements.length;
  if (total === 0) return <p class="ds-paragraph">{t('dialogues.vote.none')}</p>;
  const next = data.next;
  return (
    <>
      <p class="ds-paragraph" id="vote-progress">
        {t('dialogues.vote.progress', { voted: data.voted, total })}
      </p>
      {next ? (
        <form method="post" action={props.action} class="ds-card vote-box">
          <CsrfField token={props.csrfToken} />
          <input type="hidden" name="statementId" value={next.id} />
          <p class="ds-paragraph" data-size="sm" id="vote-label">
            {t('dialogues.vote.statement')}
          </p>
          <p class="vote-statement" id="vote-statement" lang={langOf(t)}>
            {next.text}
          </p>
          <fieldset class="vote-buttons" aria-labelledby="vote-label vote-statement">
            <button type="submit" name="vote" value="agree" class="ds-button">
              {t('dialogues.vote.agree')}
            </button>
            <button type="submit" name="vote" value="disagree" class="ds-button">
              {t('dialogues.vote.disagree')}
            </button>
            <button
              type="submit"
              name="vote"
              value="pass"
              class="ds-button"
              data-variant="secondary"
            >
              {t('dialogues.vote.pass')}
            </button>
          </fieldset>
        </form>
      ) : (
        <p class="ds-paragraph">{t('dialogues.vote.done')}</p>
      )}
      {props.actor.kind === 'anonymous' && (
        <p class="ds-paragraph" data-size="sm">
          {t('dialogues.vote.anonymous')}
        </p>
      )}
    </>
  );
}

/** Rows of the table of statements a page: a dialogue of thousands stays a page a phone opens. */
const STATEMENTS_PER_PAGE = 25;

function StatementsTable(props: {
  t: Translator;
  data: MatterPageData;
  page: number;
  href: (page: number) => string;
}) {
  const { t, data } = props;
  const label = t('dialogues.statements.title');
  const shown = pageOf(data.statements, props.page, STATEMENTS_PER_PAGE);
  return (
    <>
      {data.statements.length > 0 && (
        <ScrollableTable label={label}>
          <thead>
            <tr>
              <th scope="col">{t('dialogues.vote.statement')}</th>
              <th scope="col">{t('dialogues.statements.agree')}</th>
              <th scope="col">{t('dialogues.statements.disagree')}</th>
              <th scope="col">{t('dialogues.statements.pass')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.items.map((s) => (
              <tr>
                <td lang={langOf(t)}>
                  {s.text}
                  {s.isMeta && ` ${t('dialogues.statements.meta')}`}
                </td>
                <td class="num">{t.number(s.agree)}</td>
                <td class="num">{t.number(s.disagree)}</td>
                <td class="num">{t.number(s.pass)}</td>
              </tr>
            ))}
          </tbody>
        </ScrollableTable>
      )}
      <Pagination
        t={t}
        page={shown.page}
        pageCount={shown.pageCount}
        href={props.href}
        label={label}
      />
    </>
  );
}

const fileLabels: Record<OpenDataFile, MessageKey> = {
  'comments.csv': 'dialogues.openData.comments',
  'votes.csv': 'dialogues.openData.votes',
  'participants-votes.csv': 'dialogues.openData.participantsVotes',
  'summary.csv': 'dialogues.openData.summary',
};

/** The dialogue's four open-data files, and how anyone recomputes the map from them. */
function OpenData(props: { t: Translator; municipalityId: string; matterId: string }) {
  const { t } = props;
  const api = `/api/v1/municipalities/${props.municipalityId}/matters/${props.matterId}/open-data`;
  return (
    <section class="dialog-section" aria-labelledby="open-data-heading">
      <h2 class="ds-heading" data-size="sm" id="open-data-heading">
        {t('dialogues.openData.title')}
      </h2>
      <ul class="downloads">
        {openDataFiles.map((file) => (
          <li>
            <a class="ds-link" href={`${api}/${file}`} download>
              {t(fileLabels[file])}
            </a>
          </li>
        ))}
      </ul>
      <p class="ds-paragraph" data-size="sm">
        {t('dialogues.openData.recompute')}{' '}
        <code>{`npx samskap opinion analyze <${t('dialogues.openData.folder')}> --mode stable`}</code>
        .
      </p>
    </section>
  );
}

/** A matter before a body: what is to be decided, the dialogue on it, and its decision. */
export function MatterPage(props: Props) {
  const { t, data, forms } = props;
  const { matter, dialogue } = data;
  const base = `/${t.lang}/municipalities/${props.municipality.id}/matters/${matter.id}`;
  const open = data.phase === 'open';
  // Each form's text field has a name of its own: the page holds up to three forms at once.
  const labels = {
    statement: t('dialogues.statement.text'),
    seed: t('dialogues.vote.statement'),
    comment: t('dialogues.comments.new'),
    summary: t('dialogues.feedback.summary'),
    ...decisionLabels(t),
  };
  return (
    <Layout {...props} title={matter.title} municipality={props.municipality}>
      <ErrorSummary
        t={t}
        form={{
          values: {},
          errors: {
            ...forms.statement.errors,
            ...forms.seed.errors,
            ...forms.decision.errors,
            ...forms.comment.errors,
            ...forms.feedback.errors,
          },
        }}
        labels={labels}
      />
      <Notice t={t} messageKey={props.notice} />
      <ProblemNotice t={t} messageKey={props.problem} />
      <h1 class="ds-heading" data-size="lg" lang={langOf(t)}>
        {matter.title}
      </h1>
      <Status t={t} data={data} decisionHref={props.decisionHref} />
      <p class="ds-paragraph" lang={langOf(t)}>
        {matter.summary}
      </p>
      <p class="ds-paragraph" data-size="sm">
        <a class="ds-link" href={`${base}/follow`}>
          {t('following.link')}
        </a>
        {' · '}
        <a class="ds-link" href={`${base}/survey`}>
          {t('surveys.link')}
        </a>
      </p>
      {data.feedback && (
        <section class="dialog-section" aria-labelledby="feedback-heading">
          <h2 class="ds-heading" data-size="md" id="feedback-heading">
            {t('dialogues.feedback.title')}
          </h2>
          <FeedbackShown t={t} feedback={data.feedback} />
        </section>
      )}
      {open && (
        <section class="dialog-section" aria-labelledby="vote-heading" id="vote">
          <h2 class="ds-heading" data-size="md" id="vote-heading" lang={langOf(t)}>
            {dialogue.question}
          </h2>
          <VoteBox {...props} action={`${base}/votes`} />
        </section>
      )}
      {open && props.background?.ask && (
        <BackgroundForm
          t={t}
          action={`${base}/background`}
          csrfToken={props.csrfToken}
          questions={props.background.questions}
          months={props.background.months}
        />
      )}
      {open && props.takingPart === 'yes' && (
        <section class="dialog-section" aria-labelledby="statement-heading">
          <h2 class="ds-heading" data-size="sm" id="statement-heading">
            {t('dialogues.statement.title')}
          </h2>
          {props.similar.length > 0 && (
            <div class="ds-alert" data-color="info" role="status" id="similar-statements">
              <p class="ds-paragraph">{t('dialogues.statement.similar')}</p>
              <ul class="ds-list">
                {props.similar.map((s) => (
                  <li lang={langOf(t)}>{s.text}</li>
                ))}
              </ul>
            </div>
          )}
          <form method="post" action={`${base}/statements`}>
            <CsrfField token={props.csrfToken} />
            {props.similar.length > 0 && <input type="hidden" name="confirm" value="1" />}
            <TextAreaField
              t={t}
              form={forms.statement}
              name="statement"
              label={labels.statement}
              hint={t(
                dialogue.newStatements === 'moderated'
                  ? 'dialogues.statement.hintModerated'
                  : 'dialogues.statement.hintShown',
              )}
              rows={3}
              maxlength={MAX_STATEMENT_LENGTH}
              required
            />
            <SubmitButton variant="secondary">
              {t(
                props.similar.length > 0
                  ? 'dialogues.statement.anyway'
                  : 'dialogues.statement.submit',
              )}
            </SubmitButton>
          </form>
        </section>
      )}
      <section class="dialog-section" aria-labelledby="statements-heading">
        <h2 class="ds-heading" data-size="sm" id="statements-heading">
          {t('dialogues.statements.title')}
        </h2>
        {data.map &&
          data.map.participants >= MAP_MIN_PARTICIPANTS &&
          data.map.groups.length > 0 && (
            <p class="ds-paragraph">
              {t('dialogues.map.result', {
                participants: data.map.participants,
                groups: data.map.groups.length,
              })}
            </p>
          )}
        <p class="ds-paragraph">
          <a class="ds-link" href={`${base}/map`}>
            {t('dialogues.map.link')}
          </a>
        </p>
        <StatementsTable
          t={t}
          data={data}
          page={props.statementsPage}
          href={(page) =>
            `${base}?statements=${page}${props.commentOrder === 'replies' ? '&comments=replies' : ''}#statements-heading`
          }
        />
      </section>
      <section class="dialog-section" aria-labelledby="comments-heading">
        <h2 class="ds-heading" data-size="sm" id="comments-heading">
          {t('dialogues.comments.title')}
        </h2>
        <Comments
          t={t}
          csrfToken={props.csrfToken}
          base={base}
          threads={threadsOf(data.comments, props.commentOrder)}
          order={props.commentOrder}
          canWrite={open && props.takingPart === 'yes'}
          canFlag={props.actor.kind === 'user'}
          ownNumber={data.ownNumber}
          form={forms.comment}
        />
      </section>
      {matter.body && (
        <section class="dialog-section" aria-labelledby="background-heading">
          <h2 class="ds-heading" data-size="sm" id="background-heading">
            {t('dialogues.matter.background')}
          </h2>
          {data.department && (
            <p class="ds-paragraph">
              {t('dialogues.matter.department', { name: data.department.name })}
            </p>
          )}
          {matter.body.split(/\n\s*\n/).map((paragraph) => (
            <p class="ds-paragraph" lang={langOf(t)}>
              {paragraph}
            </p>
          ))}
        </section>
      )}
      {props.canSeed && (data.phase === 'planned' || open) && (
        <section class="dialog-section" aria-labelledby="seed-heading">
          <h2 class="ds-heading" data-size="sm" id="seed-heading">
            {t('dialogues.seed.title')}
          </h2>
          <p class="ds-paragraph">{t('dialogues.seed.lead')}</p>
          <form method="post" action={`${base}/seed-statements`}>
            <CsrfField token={props.csrfToken} />
            <TextAreaField
              t={t}
              form={forms.seed}
              name="seed"
              label={labels.seed}
              rows={2}
              maxlength={MAX_STATEMENT_LENGTH}
              required
            />
            <CheckboxField form={forms.seed} name="meta" label={t('dialogues.seed.meta')} />
            <SubmitButton variant="secondary">{t('dialogues.seed.submit')}</SubmitButton>
          </form>
        </section>
      )}
      {props.canSeed && data.phase === 'decided' && (
        <section class="dialog-section" aria-labelledby="publish-heading">
          <h2 class="ds-heading" data-size="sm" id="publish-heading">
            {t('dialogues.feedback.publishTitle')}
          </h2>
          <p class="ds-paragraph">{t('dialogues.feedback.publishLead')}</p>
          <FeedbackForm
            t={t}
            csrfToken={props.csrfToken}
            action={`${base}/feedback`}
            form={forms.feedback}
            suggestions={(data.map?.groups ?? []).map((g) =>
              t('dialogues.feedback.groupTheme', { group: String.fromCharCode(65 + g.id) }),
            )}
          />
        </section>
      )}
      {props.canDecide && data.phase !== 'decided' && data.phase !== 'feedback' && (
        <section class="dialog-section" aria-labelledby="decide-heading">
          <h2 class="ds-heading" data-size="sm" id="decide-heading">
            {t('dialogues.decide.title')}
          </h2>
          <p class="ds-paragraph">{t('dialogues.decide.lead')}</p>
          <form method="post" action={`${base}/decision`}>
            <CsrfField token={props.csrfToken} />
            <DecisionFields
              t={t}
              form={forms.decision}
              bodies={data.bodies}
              submit={t('dialogues.decide.submit')}
            />
          </form>
        </section>
      )}
      <section class="dialog-section" aria-labelledby="privacy-heading">
        <h2 class="ds-heading" data-size="sm" id="privacy-heading">
          {t('dialogues.privacy.title')}
        </h2>
        <p class="ds-paragraph">{t(`dialogues.privacy.${privacyRule(dialogue.participation)}`)}</p>
        {props.background && (
          <p class="ds-paragraph">
            {t('dialogues.privacy.background', { months: props.background.months })}
          </p>
        )}
        <p class="ds-paragraph">{t('dialogues.privacy.kept')}</p>
      </section>
      <OpenData t={t} municipalityId={props.municipality.id} matterId={matter.id} />
    </Layout>
  );
}
