import type { CommandContext } from '../../../../lib/context.ts';
import { fail, ok, type Result } from '../../../../lib/result.ts';
import { inTransaction } from '../../../../lib/transaction.ts';
import type { Actor } from '../../../../vocabulary/actor.ts';
import { audit } from '../../../audit/record.ts';
import type { WorkshopInput } from '../challenges.inputs.ts';
import { canManageChallenge } from '../challenges.policy.ts';
import { holdChallenge, lockChallenge, participantRole } from '../challenges.queries.ts';
import { mailMovedUp } from '../workshop-mail.ts';
import {
  confirmedCount,
  deleteSignup,
  insertSignup,
  insertWorkshop,
  lockWorkshop,
  moveUpFirstWaiting,
  signupOf,
} from '../workshops.queries.ts';

type Where = { municipalityId: string; challengeId: string };

/** Those who run a challenge that is not done add a meeting or workshop to it. */
export async function addWorkshop(
  ctx: CommandContext,
  actor: Actor,
  where: Where,
  input: WorkshopInput,
): Promise<Result<{ workshopId: string }, 'forbidden' | 'notFound' | 'state'>> {
  return inTransaction(ctx, async (tx) => {
    const c = await lockChallenge(tx.db, where.municipalityId, where.challengeId);
    if (!c) return fail('notFound');
    if (!canManageChallenge(actor, c)) return fail('forbidden');
    if (c.state === 'done') return fail('state');
    const { workshopTitle, ...rest } = input;
    const w = await insertWorkshop(tx.db, {
      challengeId: c.id,
      ...rest,
      title: workshopTitle,
      onlineUrl: input.onlineUrl || null,
      createdAt: tx.now(),
    });
    await audit(tx, actor, {
      municipalityId: c.municipalityId,
      action: 'challenge.workshop',
      target: `workshop:${w.id}`,
      details: { challengeId: c.id, title: w.title, capacity: w.capacity },
    });
    return ok({ workshopId: w.id });
  });
}

/**
 * A participant signs up for a workshop that has not started, of a challenge that is not done: a
 * place while there is one, else
 * the waiting list. The workshop is locked while its places are counted, so signups at once never
 * give more places than it has.
 */
export async function signUpForWorkshop(
  ctx: CommandContext,
  actor: Actor,
  where: Where & { workshopId: string },
): Promise<
  Result<
    { status: 'confirmed' | 'waiting' },
    'signIn' | 'notFound' | 'closed' | 'notParticipant' | 'already' | 'past'
  >
> {
  if (actor.kind !== 'user') return fail('signIn');
  return inTransaction(ctx, async (tx) => {
    const c = await holdChallenge(tx.db, where.municipalityId, where.challengeId);
    if (!c) return fail('notFound');
    const w = await lockWorkshop(tx.db, c.municipalityId, c.id, where.workshopId);
    if (!w) return fail('notFound');
    if (c.state === 'done') return fail('closed');
    if (!(await participantRole(tx.db, c.id, actor.userId))) return fail('notParticipant');
    if (w.startsAt <= tx.now()) return fail('past');
    if (await signupOf(tx.db, w.id, actor.userId)) return fail('already');
    const status = (await confirmedCount(tx.db, w.id)) < w.capacity ? 'confirmed' : 'waiting';
    await insertSignup(tx.db, {
      workshopId: w.id,
      userId: actor.userId,
      status,
      signedUpAt: tx.now(),
    });
    await audit(tx, actor, {
      municipalityId: c.municipalityId,
      action: 'workshop.signup',
      target: `workshop:${w.id}`,
      details: { status },
    });
    return ok({ status });
  });
}

/**
 * A person cancels their place or leaves the waiting list. A place freed goes to the first on the
 * waiting list, who is told by mail in the same transaction.
 */
export async function cancelSignup(
  ctx: CommandContext,
  actor: Actor,
  where: Where & { workshopId: string },
  baseUrl: string,
): Promise<Result<{ movedUp: boolean }, 'signIn' | 'notFound' | 'notSignedUp'>> {
  if (actor.kind !== 'user') return fail('signIn');
  return inTransaction(ctx, async (tx) => {
    const w = await lockWorkshop(tx.db, where.municipalityId, where.challengeId, where.workshopId);
    if (!w) return fail('notFound');
    const own = await signupOf(tx.db, w.id, actor.userId);
    if (!own) return fail('notSignedUp');
    await deleteSignup(tx.db, w.id, actor.userId);
    const freed = own.status === 'confirmed' && w.startsAt > tx.now();
    const moved =
      freed && (await confirmedCount(tx.db, w.id)) < w.capacity
        ? await moveUpFirstWaiting(tx.db, w.id)
        : undefined;
    if (moved) {
      await mailMovedUp(
        tx,
        moved.email,
        { ...w, workshopId: w.id, municipalityId: where.municipalityId },
        baseUrl,
      );
    }
    await audit(tx, actor, {
      municipalityId: where.municipalityId,
      action: 'workshop.cancel',
      target: `workshop:${w.id}`,
      details: { status: own.status, movedUp: moved?.userId ?? null },
    });
    return ok({ movedUp: moved !== undefined });
  });
}
