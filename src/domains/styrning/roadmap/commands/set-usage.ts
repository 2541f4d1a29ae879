import type { CommandContext } from '../../../../lib/context.ts';
import { fail, ok, type Result } from '../../../../lib/result.ts';
import { inTransaction } from '../../../../lib/transaction.ts';
import { isUuid } from '../../../../lib/uuid.ts';
import type { Actor } from '../../../../vocabulary/actor.ts';
import { audit } from '../../../audit/record.ts';
import { canManageDepartment } from '../../../identity/identity.policy.ts';
import { getDepartment } from '../../../tenancy/tenancy.queries.ts';
import { addDepartmentSystem, getSystem, removeDepartmentSystem } from '../systems.queries.ts';
import type { UsageInput } from './inputs.ts';

type Failure = 'forbidden' | 'invalid';

/**
 * Marks whether a department uses a system. Managers do it for their own department, admins for
 * every department; both department and system must be the municipality's own.
 */
export async function setSystemUsage(
  ctx: CommandContext,
  actor: Actor,
  municipalityId: string,
  input: UsageInput,
): Promise<Result<{ changed: boolean }, Failure>> {
  return inTransaction(ctx, async (tx) => {
    const department = isUuid(input.departmentId)
      ? await getDepartment(tx.db, municipalityId, input.departmentId)
      : undefined;
    const system = await getSystem(tx.db, municipalityId, input.systemId);
    const fields: Record<string, string> = {};
    if (!department) fields.departmentId = 'identity.error.department';
    if (!system) fields.systemId = 'roadmap.systems.error.system';
    if (!department || !system) return fail('invalid', fields);
    if (!canManageDepartment(actor, municipalityId, department.id)) return fail('forbidden');
    const changed =
      input.use === 'yes'
        ? await addDepartmentSystem(tx.db, department.id, system.id)
        : await removeDepartmentSystem(tx.db, department.id, system.id);
    if (changed) {
      await audit(tx, actor, {
        municipalityId,
        action: input.use === 'yes' ? 'system-usage.add' : 'system-usage.remove',
        target: `system:${system.id}`,
        details: { departmentId: department.id, department: department.name, system: system.name },
      });
    }
    return ok({ changed });
  });
}
