import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';
import { matters } from '../dialogues/dialogues.schema.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const newMatter = '/sv/municipalities/SE-0127/matters/new';
const matterCount = async () => (await t.database.db.select({ n: count() }).from(matters))[0]?.n;

describe('checking readability on the form for a new matter', () => {
  it('shows the score, its band and the words to shorten, and saves nothing', async () => {
    const staff = await t.signedIn('staff@botkyrka.example');
    const before = await matterCount();
    // One sentence of 10 words; all but för, efter and med have more than six letters (7 long):
    // 10/1 + 100·7/10 = 80.
    const summary =
      'Kommunstyrelsen beslutade detaljplaneändringen för centrumområdet efter omfattande medborgardialog med invånarna.';
    const res = await staff.postForm(newMatter, { intent: 'readability', summary, title: '' });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Sammanfattning på klarspråk: LIX 80, mycket svår, som en lagtext.');
    // The longest word is named in the note itself, not only echoed back in the field.
    const note = html.slice(html.indexOf('class="ds-card readability-note"'));
    expect(note.slice(0, note.indexOf('</section>'))).toContain('detaljplaneändringen');
    // A check is no attempt to save: no field is marked wrong.
    expect(html).not.toContain('aria-invalid="true"');
    expect(await matterCount()).toBe(before);
  });

  it('is refused to a resident like the form itself', async () => {
    const resident = await t.signedIn('resident@botkyrka.example');
    const res = await resident.postForm(newMatter, { intent: 'readability', summary: 'Hej.' });
    expect(res.status).toBe(403);
  });
});
