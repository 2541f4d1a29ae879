import {
  bodyDeadline,
  canMove,
  supportersForgottenAt,
} from '../../../../engines/proposal-rules/index.ts';
import type { CommandContext } from '../../../../lib/context.ts';
import { fail, ok, type Result } from '../../../../lib/result.ts';
import { inTransaction } from '../../../../lib/transaction.ts';
import type { Actor } from '../../../../vocabulary/actor.ts';
import { audit } from '../../../audit/record.ts';
import { proposeInitiative } from '../../../styrning/portfolio/commands/propose-initiative.ts';
import type { AnswerInput } from '../proposals.inputs.ts';
import { canHandleProposals } from '../proposals.policy.ts';
import { addPaperSignatures, lockProposal, updateProposal } from '../proposals.queries.ts';
import { type MunicipalityRef, ruleOf } from '../rule.ts';
import { tellSupporters } from '../tell-supporters.ts';

type Failure = 'forbidden' | 'notFound' | 'state';

/**
 * At most this many paper signatures on one proposal, all registrations together: more than
 * the inhabitants of either country, and far from where the stored count would overflow.
 */
export const PAPER_TOTAL_MAX = 10_000_000;

/**
 * Staff register signatures collected on paper while the proposal takes support; `paperTotal`
 * when the proposal's paper signatures would pass `PAPER_TOTAL_MAX`.
 */
export async function registerPaperSignatures(
  ctx: CommandContext,
  actor: Actor,
  m: MunicipalityRef,
  proposalId: string,
  input: { count: number; signedOn: string },
): Promise<Result<true, Failure | 'paperTotal'>> {
  if (actor.kind !== 'user' || !canHandleProposals(actor, m.id)) return fail('forbidden');
  return inTransaction(ctx, async (tx) => {
    const p = await lockProposal(tx.db, m.id, proposalId);
    if (!p) return fail('notFound');
    if (p.state !== 'collecting' && p.state !== 'thresholdReached') return fail('state');
    if (p.supportPaper + input.count > PAPER_TOTAL_MAX) return fail('paperTotal');
    await addPaperSignatures(tx.db, {
      proposalId: p.id,
      count: input.count,
      signedOn: input.signedOn,
      registeredBy: actor.userId,
      registeredAt: tx.now(),
    });
    await audit(tx, actor, {
      municipalityId: m.id,
      action: 'proposal.paper',
      target: `proposal:${p.id}`,
      details: { count: input.count, signedOn: input.signedOn },
    });
    return ok(true);
  });
}

/**
 * Staff hand the proposal to the body that decides it; the body's deadline is set from the rule
 * in force now (Norway: six months from receiving it).
 */
export async function handToBody(
  ctx: CommandContext,
  actor: Actor,
  m: MunicipalityRef,
  proposalId: string,
): Promise<Result<true, Failure>> {
  if (actor.kind !== 'user' || !canHandleProposals(actor, m.id)) return fail('forbidden');
  return inTransaction(ctx, async (tx) => {
    const p = await lockProposal(tx.db, m.id, proposalId);
    if (!p) return fail('notFound');
    if (!canMove(p.state, 'withBody')) return fail('state');
    const now = tx.now();
    const rule = await ruleOf(tx.db, m);
    await updateProposal(tx.db, p.id, {
      state: 'withBody',
      receivedByBodyAt: now,
      bodyDeadline: bodyDeadline(rule, now),
    });
    await audit(tx, actor, {
      municipalityId: m.id,
      action: 'proposal.toBody',
      target: `proposal:${p.id}`,
    });
    return ok(true);
  });
}

/**
 * Staff record the body's answer: accepted, partly or rejected, why, and the decision. An
 * accepted or partly accepted proposal becomes an idea in the portfolio of the department named,
 * made by the portfolio's own command and public (it answers a public proposal), and linked both
 * ways. Supporters who asked are told by mail in the same transaction. From the answer, the
 * rule's days count down to when the supporters' identities are deleted (`forgetSupporters`).
 */
export async function answerProposal(
  ctx: CommandContext,
  actor: Actor,
  m: MunicipalityRef,
  proposalId: string,
  input: AnswerInput,
  /** The base of the mails' links; null tells nobody (the demo, whose addresses reach nobody). */
  baseUrl: string | null,
): Promise<Result<{ initiativeId: string | null }, Failure | 'invalid'>> {
  if (actor.kind !== 'user' || !canHandleProposals(actor, m.id)) return fail('forbidden');
  return inTransaction(ctx, async (tx) => {
    const p = await lockProposal(tx.db, m.id, proposalId);
    if (!p) return fail('notFound');
    if (p.state !== 'withBody') return fail('state');
    let initiativeId: string | null = null;
    let toldStage: string | null = null;
    if (input.answer !== 'rejected') {
      const made = await proposeInitiative(
        tx,
        actor,
        m.id,
        {
          departmentId: input.departmentId,
          title: p.title,
          problem: p.body,
          idea: input.reason,
        },
        { isPublic: true },
      );
      if (!made.ok) {
        return made.reason === 'forbidden'
          ? fail('forbidden')
          : fail('invalid', { departmentId: 'proposals.error.department' });
      }
      initiativeId = made.value.id;
      // Supporters are told of the answer now, so of the stage the initiative starts in too.
      toldStage = made.value.stage;
    }
    const answeredAt = tx.now();
    await updateProposal(tx.db, p.id, {
      state: 'answered',
      answer: input.answer,
      answerReason: input.reason,
      answerDecision: input.decision,
      answeredAt,
      // Who supported it is kept only as long as the rule in force at the answer says.
      forgetSupportersAt: supportersForgottenAt(await ruleOf(tx.db, m), answeredAt),
      initiativeId,
      toldStage,
    });
    if (baseUrl !== null) {
      await tellSupporters(
        tx,
        { ...p, country: m.country },
        { kind: 'answered', answer: input.answer },
        baseUrl,
      );
    }
    await audit(tx, actor, {
      municipalityId: m.id,
      action: 'proposal.answer',
      target: `proposal:${p.id}`,
      details: { answer: input.answer, initiativeId },
    });
    return ok({ initiativeId });
  });
}
