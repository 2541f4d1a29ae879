import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import type { Actor } from '../domains/identity/identity.policy.ts';
import type { CommandContext } from '../lib/context.ts';
import type { Lang, Translator } from './i18n/index.ts';

/** What every route can reach. */
export type AppDeps = {
  config: Config;
  database: Database;
  now: () => Date;
  /** Where OpenID Connect callbacks come back; derived from PUBLIC_URL or the request. */
  logger: import('pino').Logger;
};

export type AppEnv = {
  Variables: {
    deps: AppDeps;
    actor: Actor;
    lang: Lang;
    t: Translator;
    csrfToken: string;
    requestId: string;
    ctx: CommandContext;
    /** Set by routes that render a municipality's pages, for the header. */
    flash?: string | undefined;
  };
};
