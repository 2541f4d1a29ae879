import { scaleUtc } from 'd3-scale';
import type { Translator } from '../../../../web/i18n/index.ts';
import type { RoadmapItem } from '../roadmap.queries.ts';
import { patternId, StagePatterns, stageStroke } from './stage-patterns.tsx';

type Dated = RoadmapItem & { startsOn: string; endsOn: string };

const width = 720;
const axisHeight = 28;
const laneHeader = 24;
const rowHeight = 32;
const margin = 8;
const day = 86_400_000;

const utc = (d: string) => new Date(`${d}T00:00:00Z`);
const short = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * Where a bar's label goes: from the bar's start when it fits, else ending at the bar's end, else
 * as far right as it fits. Widths are estimated (11 px text, about 6.2 px a character).
 */
function labelPlace(label: string, x0: number, x1: number): { x: number; anchor: 'start' | 'end' } {
  const estimate = label.length * 6.2;
  if (x0 + estimate <= width - margin) return { x: x0, anchor: 'start' };
  if (x1 - estimate >= margin) return { x: x1, anchor: 'end' };
  return { x: Math.max(margin, width - margin - estimate), anchor: 'start' };
}

/** Department lanes in the items' order (the query sorts by department). */
function lanes(items: readonly Dated[]) {
  const byDepartment = new Map<string, { name: string; items: Dated[] }>();
  for (const item of items) {
    const lane = byDepartment.get(item.department.id) ?? { name: item.department.name, items: [] };
    lane.items.push(item);
    byDepartment.set(item.department.id, lane);
  }
  return [...byDepartment.values()];
}

/** The whole years the bars span: from 1 January of the first year to 1 January after the last. */
export function yearSpan(items: readonly Dated[]): { from: number; to: number } {
  const years = items.flatMap((i) =>
    [utc(i.startsOn), utc(i.endsOn)].map((d) => d.getUTCFullYear()),
  );
  return { from: Math.min(...years), to: Math.max(...years) + 1 };
}

/**
 * The roadmap as a server-rendered SVG: one lane per department, one bar per initiative from its
 * start to its end date, filled with its stage's pattern and labelled with title and stage. The
 * table beside it carries the same data for screen readers, so the SVG is one image with a title.
 */
export function RoadmapChart(props: { t: Translator; items: readonly Dated[]; today: Date }) {
  const { t, items } = props;
  if (items.length === 0) return null;
  const groups = lanes(items);
  const span = yearSpan(items);
  const x = scaleUtc()
    .domain([new Date(Date.UTC(span.from, 0, 1)), new Date(Date.UTC(span.to, 0, 1))])
    .range([margin, width - margin]);
  const height = axisHeight + groups.length * laneHeader + items.length * rowHeight + 20;
  const step = Math.max(1, Math.ceil((span.to - span.from) / 10));
  const years: number[] = [];
  for (let y = span.from; y <= span.to; y += step) years.push(y);
  const stages = [...new Set(items.map((i) => i.stage))];
  const todayX = x(props.today);
  let y = axisHeight;
  return (
    <svg
      class="roadmap-svg"
      role="img"
      aria-labelledby="roadmap-svg-title roadmap-svg-desc"
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      preserveAspectRatio="xMinYMin meet"
      font-family="system-ui, sans-serif"
    >
      <title id="roadmap-svg-title">{t('roadmap.chartTitle')}</title>
      <desc id="roadmap-svg-desc">
        {t('roadmap.chartDesc', {
          count: items.length,
          departments: groups.length,
          from: span.from,
          to: span.to - 1,
        })}
      </desc>
      <defs>
        <StagePatterns scope="roadmap" stages={stages} />
      </defs>
      {years.map((year) => {
        const at = x(new Date(Date.UTC(year, 0, 1)));
        return (
          <g>
            <line x1={at} x2={at} y1={axisHeight - 6} y2={height} stroke="#c4c9cf" />
            {year < span.to && (
              <text x={at + 4} y={axisHeight - 10} font-size="12" fill="#1e2b3c">
                {year}
              </text>
            )}
          </g>
        );
      })}
      {groups.map((lane, index) => {
        const top = y;
        y += laneHeader + lane.items.length * rowHeight;
        return (
          <g>
            {index % 2 === 0 && (
              <rect x="0" y={top} width={width} height={y - top} fill="#f3f5f7" opacity="0.6" />
            )}
            <text x={margin} y={top + 17} font-size="13" font-weight="bold" fill="#1e2b3c">
              {short(lane.name, 90)}
            </text>
            {lane.items.map((item, row) => {
              const from = utc(item.startsOn).getTime();
              const to = utc(item.endsOn).getTime();
              const x0 = x(new Date(Math.min(from, to)));
              const x1 = x(new Date(Math.max(from, to) + day));
              const rowTop = top + laneHeader + row * rowHeight;
              const label = `${short(item.title, 60)} · ${t(`steering.stage.${item.stage}` as 'steering.stage.idea')}`;
              const at = labelPlace(label, x0, x1);
              return (
                <g>
                  <text
                    x={at.x}
                    y={rowTop + 11}
                    font-size="11"
                    fill="#1e2b3c"
                    text-anchor={at.anchor}
                  >
                    {label}
                  </text>
                  <rect
                    x={x0}
                    y={rowTop + 15}
                    width={Math.max(3, x1 - x0)}
                    height="12"
                    rx="2"
                    fill={`url(#${patternId('roadmap', item.stage)})`}
                    stroke={stageStroke(item.stage)}
                  />
                </g>
              );
            })}
          </g>
        );
      })}
      {todayX >= margin && todayX <= width - margin && (
        <g>
          <line
            x1={todayX}
            x2={todayX}
            y1={axisHeight - 6}
            y2={height}
            stroke="#b3261e"
            stroke-dasharray="4 3"
          />
          <text x={todayX - 4} y={height - 5} font-size="11" fill="#b3261e" text-anchor="end">
            {t('roadmap.today')}
          </text>
        </g>
      )}
    </svg>
  );
}
