import { raw } from 'hono/html';
import { GOAL_RULE } from '../../../../engines/goals/index.ts';
import { langOf } from '../../../../web/components/content.tsx';
import type { Translator } from '../../../../web/i18n/index.ts';
import { currencySymbol } from '../../../../web/i18n/index.ts';
import { Layout, type PageContext } from '../../../../web/layout.tsx';
import type { DashboardData } from '../dashboard.ts';
import { BenefitsSection } from './benefit-sections.tsx';
import { KeyFigures } from './key-figures.tsx';
import { GoalsSection, StagesSection, whole } from './sections.tsx';

type Props = {
  t: Translator;
  municipality: { id: string; name: string };
  /** Set on a department's dashboard. */
  department?: { id: string; name: string } | undefined;
  departments: { id: string; name: string }[];
  data: DashboardData;
  currency: string;
  discountRate: number;
  /** YYYY-MM-DD: where the charts draw "today". */
  today: string;
};

/** The title of a dashboard page. */
export function dashboardTitle(
  t: Translator,
  municipality: { name: string },
  department?: { name: string } | undefined,
): string {
  return department
    ? t('dashboards.departmentTitle', { department: department.name, name: municipality.name })
    : t('dashboards.title', { name: municipality.name });
}

/**
 * Everything inside the main landmark of a dashboard: the same for every reader of one
 * municipality (or department) in one language, so it may be rendered once and kept briefly.
 */
export function DashboardBody(props: Props) {
  const { t, municipality: m, department, data } = props;
  const base = `/${t.lang}/municipalities/${m.id}`;
  const title = dashboardTitle(t, m, department);
  const c = data.calculus;
  return (
    <>
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      <p class="ds-paragraph">
        {department ? t('dashboards.departmentLead') : t('dashboards.lead')}
      </p>
      {department && (
        <p class="ds-paragraph">
          <a class="ds-link" href={`${base}/dashboard`}>
            {t('dashboards.backToLeadership')}
          </a>
        </p>
      )}
      <div class="dashboard stack">
        <KeyFigures t={t} data={data} currency={props.currency} discountRate={props.discountRate} />
        <GoalsSection
          t={t}
          data={data}
          rule={{ onTrack: GOAL_RULE.onTrackMargin * 100, atRisk: GOAL_RULE.atRiskMargin * 100 }}
        />
        <StagesSection t={t} data={data} perDepartment={!department} />
        <BenefitsSection t={t} data={data} currency={props.currency} today={props.today} />
        {c && (
          <p class="ds-paragraph" id="portfolio-calculus">
            {t('dashboards.calculus', {
              rate: t.number(props.discountRate * 100, { maximumFractionDigits: 2 }),
              npv: whole(t)(c.npv),
              currency: currencySymbol(t, props.currency),
              ratio:
                c.benefitCostRatio === null
                  ? t('dashboards.none')
                  : t.number(c.benefitCostRatio, { maximumFractionDigits: 2 }),
              payback: c.paybackYear === null ? t('dashboards.none') : String(c.paybackYear),
            })}
          </p>
        )}
      </div>
      {!department && props.departments.length > 0 && (
        <nav aria-labelledby="department-links" class="stack dashboard-links">
          <h2 class="ds-heading" data-size="sm" id="department-links">
            {t('dashboards.departmentLinks')}
          </h2>
          <ul class="ds-list">
            {props.departments.map((d) => (
              <li>
                <a class="ds-link" href={`${base}/departments/${d.id}/dashboard`} lang={langOf(t)}>
                  {d.name}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </>
  );
}

/** The page around a rendered `DashboardBody`. */
export function DashboardPage(
  props: PageContext & { title: string; municipality: { id: string; name: string }; body: string },
) {
  return (
    <Layout {...props} title={props.title} municipality={props.municipality}>
      {raw(props.body)}
    </Layout>
  );
}
