import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoId } from '../../../lib/demo-id.ts';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';
import { loadChallengePage } from './challenge.load.ts';
import { demoChallenges } from './demo-texts.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('the demo challenges', () => {
  it('give each demo municipality a challenge with every voice, ideas, and a past and a coming workshop', async () => {
    const now = new Date();
    for (const [municipalityId, spec] of Object.entries(demoChallenges)) {
      const page = await loadChallengePage(
        t.database.db,
        municipalityId,
        demoId(municipalityId, 'challenge:0'),
        { kind: 'anonymous' },
        now,
      );
      expect(page?.challenge.title, municipalityId).toBe(spec.title);
      expect(page?.mix.missing, municipalityId).toEqual([]);
      expect(page?.mix.roles.every((r) => r.count === 1)).toBe(true);
      expect(page?.ideas.map((i) => i.title)).toEqual(spec.ideas.map((i) => i.title));
      expect(page?.workshops.map((w) => w.startsAt < now)).toEqual([true, false]);
      expect(page?.workshops.map((w) => w.started)).toEqual([true, false]);
      expect(page?.workshops[1]?.confirmed).toBe(3);
    }
  });

  it('show on the municipality’s list and page', async () => {
    const visitor = t.client();
    const list = await (await visitor.get('/sv/municipalities/SE-0127/challenges')).text();
    expect(list).toContain('Ensamhet bland äldre som bor hemma');
    const id = demoId('NO-3203', 'challenge:0');
    const page = await visitor.get(`/nb/municipalities/NO-3203/challenges/${id}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Alle stemmer er med.');
  });

  it('invite residents from the municipality page to the open challenge', async () => {
    const html = await (await t.client().get('/sv/municipalities/SE-0483')).text();
    const card = html.slice(html.indexOf('id="start-challenges'));
    expect(card).toContain('Lös det tillsammans med oss');
    expect(card.slice(0, card.indexOf('</section>'))).toContain(
      'Unga som inte hittar till fritidsgårdarna',
    );
  });
});
