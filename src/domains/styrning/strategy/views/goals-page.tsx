import { GOAL_RULE } from '../../../../engines/goals/index.ts';
import type { Page } from '../../../../lib/paging.ts';
import { langOf } from '../../../../web/components/content.tsx';
import {
  CsrfField,
  ErrorSummary,
  type FormState,
  Notice,
  SelectField,
  SubmitButton,
} from '../../../../web/components/forms.tsx';
import { Pagination } from '../../../../web/components/pagination.tsx';
import type { MessageKey, Translator } from '../../../../web/i18n/index.ts';
import { Layout, type PageContext } from '../../../../web/layout.tsx';
import { DecisionFields, decisionLabels } from '../../../decisions/views/decision-fields.tsx';
import type { GoalNode } from '../goal-tree.ts';
import { GoalTextFields, goalTextLabels } from './goal-forms.tsx';
import { DraftTag, RuleText, StatusTag } from './goal-parts.tsx';

type Props = PageContext & {
  municipality: { id: string; name: string };
  /** The whole tree: the form offers every strategic goal as a parent, not only those shown. */
  tree: GoalNode[];
  /** The page shown of the top-level goals, each with its sub-goals. */
  shown: Page<GoalNode>;
  seesDrafts: boolean;
  canCreate: boolean;
  /** Departments the actor may write goals for (all for admins, their own for managers). */
  departments: { id: string; name: string }[];
  canCreateStrategic: boolean;
  canAdopt: boolean;
  draftCount: number;
  bodies: { id: string; name: string }[];
  goalForm: FormState;
  adoptForm: FormState;
  formError?: string | undefined;
  notice?: MessageKey | undefined;
};

function GoalItem(props: { t: Translator; base: string; goal: GoalNode; seesDrafts: boolean }) {
  const { t, goal: g } = props;
  return (
    <li class="goal-item">
      <a class="ds-link" href={`${props.base}/${g.id}`} lang={langOf(props.t)}>
        {g.title}
      </a>{' '}
      <StatusTag t={t} status={g.progress} />
      {props.seesDrafts && g.status !== 'adopted' && (
        <>
          {' '}
          <DraftTag t={t} />
        </>
      )}
      <p class="ds-paragraph muted" data-size="sm">
        {g.departmentName
          ? t('strategy.goal.ofDepartment', { department: g.departmentName })
          : t('strategy.goal.strategic')}
        {' · '}
        {t('strategy.goals.indicatorCount', { count: g.indicators.length })}
      </p>
      {g.children.length > 0 && (
        <ul class="goal-tree">
          {g.children.map((child) => (
            <GoalItem t={t} base={props.base} goal={child} seesDrafts={props.seesDrafts} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** The goal tree with each goal's status, the rule that sets it, and (for writers) the forms. */
export function GoalsPage(props: Props) {
  const { t, municipality: m } = props;
  const base = `/${t.lang}/municipalities/${m.id}/goals`;
  const title = t('strategy.goals.title', { name: m.name });
  const goalLabels = {
    ...goalTextLabels(t),
    parentId: t('strategy.goals.parent'),
    departmentId: t('strategy.goals.department'),
  };
  const adoptLabels = decisionLabels(t);
  const strategic = props.tree.filter((g) => g.departmentId === null);
  const { shown } = props;
  const pageHref = (page: number) => (page > 1 ? `${base}?page=${page}` : base);
  return (
    <Layout {...props} title={title} municipality={m}>
      <ErrorSummary t={t} form={props.goalForm} labels={goalLabels} />
      <ErrorSummary t={t} form={props.adoptForm} labels={adoptLabels} formError={props.formError} />
      <Notice t={t} messageKey={props.notice} />
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      <p class="ds-paragraph">{t('strategy.goals.lead')}</p>
      <p class="ds-paragraph muted">
        {t(props.seesDrafts ? 'strategy.goals.internalNote' : 'strategy.goals.publicNote')}
      </p>
      {shown.pageCount > 1 && (
        <p class="ds-paragraph" role="status" id="goals-page">
          {t('strategy.goals.pageOf', { page: shown.page, pages: shown.pageCount })}
        </p>
      )}
      {shown.total === 0 ? (
        <p class="ds-paragraph">{t('strategy.goals.none')}</p>
      ) : (
        <ul class="goal-tree" id="goal-tree">
          {shown.items.map((g) => (
            <GoalItem t={t} base={base} goal={g} seesDrafts={props.seesDrafts} />
          ))}
        </ul>
      )}
      <Pagination t={t} page={shown.page} pageCount={shown.pageCount} href={pageHref} />
      <RuleText t={t} onTrack={GOAL_RULE.onTrackMargin} atRisk={GOAL_RULE.atRiskMargin} />
      {props.canCreate && (
        <section aria-labelledby="create-heading" class="stack">
          <h2 class="ds-heading" data-size="sm" id="create-heading">
            {t('strategy.goals.create')}
          </h2>
          <form method="post" action={base} class="form" novalidate>
            <CsrfField token={props.csrfToken} />
            <GoalTextFields t={t} form={props.goalForm} />
            <SelectField
              t={t}
              form={props.goalForm}
              name="parentId"
              label={goalLabels.parentId}
              hint={t('strategy.goals.kindHint')}
              {...(props.canCreateStrategic
                ? { placeholder: t('strategy.goals.none.option') }
                : {})}
              options={strategic.map((g) => ({ value: g.id, label: g.title }))}
            />
            <SelectField
              t={t}
              form={props.goalForm}
              name="departmentId"
              label={goalLabels.departmentId}
              {...(props.canCreateStrategic
                ? { placeholder: t('strategy.goals.none.option') }
                : {})}
              options={props.departments.map((d) => ({ value: d.id, label: d.name }))}
            />
            <div>
              <SubmitButton>{t('strategy.goals.submit')}</SubmitButton>
            </div>
          </form>
        </section>
      )}
      {props.canAdopt && props.draftCount > 0 && (
        <section aria-labelledby="adopt-heading" class="stack">
          <h2 class="ds-heading" data-size="sm" id="adopt-heading">
            {t('strategy.goals.adoptHeading')}
          </h2>
          <p class="ds-paragraph">{t('strategy.goals.adoptLead', { count: props.draftCount })}</p>
          {props.bodies.length === 0 ? (
            <p class="ds-paragraph">{t('strategy.version.noBodies')}</p>
          ) : (
            <form method="post" action={`${base}/adopt`} class="form" novalidate>
              <CsrfField token={props.csrfToken} />
              <DecisionFields
                t={t}
                form={props.adoptForm}
                bodies={props.bodies}
                submit={t('strategy.goals.adoptSubmit')}
              />
            </form>
          )}
        </section>
      )}
    </Layout>
  );
}
