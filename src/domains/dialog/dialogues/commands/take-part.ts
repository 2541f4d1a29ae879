import type { CommandContext } from '../../../../lib/context.ts';
import { fail, ok, type Result } from '../../../../lib/result.ts';
import { inTransaction } from '../../../../lib/transaction.ts';
import type { Actor } from '../../../../vocabulary/actor.ts';
import { audit } from '../../../audit/record.ts';
import { type StatementInput, type VoteInput, votes } from '../dialogues.inputs.ts';
import { canManageMatters } from '../dialogues.policy.ts';
import {
  dialogueForWrite,
  insertStatement,
  lockStatementNumbers,
  nextStatementNumber,
  sameStatement,
  type VoteAttempt,
  voteOnce,
} from '../dialogues.queries.ts';
import { mayTakePart, participantOf, type Refusal, type Voter } from '../participants.ts';
import { normalisedStatement, type Phase, phaseOf } from '../phase.ts';

/**
 * Why a vote or a statement is refused: no such matter or statement here (`notFound`), the
 * dialogue is not open (`planned`, `closed`, `decided`), the voter must sign in or use e-ID first,
 * or the input is not accepted (`invalid`, with the field's reason).
 */
export type TakePartFailure = 'notFound' | Exclude<Phase, 'open'> | Refusal | 'invalid';

/** Where a vote or statement goes: the matter of a municipality. */
export type Where = { municipalityId: string; matterId: string };

/**
 * A vote on a statement: agree, disagree or pass. A vote equal to the voter's current one changes
 * nothing (a double click); another is recorded and supersedes it, the earlier kept.
 *
 * One statement in the database does it all for a voter who has voted here before (`voteOnce`);
 * only a first vote takes a transaction, to hand out the participant's number.
 */
export async function castVote(
  ctx: CommandContext,
  voter: Voter,
  where: Where,
  input: VoteInput,
): Promise<Result<{ recorded: boolean }, TakePartFailure>> {
  const attempt = {
    ...where,
    statementId: input.statementId,
    who: voter.kind === 'user' ? { userId: voter.userId } : { keyHash: voter.keyHash },
    value: votes[input.vote],
  };
  const at = ctx.now();
  const first = await voteOnce(ctx.db, { ...attempt, at });
  const refused = refusalOf(first, voter, at);
  if (refused) return fail(refused);
  if (first?.recorded || first?.participantId) return ok({ recorded: first.recorded });
  // A first vote: the participant is made under the dialogue's key-share lock, then the vote.
  return inTransaction(ctx, async (tx) => {
    const now = tx.now();
    const again = await voteOnce(tx.db, { ...attempt, at: now });
    const late = refusalOf(again, voter, now);
    if (late) return fail(late);
    if (again?.recorded || again?.participantId) return ok({ recorded: again.recorded });
    await participantOf(tx.db, again?.dialogue.id ?? '', voter);
    const made = await voteOnce(tx.db, { ...attempt, at: now });
    return ok({ recorded: made?.recorded ?? false });
  });
}

/** Why an attempt at a vote was refused, by the rules `openDialogue` applies; none when it may be. */
function refusalOf(
  attempt: VoteAttempt | undefined,
  voter: Voter,
  now: Date,
): TakePartFailure | undefined {
  if (!attempt) return 'notFound';
  const phase = phaseOf(attempt.dialogue, attempt.decided, now);
  if (phase !== 'open') return phase;
  const rule = attempt.dialogue.participation;
  if (rule !== 'anyone') {
    if (voter.kind !== 'user') return rule === 'eid' ? 'eid' : 'signIn';
    if (rule === 'eid' && !attempt.knownThroughEid) return 'eid';
  }
  if (attempt.statementStatus !== 'accepted') return 'notFound';
  return undefined;
}

/**
 * A participant's own statement. It is shown at once or waits for a moderator, as the dialogue
 * says; the same text (case and spaces aside) as one already there is refused.
 */
export async function proposeStatement(
  ctx: CommandContext,
  voter: Voter,
  actor: Actor,
  where: Where,
  input: StatementInput,
): Promise<Result<{ id: string; shown: boolean }, TakePartFailure>> {
  return inTransaction(ctx, async (tx) => {
    const open = await openDialogue(tx, voter, where);
    if (!open.ok) return open;
    const { dialogueId, moderated } = open.value;
    const participant = await participantOf(tx.db, dialogueId, voter);
    const written = await writeStatement(tx, dialogueId, input.text, {
      participantId: participant.id,
      status: moderated ? 'pending' : 'accepted',
    });
    if (!written.ok) return written;
    await audit(tx, actor, {
      municipalityId: where.municipalityId,
      action: 'statement.propose',
      target: `statement:${written.value.id}`,
      details: { matterId: where.matterId, participant: participant.number },
    });
    return ok({ id: written.value.id, shown: !moderated });
  });
}

/**
 * A seed statement written by staff before or while the dialogue is open: shown first, and when
 * `meta` (about the dialogue itself) voted on but kept out of the map's math.
 */
export async function addSeedStatement(
  ctx: CommandContext,
  actor: Actor,
  where: Where,
  input: StatementInput,
): Promise<Result<{ id: string }, TakePartFailure | 'forbidden'>> {
  if (!canManageMatters(actor, where.municipalityId)) return fail('forbidden');
  return inTransaction(ctx, async (tx) => {
    const row = await dialogueForWrite(tx.db, where.municipalityId, where.matterId);
    if (!row) return fail('notFound');
    const phase = phaseOf(row.dialogue, row.decisionId !== null, tx.now());
    if (phase === 'closed' || phase === 'decided') return fail(phase);
    const written = await writeStatement(tx, row.dialogue.id, input.text, {
      isSeed: true,
      isMeta: input.meta,
      status: 'accepted',
    });
    if (!written.ok) return written;
    await audit(tx, actor, {
      municipalityId: where.municipalityId,
      action: 'statement.seed',
      target: `statement:${written.value.id}`,
      details: { matterId: where.matterId, meta: input.meta },
    });
    return written;
  });
}

/** The dialogue of `where` when it is open and the voter may take part in it. */
async function openDialogue(tx: CommandContext, voter: Voter, where: Where) {
  const row = await dialogueForWrite(tx.db, where.municipalityId, where.matterId);
  if (!row) return fail('notFound');
  const phase = phaseOf(row.dialogue, row.decisionId !== null, tx.now());
  if (phase !== 'open') return fail(phase);
  const allowed = await mayTakePart(tx.db, row.dialogue, voter);
  if (!allowed.ok) return allowed;
  return ok({ dialogueId: row.dialogue.id, moderated: row.dialogue.newStatements === 'moderated' });
}

async function writeStatement(
  tx: CommandContext,
  dialogueId: string,
  text: string,
  rest: { participantId?: string; isSeed?: boolean; isMeta?: boolean; status: string },
): Promise<Result<{ id: string }, 'invalid'>> {
  const normalised = normalisedStatement(text);
  await lockStatementNumbers(tx.db, dialogueId);
  if (await sameStatement(tx.db, dialogueId, normalised)) {
    return fail('invalid', { text: 'dialogues.error.duplicate' });
  }
  const created = await insertStatement(tx.db, {
    dialogueId,
    number: await nextStatementNumber(tx.db, dialogueId),
    text,
    normalised,
    createdAt: tx.now(),
    ...rest,
  });
  return ok({ id: created.id });
}
