/** One page of a list, and where it sits among the others. */
export type Page<T> = {
  items: T[];
  /** 1-based; the page actually shown, which may differ from the one asked for. */
  page: number;
  pageCount: number;
  total: number;
};

/**
 * The page of `items` asked for, or the nearest one that exists: a page before the first is the
 * first, one past the last is the last, and anything that is not a whole number is the first.
 * An empty list has one (empty) page.
 */
export function pageOf<T>(items: readonly T[], asked: number, pageSize: number): Page<T> {
  const pageCount = Math.max(1, Math.ceil(items.length / pageSize));
  const page = Number.isSafeInteger(asked) ? Math.min(Math.max(asked, 1), pageCount) : 1;
  const start = (page - 1) * pageSize;
  return { items: items.slice(start, start + pageSize), page, pageCount, total: items.length };
}

/**
 * A page number from a query string: a whole number, however large (`pageOf` then shows the last
 * page); anything else is page 1.
 */
export function askedPage(raw: string | undefined): number {
  return raw !== undefined && /^\d+$/.test(raw)
    ? Math.min(Number(raw), Number.MAX_SAFE_INTEGER)
    : 1;
}

/**
 * The page numbers a pagination bar shows: the first, the last, and the current one with a
 * neighbour on each side; `null` where pages are left out. At most seven entries, so the bar fits
 * a phone's width.
 */
export function pageLinks(page: number, pageCount: number): (number | null)[] {
  if (pageCount <= 7) return Array.from({ length: pageCount }, (_, i) => i + 1);
  const near = new Set([1, page - 1, page, page + 1, pageCount]);
  if (page <= 3) for (const p of [2, 3, 4]) near.add(p);
  if (page >= pageCount - 2)
    for (const p of [pageCount - 3, pageCount - 2, pageCount - 1]) near.add(p);
  const shown = [...near].filter((p) => p >= 1 && p <= pageCount).sort((a, b) => a - b);
  const links: (number | null)[] = [];
  for (const p of shown) {
    const last = links.at(-1);
    if (typeof last === 'number' && p > last + 1) links.push(null);
    links.push(p);
  }
  return links;
}

/**
 * The page asked for of a list read from the database a page at a time, or the nearest one that
 * exists, as `pageOf` gives it for a list in memory: `read` gets the rows to skip and take and
 * answers with them and the total. A page past the last costs a second read, of the last page.
 */
export async function readPage<T>(
  asked: number,
  pageSize: number,
  read: (range: { offset: number; limit: number }) => Promise<{ total: number; items: T[] }>,
): Promise<Page<T>> {
  // Never ask the database to skip past what a safe integer holds, however large the page asked.
  const first = Math.min(Math.max(asked, 1), Math.floor(Number.MAX_SAFE_INTEGER / pageSize));
  let found = await read({ offset: (first - 1) * pageSize, limit: pageSize });
  const pageCount = Math.max(1, Math.ceil(found.total / pageSize));
  const page = Math.min(first, pageCount);
  if (page !== first) found = await read({ offset: (page - 1) * pageSize, limit: pageSize });
  return { items: found.items, page, pageCount, total: found.total };
}

/**
 * `readPage` for a list searched by a text, whose read also says whether it found only similar
 * words (no full-text match): that of the page shown.
 */
export async function readSearchedPage<T>(
  asked: number,
  pageSize: number,
  read: (range: {
    offset: number;
    limit: number;
  }) => Promise<{ total: number; items: T[]; similarOnly: boolean }>,
): Promise<{ shown: Page<T>; similarOnly: boolean }> {
  let similarOnly = false;
  const shown = await readPage(asked, pageSize, async (range) => {
    const found = await read(range);
    similarOnly = found.similarOnly;
    return found;
  });
  return { shown, similarOnly };
}
