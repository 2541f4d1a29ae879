import type { Child } from 'hono/jsx';

/**
 * Colours for chart series, chosen for at least 3:1 contrast against white (WCAG 1.4.11) and to
 * stay apart for the common colour-vision deficiencies. Charts never rely on colour alone: the
 * companion table carries every number and lines also differ by dash pattern.
 */
export const chartPalette = [
  '#1f5fa6',
  '#b3541e',
  '#2e7d32',
  '#7b3fa0',
  '#a3263b',
  '#5c6b00',
  '#00707a',
] as const;

/** Status colours: good, warning, bad, unknown. */
export const statusColours = {
  good: '#2e7d32',
  warning: '#9a6700',
  bad: '#b3261e',
  unknown: '#6b7280',
} as const;

/** A number fit to draw: non-finite values (NaN, ±Infinity) become 0 so no NaN reaches the SVG. */
export function finite(n: number | null | undefined): number {
  return typeof n === 'number' && Number.isFinite(n) ? n : 0;
}

/** Rounds a coordinate to 0.1 so the markup stays short and stable. */
export function px(n: number): string {
  const r = Math.round(finite(n) * 10) / 10;
  return String(Object.is(r, -0) ? 0 : r);
}

/** Formats a number for a chart label. */
export type NumberFormat = (n: number) => string;

export const plainFormat: NumberFormat = (n) => String(Math.round(n * 100) / 100);

/** The props every chart shares. */
export type ChartBase = {
  /** Unique on the page: the SVG's title and description are referenced by it. */
  id: string;
  /** The chart's accessible name, also shown as its <title>. */
  title: string;
  /** A one-sentence text alternative (e.g. "Table below gives the numbers"). */
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
      font-size="13"
      font-family="inherit"
    >
      <title id={`${props.id}-title`}>{props.title}</title>
      {props.description && <desc id={`${props.id}-desc`}>{props.description}</desc>}
      {props.children}
    </svg>
  );
}

/** The "nothing to draw" message inside an empty chart. */
export function EmptyChart(props: ChartBase & { width: number }) {
  return (
    <ChartFrame
      id={props.id}
      title={props.title}
      description={props.description}
      width={props.width}
      height={48}
    >
      <text x="8" y="28" fill="#374151">
        {props.emptyText}
      </text>
    </ChartFrame>
  );
}
