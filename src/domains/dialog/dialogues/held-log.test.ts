import { describe, expect, it } from 'vitest';
import { HeldLog, type LoggedVote } from './held-log.ts';

const vote = (id: number): LoggedVote => ({ id, participant: id % 3, statement: id % 5, value: 1 });

describe('a held vote log', () => {
  it('reads everything first, then only what is new, looking back a while for late commits', () => {
    const log = new HeldLog();
    expect(log.readAfter(0)).toBe(0);
    expect(log.add([vote(3), vote(5), vote(9)], 0)).toBe(3);
    expect(log.lastId).toBe(9);
    // Within the look-back the next read asks again from the first read's end.
    expect(log.readAfter(1_000)).toBe(9);
    expect(log.add([vote(12)], 1_000)).toBe(1);
    expect(log.readAfter(2_000)).toBe(9);
    // Vote 11 was inserted before 12 but committed after it: read again, it goes in its place.
    expect(log.add([vote(11), vote(12), vote(14)], 2_000)).toBe(2);
    expect(log.all().map((v) => v.id)).toEqual([3, 5, 9, 11, 12, 14]);
    // A read repeated returns nothing new.
    expect(log.add([vote(11), vote(12), vote(14)], 3_000)).toBe(0);
    // Five seconds after a read, the reads start from what it had.
    expect(log.readAfter(6_000)).toBe(12);
    expect(log.readAfter(7_000)).toBe(14);
    expect(log.size).toBe(6);
  });
});
