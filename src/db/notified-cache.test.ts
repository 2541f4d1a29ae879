import { describe, expect, it } from 'vitest';
import { NotifiedCache } from './notified-cache.ts';

/** A cache attached to a subscription whose liveness the test sets, on a clock the test moves. */
function cache(opts: { maxEntries?: number; maxAgeMs?: number } = {}) {
  let live = true;
  let now = 0;
  const kept = new NotifiedCache<string>(
    'test_channel',
    opts.maxEntries ?? 10,
    opts.maxAgeMs ?? 1_000,
    () => now,
  );
  kept.attach({ live: () => live, close: async () => {} });
  return {
    kept,
    setLive: (value: boolean) => {
      live = value;
    },
    advance: (ms: number) => {
      now += ms;
    },
  };
}

/** A load that counts its calls and resolves when the test says so. */
function deferredLoads() {
  let calls = 0;
  const waiting: ((value: string) => void)[] = [];
  return {
    get calls() {
      return calls;
    },
    load: () => {
      calls++;
      return new Promise<string>((resolve) => waiting.push(resolve));
    },
    finish: (value: string) => {
      for (const resolve of waiting.splice(0)) resolve(value);
    },
    /** Resolves the oldest load still waiting. */
    finishFirst: (value: string) => waiting.shift()?.(value),
    /** Resolves the newest load still waiting. */
    finishLast: (value: string) => waiting.pop()?.(value),
  };
}

describe('NotifiedCache', () => {
  it('keeps a loaded value until it is forgotten', async () => {
    const { kept } = cache();
    let calls = 0;
    const load = async () => `v${++calls}`;
    expect(await kept.get('a', load)).toBe('v1');
    expect(await kept.get('a', load)).toBe('v1');
    kept.forget();
    expect(await kept.get('a', load)).toBe('v2');
    expect(calls).toBe(2);
  });

  it('lets requests that miss together share one load', async () => {
    const { kept } = cache();
    const loads = deferredLoads();
    const first = kept.get('a', loads.load);
    const second = kept.get('a', loads.load);
    const other = kept.get('b', loads.load);
    expect(loads.calls).toBe(2);
    loads.finish('x');
    expect(await Promise.all([first, second, other])).toEqual(['x', 'x', 'x']);
    expect(await kept.get('a', loads.load)).toBe('x');
    expect(loads.calls).toBe(2);
  });

  it('neither keeps nor shares a load that began before a forget', async () => {
    const { kept } = cache();
    const loads = deferredLoads();
    const before = kept.get('a', loads.load);
    kept.forget();
    const after = kept.get('a', loads.load);
    expect(loads.calls).toBe(2);
    // The later load ends first; were the earlier one kept when it ends, it would replace it.
    loads.finishLast('new');
    expect(await after).toBe('new');
    loads.finishFirst('old');
    expect(await before).toBe('old');
    expect(await kept.get('a', async () => 'again')).toBe('new');
  });

  it('keeps nothing while the subscription is not live', async () => {
    const { kept, setLive } = cache();
    await kept.get('a', async () => 'kept');
    setLive(false);
    let calls = 0;
    expect(await kept.get('a', async () => `live${++calls}`)).toBe('live1');
    expect(await kept.get('a', async () => `live${++calls}`)).toBe('live2');
    expect(kept.size).toBe(0);
  });

  it('loads again after maxAgeMs, and keeps at most maxEntries', async () => {
    const { kept, advance } = cache({ maxEntries: 2, maxAgeMs: 100 });
    let calls = 0;
    const load = async () => `v${++calls}`;
    await kept.get('a', load);
    advance(99);
    expect(await kept.get('a', load)).toBe('v1');
    advance(1);
    expect(await kept.get('a', load)).toBe('v2');
    await kept.get('b', load);
    await kept.get('c', load);
    expect(kept.size).toBe(2);
  });

  it('does not keep a failed load, and the next one tries again', async () => {
    const { kept } = cache();
    await expect(
      kept.get('a', async () => {
        throw new Error('down');
      }),
    ).rejects.toThrow('down');
    expect(await kept.get('a', async () => 'up')).toBe('up');
  });
});
