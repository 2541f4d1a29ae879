import { and, asc, count, eq, gt, isNull, lte, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { users } from '../../identity/identity.schema.ts';
import { challenges, workshopSignups, workshops } from './challenges.schema.ts';

export type WorkshopRow = typeof workshops.$inferSelect;

export async function insertWorkshop(db: Db, row: typeof workshops.$inferInsert) {
  const [created] = await db.insert(workshops).values(row).returning();
  if (!created) throw new Error('workshop insert returned no row');
  return created;
}

/** The challenge's workshops, earliest first, with how many have a place and how many wait. */
export function workshopsOf(db: Db, challengeId: string) {
  const counted = (status: string) =>
    sql<number>`(select count(*)::int from ${workshopSignups}
      where ${workshopSignups.workshopId} = ${workshops.id} and ${workshopSignups.status} = ${status})`;
  return db
    .select({
      workshop: workshops,
      confirmed: counted('confirmed'),
      waiting: counted('waiting'),
    })
    .from(workshops)
    .where(eq(workshops.challengeId, challengeId))
    .orderBy(asc(workshops.startsAt), asc(workshops.id));
}

/** The workshop `id` of the municipality's challenge, as a query to read or to lock. */
function workshopOf(db: Db, municipalityId: string, challengeId: string, id: string) {
  return db
    .select({ workshop: workshops })
    .from(workshops)
    .innerJoin(challenges, eq(challenges.id, workshops.challengeId))
    .where(
      and(
        eq(workshops.id, id),
        eq(workshops.challengeId, challengeId),
        eq(challenges.municipalityId, municipalityId),
      ),
    );
}

/** A workshop of the municipality's challenge, or undefined. */
export async function getWorkshop(db: Db, municipalityId: string, challengeId: string, id: string) {
  const [row] = await workshopOf(db, municipalityId, challengeId, id);
  return row?.workshop;
}

/**
 * A workshop of the municipality's challenge, locked: signups and cancellations of one workshop
 * take turns, so the places counted are the places there are.
 */
export async function lockWorkshop(
  db: Db,
  municipalityId: string,
  challengeId: string,
  id: string,
) {
  const [row] = await workshopOf(db, municipalityId, challengeId, id).for('update', {
    of: workshops,
  });
  return row?.workshop;
}

export async function confirmedCount(db: Db, workshopId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(workshopSignups)
    .where(
      and(eq(workshopSignups.workshopId, workshopId), eq(workshopSignups.status, 'confirmed')),
    );
  return row?.n ?? 0;
}

export async function signupOf(db: Db, workshopId: string, userId: string) {
  const [row] = await db
    .select()
    .from(workshopSignups)
    .where(and(eq(workshopSignups.workshopId, workshopId), eq(workshopSignups.userId, userId)));
  return row;
}

export async function insertSignup(
  db: Db,
  row: { workshopId: string; userId: string; status: 'confirmed' | 'waiting'; signedUpAt: Date },
) {
  await db.insert(workshopSignups).values(row);
}

export async function deleteSignup(db: Db, workshopId: string, userId: string) {
  await db
    .delete(workshopSignups)
    .where(and(eq(workshopSignups.workshopId, workshopId), eq(workshopSignups.userId, userId)));
}

/** The first on the waiting list, moved up to a place; undefined when nobody waits. */
export async function moveUpFirstWaiting(db: Db, workshopId: string) {
  const [first] = await db
    .select({ userId: workshopSignups.userId, email: users.email, name: users.name })
    .from(workshopSignups)
    .innerJoin(users, eq(users.id, workshopSignups.userId))
    .where(and(eq(workshopSignups.workshopId, workshopId), eq(workshopSignups.status, 'waiting')))
    .orderBy(asc(workshopSignups.signedUpAt), asc(workshopSignups.userId))
    .limit(1);
  if (!first) return undefined;
  await db
    .update(workshopSignups)
    .set({ status: 'confirmed' })
    .where(
      and(eq(workshopSignups.workshopId, workshopId), eq(workshopSignups.userId, first.userId)),
    );
  return first;
}

/**
 * Who has a place and who waits at each of the challenge's workshops, in the order they signed
 * up: for those who run the challenge. One query for every workshop of the page.
 */
export async function signupsOfChallenge(db: Db, challengeId: string) {
  const rows = await db
    .select({
      workshopId: workshopSignups.workshopId,
      name: users.name,
      status: workshopSignups.status,
    })
    .from(workshopSignups)
    .innerJoin(workshops, eq(workshops.id, workshopSignups.workshopId))
    .innerJoin(users, eq(users.id, workshopSignups.userId))
    .where(eq(workshops.challengeId, challengeId))
    .orderBy(asc(workshopSignups.signedUpAt), asc(workshopSignups.userId));
  const byWorkshop = new Map<string, { name: string; status: string }[]>();
  for (const { workshopId, ...signup } of rows) {
    byWorkshop.set(workshopId, [...(byWorkshop.get(workshopId) ?? []), signup]);
  }
  return byWorkshop;
}

/** The person's signups to the challenge's workshops: workshop id → status. */
export async function ownSignups(db: Db, challengeId: string, userId: string) {
  const rows = await db
    .select({ workshopId: workshopSignups.workshopId, status: workshopSignups.status })
    .from(workshopSignups)
    .innerJoin(workshops, eq(workshops.id, workshopSignups.workshopId))
    .where(and(eq(workshops.challengeId, challengeId), eq(workshopSignups.userId, userId)));
  return new Map(rows.map((r) => [r.workshopId, r.status]));
}

/**
 * Takes the reminders due at `now` (a place at a workshop that starts within a day, not yet
 * reminded) and marks them reminded, in the caller's transaction. Rows another process holds are
 * skipped, and a marked row is never taken again: each person is reminded once.
 */
export async function takeDueReminders(db: Db, now: Date, limit = 200) {
  const dayAhead = new Date(now.getTime() + 86_400_000);
  const due = await db
    .select({ workshopId: workshopSignups.workshopId, userId: workshopSignups.userId })
    .from(workshopSignups)
    .innerJoin(workshops, eq(workshops.id, workshopSignups.workshopId))
    .where(
      and(
        eq(workshopSignups.status, 'confirmed'),
        isNull(workshopSignups.remindedAt),
        gt(workshops.startsAt, now),
        lte(workshops.startsAt, dayAhead),
      ),
    )
    .orderBy(asc(workshops.startsAt))
    .limit(limit)
    .for('update', { of: workshopSignups, skipLocked: true });
  if (due.length === 0) return [];
  const pairs = (rows: readonly { workshopId: string; userId: string }[]) =>
    sql`(${workshopSignups.workshopId}, ${workshopSignups.userId}) in (${sql.join(
      rows.map((r) => sql`(${r.workshopId}::uuid, ${r.userId}::uuid)`),
      sql`, `,
    )})`;
  // One statement marks every row taken: the rows are locked, so none was reminded meanwhile.
  const taken = await db
    .update(workshopSignups)
    .set({ remindedAt: now })
    .where(and(pairs(due), isNull(workshopSignups.remindedAt)))
    .returning({ workshopId: workshopSignups.workshopId, userId: workshopSignups.userId });
  if (taken.length === 0) return [];
  return db
    .select({
      workshopId: workshops.id,
      title: workshops.title,
      startsAt: workshops.startsAt,
      place: workshops.place,
      challengeId: challenges.id,
      municipalityId: challenges.municipalityId,
      userId: users.id,
      email: users.email,
    })
    .from(workshopSignups)
    .innerJoin(workshops, eq(workshops.id, workshopSignups.workshopId))
    .innerJoin(challenges, eq(challenges.id, workshops.challengeId))
    .innerJoin(users, eq(users.id, workshopSignups.userId))
    .where(and(eq(workshopSignups.remindedAt, now), pairs(taken), isNull(users.deletedAt)));
}
