import { and, eq, gt } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import {
  challengeIdeas,
  challengeParticipants,
  challenges,
  ideaComments,
  ideaCredits,
  workshopSignups,
  workshops,
} from './challenges.schema.ts';
import { confirmedCount, moveUpFirstWaiting } from './workshops.queries.ts';

/** Everything challenges hold about a person: their roles, ideas, comments, credits and signups. */
export async function challengeDataOfUser(db: Db, userId: string) {
  return {
    challengesOwned: await db
      .select({ id: challenges.id, title: challenges.title })
      .from(challenges)
      .where(eq(challenges.ownerId, userId)),
    challengeRoles: await db
      .select({
        challengeId: challengeParticipants.challengeId,
        role: challengeParticipants.role,
        joinedAt: challengeParticipants.joinedAt,
      })
      .from(challengeParticipants)
      .where(eq(challengeParticipants.userId, userId)),
    challengeIdeas: await db
      .select({ id: challengeIdeas.id, title: challengeIdeas.title, body: challengeIdeas.body })
      .from(challengeIdeas)
      .where(eq(challengeIdeas.authorId, userId)),
    ideaComments: await db
      .select({ id: ideaComments.id, ideaId: ideaComments.ideaId, text: ideaComments.text })
      .from(ideaComments)
      .where(eq(ideaComments.authorId, userId)),
    ideaCredits: await db
      .select({ ideaId: ideaCredits.ideaId })
      .from(ideaCredits)
      .where(eq(ideaCredits.userId, userId)),
    workshopSignups: await db
      .select({ workshopId: workshopSignups.workshopId, status: workshopSignups.status })
      .from(workshopSignups)
      .where(eq(workshopSignups.userId, userId)),
  };
}

/**
 * Forgets a person: their roles, credits and signups go (a place they held at a coming workshop
 * goes to the first on its waiting list, who sees it on the page and gets the reminder); their
 * ideas and comments stay without an author (others built on them), and challenges they own stay
 * with the department.
 */
export async function forgetChallengeDataOfUser(db: Db, userId: string, now: Date) {
  await db.delete(challengeParticipants).where(eq(challengeParticipants.userId, userId));
  await db.delete(ideaCredits).where(eq(ideaCredits.userId, userId));
  const places = await db
    .select({ workshop: workshops })
    .from(workshopSignups)
    .innerJoin(workshops, eq(workshops.id, workshopSignups.workshopId))
    .where(
      and(
        eq(workshopSignups.userId, userId),
        eq(workshopSignups.status, 'confirmed'),
        gt(workshops.startsAt, now),
      ),
    );
  await db.delete(workshopSignups).where(eq(workshopSignups.userId, userId));
  for (const { workshop } of places) {
    // Locked so a signup at the same moment cannot take the place twice.
    await db
      .select({ id: workshops.id })
      .from(workshops)
      .where(eq(workshops.id, workshop.id))
      .for('update');
    if ((await confirmedCount(db, workshop.id)) < workshop.capacity)
      await moveUpFirstWaiting(db, workshop.id);
  }
  await db
    .update(challengeIdeas)
    .set({ authorId: null })
    .where(eq(challengeIdeas.authorId, userId));
  await db.update(ideaComments).set({ authorId: null }).where(eq(ideaComments.authorId, userId));
  await db.update(ideaComments).set({ hiddenBy: null }).where(eq(ideaComments.hiddenBy, userId));
  await db.update(challenges).set({ ownerId: null }).where(eq(challenges.ownerId, userId));
}
