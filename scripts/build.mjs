// Bundles the TypeScript sources into dist/ so that `npm start` skips on-the-fly compilation.
// Runs on `npm install` (the "prepare" script); bin/samskap.js falls back to the sources whenever
// they are newer than the bundle, so editing code never runs a stale build.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

const outdir = new URL('../dist/', import.meta.url).pathname;
rmSync(outdir, { recursive: true, force: true });
await build({
  // The opinion map's thread is loaded by its file name next to the bundle (off-thread.ts).
  entryPoints: {
    main: 'src/main.ts',
    'map-thread': 'src/domains/dialog/dialogues/map-thread.ts',
  },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  jsx: 'automatic',
  jsxImportSource: 'hono/jsx',
  sourcemap: 'linked',
  logLevel: 'warning',
});
