import type { CommandContext } from '../../../../lib/context.ts';
import { fail, ok, type Result } from '../../../../lib/result.ts';
import { inTransaction } from '../../../../lib/transaction.ts';
import type { Actor } from '../../../../vocabulary/actor.ts';
import { audit } from '../../../audit/record.ts';
import { proposeInitiative } from '../../../styrning/portfolio/commands/propose-initiative.ts';
import { canManageChallenge } from '../challenges.policy.ts';
import {
  insertCredits,
  lockChallenge,
  lockIdea,
  participantsAmong,
  updateIdea,
} from '../challenges.queries.ts';

type Where = { municipalityId: string; challengeId: string; ideaId: string };

/** Those who run the challenge put an idea on the shortlist, or take it off, until it is done. */
export async function shortlistIdea(
  ctx: CommandContext,
  actor: Actor,
  where: Where,
  shortlisted: boolean,
): Promise<Result<true, 'forbidden' | 'notFound' | 'state'>> {
  return inTransaction(ctx, async (tx) => {
    const c = await lockChallenge(tx.db, where.municipalityId, where.challengeId);
    if (!c) return fail('notFound');
    if (!canManageChallenge(actor, c)) return fail('forbidden');
    const idea = await lockIdea(tx.db, c.id, where.ideaId);
    if (!idea) return fail('notFound');
    if (c.state === 'done' || idea.initiativeId) return fail('state');
    await updateIdea(tx.db, idea.id, { shortlisted });
    await audit(tx, actor, {
      municipalityId: c.municipalityId,
      action: shortlisted ? 'challenge.shortlist' : 'challenge.unshortlist',
      target: `challenge-idea:${idea.id}`,
    });
    return ok(true);
  });
}

/**
 * Those who run the challenge turn a shortlisted idea into an initiative at stage idea in the
 * portfolio of the challenge's department, made by the portfolio's own command and public (it
 * comes from public co-creation), linked both ways. Its author is credited, with the participants
 * the owner names; a name that is not a participant's is passed over.
 */
export async function ideaToInitiative(
  ctx: CommandContext,
  actor: Actor,
  where: Where,
  credited: readonly string[],
): Promise<Result<{ initiativeId: string }, 'forbidden' | 'notFound' | 'state'>> {
  if (actor.kind !== 'user') return fail('forbidden');
  return inTransaction(ctx, async (tx) => {
    const c = await lockChallenge(tx.db, where.municipalityId, where.challengeId);
    if (!c) return fail('notFound');
    if (!canManageChallenge(actor, c)) return fail('forbidden');
    const idea = await lockIdea(tx.db, c.id, where.ideaId);
    if (!idea) return fail('notFound');
    if (!idea.shortlisted || idea.initiativeId) return fail('state');
    const made = await proposeInitiative(
      tx,
      actor,
      c.municipalityId,
      { departmentId: c.departmentId, title: idea.title, problem: c.problem, idea: idea.body },
      { isPublic: true },
    );
    if (!made.ok) return fail('forbidden');
    await updateIdea(tx.db, idea.id, { initiativeId: made.value.id });
    const named = await participantsAmong(tx.db, c.id, credited);
    const credits = [...new Set([...(idea.authorId ? [idea.authorId] : []), ...named])];
    await insertCredits(tx.db, idea.id, credits);
    await audit(tx, actor, {
      municipalityId: c.municipalityId,
      action: 'challenge.initiative',
      target: `challenge-idea:${idea.id}`,
      details: { initiativeId: made.value.id, credited: credits },
    });
    return ok({ initiativeId: made.value.id });
  });
}
