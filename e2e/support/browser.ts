import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core';

const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Debian's Chromium in its headless build (scripts/ensure-chromium.sh installs it); Playwright's
 * own browser download is not used.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium-headless-shell',
    args: chromiumArgs,
  });
}

/** A phone held upright: the narrowest width every page must fit without sideways scrolling. */
export const phoneViewport = { width: 360, height: 740 };

const pagesWithoutScripts = new WeakSet<Page>();

/** True for pages opened with `javaScriptEnabled: false`, where nothing can be evaluated in the page. */
export function runsWithoutScripts(page: Page): boolean {
  return pagesWithoutScripts.has(page);
}

/**
 * Runs `use` with a page in a fresh context (its own cookies, English unless `locale` says
 * otherwise), so journeys never share a session; the context is closed afterwards. axe needs a
 * page from `browser.newContext()`, which this always is.
 */
export async function withPage<T>(
  browser: Browser,
  options: BrowserContextOptions,
  use: (page: Page) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext({ locale: 'en-GB', ...options });
  // A page of Samskap answers in well under a second; waiting longer only delays the failure.
  context.setDefaultTimeout(10_000);
  try {
    const page = await context.newPage();
    if (options.javaScriptEnabled === false) pagesWithoutScripts.add(page);
    return await use(page);
  } finally {
    await context.close();
  }
}
