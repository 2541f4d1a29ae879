import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Hono } from 'hono';
import { projectPath } from '../../lib/paths.ts';
import type { AppEnv } from '../../web/env.ts';

const require = createRequire(import.meta.url);

type Asset = { body: string; type: string; etag: string };

function asset(body: string, type: string): Asset {
  return { body, type, etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
}

function load(path: string, type: string): Asset {
  return asset(readFileSync(path, 'utf8'), type);
}

/**
 * The app's own stylesheet: every file in src/web/assets/css/ in name order, one topic a file
 * (`00-base.css`, then layout, charts, tables ...), served as one `app.css`.
 */
function appStylesheet(): Asset {
  const dir = projectPath('src', 'web', 'assets', 'css');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.css'))
    .sort();
  return asset(files.map((f) => readFileSync(`${dir}/${f}`, 'utf8')).join('\n'), 'text/css');
}

/** Stylesheets, read once at start and served with ETags. */
export function assetRoutes() {
  const assets: Record<string, Asset> = {
    'designsystemet.css': load(require.resolve('@digdir/designsystemet-css'), 'text/css'),
    'designsystemet-theme.css': load(
      require.resolve('@digdir/designsystemet-css/theme'),
      'text/css',
    ),
    'app.css': appStylesheet(),
  };
  const app = new Hono<AppEnv>();
  app.get('/assets/:name', (c) => {
    const asset = assets[c.req.param('name')];
    if (!asset) return c.notFound();
    c.header('ETag', asset.etag);
    c.header('Cache-Control', 'public, max-age=3600');
    if (c.req.header('if-none-match') === asset.etag) return c.body(null, 304);
    c.header('Content-Type', `${asset.type}; charset=utf-8`);
    return c.body(asset.body);
  });
  return app;
}
