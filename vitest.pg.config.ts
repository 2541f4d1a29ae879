import { defineConfig, mergeConfig } from 'vitest/config';
import { databaseFreeTests } from './src/testing/database-free.ts';
import base from './vitest.config.ts';

// The integration suite again, on the PostgreSQL server in TEST_DATABASE_URL. Files that touch no
// database (engines, dictionaries, pure helpers) would only repeat the PGlite run: they run once.
export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: [...databaseFreeTests(import.meta.dirname, ['src', 'scripts']), 'node_modules/**'],
    },
  }),
);
