import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../seed/demo.ts';
import { createTestApp, demoPasswordForTests, type TestApp } from '../../../testing/test-app.ts';
import { users } from '../../identity/identity.schema.ts';
import { mailOutbox } from '../../mail/mail.schema.ts';
import { initiatives } from '../../styrning/portfolio/portfolio.schema.ts';
import { proposalCoauthors } from './coauthors.schema.ts';
import { demoProposals } from './demo-texts.ts';
import { proposals } from './proposals.schema.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const rowsOf = (municipalityId: string) =>
  t.database.db.select().from(proposals).where(eq(proposals.municipalityId, municipalityId));

describe('the demo proposals', () => {
  it('queue no mail: their answers and co-authors tell the demo’s addresses nothing, as they reach nobody', async () => {
    expect(
      await t.database.db
        .select({ to: mailOutbox.toAddress, kind: mailOutbox.kind })
        .from(mailOutbox),
    ).toEqual([]);
  });

  it('stand in every state a visitor sees, in each demo municipality, as their texts say', async () => {
    for (const [municipalityId, specs] of Object.entries(demoProposals)) {
      const rows = await rowsOf(municipalityId);
      const stateOf = (title: string) => rows.find((r) => r.title === title)?.state;
      expect([municipalityId, specs.map((s) => stateOf(s.title))]).toEqual([
        municipalityId,
        specs.map((s) => s.path.to),
      ]);
      // Past the threshold exactly where the path says so, counted as the threshold counts.
      for (const s of specs) {
        const row = rows.find((r) => r.title === s.title);
        const reached = ['thresholdReached', 'withBody', 'answered'].includes(s.path.to);
        if (row?.threshold == null) continue;
        expect([s.key, (row.supportTotal ?? 0) >= row.threshold]).toEqual([s.key, reached]);
      }
    }
  });

  it('include one accepted that is now a public initiative at the idea stage, linked both ways', async () => {
    for (const [municipalityId, specs] of Object.entries(demoProposals)) {
      const accepted = specs.find((s) => s.path.to === 'answered' && s.path.answer === 'accepted');
      const row = (await rowsOf(municipalityId)).find((r) => r.title === accepted?.title);
      expect(row?.answer).toBe('accepted');
      const [initiative] = await t.database.db
        .select()
        .from(initiatives)
        .where(eq(initiatives.id, row?.initiativeId ?? ''));
      expect([initiative?.title, initiative?.stage, initiative?.isPublic]).toEqual([
        accepted?.title,
        'idea',
        true,
      ]);
      const page = await (
        await t.client().get(`/sv/municipalities/${municipalityId}/proposals/${row?.id}`)
      ).text();
      expect(page).toContain(`/initiatives/${initiative?.id}`);
    }
  });

  it('include one written by two: the resident and a co-author who accepted, named on its page', async () => {
    for (const [municipalityId, specs] of Object.entries(demoProposals)) {
      const benches = specs.find((s) => s.key === 'benches');
      const row = (await rowsOf(municipalityId)).find((r) => r.title === benches?.title);
      const [coauthor] = await t.database.db
        .select({ state: proposalCoauthors.state, name: users.name })
        .from(proposalCoauthors)
        .innerJoin(users, eq(users.id, proposalCoauthors.userId))
        .where(eq(proposalCoauthors.proposalId, row?.id ?? ''));
      expect(coauthor?.state).toBe('accepted');
      const page = await (
        await t.client().get(`/sv/municipalities/${municipalityId}/proposals/${row?.id}`)
      ).text();
      expect(page).toContain(coauthor?.name ?? 'no co-author');
    }
  });

  it('are written once: seeding again adds none', async () => {
    const before = (await t.database.db.select({ id: proposals.id }).from(proposals)).length;
    await seedDemo({ db: t.database.db, now: () => new Date() }, demoPasswordForTests);
    const after = (await t.database.db.select({ id: proposals.id }).from(proposals)).length;
    expect(after).toBe(before);
  });
});
