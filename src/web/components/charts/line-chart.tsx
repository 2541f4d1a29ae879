import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import {
  type ChartBase,
  ChartFrame,
  chartFontSize,
  chartWidth,
  charWidth,
  EmptyChart,
  MarkerShape,
  type NumberFormat,
  plainFormat,
  present,
  px,
} from './common.tsx';
import { ChartLegend } from './legend.tsx';
import { type SeriesStyle, todayStyle } from './palette.ts';
import type { AxisTick, Point } from './time-axis.ts';

/** A line: points on the time axis; where y is null the line breaks (a gap, never a 0). */
export type LineSeries = { label: string; style: SeriesStyle; points: Point[] };

const height = 232;
const margin = { top: 26, right: 12, bottom: 30 };

/** Keeps every k-th tick so that labels never overlap. */
function spaced(ticks: AxisTick[], xOf: (n: number) => number): AxisTick[] {
  if (ticks.length < 2) return ticks;
  const room = Math.max(...ticks.map((t) => t.label.length)) * charWidth + 8;
  const step = Math.abs(xOf(ticks[1]?.at ?? 0) - xOf(ticks[0]?.at ?? 0)) || room;
  const k = Math.max(1, Math.ceil(room / step));
  return ticks.filter((_, i) => i % k === 0);
}

/**
 * A line chart over time (fractional years): y from a nice linear scale (including 0 unless
 * `zero` is false), four gridlines, a marker on every measured point, a dashed "today" line with
 * its label, and the legend below in HTML. Missing values break the line (d3 `line().defined()`);
 * a point between two gaps shows as its marker alone.
 */
export function LineChart(
  props: ChartBase & {
    series: LineSeries[];
    xDomain: [number, number];
    xTicks: AxisTick[];
    today?: { at: number; label: string } | undefined;
    zero?: boolean | undefined;
    /** Format of the y axis' labels (e.g. compact); the chart's `format` when absent. */
    axisFormat?: NumberFormat | undefined;
  },
) {
  const axisFormat = props.axisFormat ?? props.format ?? plainFormat;
  const [x0, x1] = props.xDomain;
  const series = props.series.map((s) => ({
    ...s,
    points: s.points
      .filter((p) => Number.isFinite(p.x) && p.x >= Math.min(x0, x1) && p.x <= Math.max(x0, x1))
      .map((p) => ({ x: p.x, y: present(p.y) }))
      .sort((a, b) => a.x - b.x),
  }));
  const all = series.flatMap((s) => s.points.flatMap((p) => (p.y === null ? [] : [p.y])));
  if (all.length === 0 || !(x1 > x0)) return <EmptyChart {...props} />;
  let lo = Math.min(...all, ...(props.zero === false ? [] : [0]));
  let hi = Math.max(...all, ...(props.zero === false ? [] : [0]));
  if (hi === lo) [lo, hi] = props.zero === false ? [lo - 1, hi + 1] : [lo, lo + 1];
  const y = scaleLinear()
    .domain([lo, hi])
    .nice(4)
    .range([height - margin.bottom, margin.top]);
  const yTicks = y.ticks(4);
  const left = Math.max(...yTicks.map((v) => axisFormat(v).length)) * charWidth + 10;
  const x = scaleLinear()
    .domain([x0, x1])
    .range([left, chartWidth - margin.right]);
  const plotBottom = height - margin.bottom;
  const today = props.today && props.today.at >= x0 && props.today.at <= x1 ? props.today : null;
  const todayX = today ? x(today.at) : 0;
  const rightHalf = todayX > (left + chartWidth) / 2;
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
        {yTicks.map((tick) => (
          <g>
            <line
              x1={px(left)}
              x2={chartWidth - margin.right}
              y1={px(y(tick))}
              y2={px(y(tick))}
              stroke={tick === 0 ? '#6b7280' : '#d1d5db'}
              stroke-width="1"
            />
            <text x={px(left - 6)} y={px(y(tick) + 5)} text-anchor="end" fill="#374151">
              {axisFormat(tick)}
            </text>
          </g>
        ))}
        {spaced(props.xTicks, x).map((tick) => (
          <g>
            <line
              x1={px(x(tick.at))}
              x2={px(x(tick.at))}
              y1={px(plotBottom)}
              y2={px(plotBottom + 4)}
              stroke="#6b7280"
            />
            <text x={px(x(tick.at))} y={height - 8} text-anchor="middle" fill="#374151">
              {tick.label}
            </text>
          </g>
        ))}
        {today && (
          <g class="today">
            <line
              x1={px(todayX)}
              x2={px(todayX)}
              y1={px(margin.top - 4)}
              y2={px(plotBottom)}
              stroke={todayStyle.colour}
              stroke-width="1.5"
              stroke-dasharray={todayStyle.dash}
            />
            <text
              x={px(rightHalf ? todayX - 4 : todayX + 4)}
              y="16"
              text-anchor={rightHalf ? 'end' : 'start'}
              fill={todayStyle.colour}
            >
              {today.label}
            </text>
          </g>
        )}
        {series.map((s) => {
          const path = line<Point>()
            .defined((p) => p.y !== null)
            .x((p) => x(p.x))
            .y((p) => y(p.y ?? 0))
            .digits(1)(s.points);
          return (
            <g>
              {path && (
                <path
                  class="series-line"
                  d={path}
                  fill="none"
                  stroke={s.style.colour}
                  stroke-width="2.5"
                  stroke-dasharray={s.style.dash}
                />
              )}
              {s.points.map((p) =>
                p.y === null ? null : (
                  <MarkerShape
                    marker={s.style.marker ?? 'circle'}
                    x={x(p.x)}
                    y={y(p.y)}
                    colour={s.style.colour}
                  />
                ),
              )}
            </g>
          );
        })}
      </ChartFrame>
      <ChartLegend
        chartId={props.id}
        kind="line"
        items={props.series.map((s) => ({ label: s.label, style: s.style }))}
      />
    </>
  );
}
