import { randomBytes } from 'node:crypto';
import type { Context, MiddlewareHandler, Next } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { NotifiedCache } from '../db/notified-cache.ts';
import { ACTIVITY_CHANNEL, CONTENT_CHANNEL } from '../db/read-models.ts';
import { effectiveGrants, type UserActor } from '../vocabulary/actor.ts';
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

/**
 * Pages as signed-in users with one set of grants get them, kept as HTML cut where each user's own
 * form token goes (see `keptForEveryone`); forgotten with the read models like visitors' pages.
 */
export class SignedInPages extends NotifiedCache<Cut> {
  constructor(maxEntries = 300) {
    super(CONTENT_CHANNEL, maxEntries);
  }
}

type Cut = { parts: string[]; status: number; type: string };

declare module './env.ts' {
  interface AppServices {
    visitorPages: VisitorPages;
    signedInPages: SignedInPages;
    activityPages: ActivityPages;
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

/**
 * Stands in for the form token while a page is drawn to be kept for everyone with the same grants;
 * random per process, so no content can hold it by chance or by design.
 */
const tokenStandIn = `kept-form-token-${randomBytes(16).toString('hex')}`;

// Session actors are kept objects (identity/session-actors.ts): their key is computed once.
const grantKeys = new WeakMap<UserActor, string>();

/** What the pages of `keptForEveryone` may depend on of a signed-in user: the grants, in a fixed order. */
function grantsKey(actor: UserActor): string {
  let key = grantKeys.get(actor);
  if (key === undefined) {
    key = effectiveGrants(actor)
      .map((g) =>
        g.role === 'coordinator'
          ? `coordinator:${g.countyId ?? ''}`
          : `${g.role}:${g.municipalityId}:${g.departmentId ?? ''}`,
      )
      .sort()
      .join(',');
    grantKeys.set(actor, key);
  }
  return key;
}

/**
 * `keptForVisitors`, and for signed-in users a page drawn once for everyone with the same grants
 * at the same address: drawn with a stand-in for the form token, kept cut at it, and joined with
 * each user's own token when sent. Only for a page that depends on who asks through the grants
 * alone (what the policies decide), never on the user's own id, name or e-mail, and that sets no
 * header but its type.
 */
export function keptForEveryone(): MiddlewareHandler<AppEnv> {
  const forVisitors = keptForVisitors();
  return async (c, next) => {
    const actor = c.get('actor');
    if (actor.kind === 'anonymous') return forVisitors(c, next);
    if (c.req.method !== 'GET' || actor.tokenMunicipalityId !== undefined) return next();
    const url = new URL(c.req.url);
    return keptCut(
      c,
      next,
      c.get('deps').signedInPages,
      `${grantsKey(actor)} ${url.pathname}${url.search}`,
    );
  };
}

/**
 * Pages that show what residents do by the minute besides content (a dialogue with its counts,
 * its map), as newcomers get them (see `keptForNewcomers`): forgotten when that activity is
 * announced (ACTIVITY_CHANNEL), and kept under how often the read models have been forgotten, so
 * a change of content forgets them as well.
 */
export class ActivityPages extends NotifiedCache<Cut> {
  constructor(maxEntries = 300) {
    super(ACTIVITY_CHANNEL, maxEntries);
  }
}

/**
 * For a page of content and residents' activity that is the same for every anonymous visitor
 * `isNewcomer` accepts (one who has taken no part, so nothing on it is theirs) but for the form
 * token: drawn once with a stand-in for the token, kept cut at it in `ActivityPages`, and joined
 * with each newcomer's own token. Everyone else gets a page of their own. Such a page sets no
 * header but its type.
 */
export function keptForNewcomers(
  isNewcomer: (c: Context<AppEnv>) => boolean,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.get('actor').kind !== 'anonymous' || c.req.method !== 'GET' || !isNewcomer(c)) {
      return next();
    }
    const url = new URL(c.req.url);
    const { readModels, activityPages } = c.get('deps');
    return keptCut(c, next, activityPages, `${readModels.forgotten} ${url.pathname}${url.search}`);
  };
}

/**
 * `keptForEveryone` for a page that also shows what residents do by the minute (a proposal's
 * support counts): kept cut in `ActivityPages`, for visitors and for each set of grants alike,
 * under how often the read models have been forgotten, so announced activity forgets it as well
 * as a change of content. Only for HTML pages that depend on who asks through the grants alone.
 */
export function keptWithActivityForEveryone(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const actor = c.get('actor');
    if (c.req.method !== 'GET') return next();
    if (actor.kind !== 'anonymous' && actor.tokenMunicipalityId !== undefined) return next();
    const who = actor.kind === 'anonymous' ? 'visitor' : grantsKey(actor);
    const url = new URL(c.req.url);
    const { readModels, activityPages } = c.get('deps');
    return keptCut(
      c,
      next,
      activityPages,
      `${readModels.forgotten} ${who} ${url.pathname}${url.search}`,
    );
  };
}

/**
 * The page at `key` in `pages`, drawn by the route with a stand-in for the form token when it is
 * not kept yet, and sent with the asker's own token. Only a 200 HTML page is kept.
 */
async function keptCut(
  c: Context<AppEnv>,
  next: Next,
  pages: NotifiedCache<Cut>,
  key: string,
): Promise<Response | undefined> {
  const token = c.get('csrfToken');
  let drawnHere = false;
  const cut = await pages.get(
    key,
    async () => {
      drawnHere = true;
      c.set('csrfToken', tokenStandIn);
      try {
        await next();
      } finally {
        c.set('csrfToken', token);
      }
      const html = await c.res.clone().text();
      return {
        parts: html.split(tokenStandIn),
        status: c.res.status,
        type: c.res.headers.get('content-type') ?? '',
      };
    },
    { keep: (d) => d.status === 200 && d.type.startsWith('text/html') },
  );
  const body = cut.parts.join(token);
  if (drawnHere) {
    // The drawing's other headers (cookies set on the way in) are carried over by Hono.
    c.res = new Response(body, { status: cut.status, headers: { 'content-type': cut.type } });
    return;
  }
  if (cut.status !== 200 || !cut.type.startsWith('text/html')) {
    await next();
    return;
  }
  return c.body(body, 200, { 'content-type': cut.type });
}

/**
 * `kept` for a list's addresses without a search text (`q`): a free text would make an address
 * of its own for every text typed and push out what others keep, so a search draws its page each
 * time, as the network's search of cases does. Its filters are few known values, and a page
 * asks the database for its own rows only.
 */
export function keptUnlessSearched(kept: MiddlewareHandler<AppEnv>): MiddlewareHandler<AppEnv> {
  return async (c, next) => ((c.req.query('q') ?? '').trim() ? next() : kept(c, next));
}
