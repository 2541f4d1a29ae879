import { isValidElement } from 'hono/jsx';

// A table written as JSX is a tree of nodes whose tags are the element names ('thead', 'tr',
// 'td' ...); lists from `.map()` are nested arrays and fragments are function nodes with their
// children at hand. Walking that tree before it is rendered lets the shared table give every
// body cell its column's header as `data-label`, which the stylesheet shows on a phone, where a
// row becomes a card. Cells inside a page's own function component are not reached; such a
// component can set `data-label` itself.

type Node = { tag: unknown; props: Record<string, unknown>; children: unknown[] };

const isNode = (value: unknown): value is Node =>
  isValidElement(value) && Array.isArray((value as { children?: unknown }).children);

/** The element nodes among `children`, looking through arrays and fragments. */
function elements(children: unknown): Node[] {
  if (Array.isArray(children)) return children.flatMap(elements);
  if (!isNode(children)) return [];
  if (typeof children.tag === 'string') return [children];
  // A fragment (or another function node) whose children are already known.
  return elements(children.children);
}

const entities: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

const srOnly = (node: Node) => String(node.props.class ?? '').includes('ds-sr-only');

/** The text a sighted reader sees in a node: text of visually hidden parts is left out. */
export function visibleText(value: unknown): string {
  if (value === null || value === undefined || typeof value === 'boolean') return '';
  if (Array.isArray(value)) return value.map(visibleText).join('');
  if (isNode(value)) return srOnly(value) ? '' : visibleText(value.children);
  // An already escaped string (`isEscaped`) holds markup: keep its text only.
  if (value instanceof String && (value as { isEscaped?: boolean }).isEscaped) {
    return String(value)
      .replace(/<[^>]*>/g, '')
      .replace(/&(amp|lt|gt|quot|#39);/g, (e) => entities[e] ?? e);
  }
  return String(value);
}

const span = (cell: Node) => {
  const n = Number(cell.props.colspan ?? cell.props.colSpan ?? 1);
  return Number.isInteger(n) && n > 0 ? n : 1;
};

/** Which column holds the rows' key: the one whose body cells are row headers, else the first. */
function keyColumnOf(rows: Node[]): number {
  for (const row of rows) {
    let column = 0;
    for (const cell of elements(row.children)) {
      if (cell.tag === 'th' && cell.props.scope === 'row') return column;
      column += span(cell);
    }
  }
  return 0;
}

/**
 * Labels the cells of a table's body and foot with their column headers (`data-label`, unless a
 * cell already has one, or spans several columns) and marks each row's key cell (`data-key`), so
 * that a narrow screen can show every row as a card with its key first. Headers that are only
 * visually hidden give no label. Returns the children it was given, changed in place.
 */
export function labelCells<T>(children: T, keyColumn?: number): T {
  const parts = elements(children);
  const headRows = parts
    .filter((p) => p.tag === 'thead')
    .flatMap((p) => elements(p.children))
    .filter((r) => r.tag === 'tr');
  const lastHeadRow = headRows[headRows.length - 1];
  const labels: string[] = [];
  for (const cell of lastHeadRow ? elements(lastHeadRow.children) : []) {
    const text = visibleText(cell.children).replace(/\s+/g, ' ').trim();
    for (let i = 0; i < span(cell); i++) labels.push(text);
  }
  const bodyRows = parts
    .filter((p) => p.tag === 'tbody' || p.tag === 'tfoot')
    .flatMap((p) => elements(p.children))
    .filter((r) => r.tag === 'tr');
  const key = keyColumn ?? keyColumnOf(bodyRows);
  for (const row of bodyRows) {
    let column = 0;
    for (const cell of elements(row.children)) {
      if (cell.tag !== 'td' && cell.tag !== 'th') continue;
      const label = labels[column];
      // A cell across several columns (a total's label) belongs to none of their headers.
      const single = span(cell) === 1;
      if (label && single && cell.props['data-label'] === undefined)
        cell.props['data-label'] = label;
      if (column === key) cell.props['data-key'] = 'true';
      column += span(cell);
    }
  }
  return children;
}
