import type { CommandContext } from '../../../../lib/context.ts';
import { fail, ok, type Result } from '../../../../lib/result.ts';
import { inTransaction } from '../../../../lib/transaction.ts';
import type { Actor } from '../../../../vocabulary/actor.ts';
import { audit } from '../../../audit/record.ts';
import type { CommentInput, FlagReason } from '../dialogues.inputs.ts';
import {
  commentOf,
  dialogueForWrite,
  findParticipant,
  flagCommentRow,
  hideFlaggedComment,
  insertComment,
  removeOwnComment,
} from '../dialogues.queries.ts';
import { mayTakePart, participantOf, type Voter } from '../participants.ts';
import { phaseOf } from '../phase.ts';
import type { TakePartFailure, Where } from './take-part.ts';

/** Users who flag a comment before it is hidden until a moderator decides. */
export const FLAGS_TO_HIDE = 3;

/**
 * A comment on the dialogue, or a reply to one of its comments (replies go one level deep: a reply
 * to a reply is refused). Open to whoever may take part, while the dialogue is open.
 */
export async function addComment(
  ctx: CommandContext,
  voter: Voter,
  actor: Actor,
  where: Where,
  input: CommentInput,
): Promise<Result<{ id: string }, TakePartFailure>> {
  return inTransaction(ctx, async (tx) => {
    const row = await dialogueForWrite(tx.db, where.municipalityId, where.matterId);
    if (!row) return fail('notFound');
    const phase = phaseOf(row.dialogue, row.decisionId !== null, tx.now());
    if (phase !== 'open') return fail(phase);
    const allowed = await mayTakePart(tx.db, row.dialogue, voter);
    if (!allowed.ok) return allowed;
    if (input.parentId) {
      const parent = await commentOf(tx.db, row.dialogue.id, input.parentId);
      if (!parent || parent.parentId !== null) return fail('invalid', { comment: 'error.invalid' });
    }
    const participant = await participantOf(tx.db, row.dialogue.id, voter);
    const created = await insertComment(tx.db, {
      dialogueId: row.dialogue.id,
      parentId: input.parentId,
      participantId: participant.id,
      text: input.comment,
      createdAt: tx.now(),
    });
    await audit(tx, actor, {
      municipalityId: where.municipalityId,
      action: 'comment.add',
      target: `comment:${created.id}`,
      details: { matterId: where.matterId, participant: participant.number },
    });
    return ok({ id: created.id });
  });
}

/**
 * A signed-in user flags a comment, with a reason; once three different users have, it is hidden
 * until a moderator decides (a comment a moderator kept stays). Flagging twice counts once.
 */
export async function flagComment(
  ctx: CommandContext,
  actor: Actor,
  where: Where,
  commentId: string,
  reason: FlagReason,
): Promise<Result<{ hidden: boolean }, 'notFound' | 'signIn'>> {
  if (actor.kind !== 'user') return fail('signIn');
  return inTransaction(ctx, async (tx) => {
    const row = await dialogueForWrite(tx.db, where.municipalityId, where.matterId);
    if (!row) return fail('notFound');
    const comment = await commentOf(tx.db, row.dialogue.id, commentId);
    if (!comment || comment.status === 'removed') return fail('notFound');
    const flags = await flagCommentRow(tx.db, {
      commentId,
      userId: actor.userId,
      reason,
      createdAt: tx.now(),
    });
    if (flags >= FLAGS_TO_HIDE) await hideFlaggedComment(tx.db, commentId);
    await audit(tx, actor, {
      municipalityId: where.municipalityId,
      action: 'comment.flag',
      target: `comment:${commentId}`,
      details: { reason, flags },
    });
    const after = await commentOf(tx.db, row.dialogue.id, commentId);
    return ok({ hidden: after?.status === 'hidden' });
  });
}

/**
 * Whoever wrote a comment removes it: it then shows "removed by the writer" and its words are
 * erased; its replies stay. Only the same participant (the same account, or the same key in the
 * browser) can; for anyone else the comment is not found.
 */
export async function removeComment(
  ctx: CommandContext,
  voter: Voter,
  actor: Actor,
  where: Where,
  commentId: string,
): Promise<Result<true, 'notFound'>> {
  return inTransaction(ctx, async (tx) => {
    const row = await dialogueForWrite(tx.db, where.municipalityId, where.matterId);
    if (!row) return fail('notFound');
    const who = voter.kind === 'user' ? { userId: voter.userId } : { keyHash: voter.keyHash };
    const participant = await findParticipant(tx.db, row.dialogue.id, who);
    if (!participant || !(await removeOwnComment(tx.db, commentId, participant.id))) {
      return fail('notFound');
    }
    await audit(tx, actor, {
      municipalityId: where.municipalityId,
      action: 'comment.remove',
      target: `comment:${commentId}`,
    });
    return ok(true);
  });
}
