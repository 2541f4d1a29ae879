import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import type { SessionActors } from '../domains/identity/session-actors.ts';
import type { MunicipalityFactsCache } from '../domains/tenancy/municipality-facts.ts';
import type { RegistryCache } from '../domains/tenancy/registry-cache.ts';
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

/** What every route can reach: the caller's dependencies and the app's own caches. */
export type AppServices = AppDeps & {
  registry: RegistryCache;
  sessionActors: SessionActors;
  municipalityFacts: MunicipalityFactsCache;
};

export type AppEnv = {
  Variables: {
    deps: AppServices;
    actor: Actor;
    lang: Lang;
    t: Translator;
    csrfToken: string;
    requestId: string;
    ctx: CommandContext;
  };
};
