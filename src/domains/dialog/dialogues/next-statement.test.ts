import { describe, expect, it } from 'vitest';
import { nextStatement, seedOf, UNVOTED_PRIORITY } from './next-statement.ts';

const statements = [
  { id: 'a', isSeed: true },
  { id: 'b', isSeed: true },
  { id: 'c', isSeed: false },
  { id: 'd', isSeed: false },
];

describe('the next statement', () => {
  it('is a seed statement while any is left, then any other not voted on, then none', () => {
    const none = new Map<string, number>();
    for (let seed = 0; seed < 50; seed++) {
      expect(['a', 'b']).toContain(nextStatement(statements, new Set(), none, seed));
      expect(nextStatement(statements, new Set(['a']), none, seed)).toBe('b');
      expect(['c', 'd']).toContain(nextStatement(statements, new Set(['a', 'b']), none, seed));
    }
    expect(nextStatement(statements, new Set(['a', 'b', 'c', 'd']), none, 1)).toBeUndefined();
  });

  it('is drawn in proportion to priority', () => {
    // c's priority is three times an unvoted statement's: over many draws it comes three times as often.
    const priorities = new Map([['c', 3 * UNVOTED_PRIORITY]]);
    const counts = { c: 0, d: 0 };
    for (let seed = 0; seed < 4000; seed++) {
      const id = nextStatement(statements, new Set(['a', 'b']), priorities, seedOf(`p${seed}`));
      if (id === 'c' || id === 'd') counts[id]++;
    }
    expect(counts.c + counts.d).toBe(4000);
    expect(counts.c / counts.d).toBeGreaterThan(2.6);
    expect(counts.c / counts.d).toBeLessThan(3.4);
  });

  it('is the same for the same participant until they vote', () => {
    const seed = seedOf('participant-7:3');
    const first = nextStatement(statements, new Set(['a', 'b']), new Map(), seed);
    expect(nextStatement(statements, new Set(['a', 'b']), new Map(), seed)).toBe(first);
  });
});
