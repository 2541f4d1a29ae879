import { afterAll, describe, expect, it } from 'vitest';
import { syntheticConversation } from '../../../engines/opinion/synthetic.ts';
import { MapThread } from './off-thread.ts';
import { computeMap } from './opinion-map.ts';

const thread = new MapThread();
afterAll(() => thread.stop());

describe('the map thread', () => {
  it('gives the very map the main thread would, for several dialogues in turn', async () => {
    for (const seed of [1, 2]) {
      const make = () =>
        syntheticConversation({ participants: 60, statements: 15, votes: 600, groups: 2, seed })
          .conversation;
      // The thread takes the vote arrays over, so each side gets its own copy.
      const [there, here] = [await thread.compute(make()), computeMap(make())];
      expect(there).toEqual(here);
    }
  });
});
