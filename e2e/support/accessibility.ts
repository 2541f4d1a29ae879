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
 * faster.
 */
function analyze(page: Page): Promise<AxeResults> {
  return new AxeBuilder({ page }).withTags(wcagTags).setLegacyMode(true).analyze();
}

/**
 * axe on a page where scripts are disabled cannot run inside it: the same address is analysed in a
 * scripted twin with the same cookies. Samskap's pages carry no scripts, so the twin sees the same
 * document.
 */
async function analyzeWithoutScripts(page: Page): Promise<AxeResults> {
  const browser = page.context().browser();
  if (!browser) throw new Error('the page has no browser');
  const twin = await browser.newContext({
    viewport: page.viewportSize(),
    locale: 'en-GB',
  });
  try {
    await twin.addCookies(await page.context().cookies());
    const twinPage = await twin.newPage();
    await twinPage.goto(page.url());
    return await analyze(twinPage);
  } finally {
    await twin.close();
  }
}

// Documents already found clean, by viewport and markup. CSRF tokens differ between visits of the
// same page and play no part in accessibility, so they are blanked in the key.
const cleanDocuments = new Set<string>();

async function documentKey(page: Page): Promise<string> {
  const html = (await page.content()).replace(/(name="_csrf" value=")[^"]*/g, '$1');
  return `${JSON.stringify(page.viewportSize())}\n${html}`;
}

/**
 * Runs axe with the WCAG 2.1 A and AA rules on the page as it is now; fails listing every
 * violation. A document identical to one already found clean at the same viewport is not analysed
 * again (axe is deterministic on the same markup and styles), which keeps repeated journeys fast.
 */
export async function expectAccessible(page: Page): Promise<void> {
  const key = await documentKey(page);
  if (cleanDocuments.has(key)) return;
  const results = runsWithoutScripts(page)
    ? await analyzeWithoutScripts(page)
    : await analyze(page);
  const report = results.violations.map((v) => indent(describeViolation(v), 2)).join('\n');
  expect(
    results.violations.map((v) => v.id),
    `axe found ${results.violations.length} violation(s) on ${page.url()}:\n${report}`,
  ).toEqual([]);
  cleanDocuments.add(key);
}
