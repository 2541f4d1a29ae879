import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';
import { demoDialogues } from './demo-texts.ts';
import { dialogueMaps, dialogues, matters } from './dialogues.schema.ts';
import type { DialogueMap } from './opinion-map.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('the demo dialogues', () => {
  it('give each demo municipality an open dialogue whose map finds its two planted groups, and a decided one', async () => {
    const db = t.database.db;
    for (const [municipalityId, specs] of Object.entries(demoDialogues)) {
      const rows = await db
        .select({ title: matters.title, decisionId: matters.decisionId, map: dialogueMaps.map })
        .from(matters)
        .innerJoin(dialogues, eq(dialogues.matterId, matters.id))
        .leftJoin(dialogueMaps, eq(dialogueMaps.dialogueId, dialogues.id))
        .where(eq(matters.municipalityId, municipalityId));
      for (const spec of specs) {
        const row = rows.find((r) => r.title === spec.title);
        expect(row, spec.title).toBeDefined();
        expect(row?.decisionId !== null, spec.title).toBe(spec.decision !== undefined);
        const map = row?.map as DialogueMap;
        expect(map.participants).toBe(spec.participants);
        if (spec.decision === undefined) expect(map.groups.length, spec.title).toBe(2);
        // Statements both groups agree with are the ones the map finds uniting.
        const shared = spec.statements.flatMap((s, i) =>
          s.stance[0] === 1 && s.stance[1] === 1 && !s.meta ? [i] : [],
        );
        expect(shared, spec.title).toContain(map.uniting[0]);
      }
    }
  });

  it('invite residents from the municipality page to the open dialogue, not to the decided one', async () => {
    const html = await (await t.client().get('/sv/municipalities/SE-0127')).text();
    const card = html.slice(html.indexOf('id="start-dialogues-heading"'));
    expect(card).toContain('Tyck till innan beslutet');
    expect(card).toContain('Digital tillsyn på natten i hemtjänsten');
    expect(card.slice(0, card.indexOf('</section>'))).not.toContain('Öppettider i Tumba simhall');
  });

  it('are listed across the network, open ones first, by phase, county and municipality', async () => {
    const get = async (query = '') => (await t.client().get(`/en/dialogues${query}`)).text();
    const all = await get();
    expect(all).toContain('6 dialogues, open ones first.');
    const titles = (html: string) =>
      [...html.matchAll(/id="dialogue-[^"]+"><a[^>]*>([^<]+)<\/a>/g)].map((m) => m[1]);
    const open = Object.values(demoDialogues).flatMap((specs) =>
      specs.filter((d) => !d.decision).map((d) => d.title),
    );
    expect(titles(all).slice(0, 3).sort()).toEqual([...open].sort());
    expect(await get('?phase=feedback')).toContain('3 dialogues, open ones first.');
    const asker = await get('?municipality=NO-3203');
    expect(titles(asker).sort()).toEqual(
      (demoDialogues['NO-3203'] ?? []).map((d) => d.title).sort(),
    );
    expect(asker).toContain('lang="nb"');
    // Values that are not among the choices filter nothing.
    expect(await get('?phase=<script>&county=x&page=999')).toContain('6 dialogues');
  });

  it('have a printable report with every statement, linked from the map', async () => {
    const list = (await (await t.app.request('/api/v1/municipalities/SE-0127/matters')).json()) as {
      items: { id: string; title: string }[];
    };
    const spec = demoDialogues['SE-0127']?.[0];
    const matter = list.items.find((i) => i.title === spec?.title);
    const base = `/en/municipalities/SE-0127/matters/${matter?.id}`;
    expect(await (await t.client().get(`${base}/map`)).text()).toContain(`href="${base}/report"`);
    const report = await (await t.client().get(`${base}/report`)).text();
    expect(report).toContain('Report of the dialogue');
    for (const statement of spec?.statements ?? []) expect(report).toContain(statement.text);
  });
});
