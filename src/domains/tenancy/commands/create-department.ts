import { z } from 'zod';
import type { CommandContext } from '../../../lib/context.ts';
import { fail, ok, type Result } from '../../../lib/result.ts';
import { inTransaction } from '../../../lib/transaction.ts';
import type { Actor } from '../../../vocabulary/actor.ts';
import { audit } from '../../audit/record.ts';
import { canManageDepartments } from '../../identity/identity.policy.ts';
import { insertDepartment } from '../tenancy.queries.ts';

export const departmentInput = z.object({
  name: z
    .string({ error: 'error.required' })
    .trim()
    .min(1, 'error.required')
    .max(200, 'error.tooLong'),
});
export type DepartmentInput = z.infer<typeof departmentInput>;

/** An admin adds a department (verksamhet) to their municipality. */
export async function createDepartment(
  ctx: CommandContext,
  actor: Actor,
  municipalityId: string,
  input: DepartmentInput,
): Promise<Result<{ id: string }, 'forbidden'>> {
  if (!canManageDepartments(actor, municipalityId)) return fail('forbidden');
  return inTransaction(ctx, async (tx) => {
    const department = await insertDepartment(tx.db, { municipalityId, name: input.name });
    await audit(tx, actor, {
      municipalityId,
      action: 'department.create',
      target: `department:${department.id}`,
      details: { name: input.name },
    });
    return ok({ id: department.id });
  });
}
