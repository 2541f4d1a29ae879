import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';
import type { UserActor } from '../../../vocabulary/actor.ts';
import { contextOf, postedChallenge, testPeople } from './challenges.fixtures.ts';
import { challengeIdeas, ideaComments, workshopSignups } from './challenges.schema.ts';
import { commentOnIdea, joinChallenge, postIdea } from './commands/take-part.ts';
import { addWorkshop, signUpForWorkshop } from './commands/workshops.ts';
import { challengeDataOfUser, forgetChallengeDataOfUser } from './personal-data.queries.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe("a person's data in challenges", () => {
  it('is exported as theirs alone, and forgotten: roles and signups go (the place to the first waiting), ideas and comments stay without a name', async () => {
    const db = t.database.db;
    const ctx = contextOf(db);
    const { where, staff } = await postedChallenge(db);
    const [person, other] = (await testPeople(db, 2, 'gdpr')) as [UserActor, UserActor];
    const startsAt = new Date(Date.now() + 5 * 86_400_000);
    const added = await addWorkshop(ctx, staff, where, {
      workshopTitle: 'Möte',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3_600_000),
      place: 'Tumba',
      accessibility: '',
      onlineUrl: '',
      capacity: 1,
    });
    if (!added.ok) throw new Error(added.reason);
    for (const p of [person, other]) await joinChallenge(ctx, p, where, 'relative');
    const idea = await postIdea(ctx, person, where, { title: 'Min idé', body: 'Text' });
    if (!idea.ok) throw new Error(idea.reason);
    await commentOnIdea(ctx, person, { ...where, ideaId: idea.value.ideaId }, 'Min kommentar');
    await signUpForWorkshop(ctx, person, { ...where, workshopId: added.value.workshopId });
    await signUpForWorkshop(ctx, other, { ...where, workshopId: added.value.workshopId });

    const exported = await challengeDataOfUser(db, person.userId);
    expect(exported.challengeRoles.map((r) => r.role)).toEqual(['relative']);
    expect(exported.challengeIdeas.map((i) => i.title)).toEqual(['Min idé']);
    expect(exported.ideaComments.map((c) => c.text)).toEqual(['Min kommentar']);
    expect(exported.workshopSignups).toEqual([
      { workshopId: added.value.workshopId, status: 'confirmed' },
    ]);

    await forgetChallengeDataOfUser(db, person.userId, ctx.now());
    const after = await challengeDataOfUser(db, person.userId);
    expect(Object.values(after).every((rows) => rows.length === 0)).toBe(true);
    const [kept] = await db
      .select({ authorId: challengeIdeas.authorId })
      .from(challengeIdeas)
      .where(eq(challengeIdeas.id, idea.value.ideaId));
    expect(kept).toEqual({ authorId: null });
    const comments = await db
      .select({ text: ideaComments.text, authorId: ideaComments.authorId })
      .from(ideaComments)
      .where(eq(ideaComments.ideaId, idea.value.ideaId));
    expect(comments).toEqual([{ text: 'Min kommentar', authorId: null }]);
    // The place they held went to the other person, who was waiting.
    const left = await db
      .select({ userId: workshopSignups.userId, status: workshopSignups.status })
      .from(workshopSignups)
      .where(eq(workshopSignups.workshopId, added.value.workshopId));
    expect(left).toEqual([{ userId: other.userId, status: 'confirmed' }]);
  });
});
