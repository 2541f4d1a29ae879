import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, withPage } from './browser.ts';
import { startTestServer, type TestServer } from './server.ts';

export type Journey = {
  readonly browser: Browser;
  readonly baseURL: string;
  /** Runs `use` with a page in a fresh browser context pointed at the server. */
  withPage<T>(options: BrowserContextOptions, use: (page: Page) => Promise<T>): Promise<T>;
};

/**
 * One server and one browser for a whole test file, started before its tests and closed after.
 * Read the fields inside tests (they are set in beforeAll).
 */
export function useJourney(
  options: {
    /** Variables for the server's configuration, read when it starts (after earlier hooks ran). */
    env?: () => Record<string, string>;
  } = {},
): Journey {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    // Both start together; whichever started is closed again even when the other failed.
    const [startedServer, startedBrowser] = await Promise.allSettled([
      startTestServer(options.env?.()),
      launchBrowser(),
    ]);
    if (startedServer.status === 'fulfilled') server = startedServer.value;
    if (startedBrowser.status === 'fulfilled') browser = startedBrowser.value;
    for (const started of [startedServer, startedBrowser]) {
      if (started.status === 'rejected') throw started.reason;
    }
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), server?.close()]);
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
      if (!server) throw new Error('the server is not running yet');
      return server.url;
    },
  };
  return journey;
}
