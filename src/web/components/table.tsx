import type { Child } from 'hono/jsx';

/**
 * A table that may scroll sideways on a narrow screen. The scrolling box is a named, focusable
 * region, so keyboard users can scroll it too (WCAG 2.1.1) and screen readers can find it.
 */
export function ScrollableTable(props: { label: string; children: Child }) {
  return (
    <section class="table-wrap" aria-label={props.label} tabindex={0}>
      <table class="ds-table">{props.children}</table>
    </section>
  );
}
