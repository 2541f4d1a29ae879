import type { Child } from 'hono/jsx';
import { labelCells } from './table-labels.ts';

/**
 * A data table that fits a phone. On a narrow screen each body row becomes a card: its key cell
 * (the row header, or the first column, or `keyColumn`) first, then every other cell under its
 * column's header, which the table takes from its `<thead>` into each cell's `data-label`.
 *
 * A genuinely two-dimensional table (a matrix, where the columns are as much data as the rows)
 * says `layout="matrix"`: it keeps its grid and scrolls sideways inside its own box instead.
 * Either way the box is a named, focusable region, so keyboard users can scroll it too (WCAG
 * 2.1.1) and screen readers can find it.
 */
export function ScrollableTable(props: {
  label: string;
  children: Child;
  /** 'stack' (default): rows become cards on a phone; 'matrix': the grid scrolls in its box. */
  layout?: 'stack' | 'matrix';
  /** The column (from 0) to show first in each card, when it is not the row header's. */
  keyColumn?: number;
}) {
  const layout = props.layout ?? 'stack';
  const children =
    layout === 'stack' ? labelCells(props.children, props.keyColumn) : props.children;
  return (
    <section class="table-wrap" data-layout={layout} aria-label={props.label} tabindex={0}>
      <table class="ds-table" data-layout={layout}>
        {children}
      </table>
    </section>
  );
}
