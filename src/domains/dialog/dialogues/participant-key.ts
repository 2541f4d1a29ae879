import type { Context } from 'hono';
import { setCookie } from 'hono/cookie';
import { randomSecret, sha256 } from '../../../lib/secrets.ts';
import type { AppEnv } from '../../../web/env.ts';
import { isHttps } from '../../../web/middleware/client-address.ts';
import { readCookie } from '../../../web/middleware/cookies.ts';
import type { Voter } from './participants.ts';

// As the session: __Host- over HTTPS, so no sibling host can plant a key.
const keyCookieNames = ['__Host-samskap_participant', 'samskap_participant'] as const;
/** A key as `randomSecret` makes it: 32 bytes, base64url. Anything else is no key at all. */
const WELL_FORMED = /^[A-Za-z0-9_-]{43}$/;
/** A visitor stays the same participant for a year on this browser. */
const KEY_MAX_AGE_SECONDS = 365 * 86_400;

function visitorKey(c: Context<AppEnv>): string | undefined {
  const key = readCookie(c, keyCookieNames);
  return key && WELL_FORMED.test(key) ? key : undefined;
}

/**
 * Who is asking, as a participant: the signed-in user, else the visitor of the key in their
 * browser. `create` gives a visitor without one a new key (set on the response), as the first
 * vote or statement does; without it such a visitor is nobody yet.
 */
export function voterOf(c: Context<AppEnv>, create: boolean): Voter | undefined {
  const actor = c.get('actor');
  if (actor.kind === 'user') return { kind: 'user', userId: actor.userId };
  let key = visitorKey(c);
  if (!key && create) {
    key = randomSecret();
    setCookie(c, isHttps(c) ? keyCookieNames[0] : keyCookieNames[1], key, {
      httpOnly: true,
      sameSite: 'Lax',
      secure: isHttps(c),
      path: '/',
      maxAge: KEY_MAX_AGE_SECONDS,
    });
  }
  return key ? { kind: 'visitor', keyHash: sha256(key) } : undefined;
}
