import { and, asc, desc, eq, lt } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { auditLog } from './audit.schema.ts';

export type AuditEntry = {
  actorUserId: string | null;
  actorLabel: string;
  municipalityId: string | null;
  action: string;
  target: string;
  requestId?: string | undefined;
  details?: Record<string, unknown>;
};

/** Appends one entry. Call inside the same transaction as the write it records. */
export async function appendAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db
    .insert(auditLog)
    .values({ ...entry, requestId: entry.requestId ?? null, details: entry.details ?? {} });
}

/** Newest first, keyset-paginated by id. */
export async function auditOfMunicipality(
  db: Db,
  municipalityId: string,
  opts: { before?: number | undefined; limit: number },
) {
  return db
    .select()
    .from(auditLog)
    .where(
      and(
        eq(auditLog.municipalityId, municipalityId),
        opts.before ? lt(auditLog.id, opts.before) : undefined,
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(opts.limit);
}

/** The oldest `limit` entries, newest of them first: the last page of the log. */
export async function oldestAuditOfMunicipality(db: Db, municipalityId: string, limit: number) {
  const rows = await db
    .select()
    .from(auditLog)
    .where(eq(auditLog.municipalityId, municipalityId))
    .orderBy(asc(auditLog.id))
    .limit(limit);
  return rows.reverse();
}

/** Every entry a user's own actions wrote, oldest first: their part of a personal data download. */
export async function auditByActor(db: Db, userId: string) {
  return db
    .select({
      at: auditLog.at,
      municipalityId: auditLog.municipalityId,
      action: auditLog.action,
      target: auditLog.target,
      details: auditLog.details,
    })
    .from(auditLog)
    .where(eq(auditLog.actorUserId, userId))
    .orderBy(asc(auditLog.id));
}
