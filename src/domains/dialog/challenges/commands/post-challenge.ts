import type { CommandContext } from '../../../../lib/context.ts';
import { fail, ok, type Result } from '../../../../lib/result.ts';
import { inTransaction } from '../../../../lib/transaction.ts';
import type { Actor } from '../../../../vocabulary/actor.ts';
import { audit } from '../../../audit/record.ts';
import { getDepartment } from '../../../tenancy/tenancy.queries.ts';
import type { ChallengeInput } from '../challenges.inputs.ts';
import {
  type ChallengeState,
  canManageChallenge,
  canMoveChallenge,
  canPostChallenge,
} from '../challenges.policy.ts';
import { insertChallenge, lockChallenge, setChallengeState } from '../challenges.queries.ts';

/**
 * Staff with rights in a department post a challenge for it; it opens for ideas at once. The
 * department must be the municipality's own.
 */
export async function postChallenge(
  ctx: CommandContext,
  actor: Actor,
  municipalityId: string,
  input: ChallengeInput,
): Promise<Result<{ challengeId: string }, 'forbidden' | 'invalid'>> {
  if (actor.kind !== 'user') return fail('forbidden');
  return inTransaction(ctx, async (tx) => {
    if (!(await getDepartment(tx.db, municipalityId, input.departmentId)))
      return fail('invalid', { departmentId: 'challenges.error.department' });
    if (!canPostChallenge(actor, municipalityId, input.departmentId))
      return fail('invalid', { departmentId: 'challenges.error.noRights' });
    const row = await insertChallenge(tx.db, {
      municipalityId,
      ...input,
      ownerId: actor.userId,
      createdAt: tx.now(),
    });
    await audit(tx, actor, {
      municipalityId,
      action: 'challenge.create',
      target: `challenge:${row.id}`,
      details: { title: row.title, departmentId: row.departmentId },
    });
    return ok({ challengeId: row.id });
  });
}

/** Those who run a challenge close it for ideas (shortlisting), then mark it done. */
export async function moveChallenge(
  ctx: CommandContext,
  actor: Actor,
  where: { municipalityId: string; challengeId: string },
  to: ChallengeState,
): Promise<Result<true, 'forbidden' | 'notFound' | 'state'>> {
  return inTransaction(ctx, async (tx) => {
    const c = await lockChallenge(tx.db, where.municipalityId, where.challengeId);
    if (!c) return fail('notFound');
    if (!canManageChallenge(actor, c)) return fail('forbidden');
    if (!canMoveChallenge(c.state, to)) return fail('state');
    await setChallengeState(tx.db, c.id, to);
    await audit(tx, actor, {
      municipalityId: c.municipalityId,
      action: 'challenge.state',
      target: `challenge:${c.id}`,
      details: { from: c.state, to },
    });
    return ok(true);
  });
}
