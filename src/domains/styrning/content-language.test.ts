import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { initiatives } from './portfolio/portfolio.schema.ts';
import { goals } from './strategy/strategy.schema.ts';

// What a municipality writes is in its own language: Swedish in Botkyrka, Norwegian in Asker.
// On a page in another language it carries lang (WCAG 3.1.2), and on a page in its own it does not.

let t: TestApp;
const botkyrka = 'SE-0127';
const asker = 'NO-3203';
const first = { botkyrka: { id: '', title: '' }, asker: { id: '', title: '' }, goal: '' };

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const publicInitiative = async (municipalityId: string) => {
    const [row] = await db
      .select({ id: initiatives.id, title: initiatives.title })
      .from(initiatives)
      .where(and(eq(initiatives.municipalityId, municipalityId), eq(initiatives.isPublic, true)))
      .orderBy(asc(initiatives.title))
      .limit(1);
    if (!row) throw new Error(`no public initiative in ${municipalityId}`);
    return row;
  };
  first.botkyrka = await publicInitiative(botkyrka);
  first.asker = await publicInitiative(asker);
  const [goal] = await db
    .select({ title: goals.title })
    .from(goals)
    .where(and(eq(goals.municipalityId, botkyrka), eq(goals.status, 'adopted')))
    .limit(1);
  first.goal = goal?.title ?? '';
});
afterAll(async () => {
  await t?.close();
});

const html = async (path: string) => (await t.app.request(path)).text();
const escaped = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

describe('content in the municipality’s language', () => {
  it('marks a Botkyrka initiative title on an English page as Swedish', async () => {
    const { id, title } = first.botkyrka;
    const page = await html(`/en/municipalities/${botkyrka}/initiatives/${id}`);
    expect(page).toContain('<html lang="en"');
    expect(page).toContain(
      `<h1 class="ds-heading" data-size="lg" lang="sv">${escaped(title)}</h1>`,
    );
    expect(page).toContain(`<span aria-current="page" lang="sv">${escaped(title)}</span>`);
    const list = await html(`/en/municipalities/${botkyrka}/initiatives`);
    expect(list).toContain(
      `href="/en/municipalities/${botkyrka}/initiatives/${id}" lang="sv">${escaped(title)}</a>`,
    );
  });

  it('marks an Asker initiative title on a Swedish page as Norwegian', async () => {
    const { id, title } = first.asker;
    const page = await html(`/sv/municipalities/${asker}/initiatives/${id}`);
    expect(page).toContain(
      `<h1 class="ds-heading" data-size="lg" lang="nb">${escaped(title)}</h1>`,
    );
  });

  it('adds nothing on a page in the municipality’s own language', async () => {
    const sv = await html(`/sv/municipalities/${botkyrka}/initiatives/${first.botkyrka.id}`);
    const nb = await html(`/nb/municipalities/${asker}/initiatives/${first.asker.id}`);
    for (const page of [sv, nb]) {
      const main = page.slice(page.indexOf('<main'), page.indexOf('</main>'));
      expect(main).toContain('<h1 class="ds-heading" data-size="lg">');
      expect(main).not.toContain(' lang=');
    }
  });

  it('marks goals, decisions, the future story, the roadmap and departments', async () => {
    const base = `/en/municipalities/${botkyrka}`;
    const goalsPage = await html(`${base}/goals`);
    expect(goalsPage).toMatch(new RegExp(`lang="sv">${escaped(first.goal)}</a>`));
    expect(await html(`${base}/decisions`)).toContain(
      'class="ds-paragraph decision-text" lang="sv"',
    );
    expect(await html(`${base}/future-story`)).toContain('<div class="story-text" lang="sv">');
    expect(await html(`${base}/roadmap`)).toMatch(/<td [^>]*lang="sv"/);
    expect(await html(base)).toMatch(/\/departments\/[^"]+" lang="sv">/);
    // A Norwegian page for Botkyrka marks it as Swedish too.
    expect(await html(`/nb/municipalities/${botkyrka}/goals`)).toContain('lang="sv"');
  });

  it('marks the dashboard tables for staff', async () => {
    const client = t.client();
    await client.login('staff@botkyrka.example');
    const page = await (await client.get(`/en/municipalities/${botkyrka}/dashboard`)).text();
    expect(page).toMatch(/<th scope="row"[^>]*lang="sv"/);
  });
});
