import { scaleLinear } from 'd3-scale';
import {
  type ChartBase,
  ChartFrame,
  chartPalette,
  EmptyChart,
  finite,
  plainFormat,
  px,
} from './common.tsx';

/** A series of a stacked chart: one segment in every row. */
export type StackSeries = { label: string; colour?: string | undefined };
/** A row: its label and one value per series (negative values are drawn as 0). */
export type StackRow = { label: string; values: number[] };

const width = 640;
const rowHeight = 44;
const barHeight = 18;
const legendRow = 22;

/**
 * Horizontal stacked bars: each row's segments laid end to end in series order, all rows on one
 * scale from 0 to the largest row total, with the total written after the bar and a legend above.
 */
export function StackedBarChart(props: ChartBase & { series: StackSeries[]; rows: StackRow[] }) {
  const format = props.format ?? plainFormat;
  const rows = props.rows.map((r) => ({
    label: r.label,
    values: props.series.map((_, j) => Math.max(0, finite(r.values[j]))),
  }));
  const totals = rows.map((r) => r.values.reduce((a, b) => a + b, 0));
  if (rows.length === 0 || props.series.length === 0 || Math.max(...totals) <= 0)
    return <EmptyChart {...props} width={width} />;
  const x = scaleLinear()
    .domain([0, Math.max(...totals)])
    .range([8, width - 96]);
  const legendLines = Math.ceil(props.series.length / 3);
  const top = legendLines * legendRow + 8;
  const height = top + rows.length * rowHeight + 8;
  const colour = (j: number) => props.series[j]?.colour ?? chartPalette[j % chartPalette.length];
  return (
    <ChartFrame
      id={props.id}
      title={props.title}
      description={props.description}
      width={width}
      height={height}
    >
      {props.series.map((s, j) => {
        const lx = 8 + (j % 3) * 210;
        const ly = 6 + Math.floor(j / 3) * legendRow;
        return (
          <g>
            <rect x={px(lx)} y={px(ly)} width="14" height="14" fill={colour(j)} />
            <text x={px(lx + 20)} y={px(ly + 12)} fill="#111827">
              {s.label}
            </text>
          </g>
        );
      })}
      {rows.map((r, i) => {
        const y = top + i * rowHeight;
        let acc = 0;
        return (
          <g>
            <text x="8" y={px(y + 14)} fill="#111827">
              {r.label}
            </text>
            {r.values.map((v, j) => {
              const x0 = x(acc);
              acc += v;
              return v > 0 ? (
                <rect
                  x={px(x0)}
                  y={px(y + 20)}
                  width={px(x(acc) - x0)}
                  height={barHeight}
                  fill={colour(j)}
                  stroke="#ffffff"
                  stroke-width="1"
                />
              ) : null;
            })}
            <text x={px(x(acc) + 6)} y={px(y + 34)} fill="#111827">
              {format(totals[i] ?? 0)}
            </text>
          </g>
        );
      })}
    </ChartFrame>
  );
}
