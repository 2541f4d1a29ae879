import type { Context } from 'hono';
import type { AppEnv } from './env.ts';
import type { PageContext } from './layout.tsx';

/** What every page needs from the request: translator, actor, CSRF token and current path. */
export function pageContext(c: Context<AppEnv>): PageContext {
  const url = new URL(c.req.url);
  return {
    t: c.get('t'),
    actor: c.get('actor'),
    csrfToken: c.get('csrfToken'),
    path: url.pathname + url.search,
  };
}
