import type { Db } from '../../../db/client.ts';
import { listBodies } from '../../decisions/decisions.queries.ts';
import { listDepartments } from '../../tenancy/tenancy.queries.ts';
import {
  commentsOf,
  currentVotes,
  feedbackOf,
  findParticipant,
  mattersOf,
  matterWithDialogue,
  participantCount,
  statementsOf,
  storedMap,
  voteCounts,
} from './dialogues.queries.ts';
import { nextStatement, seedOf } from './next-statement.ts';
import type { DialogueMap } from './opinion-map.ts';
import type { Voter } from './participants.ts';
import { phaseOf } from './phase.ts';

/** Keeps what `load` reads under `key` until it may have changed (see `activityModel`). */
export type KeepMatter = <V>(key: string, load: (db: Db) => Promise<V>) => Promise<V>;

/**
 * What the page of a matter shows every reader alike: the matter, its dialogue and statements
 * with their counts, the map, comments and feedback. Kept until content changes, a map is stored
 * or a comment written, so a reader's page costs only their own queries.
 */
export async function loadMatterShared(db: Db, municipalityId: string, matterId: string) {
  const row = await matterWithDialogue(db, municipalityId, matterId);
  if (!row) return undefined;
  const { matter, dialogue } = row;
  const [statements, participants, bodies, departments, stored] = [
    await statementsOf(db, dialogue.id),
    await participantCount(db, dialogue.id),
    await listBodies(db, municipalityId),
    await listDepartments(db, municipalityId),
    await storedMap(db, dialogue.id),
  ];
  const comments = await commentsOf(db, dialogue.id);
  const feedback = await feedbackOf(db, dialogue.id);
  const map = (stored?.map ?? null) as DialogueMap | null;
  // The map's priorities steer which statement comes next; new statements get an unvoted one's.
  const idOf = new Map(statements.map((s) => [s.number, s.id]));
  const priorities = new Map(
    (map?.statements ?? []).flatMap((s) => {
      const id = idOf.get(s.number);
      return id ? [[id, s.priority] as const] : [];
    }),
  );
  const countOf = await countsOf(db, dialogue.id, statements, map);
  return {
    matter,
    dialogue,
    feedback,
    bodies,
    departments,
    participants,
    statementRows: statements,
    priorities,
    statements: statements.map((s) => ({
      id: s.id,
      number: s.number,
      text: s.text,
      isMeta: s.isMeta,
      agree: countOf.get(s.id)?.agree ?? 0,
      disagree: countOf.get(s.id)?.disagree ?? 0,
      pass: countOf.get(s.id)?.pass ?? 0,
    })),
    map,
    comments,
    mapComputedAt: stored?.computedAt ?? null,
  };
}

/** Everything the page of a matter shows, for one reader; undefined when it is not this municipality's. */
export async function loadMatterPage(
  db: Db,
  keep: KeepMatter,
  municipalityId: string,
  matterId: string,
  voter: Voter | undefined,
  now: Date,
) {
  const shared = await keep(`dialog:matter:${municipalityId}:${matterId}`, (kept) =>
    loadMatterShared(kept, municipalityId, matterId),
  );
  if (!shared) return undefined;
  const { matter, dialogue, feedback, statementRows, priorities, ...rest } = shared;
  const participant = voter
    ? await findParticipant(
        db,
        dialogue.id,
        voter.kind === 'user' ? { userId: voter.userId } : { keyHash: voter.keyHash },
      )
    : undefined;
  const voted = new Set(
    participant ? (await currentVotes(db, participant.id)).map((v) => v.statementId) : [],
  );
  const who = participant?.id ?? (voter?.kind === 'visitor' ? voter.keyHash : 'nobody');
  const nextId = nextStatement(statementRows, voted, priorities, seedOf(`${who}:${voted.size}`));
  return {
    ...rest,
    matter,
    dialogue,
    feedback,
    phase: phaseOf(dialogue, matter.decisionId !== null, now, feedback !== undefined),
    body: rest.bodies.find((b) => b.id === matter.bodyId),
    department: rest.departments.find((d) => d.id === matter.departmentId),
    voted: statementRows.filter((s) => voted.has(s.id)).length,
    /** The reader's participant number here, to mark their own comments. */
    ownNumber: participant?.number ?? null,
    next: statementRows.find((s) => s.id === nextId),
  };
}
/**
 * Each statement's counts of current votes. The stored map carries them, brought up to the latest
 * vote about once a second by the process keeping it (map-worker.ts), so a page need not count
 * the whole vote log; before there is a map, the log is counted.
 */
async function countsOf(
  db: Db,
  dialogueId: string,
  statements: { id: string; number: number }[],
  map: DialogueMap | null,
): Promise<Map<string, { agree: number; disagree: number; pass: number }>> {
  if (!map) {
    return new Map((await voteCounts(db, dialogueId)).map((c) => [c.statementId, c]));
  }
  const byNumber = new Map(map.statements.map((s) => [s.number, s.counts]));
  return new Map(
    statements.flatMap((s) => {
      const counts = byNumber.get(s.number);
      return counts ? [[s.id, counts] as const] : [];
    }),
  );
}

export type MatterPageData = NonNullable<Awaited<ReturnType<typeof loadMatterPage>>>;

/** The municipality's matters with the names of their bodies: the same for everyone, any time. */
export async function loadMatterRows(db: Db, municipalityId: string) {
  const [rows, bodies] = [
    await mattersOf(db, municipalityId),
    await listBodies(db, municipalityId),
  ];
  const bodyName = new Map(bodies.map((b) => [b.id, b.name]));
  return rows.map((r) => ({ ...r, bodyName: bodyName.get(r.bodyId) ?? '' }));
}

/** Matters with where each dialogue is at `now`: a dialogue opens and closes by the clock. */
export function withPhases<
  R extends Parameters<typeof phaseOf>[0] & {
    decisionId: string | null;
    feedbackPublished: boolean;
  },
>(rows: readonly R[], now: Date) {
  return rows.map((r) => ({
    ...r,
    phase: phaseOf(r, r.decisionId !== null, now, r.feedbackPublished),
  }));
}

/** The municipality's matters with the phase of each dialogue, and the names of their bodies. */
export async function loadMatters(db: Db, municipalityId: string, now: Date) {
  return withPhases(await loadMatterRows(db, municipalityId), now);
}
