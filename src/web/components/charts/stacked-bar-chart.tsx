import { scaleLinear } from 'd3-scale';
import {
  type ChartBase,
  ChartFrame,
  chartFontSize,
  chartWidth,
  charWidth,
  EmptyChart,
  fillOf,
  fitLabel,
  missingMark,
  PatternDefs,
  plainFormat,
  present,
  px,
} from './common.tsx';
import { ChartLegend } from './legend.tsx';
import { outline, type SeriesStyle } from './palette.ts';

/** A series of a stacked chart: one segment in every row. */
export type StackSeries = { label: string; style: SeriesStyle };
/** A row: its label and one value per series (null: none; negative values are drawn as 0). */
export type StackRow = { label: string; values: (number | null)[] };

const rowHeight = 46;
const barHeight = 16;

/**
 * Horizontal stacked bars: each row's segments laid end to end in series order, all rows on one
 * scale from 0 to the largest row total, with the total written after the bar, and the legend
 * below in HTML. A row without any value draws no bar and a dash.
 */
export function StackedBarChart(props: ChartBase & { series: StackSeries[]; rows: StackRow[] }) {
  const format = props.format ?? plainFormat;
  const rows = props.rows.map((r) => {
    const values = props.series.map((_, j) => present(r.values[j]));
    const known = values.filter((v): v is number => v !== null);
    const total = known.length === 0 ? null : known.reduce((a, v) => a + Math.max(0, v), 0);
    return { label: r.label, values, total };
  });
  const totals = rows.flatMap((r) => (r.total === null ? [] : [r.total]));
  const top = Math.max(0, ...totals);
  if (rows.length === 0 || props.series.length === 0 || top <= 0) return <EmptyChart {...props} />;
  const valueRoom = Math.max(...totals.map((v) => format(v).length)) * charWidth + 10;
  const x = scaleLinear()
    .domain([0, top])
    .range([8, chartWidth - valueRoom]);
  const height = rows.length * rowHeight + 8;
  const styles = props.series.map((s) => s.style);
  return (
    <>
      <ChartFrame
        id={props.id}
        title={props.title}
        description={props.description}
        width={chartWidth}
        height={height}
        fontSize={chartFontSize}
      >
        <PatternDefs prefix={props.id} styles={styles} />
        {rows.map((r, i) => {
          const y = 4 + i * rowHeight;
          let acc = 0;
          return (
            <g>
              <text x="8" y={px(y + 15)} fill="#111827">
                {fitLabel(r.label, chartWidth - 16)}
              </text>
              {r.values.map((v, j) => {
                const x0 = x(acc);
                acc += Math.max(0, v ?? 0);
                const style = styles[j];
                return v !== null && v > 0 && style ? (
                  <rect
                    class="bar"
                    x={px(x0)}
                    y={px(y + 22)}
                    width={px(x(acc) - x0)}
                    height={barHeight}
                    fill={fillOf(props.id, style)}
                    stroke={outline}
                    stroke-width="1"
                  />
                ) : null;
              })}
              <text x={px(x(acc) + 6)} y={px(y + 35)} fill="#111827">
                {r.total === null ? missingMark : format(r.total)}
              </text>
            </g>
          );
        })}
      </ChartFrame>
      <ChartLegend
        chartId={props.id}
        kind="fill"
        items={props.series.map((s) => ({ label: s.label, style: s.style }))}
      />
    </>
  );
}
