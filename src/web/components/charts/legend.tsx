import { fillOf, MarkerShape } from './common.tsx';
import { outline, type SeriesStyle } from './palette.ts';

/** One entry of a legend: the series' name and how it is drawn. */
export type LegendItem = { label: string; style: SeriesStyle };

/**
 * A chart's legend in HTML beside the SVG, so its text wraps and keeps the page's size on any
 * screen. Each swatch repeats the series' colour with its dash and marker (lines) or its pattern
 * (fills); patterns are those defined inside the chart `chartId`. The swatches are decorative: the
 * names are the legend.
 */
export function ChartLegend(props: {
  chartId: string;
  kind: 'line' | 'fill';
  items: LegendItem[];
}) {
  if (props.items.length === 0) return null;
  return (
    <ul class="chart-legend">
      {props.items.map((item) => (
        <li>
          <svg
            class="chart-swatch"
            aria-hidden="true"
            focusable="false"
            width="32"
            height="16"
            viewBox="0 0 32 16"
          >
            {props.kind === 'line' ? (
              <>
                <line
                  x1="1"
                  x2="31"
                  y1="8"
                  y2="8"
                  stroke={item.style.colour}
                  stroke-width="3"
                  stroke-dasharray={item.style.dash}
                />
                <MarkerShape
                  marker={item.style.marker ?? 'circle'}
                  x={16}
                  y={8}
                  colour={item.style.colour}
                />
              </>
            ) : (
              <rect
                x="1"
                y="1"
                width="30"
                height="14"
                fill={fillOf(props.chartId, item.style)}
                stroke={outline}
                stroke-width="1"
              />
            )}
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}
