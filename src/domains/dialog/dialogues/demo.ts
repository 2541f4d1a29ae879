import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import type { CommandContext } from '../../../lib/context.ts';
import { demoId } from '../../../lib/demo-id.ts';
import { sha256 } from '../../../lib/secrets.ts';
import { inTransaction } from '../../../lib/transaction.ts';
import type { UserActor } from '../../../vocabulary/actor.ts';
import { dayIn, municipalityTimeZone } from '../../../vocabulary/dates.ts';
import { seededRandom } from '../../../vocabulary/random.ts';
import type { DemoMunicipality } from '../../../web/module.ts';
import { decisionBodies } from '../../decisions/decisions.schema.ts';
import { findUserByEmail, grantsOf } from '../../identity/identity.queries.ts';
import { decideMatter } from './commands/decide-matter.ts';
import { publishFeedback } from './commands/publish-feedback.ts';
import { type DemoDialogue, demoDialogues } from './demo-texts.ts';
import { insertDialogue, insertMatter } from './dialogues.queries.ts';
import {
  dialogueParticipants,
  dialogueStatements,
  dialogueVotes,
  matters,
} from './dialogues.schema.ts';
import { refreshMaps } from './map-worker.ts';
import { normalisedStatement } from './phase.ts';

const DAY = 86_400_000;

/** The actor of a demo user, as a signed-in request would have it. */
export async function demoActor(db: Db, email: string): Promise<UserActor> {
  const user = await findUserByEmail(db, email);
  if (!user) throw new Error(`no user ${email}`);
  return {
    kind: 'user',
    userId: user.id,
    email,
    name: user.name,
    grants: await grantsOf(db, user.id),
  };
}

/**
 * The votes of a demo dialogue: each participant belongs to one of two groups, votes on a random
 * share of the statements in a random order, with the group's stance four times in five, passes
 * now and then, and otherwise against it. Deterministic per municipality and dialogue.
 */
function demoVotes(spec: DemoDialogue, seed: string, from: number, to: number) {
  let h = 0;
  for (const ch of seed) h = (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0;
  const random = seededRandom(h);
  const votes: { participant: number; statement: number; value: number; at: number }[] = [];
  const n = spec.statements.length;
  for (let p = 0; p < spec.participants; p++) {
    const group = random() < spec.firstGroup ? 0 : 1;
    const order = [...Array(n).keys()].sort(() => random() - 0.5);
    const count = Math.max(3, Math.round(n * (0.5 + random() * 0.5)));
    let at = from + random() * (to - from) * 0.9;
    for (const s of order.slice(0, count)) {
      const r = random();
      const stance = spec.statements[s]?.stance[group] ?? 1;
      const value = r < 0.08 ? 0 : r < 0.88 ? stance : -stance;
      at = Math.min(to, at + random() * 60_000);
      votes.push({ participant: p, statement: s, value, at });
    }
  }
  return votes.sort((a, b) => a.at - b.at);
}

/**
 * Each demo municipality's dialogues, from demo-texts.ts: one open with a few hundred participants
 * whose votes form two groups, and one decided with its decision. Written once: a matter already
 * there is left as it is. The maps are computed at the end.
 */
export async function seedDemoDialogues(
  ctx: CommandContext,
  municipalities: readonly DemoMunicipality[],
): Promise<void> {
  const now = ctx.now().getTime();
  for (const m of municipalities) {
    for (const spec of demoDialogues[m.id] ?? []) {
      const matterId = demoId(m.id, `matter:${spec.key}`);
      const [existing] = await ctx.db
        .select({ id: matters.id })
        .from(matters)
        .where(eq(matters.id, matterId));
      if (existing) continue;
      const [body] = await ctx.db
        .select({ id: decisionBodies.id })
        .from(decisionBodies)
        .where(and(eq(decisionBodies.municipalityId, m.id), eq(decisionBodies.kind, spec.bodyKind)))
        .limit(1);
      if (!body) continue;
      const decided = spec.decision !== undefined;
      const opensAt = now - (decided ? 60 : 10) * DAY;
      const closesAt = now + (decided ? -20 : 60) * DAY;
      const plannedDecisionOn = dayIn(new Date(closesAt + 7 * DAY), municipalityTimeZone(m.id));
      await insertMatter(ctx.db, {
        id: matterId,
        municipalityId: m.id,
        title: spec.title,
        summary: spec.summary,
        body: spec.body,
        bodyId: body.id,
        plannedDecisionOn,
        createdAt: new Date(opensAt - 2 * DAY),
      });
      const dialogueId = demoId(m.id, `dialogue:${spec.key}`);
      await insertDialogue(ctx.db, {
        id: dialogueId,
        matterId,
        municipalityId: m.id,
        question: spec.question,
        opensAt: new Date(opensAt),
        closesAt: new Date(closesAt),
        participation: 'anyone',
        newStatements: 'shown',
      });
      const statementIds = spec.statements.map((_, i) =>
        demoId(m.id, `statement:${spec.key}:${i}`),
      );
      await ctx.db.insert(dialogueStatements).values(
        spec.statements.map((s, i) => ({
          id: statementIds[i] as string,
          dialogueId,
          number: i,
          text: s.text,
          normalised: normalisedStatement(s.text),
          isSeed: true,
          isMeta: s.meta ?? false,
          createdAt: new Date(opensAt - DAY),
        })),
      );
      const participantIds = Array.from({ length: spec.participants }, (_, i) =>
        demoId(m.id, `participant:${spec.key}:${i}`),
      );
      await ctx.db.insert(dialogueParticipants).values(
        participantIds.map((id, i) => ({
          id,
          dialogueId,
          number: i,
          keyHash: sha256(`demo:${m.id}:${spec.key}:${i}`),
          createdAt: new Date(opensAt),
        })),
      );
      const votes = demoVotes(spec, `${m.id}:${spec.key}`, opensAt, Math.min(now, closesAt));
      await ctx.db.insert(dialogueVotes).values(
        votes.map((v) => ({
          dialogueId,
          participantId: participantIds[v.participant] as string,
          statementId: statementIds[v.statement] as string,
          value: v.value,
          createdAt: new Date(v.at),
        })),
      );
      if (spec.decision) {
        const politician = await demoActor(ctx.db, `politician@${m.slug}.example`);
        // Where the decision stands in the minutes, as each country writes it.
        const year = plannedDecisionOn.slice(0, 4);
        const norwegian = m.id.startsWith('NO-');
        await decideMatter(
          ctx,
          politician,
          { municipalityId: m.id, matterId },
          {
            bodyId: body.id,
            decidedOn: plannedDecisionOn,
            text: spec.decision,
            paragraph: norwegian ? `PS 31/${year.slice(2)}` : '§ 31',
            registrationNumber: norwegian ? `${year.slice(2)}/00731` : `KS ${year}/731`,
            protocolUrl: `https://${m.slug}.example/protokoll/${year}-${spec.key}.pdf`,
          },
        );
        if (spec.feedback) {
          const staff = await demoActor(ctx.db, `staff@${m.slug}.example`);
          await publishFeedback(ctx, staff, { municipalityId: m.id, matterId }, spec.feedback);
        }
      }
    }
  }
  await inTransaction(ctx, (tx) => refreshMaps(tx.db, tx.now));
}
