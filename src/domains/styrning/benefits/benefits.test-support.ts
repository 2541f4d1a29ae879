import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { roleGrants, users } from '../../identity/identity.schema.ts';

/** The department a demo account manages (the demo manager manages the first department). */
export async function managedDepartment(db: Db, email: string): Promise<string> {
  const [row] = await db
    .select({ departmentId: roleGrants.departmentId })
    .from(roleGrants)
    .innerJoin(users, eq(users.id, roleGrants.userId))
    .where(and(eq(users.email, email), eq(roleGrants.role, 'manager')));
  if (!row?.departmentId) throw new Error(`${email} manages no department`);
  return row.departmentId;
}

/** A complete, valid benefit form; override fields to test one rule at a time. */
export function benefitForm(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    description: 'Färre nattliga tillsynsbesök på plats',
    kind: 'time',
    effect: 'benefit',
    recipient: 'Hemtjänsten',
    ownerName: 'Anna Andersson',
    indicator: 'Frigjorda timmar per månad',
    unit: 'h',
    direction: 'higher',
    baselineValue: '0',
    baselineDate: '2026-01-01',
    targetValue: '120',
    targetDate: '2027-12-31',
    moneyPerUnit: '450',
    confidence: 'green',
    planned: '2027: 80\n2028: 120',
    countsForGate: 'on',
    ...overrides,
  };
}
