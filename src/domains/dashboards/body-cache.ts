/**
 * A short-lived copy of rendered dashboard bodies. A key names a municipality (and department), a
 * language and a visibility level — never a user: every reader allowed to see a dashboard sees the
 * very same numbers, so one rendering serves them all for `ttlMs`. Each app process keeps its own
 * copy; a change shows on the dashboard within `ttlMs` (stated in bench/RESULTS.md). At most
 * `maxEntries` are kept (oldest dropped first), so many departments cannot grow it without bound.
 */
export class BodyCache<T> {
  private readonly entries = new Map<string, { value: T; expires: number }>();
  private readonly pending = new Map<string, Promise<T | undefined>>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
    private readonly maxEntries = 500,
  ) {}

  /** The value for `key`, computed by `make` when missing or expired; concurrent misses share one call. */
  async get(key: string, make: () => Promise<T | undefined>): Promise<T | undefined> {
    const hit = this.entries.get(key);
    if (hit && hit.expires > this.now()) return hit.value;
    const running = this.pending.get(key);
    if (running) return running;
    const work = (async () => {
      const value = await make();
      if (value === undefined) return undefined;
      this.entries.delete(key);
      this.entries.set(key, { value, expires: this.now() + this.ttlMs });
      if (this.entries.size > this.maxEntries) {
        const oldest = this.entries.keys().next().value;
        if (oldest !== undefined) this.entries.delete(oldest);
      }
      return value;
    })();
    this.pending.set(key, work);
    try {
      return await work;
    } finally {
      this.pending.delete(key);
    }
  }
}
