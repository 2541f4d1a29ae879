import type { Db } from '../../../db/client.ts';
import { publicStates } from '../../../engines/proposal-rules/index.ts';
import type { Actor } from '../../../vocabulary/actor.ts';
import { benefitsOf, measurementsOf } from '../../styrning/benefits/benefits.queries.ts';
import { listDepartments } from '../../tenancy/tenancy.queries.ts';
import { knownThroughEid } from '../dialogues/dialogues.queries.ts';
import { coauthorsOf } from './coauthors.queries.ts';
import { canHandleProposals } from './proposals.policy.ts';
import {
  getProposal,
  hasSupported,
  initiativeOfProposal,
  type ProposalRow,
  paperSignaturesOf,
} from './proposals.queries.ts';
import { type MunicipalityRef, ruleOf } from './rule.ts';

/**
 * Whether the actor may see the proposal: anyone once it is accepted (also after it is answered
 * or withdrawn); its proposer and its co-authors (`coauthorIds`) always; staff from screening on,
 * a draft never.
 */
export function maySee(actor: Actor, p: ProposalRow, coauthorIds: readonly string[] = []): boolean {
  if (publicStates.includes(p.state)) return true;
  if (actor.kind === 'user' && p.authorId === actor.userId) return true;
  if (actor.kind === 'user' && coauthorIds.includes(actor.userId)) return true;
  return p.state !== 'draft' && canHandleProposals(actor, p.municipalityId);
}

export type ProposalCoauthors = Awaited<ReturnType<typeof coauthorsOf>>;

/** What a proposal's page shows the actor, or undefined when it is not theirs to see. */
export async function loadProposalPage(db: Db, actor: Actor, m: MunicipalityRef, id: string) {
  const proposal = await getProposal(db, m.id, id);
  if (!proposal) return undefined;
  const all = await coauthorsOf(db, proposal.id);
  if (
    !maySee(
      actor,
      proposal,
      all.accepted.map((c) => c.userId),
    )
  )
    return undefined;
  const canHandle = canHandleProposals(actor, m.id);
  const isAuthor = actor.kind === 'user' && proposal.authorId === actor.userId;
  const [supported, throughEid, rule, paper, departments, initiative] = await Promise.all([
    actor.kind === 'user' ? hasSupported(db, proposal.id, actor.userId) : false,
    actor.kind === 'user' ? knownThroughEid(db, actor.userId, m.id) : false,
    ruleOf(db, m),
    canHandle ? paperSignaturesOf(db, proposal.id) : [],
    canHandle && proposal.state === 'withBody' ? listDepartments(db, m.id) : [],
    proposal.initiativeId ? loadInitiative(db, proposal.initiativeId) : undefined,
  ]);
  return {
    proposal,
    canHandle,
    isAuthor,
    isCoauthor: actor.kind === 'user' && all.accepted.some((c) => c.userId === actor.userId),
    // Open invitations name addresses: their proposer's to see, nobody else's.
    coauthors: isAuthor ? all : { ...all, invited: [] },
    supported,
    /** Who the rule counts, and whether the viewer came through the municipality's e-ID. */
    supporting: { by: rule.supportBy, residenceDeclared: rule.residenceDeclared, throughEid },
    paper,
    departments,
    initiative,
  };
}

export type ProposalInitiative = NonNullable<Awaited<ReturnType<typeof loadInitiative>>>;

/**
 * The initiative an answered proposal became, as anyone may see it there: the initiative is made
 * public when the proposal is answered, and shown only while it stays public. Its stage, its
 * moves, and its benefits with the latest measurement of each.
 */
async function loadInitiative(db: Db, initiativeId: string) {
  const initiative = await initiativeOfProposal(db, initiativeId);
  if (!initiative) return undefined;
  const benefits = await benefitsOf(db, initiativeId);
  const measured = await measurementsOf(
    db,
    benefits.map((b) => b.id),
  );
  return {
    ...initiative,
    benefits: benefits.map((b) => ({
      id: b.id,
      description: b.description,
      unit: b.unit,
      target: b.targetValue,
      // Measurements come oldest first: the last of the benefit's is the latest.
      latest: measured.filter((x) => x.benefitId === b.id).at(-1)?.value ?? null,
    })),
  };
}
