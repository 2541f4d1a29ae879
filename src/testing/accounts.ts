import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { roleGrants, users } from '../domains/identity/identity.schema.ts';

/** The department a manager's account manages (a demo manager manages the first department). */
export async function departmentManagedBy(db: Db, email: string): Promise<string> {
  const [row] = await db
    .select({ departmentId: roleGrants.departmentId })
    .from(roleGrants)
    .innerJoin(users, eq(users.id, roleGrants.userId))
    .where(
      and(eq(users.email, email), eq(roleGrants.role, 'manager'), isNull(roleGrants.revokedAt)),
    );
  if (!row?.departmentId) throw new Error(`${email} manages no department`);
  return row.departmentId;
}
