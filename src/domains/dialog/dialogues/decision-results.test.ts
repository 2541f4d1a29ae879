import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticConversation } from '../../../engines/opinion/synthetic.ts';
import type { CommandContext } from '../../../lib/context.ts';
import { sha256 } from '../../../lib/secrets.ts';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';
import { translator } from '../../../web/i18n/index.ts';
import { decideMatter } from './commands/decide-matter.ts';
import { addSeedStatement, castVote } from './commands/take-part.ts';
import { actorOf, insertTestMatter } from './dialogues.fixtures.ts';
import { storedMap } from './dialogues.queries.ts';
import { refreshMaps } from './map-worker.ts';
import type { DialogueMap } from './opinion-map.ts';

// The decision's page shows what residents said before it: who took part, and what the map found.
let t: TestApp;
let ctx: CommandContext;
const m = 'SE-0127';
const en = translator('en');
beforeAll(async () => {
  t = await createTestApp();
  ctx = { db: t.database.db, now: () => new Date() };
});
afterAll(async () => {
  await t?.close();
});

const names = ['agree', 'disagree', 'pass'] as const;

/** Text of the page without markup, spaces collapsed, for comparing with a whole message. */
async function pageText(path: string): Promise<string> {
  const html = await (await t.client().get(path)).text();
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x201[cd];|&ldquo;|&rdquo;/g, (e) =>
      e.includes('c') || e.includes('l') ? '“' : '”',
    )
    .replace(/\s+/g, ' ');
}

async function decide(matterId: string, bodyId: string) {
  const politician = await actorOf(t.database.db, 'politician@botkyrka.example');
  const decided = await decideMatter(
    ctx,
    politician,
    { municipalityId: m, matterId },
    {
      bodyId,
      decidedOn: new Date().toISOString().slice(0, 10),
      text: `Beslut i ärende ${matterId}`,
    },
  );
  if (!decided.ok) throw new Error(decided.reason);
}

describe('a decided matter on the decisions page', () => {
  it('says how many took part, what the map found and what united the groups, with a link to the map', async () => {
    const planted = syntheticConversation({
      participants: 20,
      statements: 6,
      votes: 120,
      groups: 2,
      agreement: 0.95,
      passRate: 0,
      seed: 11,
    });
    const ids = await insertTestMatter(t.database.db, m, new Date());
    const where = { municipalityId: m, matterId: ids.matterId };
    const staff = await actorOf(t.database.db, 'staff@botkyrka.example');
    const statementIds: string[] = [];
    for (let s = 0; s < 6; s++) {
      const made = await addSeedStatement(ctx, staff, where, {
        text: `Påstående nummer ${s}`,
        meta: false,
      });
      if (!made.ok) throw new Error(made.reason);
      statementIds.push(made.value.id);
    }
    const { participant, statement, value } = planted.conversation.votes;
    const voters = new Set<number>();
    for (let i = 0; i < participant.length; i++) {
      voters.add(participant[i] ?? 0);
      const v = value[i] ?? 0;
      await castVote(ctx, { kind: 'visitor', keyHash: sha256(`v${participant[i]}`) }, where, {
        statementId: statementIds[statement[i] ?? 0] ?? '',
        vote: names[v > 0 ? 0 : v < 0 ? 1 : 2],
      });
    }
    await refreshMaps(t.database.db);
    const map = (await storedMap(t.database.db, ids.dialogueId))?.map as DialogueMap;
    await decide(ids.matterId, ids.bodyId);

    const text = await pageText(`/en/municipalities/${m}/decisions`);
    expect(text).toContain(`${en('decisions.concerns')}: ${en('decisions.adoption.matter')}:`);
    expect(text).toContain(
      en('dialogues.results.tookPart', { participants: voters.size, statements: 6 }),
    );
    expect(text).toContain(
      en('dialogues.results.groups', { votes: participant.length, groups: map.groups.length }),
    );
    expect(map.groups.length).toBe(2);
    // Statements are numbered from 0 in the order written, as in the open data.
    const uniting = `Påstående nummer ${map.uniting[0]}`;
    expect(text).toContain(en('dialogues.results.uniting', { text: uniting }));
    const html = await (await t.client().get(`/en/municipalities/${m}/decisions`)).text();
    expect(html).toContain(`href="/en/municipalities/${m}/matters/${ids.matterId}/map"`);
  });

  it('says when too few took part for a map', async () => {
    const ids = await insertTestMatter(t.database.db, m, new Date());
    await decide(ids.matterId, ids.bodyId);
    const text = await pageText(`/en/municipalities/${m}/decisions`);
    expect(text).toContain(en('dialogues.results.tookPart', { participants: 0, statements: 0 }));
    expect(text).toContain(en('dialogues.results.noMap'));
  });
});
