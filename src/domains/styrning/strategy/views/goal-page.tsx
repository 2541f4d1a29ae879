import { GOAL_RULE } from '../../../../engines/goals/index.ts';
import { langOf } from '../../../../web/components/content.tsx';
import {
  CsrfField,
  ErrorSummary,
  type FormState,
  Notice,
  SubmitButton,
} from '../../../../web/components/forms.tsx';
import type { MessageKey, Translator } from '../../../../web/i18n/index.ts';
import { Layout, type PageContext } from '../../../../web/layout.tsx';
import type { GoalNode } from '../goal-tree.ts';
import type { KoladaKpi } from '../kolada.ts';
import {
  GoalTextFields,
  goalTextLabels,
  IndicatorForm,
  indicatorLabels,
  KoladaSearch,
  MeasurementForm,
  measurementLabels,
} from './goal-forms.tsx';
import { ContributingList, DraftTag, RuleText, StatusTag } from './goal-parts.tsx';
import { IndicatorList } from './indicator-list.tsx';

type Props = PageContext & {
  municipality: { id: string; name: string };
  goal: GoalNode;
  parent: { id: string; title: string } | undefined;
  /** The initiatives the reader may see that contribute to the goal, heaviest first. */
  initiatives: { id: string; title: string; stage: string; weight: number }[];
  /** YYYY-MM-DD: where the trend charts draw "today". */
  today: string;
  seesDrafts: boolean;
  canEdit: boolean;
  kolada: { query: string; results: { total: number; items: KoladaKpi[] } | undefined };
  chosenKpi: KoladaKpi | undefined;
  goalForm: FormState;
  indicatorForm: FormState;
  measurementForm: FormState;
  formError?: string | undefined;
  notice?: MessageKey | undefined;
};

/** "Goal of <department>", the department a link to its plan. */
function DepartmentLink(props: { t: Translator; href: string; name: string }) {
  // The sentence is translated whole; the link goes where its placeholder stood.
  const [before = '', after = ''] = props
    .t('strategy.goal.ofDepartment', { department: '\u0000' })
    .split('\u0000');
  return (
    <>
      {before}
      <a class="ds-link" href={props.href} lang={langOf(props.t)}>
        {props.name}
      </a>
      {after}
    </>
  );
}

/** One goal: its status and indicators for everyone it is shown to; the forms for its writers. */
export function GoalPage(props: Props) {
  const { t, municipality: m, goal: g } = props;
  const goals = `/${t.lang}/municipalities/${m.id}/goals`;
  const self = `${goals}/${g.id}`;
  const goalLabels = goalTextLabels(t);
  return (
    <Layout {...props} title={g.title} titleLang={langOf(t)} municipality={m}>
      <ErrorSummary t={t} form={props.goalForm} labels={goalLabels} formError={props.formError} />
      <ErrorSummary t={t} form={props.indicatorForm} labels={indicatorLabels(t)} />
      <ErrorSummary t={t} form={props.measurementForm} labels={measurementLabels(t)} />
      <Notice t={t} messageKey={props.notice} />
      <h1 class="ds-heading" data-size="lg" lang={langOf(t)}>
        {g.title}
      </h1>
      <p class="ds-paragraph">
        <a class="ds-link" href={goals}>
          {t('strategy.goal.back')}
        </a>
      </p>
      <p class="ds-paragraph">
        {g.departmentName && g.departmentId ? (
          <DepartmentLink
            t={t}
            href={`/${t.lang}/municipalities/${m.id}/departments/${g.departmentId}`}
            name={g.departmentName}
          />
        ) : (
          t('strategy.goal.strategic')
        )}{' '}
        <StatusTag t={t} status={g.progress} />
        {props.seesDrafts && g.status !== 'adopted' && (
          <>
            {' '}
            <DraftTag t={t} />
          </>
        )}
      </p>
      {props.parent && (
        <p class="ds-paragraph">
          {`${t('strategy.goal.under')}: `}
          <a class="ds-link" href={`${goals}/${props.parent.id}`} lang={langOf(t)}>
            {props.parent.title}
          </a>
        </p>
      )}
      {g.description && (
        <p class="ds-paragraph goal-description" lang={langOf(t)}>
          {g.description}
        </p>
      )}
      <section aria-labelledby="indicators-heading" class="stack">
        <h2 class="ds-heading" data-size="sm" id="indicators-heading">
          {t('strategy.goal.indicators')}
        </h2>
        <IndicatorList t={t} indicators={g.indicators} today={props.today} />
      </section>
      <ContributingList t={t} municipalityId={m.id} initiatives={props.initiatives} />
      {g.children.length > 0 && (
        <section aria-labelledby="children-heading" class="stack">
          <h2 class="ds-heading" data-size="sm" id="children-heading">
            {t('strategy.goal.subGoals')}
          </h2>
          <ul class="ds-list">
            {g.children.map((c) => (
              <li>
                <a class="ds-link" href={`${goals}/${c.id}`} lang={langOf(t)}>
                  {c.title}
                </a>{' '}
                <StatusTag t={t} status={c.progress} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <RuleText t={t} onTrack={GOAL_RULE.onTrackMargin} atRisk={GOAL_RULE.atRiskMargin} />
      {props.canEdit && g.indicators.length > 0 && (
        <section aria-labelledby="measure-heading" class="stack">
          <h2 class="ds-heading" data-size="sm" id="measure-heading">
            {t('strategy.measurement.add')}
          </h2>
          <MeasurementForm
            t={t}
            action={`${self}/measurements`}
            csrfToken={props.csrfToken}
            form={props.measurementForm}
            indicators={g.indicators}
          />
        </section>
      )}
      {props.canEdit && (
        <section aria-labelledby="indicator-heading" class="stack">
          <h2 class="ds-heading" data-size="sm" id="indicator-heading">
            {t('strategy.indicator.add')}
          </h2>
          <KoladaSearch
            t={t}
            action={self}
            query={props.kolada.query}
            results={props.kolada.results}
          />
          <IndicatorForm
            t={t}
            action={`${self}/indicators`}
            csrfToken={props.csrfToken}
            form={props.indicatorForm}
            chosen={props.chosenKpi}
          />
        </section>
      )}
      {props.canEdit && g.status !== 'adopted' && (
        <section aria-labelledby="edit-heading" class="stack">
          <h2 class="ds-heading" data-size="sm" id="edit-heading">
            {t('strategy.goal.edit')}
          </h2>
          <form method="post" action={self} class="form" novalidate>
            <CsrfField token={props.csrfToken} />
            <GoalTextFields t={t} form={props.goalForm} />
            <div>
              <SubmitButton variant="secondary">{t('strategy.goal.save')}</SubmitButton>
            </div>
          </form>
        </section>
      )}
    </Layout>
  );
}
