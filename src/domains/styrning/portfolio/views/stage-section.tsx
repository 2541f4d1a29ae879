import {
  CsrfField,
  type FormState,
  SelectField,
  SubmitButton,
  TextAreaField,
} from '../../../../web/components/forms.tsx';
import { ScrollableTable } from '../../../../web/components/table.tsx';
import type { Translator } from '../../../../web/i18n/index.ts';
import { decisionHref } from '../../../decisions/decision-link.ts';
import { nextStages } from '../../steering/stages.ts';
import type { InitiativeDetail } from '../initiative-detail.queries.ts';
import { day, Section } from './initiative-sections.tsx';
import { stageLabel } from './initiatives-list-page.tsx';

/** Labels of the stage form's fields, for the form and the page's error summary. */
export function stageLabels(t: Translator) {
  return {
    toStage: t('portfolio.initiative.toStage'),
    reason: t('portfolio.initiative.reason'),
  };
}

/** The decision that moved a stage, as a link to it on the decisions page. */
function DecisionLink(props: {
  t: Translator;
  base: string;
  step: InitiativeDetail['transitions'][number];
}) {
  const { t, step: s } = props;
  if (!s.decisionId) return null;
  const text =
    s.decisionSequence === null || s.decidedOn === null
      ? t('portfolio.initiative.byDecision')
      : t('portfolio.initiative.decisionLink', {
          number: s.decisionSequence,
          date: day(t, s.decidedOn),
        });
  return (
    <>
      {' ('}
      <a class="ds-link" href={decisionHref(`${props.base}/decisions`, s.decisionId)}>
        {text}
      </a>
      {')'}
    </>
  );
}

/**
 * The stage history of an initiative, each move by a decision linked to that decision, and for
 * its editors the form that moves it; `stageForm` may preselect the stage the page suggested.
 */
export function StageSection(props: {
  t: Translator;
  base: string;
  detail: InitiativeDetail;
  canEdit: boolean;
  csrfToken: string;
  stageForm: FormState;
}) {
  const { t, detail: d, base } = props;
  const i = d.initiative;
  const moves = nextStages(i.stage);
  const labels = stageLabels(t);
  return (
    <Section id="stage" title={t('portfolio.initiative.history')}>
      <p class="ds-paragraph">
        {d.createdByName
          ? t('portfolio.initiative.proposedBy', {
              name: d.createdByName,
              date: t.date(i.createdAt),
            })
          : t('portfolio.initiative.proposedOn', { date: t.date(i.createdAt) })}
      </p>
      {d.transitions.length > 0 && (
        <ScrollableTable
          label={t('portfolio.initiative.tableOf', { name: t('portfolio.initiative.history') })}
        >
          <thead>
            <tr>
              <th scope="col">{t('portfolio.initiative.when')}</th>
              <th scope="col">{t('portfolio.initiative.from')}</th>
              <th scope="col">{t('portfolio.initiative.to')}</th>
              <th scope="col">{t('portfolio.initiative.who')}</th>
              <th scope="col">{t('portfolio.initiative.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {d.transitions.map((s) => (
              <tr>
                <td>{t.date(s.at, true)}</td>
                <td>{stageLabel(t, s.fromStage)}</td>
                <td>{stageLabel(t, s.toStage)}</td>
                <td>{s.actorName ?? '–'}</td>
                <td>
                  {s.reason}
                  <DecisionLink t={t} base={base} step={s} />
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollableTable>
      )}
      {i.stage === 'pilot' && (
        <p class="ds-paragraph">
          <a class="ds-link" href={`${base}/initiatives/${i.id}/benefits#gate`}>
            {t('portfolio.initiative.gateLink')}
          </a>
        </p>
      )}
      {props.canEdit && (
        <section aria-labelledby="stage-change-heading" class="stack" id="stage-change">
          <h3 class="ds-heading" data-size="xs" id="stage-change-heading">
            {t('portfolio.initiative.stageChange')}
          </h3>
          <p class="ds-paragraph">{t('portfolio.initiative.stageLead')}</p>
          {moves.length === 0 ? (
            <p class="ds-paragraph">{t('portfolio.initiative.noMoves')}</p>
          ) : (
            <form
              method="post"
              action={`${base}/initiatives/${i.id}/stage`}
              class="form"
              novalidate
            >
              <CsrfField token={props.csrfToken} />
              <SelectField
                t={t}
                form={props.stageForm}
                name="toStage"
                label={labels.toStage}
                placeholder={t('portfolio.initiative.chooseStage')}
                options={moves.map((s) => ({ value: s, label: t(`steering.stage.${s}`) }))}
                required
              />
              <TextAreaField
                t={t}
                form={props.stageForm}
                name="reason"
                label={labels.reason}
                rows={3}
                required
                maxlength={2000}
              />
              <div>
                <SubmitButton>{t('portfolio.initiative.stageSubmit')}</SubmitButton>
              </div>
            </form>
          )}
        </section>
      )}
    </Section>
  );
}
