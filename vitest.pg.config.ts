import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.ts';

// The integration suite again, on the PostgreSQL server in TEST_DATABASE_URL. Pure engines and
// dictionaries do not touch a database and run once, in the main suite.
export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: ['src/engines/**', 'src/web/i18n/**', 'src/**/*.policy.test.ts', 'node_modules/**'],
    },
  }),
);
