import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import {
  type ChartBase,
  ChartFrame,
  chartPalette,
  EmptyChart,
  plainFormat,
  px,
} from './common.tsx';

/** A line: one value per x label, null where there is none (the line breaks there). */
export type LineSeries = {
  label: string;
  values: (number | null)[];
  colour?: string | undefined;
  /** Dashed, e.g. for planned values beside realised ones, so colour is not the only cue. */
  dashed?: boolean | undefined;
};

const width = 640;
const height = 300;
const margin = { top: 40, right: 16, bottom: 32, left: 88 };

/**
 * A line chart over categorical x labels (years), y from a nice linear scale that always includes
 * 0, with five gridlines, a dot on every point and a legend above. Non-finite values are gaps.
 */
export function LineChart(props: ChartBase & { xLabels: string[]; series: LineSeries[] }) {
  const format = props.format ?? plainFormat;
  const series = props.series.map((s) => ({
    ...s,
    values: props.xLabels.map((_, i) => {
      const v = s.values[i];
      return typeof v === 'number' && Number.isFinite(v) ? v : null;
    }),
  }));
  const all = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  if (props.xLabels.length === 0 || all.length === 0)
    return <EmptyChart {...props} width={width} />;
  const lo = Math.min(0, ...all);
  const hi = Math.max(0, ...all);
  const y = scaleLinear()
    .domain([lo, hi === lo ? lo + 1 : hi])
    .nice(5)
    .range([height - margin.bottom, margin.top]);
  const x = scalePoint<string>()
    .domain(props.xLabels)
    .range([margin.left, width - margin.right])
    .padding(0.5);
  const xOf = (i: number) => x(props.xLabels[i] ?? '') ?? margin.left;
  const colour = (j: number) => series[j]?.colour ?? chartPalette[j % chartPalette.length];
  return (
    <ChartFrame
      id={props.id}
      title={props.title}
      description={props.description}
      width={width}
      height={height}
    >
      {series.map((s, j) => {
        const lx = 8 + (j % 3) * 210;
        return (
          <g>
            <line
              x1={px(lx)}
              x2={px(lx + 24)}
              y1="14"
              y2="14"
              stroke={colour(j)}
              stroke-width="3"
              stroke-dasharray={s.dashed ? '6 4' : undefined}
            />
            <text x={px(lx + 30)} y="18" fill="#111827">
              {s.label}
            </text>
          </g>
        );
      })}
      {y.ticks(5).map((tick) => (
        <g>
          <line
            x1={margin.left}
            x2={width - margin.right}
            y1={px(y(tick))}
            y2={px(y(tick))}
            stroke={tick === 0 ? '#6b7280' : '#d1d5db'}
            stroke-width="1"
          />
          <text x={margin.left - 6} y={px(y(tick) + 4)} text-anchor="end" fill="#374151">
            {format(tick)}
          </text>
        </g>
      ))}
      {props.xLabels.map((label, i) => (
        <text x={px(xOf(i))} y={height - 10} text-anchor="middle" fill="#374151">
          {label}
        </text>
      ))}
      {series.map((s, j) => {
        const path = line<number | null>()
          .defined((v) => v !== null)
          .x((_, i) => xOf(i))
          .y((v) => y(v ?? 0))
          .digits(1)(s.values);
        return (
          <g>
            {path && (
              <path
                d={path}
                fill="none"
                stroke={colour(j)}
                stroke-width="2.5"
                stroke-dasharray={s.dashed ? '6 4' : undefined}
              />
            )}
            {s.values.map((v, i) =>
              v === null ? null : <circle cx={px(xOf(i))} cy={px(y(v))} r="3.5" fill={colour(j)} />,
            )}
          </g>
        );
      })}
    </ChartFrame>
  );
}
