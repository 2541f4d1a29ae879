import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { departmentManagedBy } from '../../testing/accounts.ts';
import { insertTestInitiative } from '../../testing/steering-fixtures.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { users } from '../identity/identity.schema.ts';
import { initiatives } from '../styrning/portfolio/portfolio.schema.ts';
import { recordDecision } from './commands/record-decision.ts';
import { decisionBodies, decisions } from './decisions.schema.ts';

// A decision that overrides a scale gate is public; the initiative it concerns may not be. Its
// title is shown to the public only while the initiative is public.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const katrineholm = 'SE-0483';
const page = (lang = 'en', m = katrineholm) => `/${lang}/municipalities/${m}/decisions`;
const read = async (path: string) => (await t.app.request(path)).text();

async function overrideByDecision(initiativeId: string) {
  const db = t.database.db;
  const [user] = await db
    .select()
    .from(users)
    .where(eq(users.email, 'politician@katrineholm.example'));
  const [body] = await db
    .select()
    .from(decisionBodies)
    .where(eq(decisionBodies.municipalityId, katrineholm));
  const result = await recordDecision(
    { db, now: () => new Date() },
    {
      kind: 'user',
      userId: user?.id ?? '',
      email: 'politician@katrineholm.example',
      name: 'Politiker',
      grants: [{ role: 'politician', municipalityId: katrineholm, departmentId: null }],
    },
    katrineholm,
    { bodyId: body?.id ?? '', decidedOn: '2026-11-25', text: 'Piloten skalas upp trots allt.' },
    [{ kind: 'gate-override', id: initiativeId }],
  );
  expect(result.ok).toBe(true);
}

describe('a gate-override decision', () => {
  it('names a non-public initiative to no visitor, in neither the page nor the feed; staff see it', async () => {
    const db = t.database.db;
    const dept = await departmentManagedBy(db, 'manager@katrineholm.example');
    const title = 'Hemlig pilot med ansiktsigenkänning';
    const hidden = await insertTestInitiative(db, {
      municipalityId: katrineholm,
      departmentId: dept,
      title,
      stage: 'pilot',
      isPublic: false,
    });
    await overrideByDecision(hidden.id);
    for (const lang of ['en', 'sv', 'nb']) {
      for (const path of [page(lang), `${page(lang)}.atom`]) {
        const text = await read(path);
        expect(text, path).not.toContain(title);
        expect(text, path).not.toContain(hidden.id);
      }
    }
    // The neutral wording: the kind of decision, without the initiative.
    expect(await read(page())).toContain('Concerns: Scale gate overridden</li>');
    expect(await read(`${page('sv')}.atom`)).toContain(
      'Gäller: Uppskalning utan uppfyllda villkor\n',
    );
    const staff = await t.signedIn('staff@katrineholm.example');
    const forStaff = await (await staff.get(page())).text();
    expect(forStaff).toContain(
      `Concerns: Scale gate overridden: <a class="ds-link" href="/en/municipalities/${katrineholm}/initiatives/${hidden.id}"`,
    );
    // Made public, it is named to everyone.
    await t.announced(() =>
      db.update(initiatives).set({ isPublic: true }).where(eq(initiatives.id, hidden.id)),
    );
    expect(await read(page())).toContain(title);
    expect(await read(`${page()}.atom`)).toContain(`Concerns: Scale gate overridden: ${title}`);
  });

  it('in the demo, does not name its initiative in its text when that initiative is not public', async () => {
    const db = t.database.db;
    for (const m of ['SE-0127', 'SE-0483', 'NO-3203']) {
      const rows = await db
        .select({ text: decisions.text, adopts: decisions.adopts })
        .from(decisions)
        .where(
          and(
            eq(decisions.municipalityId, m),
            sql`${decisions.adopts} @> '[{"kind":"gate-override"}]'::jsonb`,
          ),
        );
      for (const d of rows) {
        const id = d.adopts.find((a) => a.kind === 'gate-override')?.id ?? '';
        const [initiative] = await db.select().from(initiatives).where(eq(initiatives.id, id));
        if (!initiative || initiative.isPublic) continue;
        expect(d.text, m).not.toContain(initiative.title);
        const visitor = await read(page('sv', m));
        expect(visitor, m).not.toContain(initiative.title);
      }
    }
    // Botkyrka's overridden pilot is one that is not public: the case above is exercised.
    const [botkyrka] = await db
      .select({ adopts: decisions.adopts })
      .from(decisions)
      .where(
        and(
          eq(decisions.municipalityId, 'SE-0127'),
          sql`${decisions.adopts} @> '[{"kind":"gate-override"}]'::jsonb`,
        ),
      );
    const overridden = botkyrka?.adopts[0]?.id ?? '';
    const [initiative] = await db.select().from(initiatives).where(eq(initiatives.id, overridden));
    expect(initiative?.isPublic).toBe(false);
  });
});
