import type { MiddlewareHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { NotifiedCache } from '../db/notified-cache.ts';
import { CONTENT_CHANNEL } from '../db/read-models.ts';
import type { AppEnv } from './env.ts';

type Drawn = {
  body: Uint8Array<ArrayBuffer>;
  status: number;
  type: string;
  /** Holds a form token, so it belongs to the visitor it was drawn for. */
  personal: boolean;
};

/**
 * Whole pages as anonymous visitors get them, as bytes ready to send: the same for every visitor
 * at one address, forgotten with the read models (db/read-models.ts) when content changes. At
 * most `maxEntries` pages (a page is at most some 100 KB), the oldest first out, so addresses
 * made up by the thousand cost no more memory than that and only push out what others had kept.
 */
export class VisitorPages extends NotifiedCache<Drawn> {
  constructor(maxEntries = 300) {
    super(CONTENT_CHANNEL, maxEntries);
  }
}

declare module './env.ts' {
  interface AppServices {
    visitorPages: VisitorPages;
  }
}

const keepable = (d: Drawn) =>
  d.status === 200 &&
  (d.type.startsWith('text/html') || d.type.startsWith('application/json')) &&
  !d.personal;

/**
 * For a page or API answer that shows visitors public content only: an anonymous visitor's GET is
 * answered with the kept bytes of the same address when there are any; else the route draws it,
 * and it is kept when it succeeded (200, HTML or JSON) and holds no form token. Signed-in users
 * always get their own. Only the body and its type are kept: such a route sets no other header.
 */
export function keptForVisitors(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.get('actor').kind !== 'anonymous' || c.req.method !== 'GET') return next();
    const url = new URL(c.req.url);
    let drawnHere = false;
    const drawn = await c.get('deps').visitorPages.get(
      `${url.pathname}${url.search}`,
      async () => {
        drawnHere = true;
        await next();
        const html = await c.res.clone().text();
        return {
          body: new TextEncoder().encode(html),
          status: c.res.status,
          type: c.res.headers.get('content-type') ?? '',
          personal: html.includes('name="_csrf"'),
        };
      },
      { keep: keepable },
    );
    if (drawnHere) return;
    // Visitors who asked at the same moment share one drawing; one that may not be kept is
    // drawn again for each of them.
    if (!keepable(drawn)) return next();
    return c.body(drawn.body, drawn.status as ContentfulStatusCode, { 'content-type': drawn.type });
  };
}
