import { describe, expect, it } from 'vitest';
import { TtlCache } from './ttl-cache.ts';

describe('TtlCache', () => {
  it('serves a value until it expires, then loads it again', async () => {
    let now = 0;
    let loads = 0;
    const cache = new TtlCache<number>(100, 10, () => now);
    const load = async () => ++loads;
    expect(await cache.get('a', load)).toBe(1);
    now = 99;
    expect(await cache.get('a', load)).toBe(1);
    now = 100;
    expect(await cache.get('a', load)).toBe(2);
  });

  it('shares one load between concurrent callers', async () => {
    let loads = 0;
    const cache = new TtlCache<number>(1000, 10);
    const load = () => new Promise<number>((resolve) => setTimeout(() => resolve(++loads), 5));
    expect(await Promise.all([cache.get('k', load), cache.get('k', load)])).toEqual([1, 1]);
    expect(loads).toBe(1);
  });

  it('forgets failed loads and evicts the oldest entries past its bound', async () => {
    const cache = new TtlCache<string>(1000, 2);
    await expect(cache.get('x', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await cache.get('x', async () => 'ok')).toBe('ok');
    await cache.get('y', async () => 'y1');
    await cache.get('z', async () => 'z1');
    // 'x' was the oldest of three and is gone; 'y' and 'z' are still served from the cache.
    expect(await cache.get('x', async () => 'reloaded')).toBe('reloaded');
    expect(await cache.get('z', async () => 'z2')).toBe('z1');
  });
});
