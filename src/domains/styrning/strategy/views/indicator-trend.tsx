import {
  dateAxis,
  fractionalYear,
  LineChart,
  seriesStyles,
} from '../../../../web/components/charts/index.ts';
import type { Translator } from '../../../../web/i18n/index.ts';
import type { IndicatorView } from '../goal-tree.ts';

/**
 * An indicator over time: its measurements against the plan, a straight line from the baseline
 * to the target (the line the goal rule measures against), with today marked. The axis spans the
 * plan, every measurement and today. Dates are placed to the day.
 */
export function IndicatorTrend(props: { t: Translator; indicator: IndicatorView; today: string }) {
  const { t, indicator: i } = props;
  const measured = [...i.measurements]
    .sort((a, b) => a.measuredOn.localeCompare(b.measuredOn))
    .map((m) => ({ x: fractionalYear(m.measuredOn), y: m.value }));
  const plan = [
    { x: fractionalYear(i.baselineDate), y: i.baselineValue },
    { x: fractionalYear(i.targetDate), y: i.targetValue },
  ];
  const today = fractionalYear(props.today);
  const xs = [...plan, ...measured]
    .map((p) => p.x)
    .concat(today)
    .filter(Number.isFinite);
  const axis = dateAxis(Math.min(...xs), Math.max(...xs));
  return (
    <LineChart
      id={`trend-${i.id}`}
      title={t('strategy.indicator.trend', { name: i.name, unit: i.unit })}
      description={t('strategy.indicator.trendDesc')}
      emptyText={t('strategy.measurement.none')}
      // A short unit (%, kr, h) goes on the axis; a longer one is in the title and the table.
      format={(n) => (i.unit.length <= 3 ? `${t.number(n)} ${i.unit}` : t.number(n))}
      zero={false}
      {...axis}
      today={{ at: today, label: t('app.chart.today') }}
      series={[
        { label: t('strategy.indicator.plan'), style: seriesStyles.planned, points: plan },
        { label: t('strategy.indicator.measured'), style: seriesStyles.realised, points: measured },
      ]}
    />
  );
}
