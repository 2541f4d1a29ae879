import { defineConfig } from 'vitest/config';

// Browser journeys in Debian's Chromium, each page checked with axe.
export default defineConfig({
  test: {
    include: ['e2e/**/*.test.ts'],
    globalSetup: ['e2e/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
    // One worker runs every journey in one module graph, so what axe found clean (a document at a
    // viewport, see support/accessibility.ts) is not analysed again by the next journey.
    isolate: false,
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'hono/jsx' } },
});
