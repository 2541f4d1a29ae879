import { and, asc, desc, eq, inArray, like, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { auditLog } from '../../audit/audit.schema.ts';
import { dialogueComments, dialogueStatements, dialogues } from '../dialogues/dialogues.schema.ts';
import { surveyAnswers } from '../surveys/surveys.schema.ts';
import type { QueueKind } from './moderation.inputs.ts';

export type QueueItem = {
  kind: QueueKind;
  id: string;
  text: string;
  /** Null for an answer to an anonymous survey, which keeps no time. */
  createdAt: Date | null;
  matterId: string;
  matterTitle: string;
  flags: number;
};

/**
 * What waits for a moderator in the municipality's dialogues: statements not yet shown, comments
 * users flagged that no moderator has decided on, and written survey answers not yet published
 * (of matters not yet decided, as a decided matter's answers stand as they are). Oldest first;
 * one page and the total.
 */
export async function moderationQueue(
  db: Db,
  municipalityId: string,
  filter: { kind?: QueueKind | undefined; matterId?: string | undefined },
  page: { offset: number; limit: number },
): Promise<{ total: number; items: QueueItem[] }> {
  const matter = filter.matterId ? sql`and m.id = ${filter.matterId}` : sql``;
  const statements = sql`
    select 'statement' as kind, s.id, s.text, s.created_at, m.id as matter_id,
      m.title as matter_title, 0 as flags
    from dialogue_statements s
    join dialogues d on d.id = s.dialogue_id
    join matters m on m.id = d.matter_id
    where d.municipality_id = ${municipalityId} and s.status = 'pending' ${matter}`;
  const comments = sql`
    select 'comment' as kind, c.id, c.text, c.created_at, m.id as matter_id,
      m.title as matter_title, f.n as flags
    from dialogue_comments c
    join dialogues d on d.id = c.dialogue_id
    join matters m on m.id = d.matter_id
    join (select comment_id, count(*)::int as n from comment_flags group by comment_id) f
      on f.comment_id = c.id
    where d.municipality_id = ${municipalityId} and c.reviewed_at is null
      and c.status <> 'removed' ${matter}`;
  const answers = sql`
    select 'answer' as kind, a.id, a.text, r.created_at, m.id as matter_id,
      m.title as matter_title, 0 as flags
    from survey_answers a
    join survey_responses r on r.id = a.response_id
    join surveys s on s.id = r.survey_id
    join dialogues d on d.id = s.dialogue_id
    join matters m on m.id = d.matter_id
    where s.municipality_id = ${municipalityId} and a.moderation = 'pending'
      and m.decision_id is null ${matter}`;
  const kinds = { statement: statements, comment: comments, answer: answers };
  const union = filter.kind ? kinds[filter.kind] : sql.join(Object.values(kinds), sql` union all `);
  const counted = await db.execute(sql`select count(*)::int as n from (${union}) q`);
  const total = (counted as unknown as { rows: { n: number }[] }).rows[0]?.n ?? 0;
  const listed = await db.execute(sql`
    select kind, id, text, created_at as "createdAt", matter_id as "matterId",
      matter_title as "matterTitle", flags
    from (${union}) q order by created_at nulls last, id limit ${page.limit} offset ${page.offset}`);
  const items = (listed as unknown as { rows: QueueItem[] }).rows.map((r) => ({
    ...r,
    createdAt: r.createdAt === null ? null : new Date(r.createdAt),
  }));
  return { total, items };
}

/** The municipality's dialogues' ids, to keep an act within it. */
const ofMunicipality = (municipalityId: string) =>
  sql`(select id from ${dialogues} where ${dialogues.municipalityId} = ${municipalityId})`;

/** Shows or rejects statements of the municipality's dialogues; the ids it changed. */
export async function decideStatements(
  db: Db,
  municipalityId: string,
  ids: string[],
  decision: { status: 'accepted' | 'rejected'; reason: string | null },
) {
  if (ids.length === 0) return [];
  const rows = await db
    .update(dialogueStatements)
    .set({ status: decision.status, moderationReason: decision.reason })
    .where(
      and(
        inArray(dialogueStatements.id, ids),
        sql`${dialogueStatements.dialogueId} in ${ofMunicipality(municipalityId)}`,
      ),
    )
    .returning({ id: dialogueStatements.id });
  return rows.map((r) => r.id);
}

/** Keeps or hides comments of the municipality's dialogues; the ids it changed. */
export async function decideComments(
  db: Db,
  municipalityId: string,
  ids: string[],
  decision: { status: 'shown' | 'hidden'; reason: string | null; at: Date },
) {
  if (ids.length === 0) return [];
  const rows = await db
    .update(dialogueComments)
    .set({ status: decision.status, hiddenReason: decision.reason, reviewedAt: decision.at })
    .where(
      and(
        inArray(dialogueComments.id, ids),
        sql`${dialogueComments.status} <> 'removed'`,
        sql`${dialogueComments.dialogueId} in ${ofMunicipality(municipalityId)}`,
      ),
    )
    .returning({ id: dialogueComments.id });
  return rows.map((r) => r.id);
}

/**
 * Publishes or hides written survey answers of the municipality's undecided matters; the ids it
 * changed. The answers' words stay as they were written.
 */
export async function decideAnswers(
  db: Db,
  municipalityId: string,
  ids: string[],
  verdict: 'accepted' | 'hidden',
) {
  if (ids.length === 0) return [];
  const rows = await db
    .update(surveyAnswers)
    .set({ moderation: verdict })
    .where(
      and(
        inArray(surveyAnswers.id, ids),
        sql`${surveyAnswers.text} is not null`,
        sql`${surveyAnswers.responseId} in (
          select r.id from survey_responses r
          join surveys s on s.id = r.survey_id
          join dialogues d on d.id = s.dialogue_id
          join matters m on m.id = d.matter_id
          where s.municipality_id = ${municipalityId} and m.decision_id is null)`,
      ),
    )
    .returning({ id: surveyAnswers.id });
  return rows.map((r) => r.id);
}

/** Every moderation act in the municipality, newest first, from the audit log. */
export async function moderationActs(db: Db, municipalityId: string) {
  return db
    .select({
      at: auditLog.at,
      action: auditLog.action,
      target: auditLog.target,
      actor: auditLog.actorLabel,
      details: auditLog.details,
    })
    .from(auditLog)
    .where(and(eq(auditLog.municipalityId, municipalityId), like(auditLog.action, 'moderation.%')))
    .orderBy(desc(auditLog.at), asc(auditLog.id));
}
