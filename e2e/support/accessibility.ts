import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { runsWithoutScripts } from './browser.ts';

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;
type AxeViolation = AxeResults['violations'][number];

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

function indent(text: string, spaces: number): string {
  return text.replace(/^/gm, ' '.repeat(spaces));
}

/** One violation as a readable block: rule, impact, help link, and each offending element. */
function describeViolation(violation: AxeViolation): string {
  const nodes = violation.nodes.map(
    (node) =>
      `at ${node.target.join(' ')}\n${indent(node.html, 2)}\n${indent(node.failureSummary ?? '', 2)}`,
  );
  return [
    `${violation.id} (${violation.impact ?? 'impact unknown'}): ${violation.help}`,
    indent(violation.helpUrl, 2),
    ...nodes.map((n) => indent(n, 2)),
  ].join('\n');
}

/**
 * axe in the page itself (legacy mode). The default mode finishes every run in an extra blank page,
 * which only matters for cross-origin iframes; Samskap has no iframes, and this is several times
 * faster. Every rule still checks every element, but only violations are gathered in full: for
 * passed and inapplicable rules axe keeps one element each instead of describing every element
 * with its markup and selector (a third of the time of a run on a long page). Results to review
 * are not asserted and are cut the same way. The options come before the tags, as `options()`
 * replaces the rule selection `withTags()` made.
 */
function analyze(page: Page): Promise<AxeResults> {
  return new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .withTags(wcagTags)
    .setLegacyMode(true)
    .analyze();
}

/**
 * axe cannot run inside a page whose scripts are disabled. The page's document, exactly as it is
 * (a form re-rendered after a POST included), is served again at the same address to a scripted
 * twin page, so its styles load from the server and axe sees the same document.
 */
async function analyzeWithoutScripts(page: Page, html: string): Promise<AxeResults> {
  const browser = page.context().browser();
  if (!browser) throw new Error('the page has no browser');
  const twin = await browser.newContext({ viewport: page.viewportSize() });
  try {
    const twinPage = await twin.newPage();
    const address = new URL(page.url());
    address.hash = '';
    await twinPage.route(
      (url) => url.href === address.href,
      (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
    );
    await twinPage.goto(address.href);
    return await analyze(twinPage);
  } finally {
    await twin.close();
  }
}

// Documents already found clean, by viewport and markup. CSRF tokens differ between visits of the
// same page and play no part in accessibility, so they are blanked in the key.
const cleanDocuments = new Set<string>();

function documentKey(page: Page, html: string): string {
  const withoutTokens = html.replace(/(name="_csrf" value=")[^"]*/g, '$1');
  return `${JSON.stringify(page.viewportSize())}\n${withoutTokens}`;
}

/**
 * Runs axe with the WCAG 2.1 A and AA rules on the page as it is now; fails listing every
 * violation. A document identical to one already found clean at the same viewport is not analysed
 * again (axe is deterministic on the same markup and styles), which keeps repeated journeys fast.
 */
export async function expectAccessible(page: Page): Promise<void> {
  const html = await page.content();
  const key = documentKey(page, html);
  if (cleanDocuments.has(key)) return;
  const results = runsWithoutScripts(page)
    ? await analyzeWithoutScripts(page, html)
    : await analyze(page);
  const report = results.violations.map((v) => indent(describeViolation(v), 2)).join('\n');
  expect(
    results.violations.map((v) => v.id),
    `axe found ${results.violations.length} violation(s) on ${page.url()}:\n${report}`,
  ).toEqual([]);
  cleanDocuments.add(key);
}
