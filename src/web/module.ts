import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Hono } from 'hono';
import type { Db } from '../db/client.ts';
import type { CommandContext } from '../lib/context.ts';
import type { AppEnv } from './env.ts';
import type { MessageKey, MessageSet } from './i18n/index.ts';
import type { LinkResolver } from './links.ts';
import type { MentionFinder } from './mentions.ts';
import type { MunicipalityNavEntry, NetworkNavEntry } from './navigation.ts';
import type { PersonalDataPart } from './personal-data.ts';
import type { SearchProvider } from './search.ts';
import type { StartSection, TaskProvider } from './start-page.ts';

/** A demo municipality as the demo seed steps receive it. */
export type DemoMunicipality = {
  id: string;
  slug: string;
  departments: readonly string[];
};

/** Who may use a route: `public` shows only public data or the actor's own; `internal` needs a role there. */
export type RouteClass = 'public' | 'internal';

/**
 * What a domain brings to the app. Each domain exports one from its `module.ts`; the composition
 * (src/modules.ts) loops over the list, so a new domain or pillar is one new folder and one line
 * there, and touches no other domain and nothing in `web/`.
 */
export type DomainModule = {
  /** Short name; every message key of the domain starts with `<id>.`. */
  id: string;
  /** The pillar the domain belongs to; shared domains have none. */
  pillar?: 'styrning' | 'dialog' | 'delning';
  /** Its words in every language (its `i18n/{en,sv,nb}.ts`). */
  messages?: MessageSet;
  /** Its pages, mounted under `/:lang`. */
  routes?: () => Hono<AppEnv>;
  /** Routes outside a language prefix (an OpenID Connect callback, ...), mounted at `/`. */
  rootRoutes?: () => Hono<AppEnv>;
  /** Its part of the JSON API, mounted under `/api/v1` and described in the one OpenAPI document. */
  api?: () => OpenAPIHono<AppEnv>;
  /** Its links in the municipality menu and the network menu. */
  navigation?: {
    municipality?: readonly MunicipalityNavEntry[];
    network?: readonly NetworkNavEntry[];
  };
  /**
   * Its part of the municipality search (`/<lang>/municipalities/<id>/search`): finds its own
   * things, only those the actor may see. See `SearchProvider` in web/search.ts.
   */
  search?: SearchProvider;
  /**
   * How other domains' pages link to this domain's things, by kind (`goal-set`, `gate-override`:
   * the kinds a decision adopts), without importing this domain.
   */
  links?: Readonly<Record<string, LinkResolver>>;
  /**
   * Where its public things name another domain's things, by the kind named (`initiative`: the
   * proposal it came from), so the named thing's page can link back (web/mentions.ts).
   */
  mentions?: Readonly<Record<string, MentionFinder>>;
  /** Its parts of a municipality's start page, and its items in the signed-in user's tasks. */
  startPage?: { sections?: readonly StartSection[]; tasks?: TaskProvider };
  /** Its `?done=<code>` notices after a successful form: code → message. */
  notices?: Readonly<Record<string, MessageKey>>;
  /**
   * What it holds about a person, for their download, and how it forgets them when they delete
   * their account (web/personal-data.ts). Every domain with tables that name a user declares it.
   */
  personalData?: PersonalDataPart;
  /** Demo content for the demo municipalities; runs in the demo seed's transaction, idempotent. */
  seedDemo?: (ctx: CommandContext, municipalities: readonly DemoMunicipality[]) => Promise<void>;
  /**
   * Every route the domain serves (`METHOD /path` as the router spells it), classified. The
   * tenant-isolation tests fail on a route that is served but not classified.
   */
  routeClasses?: Readonly<Record<string, RouteClass>>;
  /**
   * Paths whose address carries its own secret (a one-click unsubscribe link), which mail
   * programs post to without a cookie or form token: the CSRF check leaves them alone.
   */
  selfAuthorisingPaths?: readonly RegExp[];
  /**
   * Deletes what the domain keeps only for a time (background answers past the municipality's
   * retention), run hourly with the platform's housekeeping. Idempotent: every process runs it.
   */
  purge?: (db: Db, now: Date) => Promise<void>;
};
