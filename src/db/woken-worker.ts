import type { Database } from './client.ts';
import type { Subscription } from './notifications.ts';

export type WokenWorker = {
  /** Runs a round now, or once more right after the round under way. */
  wake(): void;
  /** Stops waking, and waits for the round under way. */
  stop(): Promise<void>;
};

/**
 * Runs `round` in the background for as long as the server runs: when one of `channels` is
 * notified (at commit, from any process), every `pollMs` in any case (a notification may be
 * missed), and once at start; without channels, every `pollMs` only. One round at a time; woken
 * during a round, it runs another right after. `round` handles its own errors.
 */
export function startWokenWorker(opts: {
  database: Database;
  channels?: readonly string[];
  pollMs: number;
  round: () => Promise<void>;
  /**
   * The least time between the end of a round and the next one: a busy channel (a vote or a
   * support every few milliseconds) then wakes the worker a few times a second, not once per write.
   * A wake while idle still runs a round at once.
   */
  restMs?: number;
  /** Told when a channel cannot be listened to: the worker then only polls for it. */
  notListening?: (err: unknown) => void;
}): WokenWorker {
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;
  const rounds = async () => {
    do {
      again = false;
      await opts.round();
      if (again && opts.restMs) await new Promise((resolve) => setTimeout(resolve, opts.restMs));
    } while (again && !stopped);
  };
  const wake = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = rounds().finally(() => {
      running = undefined;
    });
  };
  const subscriptions: Subscription[] = [];
  for (const channel of opts.channels ?? []) {
    opts.database.subscribe(channel, wake).then(
      (s) => {
        if (stopped) void s.close();
        else subscriptions.push(s);
      },
      (err: unknown) => opts.notListening?.(err),
    );
  }
  const timer = setInterval(wake, opts.pollMs);
  timer.unref();
  wake();
  return {
    wake,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await Promise.all(subscriptions.map((s) => s.close()));
      await running;
    },
  };
}
