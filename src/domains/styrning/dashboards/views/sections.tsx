import {
  BarChart,
  ChartBlock,
  ChartTable,
  goalStatusStyle,
  StackedBarChart,
  stageStyle,
} from '../../../../web/components/charts/index.ts';
import { langOf } from '../../../../web/components/content.tsx';
import type { MessageKey, Translator } from '../../../../web/i18n/index.ts';
import { type DashboardData, dashboardStages, goalStatuses } from '../dashboard.ts';
import { whole } from './chart-parts.ts';

export { whole } from './chart-parts.ts';

const statusKey = (s: string) => `dashboards.status.${s}` as MessageKey;
const stageKey = (s: string) => `steering.stage.${s}` as MessageKey;

/** Goals by status: a bar per status beside its table, the rule, and each goal with its status. */
export function GoalsSection(props: {
  t: Translator;
  data: DashboardData;
  rule: { onTrack: number; atRisk: number };
}) {
  const { t, data } = props;
  const title = t('dashboards.goalsHeading');
  const none = data.goals.length === 0;
  return (
    <section aria-labelledby="goals-heading" class="stack">
      <h2 class="ds-heading" data-size="sm" id="goals-heading">
        {title}
      </h2>
      <p class="ds-paragraph" id="goal-rule">
        {t('dashboards.goalRule', props.rule)}
      </p>
      <ChartBlock
        summary={t('app.chart.numbers')}
        chart={
          <BarChart
            id="chart-goals"
            title={title}
            description={t('dashboards.chartDesc')}
            emptyText={t('dashboards.empty')}
            format={whole(t)}
            bars={
              none
                ? []
                : goalStatuses.map((s) => ({
                    label: t(statusKey(s)),
                    value: data.goalCounts[s],
                    style: goalStatusStyle(s),
                  }))
            }
          />
        }
        table={
          <ChartTable
            caption={title}
            rowHeader={t('dashboards.status')}
            columns={[t('dashboards.count')]}
            emptyText={t('dashboards.empty')}
            rows={
              none
                ? []
                : goalStatuses.map((s) => ({
                    label: t(statusKey(s)),
                    cells: [t.number(data.goalCounts[s])],
                  }))
            }
          />
        }
      />
      {!none && (
        <ChartTable
          caption={t('dashboards.goalsList')}
          rowHeader={t('dashboards.goal')}
          columns={[t('dashboards.status')]}
          emptyText={t('dashboards.empty')}
          rows={data.goals.map((g) => ({ label: g.title, cells: [t(statusKey(g.status))] }))}
          rowLang={langOf(t)}
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
      : stages.map((s) => ({
          label: t(stageKey(s)),
          value: data.stageTotals[s] ?? 0,
          style: stageStyle(s),
        }));
  const departmentsTitle = t('dashboards.departmentsHeading');
  return (
    <section aria-labelledby="stages-heading" class="stack">
      <h2 class="ds-heading" data-size="sm" id="stages-heading">
        {title}
      </h2>
      <p class="ds-paragraph">{t('dashboards.stagesTotal', { count: data.initiativeCount })}</p>
      <ChartBlock
        summary={t('app.chart.numbers')}
        chart={
          <BarChart
            id="chart-stages"
            title={title}
            description={t('dashboards.chartDesc')}
            emptyText={t('dashboards.empty')}
            format={whole(t)}
            bars={rows}
          />
        }
        table={
          <ChartTable
            caption={title}
            rowHeader={t('dashboards.stage')}
            columns={[t('dashboards.count')]}
            emptyText={t('dashboards.empty')}
            rows={rows.map((r) => ({ label: r.label, cells: [t.number(r.value)] }))}
          />
        }
      />
      {props.perDepartment && data.departments.length > 0 && (
        <>
          <h3 class="ds-heading" data-size="xs">
            {departmentsTitle}
          </h3>
          <ChartBlock
            summary={t('app.chart.numbers')}
            wideTable
            chart={
              <StackedBarChart
                id="chart-departments"
                title={departmentsTitle}
                description={t('dashboards.chartDesc')}
                emptyText={t('dashboards.empty')}
                format={whole(t)}
                series={dashboardStages.map((s) => ({
                  label: t(stageKey(s)),
                  style: stageStyle(s),
                }))}
                rows={data.departments.map((d) => ({ label: d.name, values: d.perStage }))}
              />
            }
            table={
              <ChartTable
                caption={departmentsTitle}
                rowHeader={t('dashboards.department')}
                columns={[...dashboardStages.map((s) => t(stageKey(s))), t('dashboards.total')]}
                emptyText={t('dashboards.empty')}
                rowLang={langOf(t)}
                rows={data.departments.map((d) => ({
                  label: d.name,
                  cells: [...d.perStage, d.perStage.reduce((a, b) => a + b, 0)].map((n) =>
                    t.number(n),
                  ),
                }))}
              />
            }
          />
        </>
      )}
    </section>
  );
}
