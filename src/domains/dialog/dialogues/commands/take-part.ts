import type { CommandContext } from '../../../../lib/context.ts';
import { fail, ok, type Result } from '../../../../lib/result.ts';
import { inTransaction } from '../../../../lib/transaction.ts';
import type { Actor } from '../../../../vocabulary/actor.ts';
import { audit } from '../../../audit/record.ts';
import { type StatementInput, type VoteInput, votes } from '../dialogues.inputs.ts';
import { canManageMatters } from '../dialogues.policy.ts';
import {
  currentVote,
  dialogueForWrite,
  insertStatement,
  insertVote,
  lockStatementNumbers,
  nextStatementNumber,
  sameStatement,
  statementOf,
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
 */
export async function castVote(
  ctx: CommandContext,
  voter: Voter,
  where: Where,
  input: VoteInput,
): Promise<Result<{ recorded: boolean }, TakePartFailure>> {
  return inTransaction(ctx, async (tx) => {
    const open = await openDialogue(tx, voter, where);
    if (!open.ok) return open;
    const { dialogueId } = open.value;
    const statement = await statementOf(tx.db, dialogueId, input.statementId);
    if (statement?.status !== 'accepted') return fail('notFound');
    const participant = await participantOf(tx.db, dialogueId, voter);
    const value = votes[input.vote];
    if ((await currentVote(tx.db, participant.id, statement.id)) === value) {
      return ok({ recorded: false });
    }
    await insertVote(tx.db, {
      dialogueId,
      participantId: participant.id,
      statementId: statement.id,
      value,
      createdAt: tx.now(),
    });
    return ok({ recorded: true });
  });
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
