import type { Child } from 'hono/jsx';

/**
 * A chart beside its table. The table sits in a `<details>` that is closed in the markup, so on a
 * phone the numbers are folded under their summary and the chart comes first. No script is
 * needed to open it on a wide screen or on paper: there 30-charts.css opens the details' content
 * (`::details-content`) and hides the summary, and a CSS grid puts chart and table side by side.
 * A browser that does not know `::details-content` shows the summary instead, so the numbers stay
 * one click away everywhere.
 */
export function ChartBlock(props: {
  /** The chart (an SVG from this folder) and, below it, its legend. */
  chart: Child;
  /** The summary that unfolds the table on a narrow screen, e.g. "Show the numbers". */
  summary: string;
  /** The table with the chart's numbers (`ChartTable`). */
  table: Child;
  /** A table with many columns goes under the chart on wide screens too, where it has room. */
  wideTable?: boolean | undefined;
}) {
  return (
    <div class={props.wideTable ? 'chart-block chart-block--wide-table' : 'chart-block'}>
      <div class="chart-block__chart">{props.chart}</div>
      <details class="chart-numbers">
        <summary>{props.summary}</summary>
        {props.table}
      </details>
    </div>
  );
}
