import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, withPage } from './browser.ts';
import { sharedServerUrl, startTestServer, type TestServer } from './server.ts';

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
 * order (`--sequence.shuffle`). A journey that needs settings of its own (`env`, e.g. the SMTP
 * server of its mailbox, read when the server starts, after earlier hooks ran) gets a server of
 * its own instead. Read the fields inside tests (they are set in beforeAll).
 */
export function useJourney(options: { env?: () => Record<string, string> } = {}): Journey {
  let browser: Browser | undefined;
  let server: TestServer | undefined;
  beforeAll(async () => {
    // Both start together; whichever started is closed again even when the other failed.
    const [startedBrowser, startedServer] = await Promise.allSettled([
      launchBrowser(),
      options.env ? startTestServer(options.env()) : Promise.resolve(undefined),
    ]);
    if (startedBrowser.status === 'fulfilled') browser = startedBrowser.value;
    if (startedServer.status === 'fulfilled') server = startedServer.value;
    for (const started of [startedBrowser, startedServer]) {
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
      return server?.url ?? sharedServerUrl();
    },
  };
  return journey;
}
