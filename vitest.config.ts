import { defineConfig } from 'vitest/config';

// Unit and integration tests. Browser journeys live in e2e/ and run with vitest.e2e.config.ts.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Each file starts from its own copy of a template database, so files share nothing through
    // the database; without a fresh module graph per file a worker loads the app once, not ~100
    // times. Files must then leave no process state behind, which `--sequence.shuffle` runs check.
    isolate: false,
    // Vitest's default is one worker per core but one, so a single worker on two cores, while the
    // main process mostly waits: two workers keep both cores busy.
    maxWorkers: 2,
    globalSetup: ['src/testing/global-setup.ts'],
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'hono/jsx' } },
});
