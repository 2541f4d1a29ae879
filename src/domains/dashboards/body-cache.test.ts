import { describe, expect, it } from 'vitest';
import { BodyCache } from './body-cache.ts';

describe('BodyCache', () => {
  it('reuses a value until its time is up, then computes it again', async () => {
    let now = 0;
    let calls = 0;
    const cache = new BodyCache<number>(5_000, () => now);
    const make = async () => ++calls;
    expect(await cache.get('a', make)).toBe(1);
    now = 4_999;
    expect(await cache.get('a', make)).toBe(1);
    expect(await cache.get('b', make)).toBe(2);
    now = 5_000;
    expect(await cache.get('a', make)).toBe(3);
  });

  it('shares one computation between concurrent misses and never keeps "not found"', async () => {
    let calls = 0;
    const cache = new BodyCache<string>(1_000, () => 0);
    const slow = async () => {
      calls++;
      await new Promise((r) => setTimeout(r, 5));
      return 'x';
    };
    expect(await Promise.all([cache.get('k', slow), cache.get('k', slow)])).toEqual(['x', 'x']);
    expect(calls).toBe(1);
    let misses = 0;
    const none = async () => {
      misses++;
      return undefined;
    };
    expect(await cache.get('gone', none)).toBeUndefined();
    expect(await cache.get('gone', none)).toBeUndefined();
    expect(misses).toBe(2);
  });

  it('drops the oldest entry beyond its size limit', async () => {
    let calls = 0;
    const cache = new BodyCache<number>(60_000, () => 0, 2);
    const make = async () => ++calls;
    await cache.get('a', make);
    await cache.get('b', make);
    await cache.get('c', make);
    expect(await cache.get('a', make)).toBe(4);
  });
});
