import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import '../../src/modules.ts';
import type { Lang } from '../../src/web/i18n/index.ts';
import { messageKeys } from '../../src/web/i18n/index.ts';
import { expectAccessible } from './accessibility.ts';
import { phoneViewport, runsWithoutScripts } from './browser.ts';

/** Exactly one `main` landmark. */
export async function expectOneMain(page: Page): Promise<void> {
  expect(await page.getByRole('main').count(), `main landmarks on ${page.url()}`).toBe(1);
}

/** The first Tab from a freshly loaded page lands on the skip link, and following it focuses main. */
export async function expectSkipLinkWorks(page: Page): Promise<void> {
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  expect(await focused.getAttribute('href')).toBe('#main');
  expect(await focused.isVisible(), 'the skip link shows when it has focus').toBe(true);
  await page.keyboard.press('Enter');
  await page.locator('main:focus').waitFor();
}

/** Nothing is wider than the viewport, so a phone never scrolls sideways. */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const widths = await page.evaluate(() => ({
    content: document.documentElement.scrollWidth,
    viewport: document.documentElement.clientWidth,
  }));
  expect(widths.content, `${page.url()} is wider than the viewport`).toBeLessThanOrEqual(
    widths.viewport,
  );
}

const knownKeys = new Set<string>(messageKeys());

/**
 * Words in visible text that look untranslated: a dictionary key (`nav.skip`), anything in an
 * `error.` family (`error.x`, `benefits.error.x`), or an unfilled placeholder (`{name}`).
 */
export function untranslatedWords(text: string): string[] {
  const dotted = [...text.matchAll(/\b[a-z]+(?:\.[a-zA-Z]+)+\b/g)]
    .map((m) => m[0])
    .filter((word) => knownKeys.has(word) || /(^|\.)error\./.test(word));
  const placeholders = [...text.matchAll(/\{\w+\}/g)].map((m) => m[0]);
  return [...dotted, ...placeholders];
}

/** The visible text carries no message keys or unfilled placeholders; returns the text. */
export async function expectTranslated(page: Page): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: only rendered text is what a reader sees.
  const text = await page.locator('body').innerText();
  expect(untranslatedWords(text), `untranslated text on ${page.url()}`).toEqual([]);
  return text;
}

/**
 * What every page must satisfy: `<html lang>` is the page's language, one main landmark, no
 * untranslated text, zero axe violations, and on a phone no sideways scrolling. `axe: false` leaves
 * out only axe, for a page whose kind was analysed at this viewport already (see every-page.test.ts).
 */
export async function expectSoundPage(
  page: Page,
  lang: Lang,
  { axe = true }: { axe?: boolean } = {},
): Promise<void> {
  expect(await page.locator('html').getAttribute('lang'), `lang of ${page.url()}`).toBe(lang);
  await expectOneMain(page);
  await expectTranslated(page);
  if (axe) await expectAccessible(page);
  const width = page.viewportSize()?.width ?? Number.POSITIVE_INFINITY;
  if (width <= phoneViewport.width && !runsWithoutScripts(page)) {
    await expectNoHorizontalScroll(page);
  }
}

/**
 * Every text in every chart is drawn at 12 px or more: its computed font size (viewBox units)
 * times the scale at which its SVG is drawn on screen. Returns how many texts were measured.
 */
export async function expectReadableCharts(page: Page): Promise<number> {
  const sizes = await page.evaluate(() =>
    Array.from(document.querySelectorAll<SVGTextElement>('main svg.chart text'))
      .filter((text) => text.getBoundingClientRect().height > 0)
      .map((text) => ({
        text: text.textContent ?? '',
        px: Number.parseFloat(getComputedStyle(text).fontSize) * (text.getScreenCTM()?.a ?? 0),
      })),
  );
  const small = sizes.filter((s) => s.px < 12);
  expect(small, `chart text under 12 px on ${page.url()}`).toEqual([]);
  return sizes.length;
}
