import { and, eq, isNotNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { decisions } from '../../decisions/decisions.schema.ts';
import {
  dialogueParticipants,
  dialogueSettings,
  dialogues,
  matters,
  participantBackgrounds,
} from './dialogues.schema.ts';

/** Records the answers once; a second submission changes nothing. */
export async function insertBackground(
  db: Db,
  row: {
    participantId: string;
    dialogueId: string;
    district: string | null;
    ageBand: string | null;
  },
  now: Date,
): Promise<void> {
  await db
    .insert(participantBackgrounds)
    .values({ ...row, createdAt: now })
    .onConflictDoNothing();
}

/** Who took part by the answers given: counts per age band and per district (null: not answered). */
export async function backgroundCounts(db: Db, dialogueId: string) {
  const count = (
    column: typeof participantBackgrounds.ageBand | typeof participantBackgrounds.district,
  ) =>
    db
      .select({ answer: column, n: sql<number>`count(*)::int` })
      .from(participantBackgrounds)
      .where(eq(participantBackgrounds.dialogueId, dialogueId))
      .groupBy(column);
  return {
    ageBand: await count(participantBackgrounds.ageBand),
    district: await count(participantBackgrounds.district),
  };
}

export async function retentionMonths(db: Db, municipalityId: string): Promise<number> {
  const [row] = await db
    .select({ months: dialogueSettings.backgroundRetentionMonths })
    .from(dialogueSettings)
    .where(eq(dialogueSettings.municipalityId, municipalityId));
  return row?.months ?? 12;
}

export async function saveRetentionMonths(
  db: Db,
  municipalityId: string,
  months: number,
  now: Date,
): Promise<void> {
  await db
    .insert(dialogueSettings)
    .values({ municipalityId, backgroundRetentionMonths: months, updatedAt: now })
    .onConflictDoUpdate({
      target: dialogueSettings.municipalityId,
      set: { backgroundRetentionMonths: months, updatedAt: now },
    });
}

/**
 * Deletes the background answers of dialogues decided longer ago than their municipality keeps
 * them (12 months unless it set otherwise), counted in whole calendar months from the decision.
 * @returns how many answers were deleted
 */
export async function deleteExpiredBackgrounds(db: Db, now: Date): Promise<number> {
  const expired = db
    .select({ id: dialogues.id })
    .from(dialogues)
    .innerJoin(matters, eq(matters.id, dialogues.matterId))
    .innerJoin(decisions, eq(decisions.id, matters.decisionId))
    .leftJoin(dialogueSettings, eq(dialogueSettings.municipalityId, dialogues.municipalityId))
    .where(
      and(
        isNotNull(matters.decisionId),
        lt(
          sql`${decisions.recordedAt} + make_interval(months => coalesce(${dialogueSettings.backgroundRetentionMonths}, 12))`,
          now,
        ),
      ),
    );
  const deleted = await db
    .delete(participantBackgrounds)
    .where(sql`${participantBackgrounds.dialogueId} in ${expired}`)
    .returning({ id: participantBackgrounds.participantId });
  return deleted.length;
}

/** Whether the voter has taken part in the dialogue and not yet answered its background questions. */
export async function backgroundUnanswered(
  db: Db,
  dialogueId: string,
  who: { userId: string } | { keyHash: string },
): Promise<boolean> {
  const [row] = await db
    .select({ answered: sql<boolean>`${participantBackgrounds.participantId} is not null` })
    .from(dialogueParticipants)
    .leftJoin(
      participantBackgrounds,
      eq(participantBackgrounds.participantId, dialogueParticipants.id),
    )
    .where(
      and(
        eq(dialogueParticipants.dialogueId, dialogueId),
        'userId' in who
          ? eq(dialogueParticipants.userId, who.userId)
          : eq(dialogueParticipants.keyHash, who.keyHash),
      ),
    );
  return row !== undefined && !row.answered;
}
