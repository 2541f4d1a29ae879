import type { CommandContext } from '../../../../lib/context.ts';
import { fail, ok, type Result } from '../../../../lib/result.ts';
import { inTransaction } from '../../../../lib/transaction.ts';
import type { Actor } from '../../../../vocabulary/actor.ts';
import { audit } from '../../../audit/record.ts';
import { getBody } from '../../../decisions/decisions.queries.ts';
import { getDepartment } from '../../../tenancy/tenancy.queries.ts';
import { backgroundOf } from '../background.ts';
import type { MatterInput } from '../dialogues.inputs.ts';
import { canManageMatters } from '../dialogues.policy.ts';
import { insertDialogue, insertMatter } from '../dialogues.queries.ts';

/**
 * Registers a matter that one of the municipality's bodies will decide, with the dialogue on it.
 * The body and the department must be the municipality's own.
 */
export async function registerMatter(
  ctx: CommandContext,
  actor: Actor,
  municipalityId: string,
  input: MatterInput,
): Promise<Result<{ matterId: string; dialogueId: string }, 'forbidden' | 'invalid'>> {
  if (actor.kind !== 'user' || !canManageMatters(actor, municipalityId)) return fail('forbidden');
  return inTransaction(ctx, async (tx) => {
    if (!(await getBody(tx.db, municipalityId, input.bodyId))) {
      return fail('invalid', { bodyId: 'dialogues.error.decisionBody' });
    }
    if (input.departmentId && !(await getDepartment(tx.db, municipalityId, input.departmentId))) {
      return fail('invalid', { departmentId: 'dialogues.error.department' });
    }
    const matter = await insertMatter(tx.db, {
      municipalityId,
      title: input.title,
      summary: input.summary,
      body: input.body,
      bodyId: input.bodyId,
      departmentId: input.departmentId,
      plannedDecisionOn: input.plannedDecisionOn,
      createdBy: actor.userId,
    });
    const dialogue = await insertDialogue(tx.db, {
      matterId: matter.id,
      municipalityId,
      question: input.question,
      opensAt: input.opensAt,
      closesAt: input.closesAt,
      participation: input.participation,
      newStatements: input.newStatements,
      background: backgroundOf(input.askAgeBand, input.districts),
    });
    await audit(tx, actor, {
      municipalityId,
      action: 'matter.register',
      target: `matter:${matter.id}`,
      details: { title: matter.title, dialogueId: dialogue.id },
    });
    return ok({ matterId: matter.id, dialogueId: dialogue.id });
  });
}
