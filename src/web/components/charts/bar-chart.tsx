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

/** One bar: its label, value and (optionally) colour. */
export type Bar = { label: string; value: number; colour?: string | undefined };

const width = 640;
const rowHeight = 44;
const barHeight = 18;
const valueRoom = 96;

/**
 * A horizontal bar chart: each bar's label above it and its value at its end, so long labels fit
 * on a narrow screen. Bars are proportional to their values from a common zero; negative values
 * extend left of the zero line.
 */
export function BarChart(props: ChartBase & { bars: Bar[] }) {
  const format = props.format ?? plainFormat;
  if (props.bars.length === 0) return <EmptyChart {...props} width={width} />;
  const values = props.bars.map((b) => finite(b.value));
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const x = scaleLinear()
    .domain([lo, hi === lo ? lo + 1 : hi])
    .range([8, width - valueRoom]);
  const height = props.bars.length * rowHeight + 8;
  return (
    <ChartFrame
      id={props.id}
      title={props.title}
      description={props.description}
      width={width}
      height={height}
    >
      <line
        x1={px(x(0))}
        x2={px(x(0))}
        y1="4"
        y2={px(height - 4)}
        stroke="#6b7280"
        stroke-width="1"
      />
      {props.bars.map((b, i) => {
        const v = finite(b.value);
        const y = i * rowHeight + 4;
        const start = Math.min(x(0), x(v));
        const barWidth = Math.abs(x(v) - x(0));
        return (
          <g>
            <text x="8" y={px(y + 14)} fill="#111827">
              {b.label}
            </text>
            <rect
              x={px(start)}
              y={px(y + 20)}
              width={px(barWidth)}
              height={barHeight}
              fill={b.colour ?? chartPalette[0]}
            />
            <text x={px(Math.max(x(0), x(v)) + 6)} y={px(y + 34)} fill="#111827">
              {format(v)}
            </text>
          </g>
        );
      })}
    </ChartFrame>
  );
}
