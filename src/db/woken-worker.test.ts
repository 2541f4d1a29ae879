import { describe, expect, it } from 'vitest';
import type { Database } from './client.ts';
import { startWokenWorker } from './woken-worker.ts';

/** A database whose one channel the test notifies by hand. */
function notifiedByHand() {
  let notify = () => {};
  const database = {
    subscribe: async (_channel: string, handler: () => void) => {
      notify = handler;
      return { close: async () => {} };
    },
  } as unknown as Database;
  return { database, notify: () => notify() };
}

/** Resolves after `ms` of the machine's clock. */
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a woken worker', () => {
  it('runs one round for many wakes during a round, and rests between rounds when told to', async () => {
    const { database, notify } = notifiedByHand();
    const rounds: { start: number; end: number }[] = [];
    let release = () => {};
    let started = () => {};
    let roundStarted = new Promise<void>((resolve) => {
      started = resolve;
    });
    const worker = startWokenWorker({
      database,
      channels: ['c'],
      pollMs: 3_600_000,
      restMs: 200,
      async round() {
        const round = { start: performance.now(), end: 0 };
        rounds.push(round);
        started();
        await new Promise<void>((resolve) => {
          release = resolve;
        });
        round.end = performance.now();
      },
    });
    // The round at start is under way; a hundred writes during it ask for one more round.
    await roundStarted;
    await pause(0);
    for (let i = 0; i < 100; i++) notify();
    roundStarted = new Promise<void>((resolve) => {
      started = resolve;
    });
    release();
    await roundStarted;
    release();
    const stopping = worker.stop();
    await stopping;
    expect(rounds).toHaveLength(2);
    const [first, second] = rounds as [(typeof rounds)[0], (typeof rounds)[0]];
    // Lower bounds only: a slow machine only makes the rest longer.
    expect(second.start - first.end).toBeGreaterThanOrEqual(195);
  });

  it('runs a round at once when woken while idle', async () => {
    const { database, notify } = notifiedByHand();
    let count = 0;
    let counted = () => {};
    const worker = startWokenWorker({
      database,
      channels: ['c'],
      pollMs: 3_600_000,
      restMs: 60_000,
      async round() {
        count += 1;
        counted();
      },
    });
    await pause(0);
    expect(count).toBe(1);
    // Idle now: a write wakes it without waiting for the rest, which only spaces rounds back to back.
    const second = new Promise<void>((resolve) => {
      counted = resolve;
    });
    notify();
    await second;
    expect(count).toBe(2);
    await worker.stop();
  });
});
