import { and, eq } from 'drizzle-orm';
import type { CommandContext } from '../../../lib/context.ts';
import type { Result } from '../../../lib/result.ts';
import type { DemoMunicipality } from '../../../web/module.ts';
import { findUserByEmail, insertUser } from '../../identity/identity.queries.ts';
import { listDepartments } from '../../tenancy/tenancy.queries.ts';
import { demoActor } from '../dialogues/demo.ts';
import { answerInvitation } from './commands/answer-invitation.ts';
import { answerProposal, handToBody, registerPaperSignatures } from './commands/handle-proposal.ts';
import { inviteCoauthor } from './commands/invite-coauthor.ts';
import { screenProposal } from './commands/screen-proposal.ts';
import { supportProposal } from './commands/support-proposal.ts';
import { writeProposal } from './commands/write-proposal.ts';
import { type DemoPath, type DemoProposal, demoProposals } from './demo-texts.ts';
import { forgetSupporters } from './forget-supporters.ts';
import { moveDueProposals } from './proposal-worker.ts';
import { proposals } from './proposals.schema.ts';

const DAY = 86_400_000;

/** The demo's co-author in each country: a person nobody logs in as (the account has no password). */
const coauthorNames: Record<string, string> = { SE: 'Amira Hassan', NO: 'Ingrid Solberg' };

/** The demo's people who support each public proposal, besides those on paper. */
const supporterRoles = ['staff', 'manager', 'politician', 'moderator'] as const;

/** How far along the way each path goes: accepted in screening, past the threshold, to the body. */
const goes = (path: DemoPath) => ({
  accepted: path.to !== 'screening' && path.to !== 'refused',
  reaches: ['thresholdReached', 'withBody', 'answered'].includes(path.to),
  toBody: path.to === 'withBody' || path.to === 'answered',
});

function surely<T>(result: Result<T, string>, what: string): T {
  if (!result.ok) throw new Error(`demo proposal: ${what} failed (${result.reason})`);
  return result.value;
}

/**
 * Each demo municipality's proposals (demo-texts.ts) in every state a visitor sees, made through
 * the commands residents and staff use, each step on its own day in the past: sent by the demo
 * resident, screened by staff, supported by four demo accounts and on paper, moved by the worker,
 * handed to the body and answered (one accepted, which becomes an initiative). Written once: a
 * municipality that has the first demo proposal is left as it is.
 */
export async function seedDemoProposals(
  ctx: CommandContext,
  municipalities: readonly DemoMunicipality[],
): Promise<void> {
  const now = ctx.now().getTime();
  for (const m of municipalities) {
    const specs = demoProposals[m.id] ?? [];
    const [first] = specs;
    if (!first) continue;
    const [existing] = await ctx.db
      .select({ id: proposals.id })
      .from(proposals)
      .where(and(eq(proposals.municipalityId, m.id), eq(proposals.title, first.title)))
      .limit(1);
    if (existing) continue;
    const ref = { id: m.id, country: m.id.slice(0, 2) };
    const [department] = await listDepartments(ctx.db, m.id);
    for (const spec of specs) {
      await seedOne(ctx, now, ref, m.slug, spec, department?.id ?? '');
    }
  }
  // Those answered long ago have had their supporters' names deleted, as the hourly purge does.
  await forgetSupporters(ctx.db, ctx.now());
}

async function seedOne(
  ctx: CommandContext,
  now: number,
  m: { id: string; country: string },
  slug: string,
  spec: DemoProposal,
  departmentId: string,
) {
  const at = (daysAfterSending: number) => ({
    ...ctx,
    now: () => new Date(now - spec.sentDaysAgo * DAY + daysAfterSending * DAY),
  });
  const actor = (role: string) => demoActor(ctx.db, `${role}@${slug}.example`);
  const staff = await actor('staff');
  const { title, body, topic, district } = spec;
  const { proposalId } = surely(
    await writeProposal(
      at(0),
      await actor('resident'),
      m.id,
      { title, body, topic, district },
      true,
    ),
    'sending',
  );
  // The first proposal collecting support was written by two: the resident invited a neighbour.
  if (spec.key === 'benches') await addDemoCoauthor(at(1), m, slug, proposalId);
  const way = goes(spec.path);
  if (spec.path.to === 'screening') return;
  const verdict =
    spec.path.to === 'refused'
      ? { verdict: 'refuse' as const, refusal: 'remit' as const, note: spec.path.note }
      : { verdict: 'accept' as const, refusal: undefined, note: '' };
  surely(await screenProposal(at(2), staff, m, proposalId, verdict), 'screening');
  if (!way.accepted) return;
  for (const [i, role] of supporterRoles.entries()) {
    const support = await supportProposal(
      at(3 + i),
      await actor(role),
      { municipality: m, proposalId },
      { declaresResidence: true },
    );
    surely(support, 'supporting');
  }
  const [row] = await ctx.db
    .select({ threshold: proposals.threshold, total: proposals.supportTotal })
    .from(proposals)
    .where(eq(proposals.id, proposalId));
  const threshold = row?.threshold ?? 0;
  // On paper: the rest of the threshold for those that reach it, a handful for the others.
  const paper = way.reaches ? Math.max(1, threshold - (row?.total ?? 0)) : 12;
  const signedOn = new Date(now - (spec.sentDaysAgo - 9) * DAY).toISOString().slice(0, 10);
  surely(
    await registerPaperSignatures(at(9), staff, m, proposalId, { count: paper, signedOn }),
    'registering paper signatures',
  );
  // The worker's look on the day after: past the threshold, or (for one sent long ago) expired.
  await moveDueProposals(ctx.db, way.reaches ? at(10).now() : ctx.now());
  if (!way.toBody) return;
  surely(await handToBody(at(20), staff, m, proposalId), 'handing to the body');
  if (spec.path.to !== 'answered') return;
  const { answer, reason, decision } = spec.path;
  surely(
    await answerProposal(
      at(120),
      staff,
      m,
      proposalId,
      { answer, reason, decision, departmentId: answer === 'rejected' ? '' : departmentId },
      null,
    ),
    'answering',
  );
}

/**
 * Invites the demo's co-author to the proposal through the resident's command and accepts it
 * through theirs. No mail is queued: the demo's addresses reach nobody, so the link is handed over.
 */
async function addDemoCoauthor(
  ctx: CommandContext,
  m: { id: string; country: string },
  slug: string,
  proposalId: string,
) {
  const email = `coauthor@${slug}.example`;
  const name = coauthorNames[m.country] ?? 'Demo';
  const person =
    (await findUserByEmail(ctx.db, email)) ??
    (await insertUser(ctx.db, { email, name, passwordHash: null }));
  if (!person) throw new Error(`no demo co-author ${email}`);
  const resident = await demoActor(ctx.db, `resident@${slug}.example`);
  const where = { municipality: { id: m.id, name: slug }, proposalId };
  const opts = { lang: m.country === 'NO' ? 'nb' : 'sv', baseUrl: '', mail: false } as const;
  const { token } = surely(await inviteCoauthor(ctx, resident, where, email, opts), 'inviting');
  const coauthor = await demoActor(ctx.db, email);
  const answered = await answerInvitation(
    ctx,
    coauthor,
    { municipalityId: m.id, proposalId },
    token,
    'accept',
  );
  surely(answered, 'accepting');
}
