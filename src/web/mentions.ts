import type { Db } from '../db/client.ts';
import type { MessageKey } from './i18n/index.ts';

/**
 * A public thing of one domain that names a thing of another: the resident proposal an initiative
 * came from, the shared case it was published as, the case it reuses. The page of the thing named
 * lists it with a link, without importing the domain that holds it (docs/decisions/0007).
 */
export type Mention = {
  /** How it relates to the thing named, e.g. "Started as the resident proposal". */
  relation: MessageKey;
  title: string;
  /** Its page after `/<lang>`: `/municipalities/SE-0127/proposals/<id>`, `/cases/<id>`. */
  path: string;
  /** The municipality it belongs to, when that is not the named thing's own. */
  municipalityName?: string;
};

/** What is named: a kind (`initiative`), its id and its municipality. */
export type Named = { kind: string; id: string; municipalityId: string };

/**
 * Finds the things of a domain that name one thing. Only what everyone may see: the mentions are
 * kept with the named thing's page for every reader alike.
 */
export type MentionFinder = (db: Db, named: Named) => Promise<Mention[]>;

const finders = new Map<string, { owner: string; find: MentionFinder }[]>();

/**
 * Adds a domain's finders, by the kind of thing they find mentions of (called once per domain by
 * the composition, src/modules.ts). Several domains may mention the same kind; one domain
 * registering a kind twice is a bug.
 */
export function registerMentions(
  owner: string,
  byKind: Readonly<Record<string, MentionFinder>>,
): void {
  for (const [kind, find] of Object.entries(byKind)) {
    const list = finders.get(kind) ?? [];
    if (list.some((f) => f.owner === owner)) {
      throw new Error(`mentions of kind ${kind} are registered twice by ${owner}`);
    }
    finders.set(kind, [...list, { owner, find }]);
  }
}

/** Every public mention of a thing, domain by domain in the order the composition lists them. */
export async function mentionsOf(db: Db, named: Named): Promise<Mention[]> {
  const found: Mention[] = [];
  for (const { find } of finders.get(named.kind) ?? []) found.push(...(await find(db, named)));
  return found;
}
