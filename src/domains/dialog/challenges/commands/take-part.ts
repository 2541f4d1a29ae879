import type { CommandContext } from '../../../../lib/context.ts';
import { fail, ok, type Result } from '../../../../lib/result.ts';
import { inTransaction } from '../../../../lib/transaction.ts';
import type { Actor } from '../../../../vocabulary/actor.ts';
import { audit } from '../../../audit/record.ts';
import type { IdeaInput } from '../challenges.inputs.ts';
import { canHideIdeaComment, type StakeholderRole } from '../challenges.policy.ts';
import {
  addParticipant,
  getChallenge,
  getIdea,
  hideComment,
  holdChallenge,
  insertComment,
  insertIdea,
  participantRole,
} from '../challenges.queries.ts';

type Where = { municipalityId: string; challengeId: string };
type Refusal = 'signIn' | 'notFound' | 'closed' | 'notParticipant';

/**
 * Anyone signed in joins a challenge that is not done, in the role they bring; one role each, so
 * joining again changes nothing (`already`).
 */
export async function joinChallenge(
  ctx: CommandContext,
  actor: Actor,
  where: Where,
  role: StakeholderRole,
): Promise<Result<true, 'signIn' | 'notFound' | 'closed' | 'already'>> {
  if (actor.kind !== 'user') return fail('signIn');
  return inTransaction(ctx, async (tx) => {
    const c = await holdChallenge(tx.db, where.municipalityId, where.challengeId);
    if (!c) return fail('notFound');
    if (c.state === 'done') return fail('closed');
    if (!(await addParticipant(tx.db, c.id, actor.userId, role))) return fail('already');
    await audit(tx, actor, {
      municipalityId: c.municipalityId,
      action: 'challenge.join',
      target: `challenge:${c.id}`,
      details: { role },
    });
    return ok(true);
  });
}

/** A participant posts an idea while the challenge is open for ideas. */
export async function postIdea(
  ctx: CommandContext,
  actor: Actor,
  where: Where,
  input: IdeaInput,
): Promise<Result<{ ideaId: string }, Refusal>> {
  if (actor.kind !== 'user') return fail('signIn');
  return inTransaction(ctx, async (tx) => {
    const c = await holdChallenge(tx.db, where.municipalityId, where.challengeId);
    if (!c) return fail('notFound');
    if (c.state !== 'open') return fail('closed');
    if (!(await participantRole(tx.db, c.id, actor.userId))) return fail('notParticipant');
    const idea = await insertIdea(tx.db, {
      challengeId: c.id,
      authorId: actor.userId,
      ...input,
      createdAt: tx.now(),
    });
    await audit(tx, actor, {
      municipalityId: c.municipalityId,
      action: 'challenge.idea',
      target: `challenge-idea:${idea.id}`,
      details: { challengeId: c.id, title: idea.title },
    });
    return ok({ ideaId: idea.id });
  });
}

/** A participant comments on an idea while the challenge is not done. */
export async function commentOnIdea(
  ctx: CommandContext,
  actor: Actor,
  where: Where & { ideaId: string },
  text: string,
): Promise<Result<{ commentId: string }, Refusal>> {
  if (actor.kind !== 'user') return fail('signIn');
  return inTransaction(ctx, async (tx) => {
    const c = await holdChallenge(tx.db, where.municipalityId, where.challengeId);
    if (!c) return fail('notFound');
    if (!(await getIdea(tx.db, c.id, where.ideaId))) return fail('notFound');
    if (c.state === 'done') return fail('closed');
    if (!(await participantRole(tx.db, c.id, actor.userId))) return fail('notParticipant');
    const comment = await insertComment(tx.db, {
      ideaId: where.ideaId,
      authorId: actor.userId,
      text,
      createdAt: tx.now(),
    });
    await audit(tx, actor, {
      municipalityId: c.municipalityId,
      action: 'challenge.comment',
      target: `idea-comment:${comment.id}`,
      details: { ideaId: where.ideaId },
    });
    return ok({ commentId: comment.id });
  });
}

/** Those who run the challenge, and moderators, hide a comment; it stays, unseen by others. */
export async function hideIdeaComment(
  ctx: CommandContext,
  actor: Actor,
  where: Where & { ideaId: string; commentId: string },
): Promise<Result<true, 'forbidden' | 'notFound'>> {
  if (actor.kind !== 'user') return fail('forbidden');
  return inTransaction(ctx, async (tx) => {
    const c = await getChallenge(tx.db, where.municipalityId, where.challengeId);
    if (!c) return fail('notFound');
    if (!canHideIdeaComment(actor, c)) return fail('forbidden');
    if (!(await getIdea(tx.db, c.id, where.ideaId))) return fail('notFound');
    if (!(await hideComment(tx.db, where.ideaId, where.commentId, actor.userId, tx.now())))
      return fail('notFound');
    await audit(tx, actor, {
      municipalityId: c.municipalityId,
      action: 'challenge.hideComment',
      target: `idea-comment:${where.commentId}`,
    });
    return ok(true);
  });
}
