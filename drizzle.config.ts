import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: ['./src/domains/*/*.schema.ts', './src/domains/*/*/*.schema.ts'],
  out: './src/db/migrations',
});
