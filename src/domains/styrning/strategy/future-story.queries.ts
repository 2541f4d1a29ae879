import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { isUuid } from '../../../lib/uuid.ts';
import { decisionBodies, decisions } from '../../decisions/decisions.schema.ts';
import { futureStoryVersions } from './strategy.schema.ts';

export type VersionRow = typeof futureStoryVersions.$inferSelect;

/** A version with the decision that adopted it (null for drafts). */
export type VersionWithDecision = VersionRow & {
  decision: { id: string; sequence: number; decidedOn: string; bodyName: string } | null;
};

const withDecision = {
  version: futureStoryVersions,
  decisionId: decisions.id,
  sequence: decisions.sequence,
  decidedOn: decisions.decidedOn,
  bodyName: decisionBodies.name,
};

type Joined = {
  version: VersionRow;
  decisionId: string | null;
  sequence: number | null;
  decidedOn: string | null;
  bodyName: string | null;
};

function shape(r: Joined): VersionWithDecision {
  return {
    ...r.version,
    decision:
      r.decisionId && r.sequence !== null && r.decidedOn && r.bodyName
        ? { id: r.decisionId, sequence: r.sequence, decidedOn: r.decidedOn, bodyName: r.bodyName }
        : null,
  };
}

/** Every version of a municipality's future story, oldest first. */
export async function listVersions(db: Db, municipalityId: string): Promise<VersionWithDecision[]> {
  const rows = await db
    .select(withDecision)
    .from(futureStoryVersions)
    .leftJoin(decisions, eq(decisions.id, futureStoryVersions.adoptedBy))
    .leftJoin(decisionBodies, eq(decisionBodies.id, decisions.bodyId))
    .where(eq(futureStoryVersions.municipalityId, municipalityId))
    .orderBy(asc(futureStoryVersions.version));
  return rows.map(shape);
}

/**
 * The version in force: of the adopted versions, the one adopted by the latest decision (an older
 * draft adopted after a newer one is the one in force, since the later decision stands).
 */
export async function currentAdopted(
  db: Db,
  municipalityId: string,
): Promise<VersionWithDecision | undefined> {
  const [row] = await db
    .select(withDecision)
    .from(futureStoryVersions)
    .innerJoin(decisions, eq(decisions.id, futureStoryVersions.adoptedBy))
    .innerJoin(decisionBodies, eq(decisionBodies.id, decisions.bodyId))
    .where(
      and(
        eq(futureStoryVersions.municipalityId, municipalityId),
        eq(futureStoryVersions.status, 'adopted'),
      ),
    )
    .orderBy(desc(decisions.sequence))
    .limit(1);
  return row ? shape(row) : undefined;
}

/** One version of this municipality; another municipality's version (or a malformed id) is not found. */
export async function getVersion(db: Db, municipalityId: string, versionId: string) {
  if (!isUuid(versionId)) return undefined;
  const [row] = await db
    .select()
    .from(futureStoryVersions)
    .where(
      and(
        eq(futureStoryVersions.municipalityId, municipalityId),
        eq(futureStoryVersions.id, versionId),
      ),
    );
  return row;
}

/** Serialises new versions of one municipality, so two drafts never take the same number. */
export async function lockVersions(db: Db, municipalityId: string): Promise<void> {
  await db.execute(
    sql`select pg_advisory_xact_lock(hashtext(${`future-story:${municipalityId}`}))`,
  );
}

/** The version with the highest number, the one a new draft starts from. */
export async function latestVersion(db: Db, municipalityId: string) {
  const [row] = await db
    .select()
    .from(futureStoryVersions)
    .where(eq(futureStoryVersions.municipalityId, municipalityId))
    .orderBy(desc(futureStoryVersions.version))
    .limit(1);
  return row;
}

export async function insertVersion(db: Db, row: typeof futureStoryVersions.$inferInsert) {
  const [created] = await db.insert(futureStoryVersions).values(row).returning();
  if (!created) throw new Error('future story version insert returned no row');
  return created;
}

/** Updates a draft; returns undefined when the version is no longer a draft (nothing changes). */
export async function updateDraft(
  db: Db,
  versionId: string,
  values: { title: string; body: string; updatedAt: Date },
) {
  const [row] = await db
    .update(futureStoryVersions)
    .set(values)
    .where(and(eq(futureStoryVersions.id, versionId), eq(futureStoryVersions.status, 'draft')))
    .returning();
  return row;
}

/** Marks a draft adopted by a decision; undefined when it was not a draft any more. */
export async function markAdopted(db: Db, versionId: string, decisionId: string, at: Date) {
  const [row] = await db
    .update(futureStoryVersions)
    .set({ status: 'adopted', adoptedBy: decisionId, updatedAt: at })
    .where(and(eq(futureStoryVersions.id, versionId), eq(futureStoryVersions.status, 'draft')))
    .returning();
  return row;
}

/** Locks one version's row for the rest of the transaction (adoption and edits do not interleave). */
export async function lockVersion(db: Db, versionId: string) {
  const [row] = await db
    .select()
    .from(futureStoryVersions)
    .where(eq(futureStoryVersions.id, versionId))
    .for('update');
  return row;
}
