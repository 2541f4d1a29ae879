import { and, asc, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { municipalities } from '../../tenancy/tenancy.schema.ts';
import {
  commentFlags,
  dialogueComments,
  dialogueParticipants,
  dialogueStatements,
  dialogues,
  dialogueVotes,
  matters,
  participantBackgrounds,
} from './dialogues.schema.ts';

// A signed-in person's rows in the dialogues: found through the participants linked to their
// account. A visitor's participation (a key in a browser's cookie) is linked to no account.

/** The dialogues the user took part in while signed in, with their participant number there. */
export function participationsOfUser(db: Db, userId: string) {
  return db
    .select({
      municipality: municipalities.name,
      matterId: matters.id,
      matter: matters.title,
      question: dialogues.question,
      participantNumber: dialogueParticipants.number,
      joinedAt: dialogueParticipants.createdAt,
    })
    .from(dialogueParticipants)
    .innerJoin(dialogues, eq(dialogues.id, dialogueParticipants.dialogueId))
    .innerJoin(matters, eq(matters.id, dialogues.matterId))
    .innerJoin(municipalities, eq(municipalities.id, matters.municipalityId))
    .where(eq(dialogueParticipants.userId, userId))
    .orderBy(asc(dialogueParticipants.createdAt), asc(dialogueParticipants.id));
}

/** Every vote the user cast, changed ones too, in the order cast, with the statement's text. */
export function votesOfUser(db: Db, userId: string) {
  return db
    .select({
      matterId: dialogues.matterId,
      statementNumber: dialogueStatements.number,
      statement: dialogueStatements.text,
      value: dialogueVotes.value,
      at: dialogueVotes.createdAt,
    })
    .from(dialogueVotes)
    .innerJoin(dialogueParticipants, eq(dialogueParticipants.id, dialogueVotes.participantId))
    .innerJoin(dialogueStatements, eq(dialogueStatements.id, dialogueVotes.statementId))
    .innerJoin(dialogues, eq(dialogues.id, dialogueVotes.dialogueId))
    .where(eq(dialogueParticipants.userId, userId))
    .orderBy(asc(dialogueVotes.id));
}

/** The statements the user wrote, whatever became of them. */
export function statementsOfUser(db: Db, userId: string) {
  return db
    .select({
      matterId: dialogues.matterId,
      number: dialogueStatements.number,
      text: dialogueStatements.text,
      status: dialogueStatements.status,
      moderationReason: dialogueStatements.moderationReason,
      createdAt: dialogueStatements.createdAt,
    })
    .from(dialogueStatements)
    .innerJoin(dialogueParticipants, eq(dialogueParticipants.id, dialogueStatements.participantId))
    .innerJoin(dialogues, eq(dialogues.id, dialogueStatements.dialogueId))
    .where(eq(dialogueParticipants.userId, userId))
    .orderBy(asc(dialogueStatements.createdAt), asc(dialogueStatements.id));
}

/** The comments and replies the user wrote, with their participant for removing them. */
export function commentsOfUser(db: Db, userId: string) {
  return db
    .select({
      id: dialogueComments.id,
      participantId: dialogueComments.participantId,
      matterId: dialogues.matterId,
      parentId: dialogueComments.parentId,
      text: dialogueComments.text,
      status: dialogueComments.status,
      hiddenReason: dialogueComments.hiddenReason,
      createdAt: dialogueComments.createdAt,
    })
    .from(dialogueComments)
    .innerJoin(dialogueParticipants, eq(dialogueParticipants.id, dialogueComments.participantId))
    .innerJoin(dialogues, eq(dialogues.id, dialogueComments.dialogueId))
    .where(eq(dialogueParticipants.userId, userId))
    .orderBy(asc(dialogueComments.createdAt), asc(dialogueComments.id));
}

/** The flags the user put on comments, with their reasons. */
export function flagsOfUser(db: Db, userId: string) {
  return db
    .select({
      matterId: dialogues.matterId,
      commentId: commentFlags.commentId,
      reason: commentFlags.reason,
      createdAt: commentFlags.createdAt,
    })
    .from(commentFlags)
    .innerJoin(dialogueComments, eq(dialogueComments.id, commentFlags.commentId))
    .innerJoin(dialogues, eq(dialogues.id, dialogueComments.dialogueId))
    .where(eq(commentFlags.userId, userId))
    .orderBy(asc(commentFlags.createdAt), asc(commentFlags.commentId));
}

/** The user's comments not yet removed. */
export function unremovedCommentsOfUser(db: Db, userId: string) {
  return db
    .select({ id: dialogueComments.id, participantId: dialogueComments.participantId })
    .from(dialogueComments)
    .innerJoin(dialogueParticipants, eq(dialogueParticipants.id, dialogueComments.participantId))
    .where(and(eq(dialogueParticipants.userId, userId), ne(dialogueComments.status, 'removed')));
}

/** Deletes the user's flags on comments. */
export async function deleteFlagsOfUser(db: Db, userId: string): Promise<void> {
  await db.delete(commentFlags).where(eq(commentFlags.userId, userId));
}

/**
 * Unlinks the user's participants from the account: their votes and statements stay, under the
 * participant's number, as a visitor's whose key is lost; with no key left nobody can claim them.
 */
export async function unlinkParticipantsOfUser(db: Db, userId: string): Promise<number> {
  const rows = await db
    .update(dialogueParticipants)
    .set({ userId: null, keyHash: null })
    .where(eq(dialogueParticipants.userId, userId))
    .returning({ id: dialogueParticipants.id });
  return rows.length;
}

/** The person's answers to dialogues' background questions. */
export async function backgroundsOfUser(db: Db, userId: string) {
  return db
    .select({
      dialogueId: participantBackgrounds.dialogueId,
      district: participantBackgrounds.district,
      ageBand: participantBackgrounds.ageBand,
      answeredAt: participantBackgrounds.createdAt,
    })
    .from(participantBackgrounds)
    .innerJoin(
      dialogueParticipants,
      eq(dialogueParticipants.id, participantBackgrounds.participantId),
    )
    .where(eq(dialogueParticipants.userId, userId));
}

/** Deletes the person's background answers: they say who someone is, and the person is gone. */
export async function deleteBackgroundsOfUser(db: Db, userId: string): Promise<void> {
  await db
    .delete(participantBackgrounds)
    .where(
      sql`${participantBackgrounds.participantId} in (select id from dialogue_participants where user_id = ${userId})`,
    );
}
