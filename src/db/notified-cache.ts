import type { Database } from './client.ts';
import type { Subscription } from './notifications.ts';

/**
 * An in-process copy of rows that the database keeps honest: a trigger on the copied tables
 * notifies `channel` when a change commits (migration 0004_change_notifications), to every
 * process, and every notification forgets every entry. A load that began before a notification
 * is not kept (the generation moved on), so a read from before a commit never outlives it. While
 * the subscription is not live (not yet attached, or its connection lost) nothing is kept or
 * served. `maxAgeMs` bounds everything else, in case a write bypasses the triggers.
 */
export class NotifiedCache<V> {
  private readonly entries = new Map<string, { value: V; keptAt: number }>();
  private readonly loading = new Map<string, { generation: number; value: Promise<V> }>();
  private generation = 0;
  private subscription: Subscription | undefined;
  // Whoever waits for a notification to arrive hears of it when it does, instead of polling.
  private readonly waiting = new Set<{ past: number; resolve: () => void }>();
  private readonly attachment: { done: Promise<void>; resolve: () => void };

  constructor(
    readonly channel: string,
    private readonly maxEntries: number,
    private readonly maxAgeMs = 60_000,
    private readonly clock: () => number = () => performance.now(),
  ) {
    let resolve = () => {};
    const done = new Promise<void>((r) => {
      resolve = r;
    });
    this.attachment = { done, resolve };
  }

  /** Starts keeping entries, on the strength of this subscription to `channel`. */
  attach(subscription: Subscription): void {
    this.subscription = subscription;
    this.forget();
    this.attachment.resolve();
  }

  /** Resolves once a subscription is attached (`listening` then says whether it is live). */
  whenAttached(): Promise<void> {
    return this.attachment.done;
  }

  /** Forgets every entry; loads under way are not kept either. */
  forget(): void {
    this.generation++;
    this.entries.clear();
    for (const waiter of this.waiting) {
      if (this.generation <= waiter.past) continue;
      this.waiting.delete(waiter);
      waiter.resolve();
    }
  }

  /** How often everything was forgotten so far (it only grows). */
  get forgotten(): number {
    return this.generation;
  }

  /** Resolves once everything has been forgotten more than `count` times (see `forgotten`). */
  whenForgottenPast(count: number): Promise<void> {
    if (this.generation > count) return Promise.resolve();
    return new Promise((resolve) => this.waiting.add({ past: count, resolve }));
  }

  /** Whether entries are being kept now. */
  get listening(): boolean {
    return this.subscription?.live() ?? false;
  }

  get size(): number {
    return this.entries.size;
  }

  /**
   * The value of `key`, kept or loaded. `keep` says whether a loaded value may be kept (default
   * yes); `stillGood` is asked of a kept one on every use (default yes).
   */
  async get(
    key: string,
    load: () => Promise<V>,
    opts: { keep?: (value: V) => boolean; stillGood?: (value: V) => boolean } = {},
  ): Promise<V> {
    if (!this.listening) {
      if (this.entries.size > 0) this.forget();
      return load();
    }
    const hit = this.entries.get(key);
    if (hit) {
      const fresh = this.clock() - hit.keptAt < this.maxAgeMs;
      if (fresh && (opts.stillGood?.(hit.value) ?? true)) return hit.value;
      this.entries.delete(key);
    }
    // Requests that miss together share one load, as long as nothing was forgotten meanwhile.
    const generation = this.generation;
    const under = this.loading.get(key);
    if (under && under.generation === generation) return under.value;
    const loading = load();
    this.loading.set(key, { generation, value: loading });
    let value: V;
    try {
      value = await loading;
    } finally {
      if (this.loading.get(key)?.value === loading) this.loading.delete(key);
    }
    if (generation === this.generation && this.listening && (opts.keep?.(value) ?? true)) {
      this.entries.set(key, { value, keptAt: this.clock() });
      while (this.entries.size > this.maxEntries) {
        const oldest = this.entries.keys().next().value;
        if (oldest === undefined) break;
        this.entries.delete(oldest);
      }
    }
    return value;
  }
}

/** Subscribes `cache` to its channel in the background; until that succeeds it keeps nothing. */
export function listenFor<C extends Pick<NotifiedCache<unknown>, 'channel' | 'attach' | 'forget'>>(
  database: Database,
  cache: C,
  onError: (err: unknown) => void,
): C {
  database
    .subscribe(cache.channel, () => cache.forget())
    .then((subscription) => cache.attach(subscription), onError);
  return cache;
}
