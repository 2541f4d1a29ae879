import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, Result as AxeViolation, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { runsWithoutScripts } from './browser.ts';

/** axe-core's browser build, read once per run and evaluated in each page it analyses. */
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

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
 * axe in the page itself, through axe-core's own API: the script evaluated once per document and
 * `axe.run` with the WCAG 2.1 A and AA rules. Every rule checks every element, but only violations
 * are gathered in full: for passed and inapplicable rules axe keeps one element each instead of
 * describing every element with its markup and selector. Samskap has no iframes, so nothing needs
 * the frame-by-frame orchestration of `@axe-core/playwright`, whose extra round trips took about
 * a third of each analysis (0.5–1.0 s with it, 0.3–0.65 s without, on the same pages).
 */
async function analyze(page: Page): Promise<AxeResults> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(axeSource);
  const options: RunOptions = {
    runOnly: { type: 'tag', values: wcagTags },
    resultTypes: ['violations'],
  };
  return page.evaluate(
    (options) =>
      (
        window as unknown as { axe: { run(d: Document, o: RunOptions): Promise<AxeResults> } }
      ).axe.run(document, options),
    options,
  );
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
