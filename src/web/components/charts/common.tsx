import type { Child } from 'hono/jsx';
import { type FillPattern, type Marker, outline, type SeriesStyle } from './palette.ts';

/**
 * Charts are laid out for a phone first: the viewBox is `chartWidth` units wide and text is
 * `chartFontSize` units, so at a 360 px viewport, where a chart is at least 294 px wide (inside a
 * card), text is drawn at 294 / 320 × 14 ≈ 12.9 px and never below 12 px. On wider screens CSS caps
 * the chart's width (see 30-charts.css), so text grows at most to about body size.
 */
export const chartWidth = 320;
export const chartFontSize = 14;
/** A generous estimate of the width of one character at `chartFontSize`, for laying out labels. */
export const charWidth = 8.4;

/** A number fit to draw: non-finite values (NaN, ±Infinity) become 0 so no NaN reaches the SVG. */
export function finite(n: number | null | undefined): number {
  return typeof n === 'number' && Number.isFinite(n) ? n : 0;
}

/** A value to plot, or null when it is missing (null, undefined, NaN, ±Infinity). Never 0 for "none". */
export function present(n: number | null | undefined): number | null {
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
}

/** Rounds a coordinate to 0.1 so the markup stays short and stable. */
export function px(n: number): string {
  const r = Math.round(finite(n) * 10) / 10;
  return String(Object.is(r, -0) ? 0 : r);
}

/** Formats a number for a chart label. */
export type NumberFormat = (n: number) => string;

export const plainFormat: NumberFormat = (n) => String(Math.round(n * 100) / 100);

/** What a chart draws where a value is missing: a dash, never a 0. */
export const missingMark = '–';

/** The props every chart shares. */
export type ChartBase = {
  /** Unique on the page: the SVG's title, description and patterns are referenced by it. */
  id: string;
  /** The chart's accessible name, also shown as its <title>. */
  title: string;
  /** A one-sentence text alternative (e.g. "The table beside it gives the numbers"). */
  description?: string | undefined;
  /** Shown inside the chart when there is nothing to draw. */
  emptyText: string;
  format?: NumberFormat | undefined;
};

/** The outer <svg> with role="img", <title> and <desc>, scaled by CSS (class "chart"). */
export function ChartFrame(props: {
  id: string;
  title: string;
  description?: string | undefined;
  width: number;
  height: number;
  /** In viewBox units; 13 for diagrams that keep their size and scroll instead. */
  fontSize?: number | undefined;
  children?: Child;
}) {
  const labelled = props.description ? `${props.id}-title ${props.id}-desc` : `${props.id}-title`;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      class="chart"
      id={props.id}
      role="img"
      aria-labelledby={labelled}
      viewBox={`0 0 ${props.width} ${props.height}`}
      preserveAspectRatio="xMinYMin meet"
      font-size={String(props.fontSize ?? 13)}
      font-family="inherit"
    >
      <title id={`${props.id}-title`}>{props.title}</title>
      {props.description && <desc id={`${props.id}-desc`}>{props.description}</desc>}
      {props.children}
    </svg>
  );
}

/** The "nothing to draw" message inside an empty chart. */
export function EmptyChart(props: ChartBase) {
  return (
    <ChartFrame
      id={props.id}
      title={props.title}
      description={props.description}
      width={chartWidth}
      height={48}
      fontSize={chartFontSize}
    >
      <text x="8" y="28" fill="#374151">
        {props.emptyText}
      </text>
    </ChartFrame>
  );
}

const patternId = (prefix: string, style: SeriesStyle) =>
  `${prefix}-${style.pattern}-${style.colour.replace('#', '').toLowerCase()}`;

/** The fill of a bar or swatch in `style`: its colour, or its pattern defined by `PatternDefs`. */
export function fillOf(prefix: string, style: SeriesStyle): string {
  return style.pattern ? `url(#${patternId(prefix, style)})` : style.colour;
}

function Texture(props: { pattern: FillPattern }) {
  if (props.pattern === 'dots') return <circle cx="3" cy="3" r="1.3" fill={outline} />;
  return (
    <>
      <line x1="0" y1="0" x2="0" y2="6" stroke={outline} stroke-width="1.5" />
      {props.pattern === 'cross' && (
        <line x1="0" y1="3" x2="6" y2="3" stroke={outline} stroke-width="1.5" />
      )}
    </>
  );
}

/** `<defs>` with one pattern per patterned style (deduplicated), ids prefixed by `prefix`. */
export function PatternDefs(props: { prefix: string; styles: SeriesStyle[] }) {
  const seen = new Map<string, SeriesStyle & { pattern: FillPattern }>();
  for (const s of props.styles) {
    if (s.pattern) seen.set(patternId(props.prefix, s), { ...s, pattern: s.pattern });
  }
  if (seen.size === 0) return null;
  return (
    <defs>
      {[...seen].map(([id, s]) => (
        <pattern
          id={id}
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform={s.pattern === 'dots' ? undefined : 'rotate(45)'}
        >
          <rect width="6" height="6" fill={s.colour} />
          <Texture pattern={s.pattern} />
        </pattern>
      ))}
    </defs>
  );
}

/** A point marker centred on (x, y): circle, square or diamond, outlined in white for contrast. */
export function MarkerShape(props: { marker: Marker; x: number; y: number; colour: string }) {
  const { x, y, colour } = props;
  const common = { fill: colour, stroke: '#ffffff', 'stroke-width': '1' };
  if (props.marker === 'square')
    return <rect x={px(x - 3.5)} y={px(y - 3.5)} width="7" height="7" {...common} />;
  if (props.marker === 'diamond')
    return (
      <path
        d={`M${px(x)} ${px(y - 4.5)}L${px(x + 4.5)} ${px(y)}L${px(x)} ${px(y + 4.5)}L${px(x - 4.5)} ${px(y)}Z`}
        {...common}
      />
    );
  return <circle cx={px(x)} cy={px(y)} r="4" {...common} />;
}

/**
 * A label cut with "…" to fit `room` viewBox units at `chartFontSize` (SVG text does not wrap);
 * the companion table always carries the whole label.
 */
export function fitLabel(label: string, room: number): string {
  const max = Math.max(4, Math.floor(room / charWidth));
  return label.length <= max ? label : `${label.slice(0, max - 1).trimEnd()}…`;
}
