import { and, asc, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { users } from '../../identity/identity.schema.ts';
import { departments } from '../../tenancy/tenancy.schema.ts';
import {
  challengeIdeas,
  challengeParticipants,
  challenges,
  ideaComments,
  ideaCredits,
} from './challenges.schema.ts';

export type ChallengeRow = typeof challenges.$inferSelect;
export type IdeaRow = typeof challengeIdeas.$inferSelect;

export async function insertChallenge(db: Db, row: typeof challenges.$inferInsert) {
  const [created] = await db.insert(challenges).values(row).returning();
  if (!created) throw new Error('challenge insert returned no row');
  return created;
}

const ofMunicipality = (municipalityId: string, id: string) =>
  and(eq(challenges.id, id), eq(challenges.municipalityId, municipalityId));

/** A challenge of the municipality, or undefined when it has none by that id. */
export async function getChallenge(db: Db, municipalityId: string, id: string) {
  const [row] = await db
    .select({ challenge: challenges, departmentName: departments.name })
    .from(challenges)
    .innerJoin(departments, eq(departments.id, challenges.departmentId))
    .where(ofMunicipality(municipalityId, id));
  return row && { ...row.challenge, departmentName: row.departmentName };
}

/** A challenge of the municipality, locked for the change about to be made to it. */
export async function lockChallenge(db: Db, municipalityId: string, id: string) {
  const [row] = await db
    .select()
    .from(challenges)
    .where(ofMunicipality(municipalityId, id))
    .for('update');
  return row;
}

/** A challenge of the municipality held while something is added to it, so its state cannot move meanwhile. */
export async function holdChallenge(db: Db, municipalityId: string, id: string) {
  const [row] = await db
    .select()
    .from(challenges)
    .where(ofMunicipality(municipalityId, id))
    .for('share');
  return row;
}

export async function setChallengeState(db: Db, id: string, state: string) {
  await db.update(challenges).set({ state }).where(eq(challenges.id, id));
}

/** Up to `limit` of the municipality's challenges open for ideas, newest first. */
export function openChallenges(db: Db, municipalityId: string, limit: number) {
  return db
    .select({ id: challenges.id, title: challenges.title, endsOn: challenges.endsOn })
    .from(challenges)
    .where(and(eq(challenges.municipalityId, municipalityId), eq(challenges.state, 'open')))
    .orderBy(desc(challenges.createdAt), asc(challenges.id))
    .limit(limit);
}

/** Adds a participant in a role; false when they had already joined (their role stays). */
export async function addParticipant(db: Db, challengeId: string, userId: string, role: string) {
  const added = await db
    .insert(challengeParticipants)
    .values({ challengeId, userId, role })
    .onConflictDoNothing()
    .returning({ userId: challengeParticipants.userId });
  return added.length > 0;
}

/** The role a person joined the challenge in, or undefined when they have not joined. */
export async function participantRole(db: Db, challengeId: string, userId: string) {
  const [row] = await db
    .select({ role: challengeParticipants.role })
    .from(challengeParticipants)
    .where(
      and(
        eq(challengeParticipants.challengeId, challengeId),
        eq(challengeParticipants.userId, userId),
      ),
    );
  return row?.role;
}

/** How many participants each role has, for the roles with any. */
export async function roleCounts(db: Db, challengeId: string): Promise<Record<string, number>> {
  const rows = await db
    .select({ role: challengeParticipants.role, n: count() })
    .from(challengeParticipants)
    .where(eq(challengeParticipants.challengeId, challengeId))
    .groupBy(challengeParticipants.role);
  return Object.fromEntries(rows.map((r) => [r.role, r.n]));
}

/** The participants with their names and roles, for those who run the challenge. */
export function participantsOf(db: Db, challengeId: string) {
  return db
    .select({ userId: users.id, name: users.name, role: challengeParticipants.role })
    .from(challengeParticipants)
    .innerJoin(users, eq(users.id, challengeParticipants.userId))
    .where(and(eq(challengeParticipants.challengeId, challengeId), isNull(users.deletedAt)))
    .orderBy(asc(users.name), asc(users.id));
}

export async function insertIdea(db: Db, row: typeof challengeIdeas.$inferInsert) {
  const [created] = await db.insert(challengeIdeas).values(row).returning();
  if (!created) throw new Error('idea insert returned no row');
  return created;
}

/** The challenge's ideas, oldest first, with their author's name and how many comments are shown. */
export function ideasOf(db: Db, challengeId: string) {
  return db
    .select({
      id: challengeIdeas.id,
      title: challengeIdeas.title,
      body: challengeIdeas.body,
      shortlisted: challengeIdeas.shortlisted,
      initiativeId: challengeIdeas.initiativeId,
      authorName: users.name,
      comments: sql<number>`(select count(*)::int from ${ideaComments}
        where ${ideaComments.ideaId} = ${challengeIdeas.id} and ${ideaComments.hiddenAt} is null)`,
      createdAt: challengeIdeas.createdAt,
    })
    .from(challengeIdeas)
    .leftJoin(users, eq(users.id, challengeIdeas.authorId))
    .where(eq(challengeIdeas.challengeId, challengeId))
    .orderBy(asc(challengeIdeas.createdAt), asc(challengeIdeas.id));
}

/** An idea of the challenge with its author's name. */
export async function getIdea(db: Db, challengeId: string, ideaId: string) {
  const [row] = await db
    .select({ idea: challengeIdeas, authorName: users.name })
    .from(challengeIdeas)
    .leftJoin(users, eq(users.id, challengeIdeas.authorId))
    .where(and(eq(challengeIdeas.id, ideaId), eq(challengeIdeas.challengeId, challengeId)));
  return row && { ...row.idea, authorName: row.authorName };
}

export async function lockIdea(db: Db, challengeId: string, ideaId: string) {
  const [row] = await db
    .select()
    .from(challengeIdeas)
    .where(and(eq(challengeIdeas.id, ideaId), eq(challengeIdeas.challengeId, challengeId)))
    .for('update');
  return row;
}

export async function updateIdea(
  db: Db,
  id: string,
  set: Partial<typeof challengeIdeas.$inferInsert>,
) {
  await db.update(challengeIdeas).set(set).where(eq(challengeIdeas.id, id));
}

export async function insertComment(db: Db, row: typeof ideaComments.$inferInsert) {
  const [created] = await db.insert(ideaComments).values(row).returning();
  if (!created) throw new Error('comment insert returned no row');
  return created;
}

/** An idea's comments, oldest first, hidden ones included (the page shows them only to staff). */
export function commentsOf(db: Db, ideaId: string) {
  return db
    .select({
      id: ideaComments.id,
      text: ideaComments.text,
      hiddenAt: ideaComments.hiddenAt,
      authorId: ideaComments.authorId,
      authorName: users.name,
      createdAt: ideaComments.createdAt,
    })
    .from(ideaComments)
    .leftJoin(users, eq(users.id, ideaComments.authorId))
    .where(eq(ideaComments.ideaId, ideaId))
    .orderBy(asc(ideaComments.createdAt), asc(ideaComments.id));
}

/** Hides a shown comment of the idea; false when it has no such comment or it is hidden already. */
export async function hideComment(db: Db, ideaId: string, commentId: string, by: string, at: Date) {
  const hidden = await db
    .update(ideaComments)
    .set({ hiddenAt: at, hiddenBy: by })
    .where(
      and(
        eq(ideaComments.id, commentId),
        eq(ideaComments.ideaId, ideaId),
        isNull(ideaComments.hiddenAt),
      ),
    )
    .returning({ id: ideaComments.id });
  return hidden.length > 0;
}

/** Of `userIds`, those who joined the challenge. */
export async function participantsAmong(db: Db, challengeId: string, userIds: readonly string[]) {
  if (userIds.length === 0) return [];
  const rows = await db
    .select({ userId: challengeParticipants.userId })
    .from(challengeParticipants)
    .where(
      and(
        eq(challengeParticipants.challengeId, challengeId),
        inArray(challengeParticipants.userId, [...userIds]),
      ),
    );
  return rows.map((r) => r.userId);
}

export async function insertCredits(db: Db, ideaId: string, userIds: readonly string[]) {
  if (userIds.length === 0) return;
  await db
    .insert(ideaCredits)
    .values(userIds.map((userId) => ({ ideaId, userId })))
    .onConflictDoNothing();
}

/** The names of the people credited with an idea, in alphabetical order. */
export async function creditedNames(db: Db, ideaId: string) {
  const rows = await db
    .select({ name: users.name })
    .from(ideaCredits)
    .innerJoin(users, eq(users.id, ideaCredits.userId))
    .where(and(eq(ideaCredits.ideaId, ideaId), isNull(users.deletedAt)))
    .orderBy(asc(users.name));
  return rows.map((r) => r.name);
}

/** The idea (and its challenge) an initiative of the municipality came from, if any. */
export async function ideaOfInitiative(db: Db, municipalityId: string, initiativeId: string) {
  const [row] = await db
    .select({
      ideaId: challengeIdeas.id,
      ideaTitle: challengeIdeas.title,
      challengeId: challenges.id,
      challengeTitle: challenges.title,
    })
    .from(challengeIdeas)
    .innerJoin(challenges, eq(challenges.id, challengeIdeas.challengeId))
    .where(
      and(
        eq(challengeIdeas.initiativeId, initiativeId),
        eq(challenges.municipalityId, municipalityId),
      ),
    );
  return row;
}
