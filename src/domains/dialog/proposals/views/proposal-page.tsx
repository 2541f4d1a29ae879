import { type SupportWay, takesSupport } from '../../../../engines/proposal-rules/index.ts';
import { langOf } from '../../../../web/components/content.tsx';
import {
  CheckboxField,
  CsrfField,
  ErrorSummary,
  emptyForm,
  type FormState,
  Notice,
  ProblemNotice,
  SubmitButton,
} from '../../../../web/components/forms.tsx';
import { day } from '../../../../web/i18n/dates.ts';
import type { MessageKey, Translator } from '../../../../web/i18n/index.ts';
import { Layout, type PageContext } from '../../../../web/layout.tsx';
import { invitableStates } from '../coauthors.ts';
import type { ProposalCoauthors, ProposalInitiative } from '../proposal.load.ts';
import type { ProposalRow } from '../proposals.queries.ts';
import { CoauthorsSection } from './coauthors-section.tsx';
import { ProposalInitiativeSection } from './proposal-initiative.tsx';
import { AnswerForm, PaperForm, ScreeningForm } from './staff-forms.tsx';
import { StateTag } from './state-tag.tsx';
import { SupportProgress } from './support-progress.tsx';

export type ProposalForms = {
  screening: FormState;
  paper: FormState;
  answer: FormState;
  coauthor: FormState;
};

type Props = PageContext & {
  municipality: { id: string; name: string };
  proposal: ProposalRow;
  now: Date;
  isAuthor: boolean;
  isCoauthor: boolean;
  coauthors: ProposalCoauthors;
  canHandle: boolean;
  supported: boolean;
  supporting: { by: SupportWay; residenceDeclared: boolean; throughEid: boolean };
  /** Whether the municipality has an e-ID login to offer one the rule does not count yet. */
  eidLogin: boolean;
  paper: { count: number; signedOn: string }[];
  /** The municipality's departments, for staff answering a proposal. */
  departments: { id: string; name: string }[];
  initiative: ProposalInitiative | undefined;
  forms: ProposalForms;
  notice?: MessageKey | undefined;
  problem?: MessageKey | undefined;
};

const errorLabels = (t: Translator) => ({
  verdict: t('proposals.screen.verdict'),
  refusal: t('proposals.screen.refusal'),
  note: t('proposals.screen.note'),
  count: t('proposals.paper.count'),
  signedOn: t('proposals.paper.signedOn'),
  answer: t('proposals.answerForm.answer'),
  reason: t('proposals.answerForm.reason'),
  departmentId: t('proposals.answerForm.department'),
  decision: t('proposals.answerForm.decision'),
  email: t('proposals.coauthors.email'),
});

/** Where the proposal stands, in a sentence with its dates. */
function StateLine(props: { t: Translator; p: ProposalRow; now: Date }) {
  const { t, p } = props;
  const date = (d: Date | null) => (d ? t.date(d) : '');
  switch (p.state) {
    case 'draft':
      return <p class="ds-paragraph">{t('proposals.page.draft')}</p>;
    case 'screening':
      return <p class="ds-paragraph">{t('proposals.page.screening')}</p>;
    case 'refused':
      return (
        <>
          <p class="ds-paragraph">
            {t('proposals.page.refused', {
              reason: t(`proposals.refusal.${p.refusal as 'remit'}`),
            })}
          </p>
          {p.refusalNote && (
            <p class="ds-paragraph comment-text" lang={langOf(t)}>
              {p.refusalNote}
            </p>
          )}
        </>
      );
    case 'collecting':
      return <p class="ds-paragraph">{t('proposals.page.until', { date: date(p.expiresAt) })}</p>;
    case 'thresholdReached':
      return (
        <p class="ds-paragraph">
          {t('proposals.page.reached', { date: date(p.thresholdReachedAt) })}{' '}
          {takesSupport(p.state, p.expiresAt, props.now) &&
            t('proposals.page.until', { date: date(p.expiresAt) })}
        </p>
      );
    case 'expired':
      return <p class="ds-paragraph">{t('proposals.page.expired', { date: date(p.expiresAt) })}</p>;
    case 'withBody':
      return (
        <p class="ds-paragraph">
          {t('proposals.page.withBody', {
            received: date(p.receivedByBodyAt),
            deadline: date(p.bodyDeadline),
          })}{' '}
          {p.bodyDeadline && p.bodyDeadline <= props.now && (
            <strong>{t('proposals.page.overdue')}</strong>
          )}
        </p>
      );
    case 'answered':
      return (
        <section aria-labelledby="answer-heading">
          <h2 class="ds-heading" data-size="sm" id="answer-heading">
            {t('proposals.page.answered', {
              date: date(p.answeredAt),
              answer: t(`proposals.answer.${p.answer as 'accepted'}`),
            })}
          </h2>
          <h3 class="ds-heading" data-size="xs">
            {t('proposals.page.reason')}
          </h3>
          <p class="ds-paragraph comment-text" lang={langOf(t)}>
            {p.answerReason}
          </p>
          <h3 class="ds-heading" data-size="xs">
            {t('proposals.page.decision')}
          </h3>
          <p class="ds-paragraph" lang={langOf(t)}>
            {p.answerDecision}
          </p>
          {p.forgetSupportersAt && (
            <p class="ds-paragraph" data-size="sm">
              {t(
                p.forgetSupportersAt <= props.now
                  ? 'proposals.page.supportersDeleted'
                  : 'proposals.page.supportersKeptUntil',
                { date: date(p.forgetSupportersAt) },
              )}
            </p>
          )}
        </section>
      );
    case 'withdrawn':
      return <p class="ds-paragraph">{t('proposals.page.withdrawn')}</p>;
  }
}

/** One proposal: its text, where it stands, its support, and what the viewer may do with it. */
export function ProposalPage(props: Props) {
  const { t, proposal: p, municipality: m, forms } = props;
  const base = `/${t.lang}/municipalities/${m.id}/proposals/${p.id}`;
  const open = takesSupport(p.state, p.expiresAt, props.now);
  const failed = Object.values(forms).find((f) => Object.keys(f.errors).length > 0);
  return (
    <Layout {...props} title={p.title} municipality={m}>
      {failed && <ErrorSummary t={t} form={failed} labels={errorLabels(t)} />}
      <Notice t={t} messageKey={props.notice} />
      <ProblemNotice t={t} messageKey={props.problem} />
      <h1 class="ds-heading" data-size="lg" lang={langOf(t)}>
        {p.title}
      </h1>
      <p class="ds-paragraph">
        <StateTag t={t} state={p.state} />{' '}
        {t('proposals.page.topic', { topic: t(`proposals.topic.${p.topic as 'other'}`) })}
        {p.district && (
          <>
            {' · '}
            {t('proposals.page.district', { district: p.district })}
          </>
        )}
      </p>
      <p class="ds-paragraph comment-text" lang={langOf(t)}>
        {p.body}
      </p>
      <StateLine t={t} p={p} now={props.now} />
      <CoauthorsSection
        t={t}
        csrfToken={props.csrfToken}
        base={base}
        coauthors={props.coauthors}
        isAuthor={props.isAuthor}
        isCoauthor={props.isCoauthor}
        open={invitableStates.includes(p.state)}
        form={forms.coauthor}
      />
      {props.initiative && (
        <ProposalInitiativeSection
          t={t}
          initiative={props.initiative}
          answeredAt={p.answeredAt}
          decisionsPage={`/${t.lang}/municipalities/${m.id}/decisions`}
          initiativePage={`/${t.lang}/municipalities/${m.id}/initiatives/${props.initiative.id}`}
        />
      )}
      {p.threshold !== null && (
        <section aria-labelledby="support-heading">
          <h2 class="ds-heading" data-size="sm" id="support-heading">
            {t('proposals.page.support')}
          </h2>
          <SupportProgress t={t} proposal={p} detailed />
          {open &&
            (props.supported ? (
              <p class="ds-paragraph">{t('proposals.support.given')}</p>
            ) : props.actor.kind !== 'user' ? (
              <p class="ds-paragraph">
                <a class="ds-link" href={`/${t.lang}/login?next=${encodeURIComponent(base)}`}>
                  {t('proposals.support.signIn')}
                </a>
              </p>
            ) : props.supporting.by === 'eid' && !props.supporting.throughEid ? (
              <p class="ds-paragraph">
                {props.eidLogin ? (
                  <a class="ds-link" href={`/${t.lang}/municipalities/${m.id}/login`}>
                    {t('proposals.support.eid')}
                  </a>
                ) : (
                  t('proposals.support.eid')
                )}
              </p>
            ) : (
              <form method="post" action={`${base}/support`}>
                <CsrfField token={props.csrfToken} />
                {props.supporting.residenceDeclared && (
                  <CheckboxField
                    form={emptyForm}
                    name="resident"
                    label={t('proposals.support.resident', { municipality: m.name })}
                    hint={t('proposals.support.residentHint')}
                  />
                )}
                <CheckboxField
                  form={emptyForm}
                  name="tellMe"
                  label={t('proposals.support.tellMe')}
                />
                <SubmitButton>{t('proposals.support.submit')}</SubmitButton>
              </form>
            ))}
          {props.canHandle && props.paper.length > 0 && (
            <ul class="ds-list">
              {props.paper.map((row) => (
                <li>
                  {t('proposals.paper.row', {
                    count: row.count,
                    date: day(t, row.signedOn),
                  })}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {props.isAuthor && !['answered', 'refused', 'withdrawn'].includes(p.state) && (
        <section aria-labelledby="own-heading">
          <h2 class="ds-heading" data-size="sm" id="own-heading">
            {t('proposals.own.title')}
          </h2>
          <div class="form-actions">
            {p.state === 'draft' && (
              <form method="post" action={`${base}/submit`}>
                <CsrfField token={props.csrfToken} />
                <SubmitButton>{t('proposals.own.submit')}</SubmitButton>
              </form>
            )}
            <form method="post" action={`${base}/withdraw`}>
              <CsrfField token={props.csrfToken} />
              <SubmitButton variant="secondary">{t('proposals.own.withdraw')}</SubmitButton>
            </form>
          </div>
        </section>
      )}
      {props.canHandle && p.state === 'screening' && (
        <section aria-labelledby="screen-heading">
          <h2 class="ds-heading" data-size="sm" id="screen-heading">
            {t('proposals.screen.title')}
          </h2>
          <ScreeningForm
            t={t}
            csrfToken={props.csrfToken}
            action={`${base}/screening`}
            form={forms.screening}
          />
        </section>
      )}
      {props.canHandle && (p.state === 'collecting' || p.state === 'thresholdReached') && (
        <section aria-labelledby="paper-heading">
          <h2 class="ds-heading" data-size="sm" id="paper-heading">
            {t('proposals.paper.title')}
          </h2>
          <PaperForm
            t={t}
            csrfToken={props.csrfToken}
            action={`${base}/paper`}
            form={forms.paper}
          />
        </section>
      )}
      {props.canHandle && (p.state === 'thresholdReached' || p.state === 'expired') && (
        <section aria-labelledby="body-heading">
          <h2 class="ds-heading" data-size="sm" id="body-heading">
            {t('proposals.body.title')}
          </h2>
          <p class="ds-paragraph">{t('proposals.body.lead')}</p>
          <form method="post" action={`${base}/body`}>
            <CsrfField token={props.csrfToken} />
            <SubmitButton>{t('proposals.body.submit')}</SubmitButton>
          </form>
        </section>
      )}
      {props.canHandle && p.state === 'withBody' && (
        <section aria-labelledby="answer-form-heading">
          <h2 class="ds-heading" data-size="sm" id="answer-form-heading">
            {t('proposals.answerForm.title')}
          </h2>
          <AnswerForm
            t={t}
            csrfToken={props.csrfToken}
            action={`${base}/answer`}
            form={forms.answer}
            departments={props.departments}
          />
        </section>
      )}
    </Layout>
  );
}
