import { NotifiedCache } from './notified-cache.ts';

/**
 * The channel the tables behind the pages announce their changes on (the content triggers'
 * migration lists them): any insert, update or delete there forgets every read model.
 */
export const CONTENT_CHANNEL = 'samskap_content';

/**
 * The channel on which what residents do by the minute is announced, where pages show it besides
 * content: a stored opinion map (with its counts of votes) and comments with their flags (migration
 * 0025). Kept apart from the content channel, so a vote or a comment does not forget every page.
 */
export const ACTIVITY_CHANNEL = 'samskap_activity';

/**
 * What pages show, assembled from many rows and read far more often than written: a
 * municipality's initiatives, its roadmap, its goals, its start page's figures. Kept per process
 * under a key its owner chooses (`<domain>:<what>:<municipality id>`) and forgotten, all at once,
 * whenever a write to the content tables commits anywhere (NotifiedCache), so a page costs no
 * query until something changes. A read model holds every row of its municipality, public or
 * not: the page keeps what the actor may see from it on every use.
 */
export class ReadModels extends NotifiedCache<unknown> {
  constructor(maxEntries = 5_000, channel = CONTENT_CHANNEL) {
    super(channel, maxEntries);
  }

  /** The model under `key`, kept or loaded; one key always holds one kind of value. */
  of<V>(key: string, load: () => Promise<V>): Promise<V> {
    return this.get(key, load) as Promise<V>;
  }
}

/**
 * What pages show of residents' activity besides content (a dialogue with its counts, map and
 * comments): kept like the read models, but forgotten when activity is announced
 * (ACTIVITY_CHANNEL) as well; the key carries how often the read models were forgotten
 * (`activityModel` in web/read-model.ts), so a change of content forgets them too.
 */
export class ActivityModels extends ReadModels {
  constructor(maxEntries = 1_000) {
    super(maxEntries, ACTIVITY_CHANNEL);
  }
}
