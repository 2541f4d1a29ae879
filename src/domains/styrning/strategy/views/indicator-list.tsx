import { ChartBlock } from '../../../../web/components/charts/index.ts';
import { langOf } from '../../../../web/components/content.tsx';
import { ScrollableTable } from '../../../../web/components/table.tsx';
import { day } from '../../../../web/i18n/dates.ts';
import type { Translator } from '../../../../web/i18n/index.ts';
import type { IndicatorView } from '../goal-tree.ts';
import { koladaKpi } from '../kolada.ts';
import { Explanation, StatusTag } from './goal-parts.tsx';
import { IndicatorTrend } from './indicator-trend.tsx';

/** One indicator: its plan, the rule's verdict in words, and its measurements as a table. */
function IndicatorCard(props: { t: Translator; indicator: IndicatorView; today: string }) {
  const { t, indicator: i } = props;
  const kpi = i.koladaKpiId ? koladaKpi(i.koladaKpiId) : undefined;
  const valueOn = (value: number, date: string) =>
    t('strategy.indicator.valueOn', { value: t.number(value), unit: i.unit, date: day(t, date) });
  return (
    <li class="card stack">
      <h3 class="ds-heading" data-size="xs" lang={langOf(props.t)}>
        {i.name}
      </h3>
      <StatusTag t={t} status={i.explanation?.status ?? 'unknown'} />
      <dl class="facts">
        <dt>{t('strategy.indicator.baseline')}</dt>
        <dd>{valueOn(i.baselineValue, i.baselineDate)}</dd>
        <dt>{t('strategy.indicator.target')}</dt>
        <dd>{valueOn(i.targetValue, i.targetDate)}</dd>
        <dt>{t('strategy.indicator.direction')}</dt>
        <dd>{t(`strategy.indicator.direction.${i.direction === 'lower' ? 'lower' : 'higher'}`)}</dd>
        {i.koladaKpiId && (
          <>
            <dt>{t('strategy.indicator.kolada')}</dt>
            <dd>{kpi ? `${kpi.id} ${kpi.title}` : i.koladaKpiId}</dd>
          </>
        )}
      </dl>
      <Explanation t={t} indicator={i} />
      <div class="indicator-trend">
        <ChartBlock
          summary={t('app.chart.numbers')}
          chart={<IndicatorTrend t={t} indicator={i} today={props.today} />}
          table={
            i.measurements.length === 0 ? (
              <p class="ds-paragraph muted">{t('strategy.measurement.none')}</p>
            ) : (
              <ScrollableTable label={t('strategy.measurement.table', { name: i.name })}>
                <thead>
                  <tr>
                    <th scope="col">{t('strategy.measurement.measuredOn')}</th>
                    <th scope="col">{t('strategy.measurement.value')}</th>
                    <th scope="col">{t('strategy.measurement.note')}</th>
                    <th scope="col">{t('strategy.measurement.who')}</th>
                  </tr>
                </thead>
                <tbody>
                  {i.measurements.map((m) => (
                    <tr>
                      <td>{day(t, m.measuredOn)}</td>
                      <td>{`${t.number(m.value)} ${i.unit}`}</td>
                      <td>{m.note}</td>
                      <td>{m.recordedByName ?? '–'}</td>
                    </tr>
                  ))}
                </tbody>
              </ScrollableTable>
            )
          }
        />
      </div>
    </li>
  );
}

/** A goal's indicators, each with its trend and measurements, or a line saying there are none. */
export function IndicatorList(props: {
  t: Translator;
  indicators: IndicatorView[];
  /** YYYY-MM-DD: where the trend charts draw "today". */
  today: string;
}) {
  if (props.indicators.length === 0) {
    return <p class="ds-paragraph">{props.t('strategy.goal.noIndicators')}</p>;
  }
  return (
    <ul class="cards indicator-list">
      {props.indicators.map((i) => (
        <IndicatorCard t={props.t} indicator={i} today={props.today} />
      ))}
    </ul>
  );
}
