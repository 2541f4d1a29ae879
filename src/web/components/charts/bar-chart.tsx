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
import { okabeIto, outline, type SeriesStyle } from './palette.ts';

/** One bar: its label, its value (null when there is none: no bar, a dash) and its style. */
export type Bar = { label: string; value: number | null; style?: SeriesStyle | undefined };

const rowHeight = 46;
const barHeight = 16;
const defaultStyle: SeriesStyle = { colour: okabeIto.blue };

/**
 * A horizontal bar chart: each bar's label above it and its value at its end, so long labels fit
 * on a narrow screen. Bars are proportional to their values from a common zero; negative values
 * extend left of the zero line. A missing value draws no bar and a dash instead of a number.
 */
export function BarChart(props: ChartBase & { bars: Bar[] }) {
  const format = props.format ?? plainFormat;
  const bars = props.bars.map((b) => ({ ...b, value: present(b.value) }));
  const values = bars.flatMap((b) => (b.value === null ? [] : [b.value]));
  if (bars.length === 0 || values.length === 0) return <EmptyChart {...props} />;
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const valueRoom = Math.max(...values.map((v) => format(v).length), 1) * charWidth + 10;
  const x = scaleLinear()
    .domain([lo, hi === lo ? lo + 1 : hi])
    .range([lo < 0 ? valueRoom : 8, chartWidth - valueRoom]);
  const height = bars.length * rowHeight + 8;
  const styles = bars.map((b) => b.style ?? defaultStyle);
  return (
    <ChartFrame
      id={props.id}
      title={props.title}
      description={props.description}
      width={chartWidth}
      height={height}
      fontSize={chartFontSize}
    >
      <PatternDefs prefix={props.id} styles={styles} />
      <line
        x1={px(x(0))}
        x2={px(x(0))}
        y1="4"
        y2={px(height - 4)}
        stroke="#6b7280"
        stroke-width="1"
      />
      {bars.map((b, i) => {
        const y = i * rowHeight + 4;
        const label = (
          <text x="8" y={px(y + 15)} fill="#111827">
            {fitLabel(b.label, chartWidth - 16)}
          </text>
        );
        if (b.value === null)
          return (
            <g>
              {label}
              <text x={px(x(0) + 6)} y={px(y + 34)} fill="#111827">
                {missingMark}
              </text>
            </g>
          );
        const v = b.value;
        const start = Math.min(x(0), x(v));
        const end = v < 0 ? start - 6 : Math.max(x(0), x(v)) + 6;
        return (
          <g>
            {label}
            <rect
              class="bar"
              x={px(start)}
              y={px(y + 22)}
              width={px(Math.abs(x(v) - x(0)))}
              height={barHeight}
              fill={fillOf(props.id, styles[i] ?? defaultStyle)}
              stroke={outline}
              stroke-width="1"
            />
            <text x={px(end)} y={px(y + 35)} text-anchor={v < 0 ? 'end' : undefined} fill="#111827">
              {format(v)}
            </text>
          </g>
        );
      })}
    </ChartFrame>
  );
}
