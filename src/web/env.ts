import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import type { CommandContext } from '../lib/context.ts';
import type { Actor } from '../vocabulary/actor.ts';
import type { Lang, Translator } from './i18n/index.ts';

/** What the caller provides to build the app. */
export type AppDeps = {
  config: Config;
  database: Database;
  now: () => Date;
  logger: import('pino').Logger;
};

/**
 * What every route can reach: the caller's dependencies and the services the app adds (caches
 * kept per process). Each service is declared by the domain that owns it, by augmenting this
 * interface (`declare module`), so `web/` names no domain.
 */
export interface AppServices extends AppDeps {}

export type AppEnv = {
  Variables: {
    deps: AppServices;
    actor: Actor;
    lang: Lang;
    t: Translator;
    csrfToken: string;
    requestId: string;
    ctx: CommandContext;
    /**
     * Set by a write route whose writes no in-process copy holds ('nothing': a vote) or only the
     * copies of residents' activity hold ('activity': a support): the process then keeps the
     * others after it (middleware/forget-after-writes.ts). Unset, it forgets them all.
     */
    cachedDataTouched: 'nothing' | 'activity';
  };
};
