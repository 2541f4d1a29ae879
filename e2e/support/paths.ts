import type { Page } from 'playwright-core';

/** The page's path and query, without origin or fragment. */
export function pathOf(page: Page): string {
  const url = new URL(page.url());
  return url.pathname + url.search;
}
