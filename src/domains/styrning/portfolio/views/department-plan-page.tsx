import type { Translator } from '../../../../web/i18n/index.ts';
import { Layout, type PageContext } from '../../../../web/layout.tsx';
import type { DepartmentPlan } from '../department-plan.queries.ts';
import { Section } from './initiative-sections.tsx';
import { stageLabel } from './initiatives-list-page.tsx';

type Props = PageContext & {
  municipality: { id: string; name: string };
  department: { id: string; name: string };
  plan: DepartmentPlan;
  showSystems: boolean;
};

function InitiativeList(props: { t: Translator; base: string; items: DepartmentPlan['owned'] }) {
  const { t, base } = props;
  if (props.items.length === 0) return <p class="ds-paragraph">{t('portfolio.initiative.none')}</p>;
  return (
    <ul class="ds-list">
      {props.items.map((i) => (
        <li>
          <a class="ds-link" href={`${base}/initiatives/${i.id}`}>
            {i.title}
          </a>{' '}
          ({stageLabel(t, i.stage)})
        </li>
      ))}
    </ul>
  );
}

/** A department's plan: its managers, goals, initiatives (owned and joined) and systems. */
export function DepartmentPlanPage(props: Props) {
  const { t, municipality: m, department: d, plan } = props;
  const base = `/${t.lang}/municipalities/${m.id}`;
  const title = t('portfolio.departmentPlan.title', { name: d.name });
  return (
    <Layout {...props} title={title} municipality={m}>
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      <p class="ds-paragraph">{t('portfolio.departmentPlan.lead', { municipality: m.name })}</p>
      <p class="ds-paragraph">
        <a class="ds-link" href={`${base}/departments/${d.id}/dashboard`}>
          {t('portfolio.departmentPlan.dashboard')}
        </a>
      </p>
      <Section id="managers" title={t('portfolio.departmentPlan.managers')}>
        {plan.managers.length === 0 ? (
          <p class="ds-paragraph">{t('portfolio.departmentPlan.noManagers')}</p>
        ) : (
          <ul class="ds-list">
            {plan.managers.map((name) => (
              <li>{name}</li>
            ))}
          </ul>
        )}
      </Section>
      <Section id="goals" title={t('portfolio.departmentPlan.goals')}>
        {plan.goals.length === 0 ? (
          <p class="ds-paragraph">{t('portfolio.departmentPlan.noGoals')}</p>
        ) : (
          <ul class="ds-list">
            {plan.goals.map((g) => (
              <li>
                <a class="ds-link" href={`${base}/goals/${g.id}`}>
                  {g.title}
                </a>{' '}
                (
                {g.status === 'adopted'
                  ? t('portfolio.departmentPlan.goalAdopted')
                  : t('portfolio.departmentPlan.goalDraft')}
                )
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section id="owned" title={t('portfolio.departmentPlan.owned')}>
        <InitiativeList t={t} base={base} items={plan.owned} />
      </Section>
      <Section id="participating" title={t('portfolio.departmentPlan.participating')}>
        <InitiativeList t={t} base={base} items={plan.participating} />
      </Section>
      {props.showSystems && (
        <Section id="systems" title={t('portfolio.departmentPlan.systems')}>
          {plan.systems.length === 0 ? (
            <p class="ds-paragraph">{t('portfolio.initiative.none')}</p>
          ) : (
            <ul class="ds-list">
              {plan.systems.map((s) => (
                <li>
                  {s.name}
                  {s.vendor ? ` (${s.vendor})` : ''}
                </li>
              ))}
            </ul>
          )}
        </Section>
      )}
    </Layout>
  );
}
