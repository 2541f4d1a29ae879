import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, withPage } from './browser.ts';
import { sharedServerUrl } from './server.ts';

export type Journey = {
  readonly browser: Browser;
  readonly baseURL: string;
  /** Runs `use` with a page in a fresh browser context pointed at the server. */
  withPage<T>(options: BrowserContextOptions, use: (page: Page) => Promise<T>): Promise<T>;
};

/**
 * One browser for a whole test file, launched before its tests and closed after, pointed at the
 * server every journey shares (see global-setup.ts). Journeys therefore see each other's changes:
 * each works on records of its own or checks what no other journey changes, and passes in any
 * order (`--sequence.shuffle`). Read the fields inside tests (they are set in beforeAll).
 */
export function useJourney(): Journey {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  const journey: Journey = {
    withPage(options, use) {
      return withPage(journey.browser, { baseURL: journey.baseURL, ...options }, use);
    },
    get browser() {
      if (!browser) throw new Error('the browser is not running yet');
      return browser;
    },
    get baseURL() {
      return sharedServerUrl();
    },
  };
  return journey;
}
