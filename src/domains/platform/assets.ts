import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { type Context, Hono } from 'hono';
import { projectPath } from '../../lib/paths.ts';
import { registerAssetUrls } from '../../web/asset-urls.ts';
import { negotiateEncoding } from '../../web/compression.ts';
import type { AppEnv } from '../../web/env.ts';

const require = createRequire(import.meta.url);
const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** A year: the longest a browser is asked to keep anything. */
const immutable = 'public, max-age=31536000, immutable';
/** The plain names change content on every release, so browsers check them again within the hour. */
const shortLived = 'public, max-age=3600';

type Asset = {
  body: Buffer;
  type: string;
  /** First 12 hex digits of the body's SHA-256: part of the long-cached name. */
  hash: string;
  /** Brotli and gzip forms, made once after start (text assets only). */
  encoded: { br?: Buffer; gzip?: Buffer };
};

function asset(body: Buffer, type: string): Asset {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
  return { body, type, hash, encoded: {} };
}

/** `app.css` → `app.3f2a9c1b7d4e.css`. */
function hashedName(name: string, hash: string): string {
  const dot = name.lastIndexOf('.');
  return `${name.slice(0, dot)}.${hash}${name.slice(dot)}`;
}

/** Inter (SIL Open Font License), Designsystemet's typeface, from @fontsource-variable/inter. */
const fonts = ['inter-latin-wght-normal.woff2', 'inter-latin-ext-wght-normal.woff2'];

/**
 * The app's own stylesheet: every file in src/web/assets/css/ in name order, one topic a file
 * (`00-base.css`, then layout, charts, tables ...), served as one `app.css`. References to other
 * assets by their plain name (`/assets/inter-latin-wght-normal.woff2`) become their long-cached
 * names, so the font is cached as long as the stylesheet.
 */
function appStylesheet(urls: Record<string, string>): Buffer {
  const dir = projectPath('src', 'web', 'assets', 'css');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.css'))
    .sort();
  let css = files.map((f) => readFileSync(`${dir}/${f}`, 'utf8')).join('\n');
  for (const [name, url] of Object.entries(urls)) css = css.replaceAll(`/assets/${name}`, url);
  return Buffer.from(css);
}

/** Brotli at its best and gzip at its best, once, in the thread pool: start-up does not wait. */
async function precompress(a: Asset): Promise<void> {
  const [br, gz] = await Promise.all([
    brotli(a.body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: a.body.length,
      },
    }),
    gzipped(a.body, { level: 9 }),
  ]);
  a.encoded = { br, gzip: gz };
}

function loadAssets(): Record<string, Asset> {
  const fontAssets = Object.fromEntries(
    fonts.map((f) => [
      f,
      asset(readFileSync(require.resolve(`@fontsource-variable/inter/files/${f}`)), 'font/woff2'),
    ]),
  );
  const fontUrls = Object.fromEntries(
    Object.entries(fontAssets).map(([name, a]) => [name, `/assets/${hashedName(name, a.hash)}`]),
  );
  const css = (path: string) => asset(readFileSync(path), 'text/css; charset=utf-8');
  return {
    'designsystemet.css': css(require.resolve('@digdir/designsystemet-css')),
    'designsystemet-theme.css': css(require.resolve('@digdir/designsystemet-css/theme')),
    'app.css': asset(appStylesheet(fontUrls), 'text/css; charset=utf-8'),
    ...fontAssets,
  };
}

function send(c: Context<AppEnv>, a: Asset, cacheControl: string): Response {
  c.header('Cache-Control', cacheControl);
  const textual = a.type.startsWith('text/');
  if (textual) c.header('Vary', 'Accept-Encoding');
  const encoding = textual ? negotiateEncoding(c.req.header('accept-encoding')) : undefined;
  const encoded = encoding ? a.encoded[encoding] : undefined;
  // Each representation has its own tag; a tag of any of them means the browser has this version.
  const etag = `"${a.hash}${encoded ? `-${encoding}` : ''}"`;
  c.header('ETag', etag);
  const sent = c.req.header('if-none-match') ?? '';
  if (sent.includes(`"${a.hash}"`) || sent.includes(`"${a.hash}-`)) return c.body(null, 304);
  c.header('Content-Type', a.type);
  if (encoding && encoded) {
    c.header('Content-Encoding', encoding);
    return c.body(new Uint8Array(encoded));
  }
  return c.body(new Uint8Array(a.body));
}

/**
 * Stylesheets and fonts, read once at start and compressed once after it. Each is served under
 * its long-cached name (`/assets/app.<hash>.css`, kept for a year and never asked for again: a
 * new version has a new name) and under its plain name (`/assets/app.css`, checked within the
 * hour), both with ETags. The layout links the long-cached names (web/asset-urls.ts).
 */
export function assetRoutes() {
  const assets = loadAssets();
  const routes = new Map<string, { asset: Asset; cacheControl: string }>();
  const urls: Record<string, string> = {};
  for (const [name, a] of Object.entries(assets)) {
    const hashed = hashedName(name, a.hash);
    routes.set(name, { asset: a, cacheControl: shortLived });
    routes.set(hashed, { asset: a, cacheControl: immutable });
    urls[name] = `/assets/${hashed}`;
    if (a.type.startsWith('text/')) void precompress(a);
  }
  registerAssetUrls(urls);
  const app = new Hono<AppEnv>();
  app.get('/assets/:name', (c) => {
    const route = routes.get(c.req.param('name'));
    if (!route) return c.notFound();
    return send(c, route.asset, route.cacheControl);
  });
  return app;
}
