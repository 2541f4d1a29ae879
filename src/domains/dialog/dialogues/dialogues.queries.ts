import { and, asc, desc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { externalIdentities } from '../../identity/identity.schema.ts';
import { counties, municipalities } from '../../tenancy/tenancy.schema.ts';
import {
  commentFlags,
  dialogueComments,
  dialogueFeedback,
  dialogueMaps,
  dialogueParticipants,
  dialogueStatements,
  dialogues,
  dialogueVotes,
  feedbackItems,
  matterLinks,
  matters,
} from './dialogues.schema.ts';

export type MatterRow = typeof matters.$inferSelect;
export type DialogueRow = typeof dialogues.$inferSelect;
export type StatementRow = typeof dialogueStatements.$inferSelect;

export async function insertMatter(db: Db, row: typeof matters.$inferInsert) {
  const [created] = await db.insert(matters).values(row).returning();
  if (!created) throw new Error('matter insert returned no row');
  return created;
}

export async function insertDialogue(db: Db, row: typeof dialogues.$inferInsert) {
  const [created] = await db.insert(dialogues).values(row).returning();
  if (!created) throw new Error('dialogue insert returned no row');
  return created;
}

export async function insertMatterLinks(
  db: Db,
  matterId: string,
  links: { kind: 'goal' | 'initiative'; targetId: string }[],
) {
  if (links.length === 0) return;
  await db
    .insert(matterLinks)
    .values(links.map((l) => ({ matterId, ...l })))
    .onConflictDoNothing();
}

/** A matter of this municipality with its dialogue; another municipality's is not found. */
export async function matterWithDialogue(db: Db, municipalityId: string, matterId: string) {
  const [row] = await db
    .select({ matter: matters, dialogue: dialogues })
    .from(matters)
    .innerJoin(dialogues, eq(dialogues.matterId, matters.id))
    .where(and(eq(matters.municipalityId, municipalityId), eq(matters.id, matterId)));
  return row;
}

/** The municipality's matters with their dialogues, the next decision first. */
export async function mattersOf(db: Db, municipalityId: string) {
  return db
    .select({
      id: matters.id,
      title: matters.title,
      summary: matters.summary,
      bodyId: matters.bodyId,
      plannedDecisionOn: matters.plannedDecisionOn,
      decisionId: matters.decisionId,
      opensAt: dialogues.opensAt,
      closesAt: dialogues.closesAt,
      closedAt: dialogues.closedAt,
      feedbackPublished: sql<boolean>`${dialogueFeedback.dialogueId} is not null`,
    })
    .from(matters)
    .innerJoin(dialogues, eq(dialogues.matterId, matters.id))
    .leftJoin(dialogueFeedback, eq(dialogueFeedback.dialogueId, dialogues.id))
    .where(eq(matters.municipalityId, municipalityId))
    .orderBy(desc(matters.plannedDecisionOn), asc(matters.title), asc(matters.id));
}

/**
 * The dialogue of a matter of this municipality under its row lock, for the rest of the
 * transaction: recording the decision waits for the votes under way and is waited for by new ones.
 */
export async function lockDialogue(db: Db, municipalityId: string, matterId: string) {
  const [row] = await db
    .select({ matter: matters, dialogue: dialogues })
    .from(dialogues)
    .innerJoin(matters, eq(matters.id, dialogues.matterId))
    .where(and(eq(matters.municipalityId, municipalityId), eq(matters.id, matterId)))
    .for('update', { of: dialogues });
  return row;
}

export async function closeDialogue(db: Db, dialogueId: string, at: Date) {
  await db
    .update(dialogues)
    .set({ closedAt: at })
    .where(and(eq(dialogues.id, dialogueId), sql`${dialogues.closedAt} is null`));
}

export async function setMatterDecision(db: Db, matterId: string, decisionId: string) {
  await db.update(matters).set({ decisionId }).where(eq(matters.id, matterId));
}

/** The dialogue's statements in the order written; `accepted` only unless all are asked for. */
export async function statementsOf(db: Db, dialogueId: string, all = false) {
  return db
    .select()
    .from(dialogueStatements)
    .where(
      and(
        eq(dialogueStatements.dialogueId, dialogueId),
        all ? undefined : eq(dialogueStatements.status, 'accepted'),
      ),
    )
    .orderBy(asc(dialogueStatements.number));
}

export async function nextStatementNumber(db: Db, dialogueId: string): Promise<number> {
  const [row] = await db
    .select({ next: sql<number>`coalesce(max(${dialogueStatements.number}) + 1, 0)::int` })
    .from(dialogueStatements)
    .where(eq(dialogueStatements.dialogueId, dialogueId));
  return row?.next ?? 0;
}

/** A statement with the same text, however written (case, spaces), in the dialogue. */
export async function sameStatement(db: Db, dialogueId: string, normalised: string) {
  const [row] = await db
    .select({ id: dialogueStatements.id })
    .from(dialogueStatements)
    .where(
      and(
        eq(dialogueStatements.dialogueId, dialogueId),
        eq(dialogueStatements.normalised, normalised),
      ),
    );
  return row;
}

/** Up to `limit` shown statements of the dialogue most like `text` (trigram similarity). */
export async function similarStatements(db: Db, dialogueId: string, text: string, limit = 5) {
  const similarity = sql<number>`similarity(${dialogueStatements.text}, ${text})`;
  return db
    .select({ id: dialogueStatements.id, text: dialogueStatements.text, similarity })
    .from(dialogueStatements)
    .where(
      and(
        eq(dialogueStatements.dialogueId, dialogueId),
        eq(dialogueStatements.status, 'accepted'),
        sql`${dialogueStatements.text} % ${text}`,
      ),
    )
    .orderBy(desc(similarity), asc(dialogueStatements.number))
    .limit(limit);
}

export async function insertStatement(db: Db, row: typeof dialogueStatements.$inferInsert) {
  const [created] = await db.insert(dialogueStatements).values(row).returning();
  if (!created) throw new Error('statement insert returned no row');
  return created;
}

/** The participant a user or a visitor's key already is in the dialogue. */
export async function findParticipant(
  db: Db,
  dialogueId: string,
  who: { userId: string } | { keyHash: string },
) {
  const [row] = await db
    .select({ id: dialogueParticipants.id, number: dialogueParticipants.number })
    .from(dialogueParticipants)
    .where(
      and(
        eq(dialogueParticipants.dialogueId, dialogueId),
        'userId' in who
          ? eq(dialogueParticipants.userId, who.userId)
          : eq(dialogueParticipants.keyHash, who.keyHash),
      ),
    );
  return row;
}

/** Hands out participant numbers one at a time, for the rest of the transaction. */
export async function lockParticipantNumbers(db: Db, dialogueId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`participants:${dialogueId}`}))`);
}

/** Hands out statement numbers one at a time, for the rest of the transaction. */
export async function lockStatementNumbers(db: Db, dialogueId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`statements:${dialogueId}`}))`);
}

/**
 * The dialogue of a matter of this municipality, for a vote or a statement: read under a key-share
 * lock, which many writers hold at once but which recording the decision (`lockDialogue`, FOR
 * UPDATE) waits for; so no write slips in after the decision closed the dialogue.
 */
export async function dialogueForWrite(db: Db, municipalityId: string, matterId: string) {
  const [row] = await db
    .select({ dialogue: dialogues, decisionId: matters.decisionId })
    .from(dialogues)
    .innerJoin(matters, eq(matters.id, dialogues.matterId))
    .where(and(eq(matters.municipalityId, municipalityId), eq(matters.id, matterId)))
    .for('key share', { of: dialogues });
  return row;
}

/** A new participant under the next number; call with `lockParticipantNumbers` held. */
export async function insertParticipant(
  db: Db,
  dialogueId: string,
  who: { userId: string } | { keyHash: string },
) {
  const [created] = await db
    .insert(dialogueParticipants)
    .values({
      dialogueId,
      number: sql`(select coalesce(max(number) + 1, 0) from dialogue_participants where dialogue_id = ${dialogueId})`,
      ...('userId' in who ? { userId: who.userId } : { keyHash: who.keyHash }),
    })
    .returning({ id: dialogueParticipants.id, number: dialogueParticipants.number });
  if (!created) throw new Error('participant insert returned no row');
  return created;
}

/** A participant's current votes: the latest per statement. */
export async function currentVotes(db: Db, participantId: string) {
  return db
    .selectDistinctOn([dialogueVotes.statementId], {
      statementId: dialogueVotes.statementId,
      value: dialogueVotes.value,
    })
    .from(dialogueVotes)
    .where(eq(dialogueVotes.participantId, participantId))
    .orderBy(dialogueVotes.statementId, desc(dialogueVotes.id));
}

/** What one attempt at a vote found, whether or not it was recorded (`voteOnce`). */
export type VoteAttempt = {
  dialogue: Pick<DialogueRow, 'id' | 'opensAt' | 'closesAt' | 'closedAt' | 'participation'>;
  decided: boolean;
  /** The statement's status when it is one of this dialogue's. */
  statementStatus: string | null;
  participantId: string | null;
  /** Whether a signed-in voter came through the municipality's e-ID provider. */
  knownThroughEid: boolean;
  recorded: boolean;
};

/**
 * A vote in one statement (one round trip): reads the dialogue of a matter of this municipality
 * under a key-share lock (recording the decision takes FOR UPDATE, so no vote lands after it),
 * the statement, the voter's participant and current vote, and appends the vote only when the
 * dialogue is open (the rule of `phaseOf`: not decided, not closed, opened and not yet past its
 * closing time), the statement is shown, the voter may take part (`mayTakePart`), the participant
 * exists and the value differs from their current one. Undefined when the matter is not found.
 */
export async function voteOnce(
  db: Db,
  v: {
    municipalityId: string;
    matterId: string;
    statementId: string;
    who: { userId: string } | { keyHash: string };
    value: number;
    at: Date;
  },
): Promise<VoteAttempt | undefined> {
  const userId = 'userId' in v.who ? v.who.userId : null;
  const whoIs =
    'userId' in v.who ? sql`p.user_id = ${v.who.userId}` : sql`p.key_hash = ${v.who.keyHash}`;
  const at = v.at.toISOString();
  const result = await db.execute(sql`
    with d as (
      select d.id, d.opens_at, d.closes_at, d.closed_at, d.participation,
        m.decision_id is not null as decided
      from dialogues d join matters m on m.id = d.matter_id
      where m.municipality_id = ${v.municipalityId} and m.id = ${v.matterId}
      for key share of d
    ),
    s as (
      select s.id, s.status from dialogue_statements s
      where s.id = ${v.statementId} and s.dialogue_id = (select id from d)
    ),
    p as (
      select p.id from dialogue_participants p
      where p.dialogue_id = (select id from d)
        and ${whoIs}
    ),
    eid as (
      select ${userId}::uuid is not null and exists (
        select 1 from external_identities e
        where e.user_id = ${userId}::uuid and e.municipality_id = ${v.municipalityId}
      ) as known
    ),
    ins as (
      insert into dialogue_votes (dialogue_id, participant_id, statement_id, value, created_at)
      select d.id, p.id, s.id, ${v.value}, ${at}::timestamptz
      from d, s, p, eid
      where not d.decided and d.closed_at is null
        and ${at}::timestamptz >= d.opens_at and ${at}::timestamptz < d.closes_at
        and s.status = 'accepted'
        and (d.participation = 'anyone'
          or (${userId}::uuid is not null and (d.participation = 'registered' or eid.known)))
        and ${v.value}::smallint is distinct from (
          select c.value from dialogue_votes c
          where c.participant_id = p.id and c.statement_id = s.id
          order by c.id desc limit 1
        )
      returning id
    )
    select d.id, d.opens_at as "opensAt", d.closes_at as "closesAt", d.closed_at as "closedAt",
      d.participation, d.decided,
      (select status from s) as "statementStatus",
      (select id from p) as "participantId",
      (select known from eid) as "knownThroughEid",
      exists (select 1 from ins) as recorded
    from d`);
  type Row = {
    id: string;
    opensAt: string | Date;
    closesAt: string | Date;
    closedAt: string | Date | null;
    participation: string;
    decided: boolean;
    statementStatus: string | null;
    participantId: string | null;
    knownThroughEid: boolean;
    recorded: boolean;
  };
  const [row] = (result as unknown as { rows: Row[] }).rows;
  if (!row) return undefined;
  return {
    dialogue: {
      id: row.id,
      opensAt: new Date(row.opensAt),
      closesAt: new Date(row.closesAt),
      closedAt: row.closedAt === null ? null : new Date(row.closedAt),
      participation: row.participation,
    },
    decided: row.decided,
    statementStatus: row.statementStatus,
    participantId: row.participantId,
    knownThroughEid: row.knownThroughEid,
    recorded: row.recorded,
  };
}

/** Whether the user signed in through the municipality's e-ID provider at least once. */
export async function knownThroughEid(db: Db, userId: string, municipalityId: string) {
  const [row] = await db
    .select({ id: externalIdentities.id })
    .from(externalIdentities)
    .where(
      and(
        eq(externalIdentities.userId, userId),
        eq(externalIdentities.municipalityId, municipalityId),
      ),
    )
    .limit(1);
  return row !== undefined;
}

/** Counts per statement of current votes: agree, disagree, pass. */
export async function voteCounts(db: Db, dialogueId: string) {
  const rows = await db.execute(sql`
    select statement_id as "statementId",
      count(*) filter (where value = 1)::int as agree,
      count(*) filter (where value = -1)::int as disagree,
      count(*) filter (where value = 0)::int as pass
    from (
      select distinct on (participant_id, statement_id) statement_id, value
      from dialogue_votes where dialogue_id = ${dialogueId}
      order by participant_id, statement_id, id desc
    ) current
    group by statement_id`);
  return (
    rows as unknown as {
      rows: { statementId: string; agree: number; disagree: number; pass: number }[];
    }
  ).rows;
}

/** How many participants the dialogue has. */
export async function participantCount(db: Db, dialogueId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(dialogueParticipants)
    .where(eq(dialogueParticipants.dialogueId, dialogueId));
  return row?.n ?? 0;
}

/** The dialogue's vote log in the order cast, by participant and statement number. */
export async function voteLog(db: Db, dialogueId: string) {
  return db
    .select({ ...voteColumns, createdAt: dialogueVotes.createdAt })
    .from(dialogueVotes)
    .innerJoin(dialogueParticipants, eq(dialogueParticipants.id, dialogueVotes.participantId))
    .innerJoin(dialogueStatements, eq(dialogueStatements.id, dialogueVotes.statementId))
    .where(eq(dialogueVotes.dialogueId, dialogueId))
    .orderBy(asc(dialogueVotes.id));
}

const voteColumns = {
  id: dialogueVotes.id,
  participant: dialogueParticipants.number,
  statement: dialogueStatements.number,
  value: dialogueVotes.value,
};

/** Up to `limit` of the dialogue's votes after the one with id `afterId`, in the order cast. */
export async function votesAfter(db: Db, dialogueId: string, afterId: number, limit: number) {
  return db
    .select(voteColumns)
    .from(dialogueVotes)
    .innerJoin(dialogueParticipants, eq(dialogueParticipants.id, dialogueVotes.participantId))
    .innerJoin(dialogueStatements, eq(dialogueStatements.id, dialogueVotes.statementId))
    .where(and(eq(dialogueVotes.dialogueId, dialogueId), gt(dialogueVotes.id, afterId)))
    .orderBy(asc(dialogueVotes.id))
    .limit(limit);
}

/** Dialogues with votes their stored map does not include yet: the id and the latest vote's. */
export async function dialoguesWithNewVotes(db: Db) {
  const result = await db.execute(sql`
    select d.id as "dialogueId", latest.id as "latestVote"
    from dialogues d
    left join dialogue_maps m on m.dialogue_id = d.id
    cross join lateral (
      select max(v.id) as id from dialogue_votes v where v.dialogue_id = d.id
    ) latest
    where latest.id > coalesce(m.votes_seen, 0)
      and (m.claimed_until is null or m.claimed_until < now())`);
  return (result as unknown as { rows: { dialogueId: string; latestVote: string | number }[] })
    .rows;
}

/** Open dialogues with a stored map: a server that starts holds them before their next vote. */
export async function openDialoguesWithMaps(db: Db, at: Date): Promise<string[]> {
  const result = await db.execute(sql`
    select d.id from dialogues d
    join matters mt on mt.id = d.matter_id
    join dialogue_maps m on m.dialogue_id = d.id
    where m.map is not null and d.closed_at is null and mt.decision_id is null
      and d.opens_at <= ${at.toISOString()}::timestamptz
      and d.closes_at > ${at.toISOString()}::timestamptz`);
  return (result as unknown as { rows: { id: string }[] }).rows.map((r) => r.id);
}

/**
 * Claims the computation of a dialogue's map until `until`, unless another process holds an
 * unexpired claim; true when this one has it.
 */
export async function claimMap(db: Db, dialogueId: string, until: Date, now: Date) {
  const rows = await db
    .insert(dialogueMaps)
    .values({ dialogueId, claimedUntil: until })
    .onConflictDoUpdate({
      target: dialogueMaps.dialogueId,
      set: { claimedUntil: until },
      setWhere: sql`${dialogueMaps.claimedUntil} is null or ${dialogueMaps.claimedUntil} < ${now}`,
    })
    .returning({ id: dialogueMaps.dialogueId });
  return rows.length > 0;
}

/**
 * Extends a claim this process holds (`claimedUntil` is still the `held` it set) to `until`; false
 * when another process has claimed the dialogue since.
 */
export async function renewClaim(db: Db, dialogueId: string, held: Date, until: Date) {
  const rows = await db
    .update(dialogueMaps)
    .set({ claimedUntil: until })
    .where(and(eq(dialogueMaps.dialogueId, dialogueId), eq(dialogueMaps.claimedUntil, held)))
    .returning({ id: dialogueMaps.dialogueId });
  return rows.length > 0;
}

/**
 * Stores the map under the claim `held`, and keeps the claim until `keepUntil` (null lets it go);
 * nothing when another process has claimed the dialogue since. True when stored.
 */
export async function saveMap(
  db: Db,
  dialogueId: string,
  claim: { held: Date; keepUntil: Date | null },
  votesSeen: number,
  map: unknown,
  at: Date,
) {
  const rows = await db
    .update(dialogueMaps)
    .set({ votesSeen, map, computedAt: at, claimedUntil: claim.keepUntil })
    .where(and(eq(dialogueMaps.dialogueId, dialogueId), eq(dialogueMaps.claimedUntil, claim.held)))
    .returning({ id: dialogueMaps.dialogueId });
  return rows.length > 0;
}

/** Lets a claim this process holds go. */
export async function releaseMap(db: Db, dialogueId: string, held: Date) {
  await db
    .update(dialogueMaps)
    .set({ claimedUntil: null })
    .where(and(eq(dialogueMaps.dialogueId, dialogueId), eq(dialogueMaps.claimedUntil, held)));
}

export async function storedMap(db: Db, dialogueId: string) {
  const [row] = await db
    .select({
      map: dialogueMaps.map,
      computedAt: dialogueMaps.computedAt,
      votesSeen: dialogueMaps.votesSeen,
    })
    .from(dialogueMaps)
    .where(eq(dialogueMaps.dialogueId, dialogueId));
  return row;
}

/** The statements the map and the open data count: shown ones and rejected ones, never pending. */
export async function publishedStatements(db: Db, dialogueId: string) {
  return db
    .select({
      id: dialogueStatements.id,
      number: dialogueStatements.number,
      status: dialogueStatements.status,
      isMeta: dialogueStatements.isMeta,
      text: dialogueStatements.text,
    })
    .from(dialogueStatements)
    .where(
      and(
        eq(dialogueStatements.dialogueId, dialogueId),
        inArray(dialogueStatements.status, ['accepted', 'rejected']),
      ),
    )
    .orderBy(asc(dialogueStatements.number));
}

/**
 * Every statement of the dialogue in number order, whatever its status, with its writer's
 * participant number (null for staff's seed statements): what its open data is made from.
 */
export async function statementsWithAuthors(db: Db, dialogueId: string) {
  return db
    .select({
      number: dialogueStatements.number,
      text: dialogueStatements.text,
      author: dialogueParticipants.number,
      isSeed: dialogueStatements.isSeed,
      isMeta: dialogueStatements.isMeta,
      status: dialogueStatements.status,
      createdAt: dialogueStatements.createdAt,
    })
    .from(dialogueStatements)
    .leftJoin(dialogueParticipants, eq(dialogueParticipants.id, dialogueStatements.participantId))
    .where(eq(dialogueStatements.dialogueId, dialogueId))
    .orderBy(asc(dialogueStatements.number));
}

/** A comment of the dialogue. */
export async function commentOf(db: Db, dialogueId: string, commentId: string) {
  const [row] = await db
    .select()
    .from(dialogueComments)
    .where(and(eq(dialogueComments.dialogueId, dialogueId), eq(dialogueComments.id, commentId)));
  return row;
}

export async function insertComment(db: Db, row: typeof dialogueComments.$inferInsert) {
  const [created] = await db.insert(dialogueComments).values(row).returning();
  if (!created) throw new Error('comment insert returned no row');
  return created;
}

/** Adds a user's flag (a second one by the same user changes nothing); how many users flagged it. */
export async function flagCommentRow(
  db: Db,
  row: { commentId: string; userId: string; reason: string; createdAt: Date },
): Promise<number> {
  await db.insert(commentFlags).values(row).onConflictDoNothing();
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(commentFlags)
    .where(eq(commentFlags.commentId, row.commentId));
  return count?.n ?? 0;
}

/** Hides a comment that enough users flagged, unless a moderator already kept it. */
export async function hideFlaggedComment(db: Db, commentId: string) {
  await db
    .update(dialogueComments)
    .set({ status: 'hidden' })
    .where(
      and(
        eq(dialogueComments.id, commentId),
        eq(dialogueComments.status, 'shown'),
        sql`${dialogueComments.reviewedAt} is null`,
      ),
    );
}

/** The dialogue's comments with their writer's number and how many flagged them, oldest first. */
export async function commentsOf(db: Db, dialogueId: string) {
  return db
    .select({
      id: dialogueComments.id,
      parentId: dialogueComments.parentId,
      participant: dialogueParticipants.number,
      text: dialogueComments.text,
      status: dialogueComments.status,
      hiddenReason: dialogueComments.hiddenReason,
      createdAt: dialogueComments.createdAt,
    })
    .from(dialogueComments)
    .innerJoin(dialogueParticipants, eq(dialogueParticipants.id, dialogueComments.participantId))
    .where(eq(dialogueComments.dialogueId, dialogueId))
    .orderBy(asc(dialogueComments.createdAt), asc(dialogueComments.id));
}

/** The dialogue's published feedback with its themes in order, or undefined. */
export async function feedbackOf(db: Db, dialogueId: string) {
  const [feedback] = await db
    .select()
    .from(dialogueFeedback)
    .where(eq(dialogueFeedback.dialogueId, dialogueId));
  if (!feedback) return undefined;
  const items = await db
    .select()
    .from(feedbackItems)
    .where(eq(feedbackItems.dialogueId, dialogueId))
    .orderBy(asc(feedbackItems.position));
  return { ...feedback, items };
}

export async function insertFeedback(
  db: Db,
  row: typeof dialogueFeedback.$inferInsert,
  items: { theme: string; outcome: string; reason: string }[],
) {
  await db.insert(dialogueFeedback).values(row);
  await db
    .insert(feedbackItems)
    .values(items.map((item, i) => ({ dialogueId: row.dialogueId, position: i + 1, ...item })));
}

/** Decided dialogues of the municipality without feedback, with when they closed. */
export async function decidedWithoutFeedback(db: Db, municipalityId: string) {
  return db
    .select({
      matterId: matters.id,
      title: matters.title,
      closedAt: sql<Date>`coalesce(${dialogues.closedAt}, ${dialogues.closesAt})`.mapWith(
        (v: string | Date) => new Date(v),
      ),
    })
    .from(dialogues)
    .innerJoin(matters, eq(matters.id, dialogues.matterId))
    .leftJoin(dialogueFeedback, eq(dialogueFeedback.dialogueId, dialogues.id))
    .where(
      and(
        eq(dialogues.municipalityId, municipalityId),
        sql`${matters.decisionId} is not null`,
        sql`${dialogueFeedback.dialogueId} is null`,
      ),
    );
}

/** Every dialogue of the network with its municipality and county, the latest to close first. */
export async function networkDialogues(db: Db) {
  return db
    .select({
      id: matters.id,
      title: matters.title,
      summary: matters.summary,
      decisionId: matters.decisionId,
      municipalityId: municipalities.id,
      municipalityName: municipalities.name,
      countyId: counties.id,
      countyName: counties.name,
      opensAt: dialogues.opensAt,
      closesAt: dialogues.closesAt,
      closedAt: dialogues.closedAt,
      feedbackPublished: sql<boolean>`${dialogueFeedback.dialogueId} is not null`,
    })
    .from(dialogues)
    .innerJoin(matters, eq(matters.id, dialogues.matterId))
    .innerJoin(municipalities, eq(municipalities.id, dialogues.municipalityId))
    .innerJoin(counties, eq(counties.id, municipalities.countyId))
    .leftJoin(dialogueFeedback, eq(dialogueFeedback.dialogueId, dialogues.id))
    .orderBy(desc(dialogues.closesAt), asc(matters.id));
}

/**
 * The dialogues a user has taken part in as a signed-in participant, with what they did there:
 * statements voted on (current votes), statements and comments written. Latest first.
 */
export async function participationOf(db: Db, userId: string) {
  const result = await db.execute(sql`
    select m.id as "matterId", m.title, m.decision_id as "decisionId",
      mu.id as "municipalityId", mu.name as "municipalityName",
      d.opens_at as "opensAt", d.closes_at as "closesAt", d.closed_at as "closedAt",
      (f.dialogue_id is not null) as "feedbackPublished",
      (select count(distinct v.statement_id)::int from dialogue_votes v
        where v.participant_id = p.id) as votes,
      (select count(*)::int from dialogue_statements s where s.participant_id = p.id) as statements,
      (select count(*)::int from dialogue_comments c
        where c.participant_id = p.id and c.status <> 'removed') as comments
    from dialogue_participants p
    join dialogues d on d.id = p.dialogue_id
    join matters m on m.id = d.matter_id
    join municipalities mu on mu.id = d.municipality_id
    left join dialogue_feedback f on f.dialogue_id = d.id
    where p.user_id = ${userId}
    order by d.closes_at desc, m.id`);
  type Row = {
    matterId: string;
    title: string;
    decisionId: string | null;
    municipalityId: string;
    municipalityName: string;
    opensAt: string | Date;
    closesAt: string | Date;
    closedAt: string | Date | null;
    feedbackPublished: boolean;
    votes: number;
    statements: number;
    comments: number;
  };
  return (result as unknown as { rows: Row[] }).rows.map((r) => ({
    ...r,
    opensAt: new Date(r.opensAt),
    closesAt: new Date(r.closesAt),
    closedAt: r.closedAt === null ? null : new Date(r.closedAt),
  }));
}

/** Marks a participant's own comment removed, its words erased; false when it is not theirs. */
export async function removeOwnComment(db: Db, commentId: string, participantId: string) {
  const rows = await db
    .update(dialogueComments)
    .set({ status: 'removed', text: '–', hiddenReason: null })
    .where(
      and(eq(dialogueComments.id, commentId), eq(dialogueComments.participantId, participantId)),
    )
    .returning({ id: dialogueComments.id });
  return rows.length > 0;
}
