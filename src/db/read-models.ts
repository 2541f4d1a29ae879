import { NotifiedCache } from './notified-cache.ts';

/**
 * The channel the tables behind the pages announce their changes on (the content triggers'
 * migration lists them): any insert, update or delete there forgets every read model.
 */
export const CONTENT_CHANNEL = 'samskap_content';

/**
 * What pages show, assembled from many rows and read far more often than written: a
 * municipality's initiatives, its roadmap, its goals, its start page's figures. Kept per process
 * under a key its owner chooses (`<domain>:<what>:<municipality id>`) and forgotten, all at once,
 * whenever a write to the content tables commits anywhere (NotifiedCache), so a page costs no
 * query until something changes. A read model holds every row of its municipality, public or
 * not: the page keeps what the actor may see from it on every use.
 */
export class ReadModels extends NotifiedCache<unknown> {
  constructor(maxEntries = 5_000) {
    super(CONTENT_CHANNEL, maxEntries);
  }

  /** The model under `key`, kept or loaded; one key always holds one kind of value. */
  of<V>(key: string, load: () => Promise<V>): Promise<V> {
    return this.get(key, load) as Promise<V>;
  }
}
