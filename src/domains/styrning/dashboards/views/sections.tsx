import type { GoalStatus } from '../../../../engines/goals/index.ts';
import {
  BarChart,
  ChartTable,
  chartPalette,
  LineChart,
  StackedBarChart,
  statusColours,
} from '../../../../web/components/charts/index.ts';
import type { MessageKey, Translator } from '../../../../web/i18n/index.ts';
import { type DashboardData, dashboardStages, goalStatuses } from '../dashboard.ts';

const statusColour: Record<GoalStatus, string> = {
  'on-track': statusColours.good,
  'at-risk': statusColours.warning,
  'off-track': statusColours.bad,
  unknown: statusColours.unknown,
};

const statusKey = (s: GoalStatus) => `dashboards.status.${s}` as MessageKey;
const stageKey = (s: string) => `steering.stage.${s}` as MessageKey;

/** Whole numbers per locale (amounts are rounded for display only). */
export const whole = (t: Translator) => (n: number) => t.number(n, { maximumFractionDigits: 0 });

/** Goals by status: a bar per status, its table, the rule, and each goal with its status. */
export function GoalsSection(props: {
  t: Translator;
  data: DashboardData;
  rule: { onTrack: number; atRisk: number };
}) {
  const { t, data } = props;
  const title = t('dashboards.goalsHeading');
  return (
    <section aria-labelledby="goals-heading" class="stack">
      <h2 class="ds-heading" data-size="sm" id="goals-heading">
        {title}
      </h2>
      <p class="ds-paragraph" id="goal-rule">
        {t('dashboards.goalRule', props.rule)}
      </p>
      <BarChart
        id="chart-goals"
        title={title}
        description={t('dashboards.chartDesc')}
        emptyText={t('dashboards.empty')}
        format={whole(t)}
        bars={
          data.goals.length === 0
            ? []
            : goalStatuses.map((s) => ({
                label: t(statusKey(s)),
                value: data.goalCounts[s],
                colour: statusColour[s],
              }))
        }
      />
      <ChartTable
        caption={title}
        rowHeader={t('dashboards.status')}
        columns={[t('dashboards.count')]}
        emptyText={t('dashboards.empty')}
        rows={
          data.goals.length === 0
            ? []
            : goalStatuses.map((s) => ({
                label: t(statusKey(s)),
                cells: [t.number(data.goalCounts[s])],
              }))
        }
      />
      {data.goals.length > 0 && (
        <ChartTable
          caption={t('dashboards.goalsList')}
          rowHeader={t('dashboards.goal')}
          columns={[t('dashboards.status')]}
          emptyText={t('dashboards.empty')}
          rows={data.goals.map((g) => ({ label: g.title, cells: [t(statusKey(g.status))] }))}
        />
      )}
    </section>
  );
}

/** Initiatives by stage, and (on the leadership dashboard) by department and stage. */
export function StagesSection(props: {
  t: Translator;
  data: DashboardData;
  perDepartment: boolean;
}) {
  const { t, data } = props;
  const title = t('dashboards.stagesHeading');
  const stages = dashboardStages.filter((s) => s !== 'stopped' || (data.stageTotals[s] ?? 0) > 0);
  const rows =
    data.initiativeCount === 0
      ? []
      : stages.map((s) => ({ label: t(stageKey(s)), value: data.stageTotals[s] ?? 0 }));
  const departmentsTitle = t('dashboards.departmentsHeading');
  return (
    <section aria-labelledby="stages-heading" class="stack">
      <h2 class="ds-heading" data-size="sm" id="stages-heading">
        {title}
      </h2>
      <p class="ds-paragraph">{t('dashboards.stagesTotal', { count: data.initiativeCount })}</p>
      <BarChart
        id="chart-stages"
        title={title}
        description={t('dashboards.chartDesc')}
        emptyText={t('dashboards.empty')}
        format={whole(t)}
        bars={rows}
      />
      <ChartTable
        caption={title}
        rowHeader={t('dashboards.stage')}
        columns={[t('dashboards.count')]}
        emptyText={t('dashboards.empty')}
        rows={rows.map((r) => ({ label: r.label, cells: [t.number(r.value)] }))}
      />
      {props.perDepartment && data.departments.length > 0 && (
        <>
          <h3 class="ds-heading" data-size="xs">
            {departmentsTitle}
          </h3>
          <StackedBarChart
            id="chart-departments"
            title={departmentsTitle}
            description={t('dashboards.chartDesc')}
            emptyText={t('dashboards.empty')}
            format={whole(t)}
            series={dashboardStages.map((s, i) => ({
              label: t(stageKey(s)),
              colour: chartPalette[i % chartPalette.length],
            }))}
            rows={data.departments.map((d) => ({ label: d.name, values: d.perStage }))}
          />
          <ChartTable
            caption={departmentsTitle}
            rowHeader={t('dashboards.department')}
            columns={[...dashboardStages.map((s) => t(stageKey(s))), t('dashboards.total')]}
            emptyText={t('dashboards.empty')}
            rows={data.departments.map((d) => ({
              label: d.name,
              cells: [...d.perStage, d.perStage.reduce((a, b) => a + b, 0)].map((n) => t.number(n)),
            }))}
          />
        </>
      )}
    </section>
  );
}

/** Planned and realised benefits (money, hours) and cost against benefit, per year. */
export function BenefitsSection(props: { t: Translator; data: DashboardData; currency: string }) {
  const { t, data, currency } = props;
  const fmt = whole(t);
  const labels = data.years.map((y) => String(y.year));
  const moneyTitle = t('dashboards.moneyHeading', { currency });
  const hoursTitle = t('dashboards.hoursHeading');
  const costTitle = t('dashboards.costHeading', { currency });
  const common = {
    description: t('dashboards.chartDesc'),
    emptyText: t('dashboards.empty'),
    format: fmt,
  };
  const yearRows = (cells: (y: DashboardData['years'][number]) => number[]) =>
    data.years.map((y) => ({ label: String(y.year), cells: cells(y).map(fmt) }));
  return (
    <section aria-labelledby="benefits-heading" class="stack">
      <h2 class="ds-heading" data-size="sm" id="benefits-heading">
        {moneyTitle}
      </h2>
      <p class="ds-paragraph" id="benefit-rule">
        {t('dashboards.benefitRule')}
      </p>
      <LineChart
        id="chart-money"
        title={moneyTitle}
        {...common}
        xLabels={labels}
        series={[
          {
            label: t('dashboards.planned'),
            values: data.years.map((y) => y.plannedMoney),
            dashed: true,
          },
          { label: t('dashboards.realised'), values: data.years.map((y) => y.realisedMoney) },
        ]}
      />
      <ChartTable
        caption={moneyTitle}
        rowHeader={t('dashboards.year')}
        columns={[t('dashboards.planned'), t('dashboards.realised')]}
        emptyText={t('dashboards.empty')}
        rows={yearRows((y) => [y.plannedMoney, y.realisedMoney])}
      />
      <h2 class="ds-heading" data-size="sm" id="hours-heading">
        {hoursTitle}
      </h2>
      <LineChart
        id="chart-hours"
        title={hoursTitle}
        {...common}
        xLabels={labels}
        series={[
          {
            label: t('dashboards.planned'),
            values: data.years.map((y) => y.plannedHours),
            dashed: true,
          },
          { label: t('dashboards.realised'), values: data.years.map((y) => y.realisedHours) },
        ]}
      />
      <ChartTable
        caption={hoursTitle}
        rowHeader={t('dashboards.year')}
        columns={[t('dashboards.planned'), t('dashboards.realised')]}
        emptyText={t('dashboards.empty')}
        rows={yearRows((y) => [y.plannedHours, y.realisedHours])}
      />
      <h2 class="ds-heading" data-size="sm" id="cost-heading">
        {costTitle}
      </h2>
      <LineChart
        id="chart-cost"
        title={costTitle}
        {...common}
        xLabels={labels}
        series={[
          {
            label: t('dashboards.cost'),
            values: data.years.map((y) => y.cost),
            colour: chartPalette[1],
          },
          {
            label: t('dashboards.plannedBenefit'),
            values: data.years.map((y) => y.plannedMoney),
            dashed: true,
          },
          {
            label: t('dashboards.realisedBenefit'),
            values: data.years.map((y) => y.realisedMoney),
            colour: chartPalette[2],
          },
        ]}
      />
      <ChartTable
        caption={costTitle}
        rowHeader={t('dashboards.year')}
        columns={[
          t('dashboards.investment'),
          t('dashboards.running'),
          t('dashboards.cost'),
          t('dashboards.plannedBenefit'),
          t('dashboards.realisedBenefit'),
          t('dashboards.net'),
        ]}
        emptyText={t('dashboards.empty')}
        rows={yearRows((y) => [
          y.investment,
          y.running,
          y.cost,
          y.plannedMoney,
          y.realisedMoney,
          y.plannedMoney - y.cost,
        ])}
      />
    </section>
  );
}
