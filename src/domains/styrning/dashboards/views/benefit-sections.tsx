import type { Child } from 'hono/jsx';
import {
  ChartBlock,
  ChartTable,
  LineChart,
  seriesStyles,
  yearAxis,
  yearPoints,
} from '../../../../web/components/charts/index.ts';
import type { Translator } from '../../../../web/i18n/index.ts';
import { currencySymbol } from '../../../../web/i18n/index.ts';
import type { DashboardData, DashboardYear } from '../dashboard.ts';
import { axisFormat, cellOf, chartTexts, whole } from './chart-parts.ts';

type Pick = (y: DashboardYear) => number | null;

/**
 * One yearly line chart beside its table. Missing years break the lines and show "–" in the table.
 */
function YearChart(props: {
  t: Translator;
  data: DashboardData;
  today: string;
  id: string;
  title: string;
  headingId: string;
  lines: { label: string; style: (typeof seriesStyles)[keyof typeof seriesStyles]; pick: Pick }[];
  /** The table's columns; the lines' values when absent. */
  columns?: { label: string; pick: Pick }[] | undefined;
  /** Said between the heading and the chart. */
  lead?: Child;
}) {
  const { t, data } = props;
  const texts = chartTexts(t, props.today);
  const years = data.years.map((y) => y.year);
  const columns = props.columns ?? props.lines;
  const cell = cellOf(whole(t));
  return (
    <>
      <h2 class="ds-heading" data-size="sm" id={props.headingId}>
        {props.title}
      </h2>
      {props.lead}
      <ChartBlock
        summary={texts.summary}
        wideTable={columns.length > 3}
        chart={
          <LineChart
            id={props.id}
            title={props.title}
            description={texts.description}
            emptyText={texts.emptyText}
            format={whole(t)}
            axisFormat={axisFormat(
              t,
              props.lines.flatMap((l) => data.years.map(l.pick)),
            )}
            {...yearAxis(years)}
            today={texts.today}
            series={props.lines.map((l) => ({
              label: l.label,
              style: l.style,
              points: yearPoints(years, data.years.map(l.pick)),
            }))}
          />
        }
        table={
          <ChartTable
            caption={props.title}
            rowHeader={t('dashboards.year')}
            columns={columns.map((c) => c.label)}
            emptyText={texts.emptyText}
            missing={texts.missing}
            rows={data.years.map((y) => ({
              label: String(y.year),
              cells: columns.map((c) => cell(c.pick(y))),
            }))}
          />
        }
      />
    </>
  );
}

/** Planned and realised benefits (money, hours) and cost against benefit, per year. */
export function BenefitsSection(props: {
  t: Translator;
  data: DashboardData;
  currency: string;
  today: string;
}) {
  const { t, data, currency, today } = props;
  const common = { t, data, today };
  const planned = t('dashboards.planned');
  const realised = t('dashboards.realised');
  return (
    <section aria-labelledby="benefits-heading" class="stack">
      <YearChart
        {...common}
        lead={
          <p class="ds-paragraph" id="benefit-rule">
            {t('dashboards.benefitRule')}
          </p>
        }
        id="chart-money"
        headingId="benefits-heading"
        title={t('dashboards.moneyHeading', { currency: currencySymbol(t, currency) })}
        lines={[
          { label: planned, style: seriesStyles.planned, pick: (y) => y.plannedMoney },
          { label: realised, style: seriesStyles.realised, pick: (y) => y.realisedMoney },
        ]}
      />
      <YearChart
        {...common}
        id="chart-hours"
        headingId="hours-heading"
        title={t('dashboards.hoursHeading')}
        lines={[
          { label: planned, style: seriesStyles.planned, pick: (y) => y.plannedHours },
          { label: realised, style: seriesStyles.realised, pick: (y) => y.realisedHours },
        ]}
      />
      <YearChart
        {...common}
        id="chart-cost"
        headingId="cost-heading"
        title={t('dashboards.costHeading', { currency: currencySymbol(t, currency) })}
        lines={[
          { label: t('dashboards.cost'), style: seriesStyles.cost, pick: (y) => y.cost },
          {
            label: t('dashboards.plannedBenefit'),
            style: seriesStyles.planned,
            pick: (y) => y.plannedMoney,
          },
          {
            label: t('dashboards.realisedBenefit'),
            style: seriesStyles.realised,
            pick: (y) => y.realisedMoney,
          },
        ]}
        columns={[
          { label: t('dashboards.investment'), pick: (y) => y.investment },
          { label: t('dashboards.running'), pick: (y) => y.running },
          { label: t('dashboards.cost'), pick: (y) => y.cost },
          { label: t('dashboards.plannedBenefit'), pick: (y) => y.plannedMoney },
          { label: t('dashboards.realisedBenefit'), pick: (y) => y.realisedMoney },
          {
            label: t('dashboards.net'),
            // As in a calculus: a year without a plan or a cost adds nothing to that stream.
            pick: (y) =>
              y.plannedMoney === null && y.cost === null
                ? null
                : (y.plannedMoney ?? 0) - (y.cost ?? 0),
          },
        ]}
      />
    </section>
  );
}
