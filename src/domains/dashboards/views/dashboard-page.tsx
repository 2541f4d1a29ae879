import { GOAL_RULE } from '../../../engines/goals/index.ts';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import type { DashboardData } from '../dashboard.ts';
import { BenefitsSection, GoalsSection, StagesSection, whole } from './sections.tsx';

type Props = PageContext & {
  municipality: { id: string; name: string };
  /** Set on a department's dashboard. */
  department?: { id: string; name: string } | undefined;
  departments: { id: string; name: string }[];
  data: DashboardData;
  currency: string;
  discountRate: number;
};

/** The leadership dashboard of a municipality, or the same for one department. */
export function DashboardPage(props: Props) {
  const { t, municipality: m, department, data } = props;
  const base = `/${t.lang}/municipalities/${m.id}`;
  const title = department
    ? t('dashboards.departmentTitle', { department: department.name, name: m.name })
    : t('dashboards.title', { name: m.name });
  const c = data.calculus;
  return (
    <Layout {...props} title={title} municipality={m}>
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
        <GoalsSection
          t={t}
          data={data}
          rule={{ onTrack: GOAL_RULE.onTrackMargin * 100, atRisk: GOAL_RULE.atRiskMargin * 100 }}
        />
        <StagesSection t={t} data={data} perDepartment={!department} />
        <BenefitsSection t={t} data={data} currency={props.currency} />
        {c && (
          <p class="ds-paragraph" id="portfolio-calculus">
            {t('dashboards.calculus', {
              rate: t.number(props.discountRate * 100, { maximumFractionDigits: 2 }),
              npv: whole(t)(c.npv),
              currency: props.currency,
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
        <nav aria-labelledby="department-links" class="stack">
          <h2 class="ds-heading" data-size="sm" id="department-links">
            {t('dashboards.departmentLinks')}
          </h2>
          <ul class="ds-list">
            {props.departments.map((d) => (
              <li>
                <a class="ds-link" href={`${base}/departments/${d.id}/dashboard`}>
                  {d.name}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </Layout>
  );
}
