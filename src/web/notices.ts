import type { MessageKey } from './i18n/index.ts';

// After a successful POST the browser is redirected with ?done=<code>; only registered codes show
// a notice. Each domain names its own codes in its manifest (`notices`); src/modules.ts registers them.
const notices = new Map<string, MessageKey>();

/** Adds a domain's notice codes; a code registered twice is a programming error. */
export function registerNotices(codes: Readonly<Record<string, MessageKey>>): void {
  for (const [code, key] of Object.entries(codes)) {
    if (notices.has(code)) throw new Error(`The notice code "${code}" is registered twice.`);
    notices.set(code, key);
  }
}

/** The message of a `?done=` code, or undefined for a code nobody registered. */
export function noticeKey(code: string | undefined): MessageKey | undefined {
  return code ? notices.get(code) : undefined;
}
