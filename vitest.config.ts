import { defineConfig } from 'vitest/config';

// Unit and integration tests. Browser journeys live in e2e/ and run with vitest.e2e.config.ts.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    globalSetup: ['src/testing/global-setup.ts'],
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'hono/jsx' } },
});
