import type { Db } from '../db/client.ts';
import type { Actor } from '../vocabulary/actor.ts';
import type { MessageKey } from './i18n/index.ts';
import type { KeepReadModel } from './read-model.ts';

/**
 * A line said of a thing where another domain's page names it (a matter's dialogue results beside
 * its decision): a message with its params, and a link when `path` is set.
 */
export type ThingDetail = {
  key: MessageKey;
  params?: Record<string, string | number>;
  /** A page under `/<lang>/municipalities/<id>/`, when the line is a link. */
  path?: string;
};

/** A thing of one domain as a page of another links to it: its title and its page. */
export type ThingLink = {
  title: string;
  /** The page under `/<lang>/municipalities/<id>/`, e.g. `goals/<gid>`; may end in `#anchor`. */
  path: string;
  /** What the linking page may say of it, in the thing's own words (shown under the link). */
  details?: readonly ThingDetail[];
};

/**
 * Finds things of one kind by id for a reader. Ids that are unknown, of another municipality or
 * not visible to the actor are left out of the map, so a page never shows what it may not.
 */
export type LinkResolver = (query: {
  /** The rows behind the ids, loaded with `load`, or kept from an earlier page that named them. */
  rowsOf<R>(load: (db: Db) => Promise<R>): Promise<R>;
  actor: Actor;
  municipalityId: string;
  ids: readonly string[];
}) => Promise<Map<string, ThingLink>>;

const resolvers = new Map<string, LinkResolver>();

/**
 * Adds a domain's link resolvers, by kind (called once per domain by the composition,
 * src/modules.ts). A kind has one owner: registering it twice is a bug.
 */
export function registerLinks(links: Readonly<Record<string, LinkResolver>>): void {
  for (const [kind, resolve] of Object.entries(links)) {
    if (resolvers.has(kind)) throw new Error(`links of kind ${kind} are registered twice`);
    resolvers.set(kind, resolve);
  }
}

/** The key of one reference in the map `resolveLinks` returns. */
export const linkKey = (kind: string, id: string) => `${kind}:${id}`;

/**
 * Links to the things referred to (`{ kind, id }` pairs, e.g. what decisions adopt) that the
 * actor may see, keyed by `linkKey(kind, id)`. Kinds nobody registered resolve to nothing. With
 * `keep`, the rows read for a set of ids are kept as a read model (the same for every actor; each
 * resolver filters them for the one asking).
 */
export async function resolveLinks(
  query: { db: Db; keep?: KeepReadModel; actor: Actor; municipalityId: string },
  refs: readonly { kind: string; id: string }[],
): Promise<Map<string, ThingLink>> {
  const out = new Map<string, ThingLink>();
  const byKind = new Map<string, string[]>();
  for (const r of refs) byKind.set(r.kind, [...(byKind.get(r.kind) ?? []), r.id]);
  for (const [kind, ids] of byKind) {
    const resolve = resolvers.get(kind);
    if (!resolve) continue;
    const unique = [...new Set(ids)].sort();
    const { db, keep, actor, municipalityId } = query;
    const key = `links:${kind}:${municipalityId}:${unique.join(',')}`;
    const found = await resolve({
      rowsOf: (load) => (keep ? keep(key, load) : load(db)),
      actor,
      municipalityId,
      ids: unique,
    });
    for (const [id, link] of found) out.set(linkKey(kind, id), link);
  }
  return out;
}
