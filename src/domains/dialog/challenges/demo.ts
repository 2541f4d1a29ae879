import { eq } from 'drizzle-orm';
import type { CommandContext } from '../../../lib/context.ts';
import { demoId } from '../../../lib/demo-id.ts';
import { dayIn, municipalityTimeZone } from '../../../vocabulary/dates.ts';
import type { DemoMunicipality } from '../../../web/module.ts';
import { findUserByEmail, insertUser } from '../../identity/identity.queries.ts';
import { listDepartments } from '../../tenancy/tenancy.queries.ts';
import { demoActor } from '../dialogues/demo.ts';
import { stakeholderRoles } from './challenges.policy.ts';
import {
  challengeIdeas,
  challengeParticipants,
  challenges,
  ideaComments,
  workshopSignups,
  workshops,
} from './challenges.schema.ts';
import { demoChallenges } from './demo-texts.ts';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/**
 * The demo's participants of a municipality, one per stakeholder role: accounts without a password
 * (nobody logs in as them), made once and found again by their address.
 */
async function demoPeople(ctx: CommandContext, slug: string, names: Record<string, string>) {
  const ids = new Map<string, string>();
  for (const role of stakeholderRoles) {
    const email = `${role.toLowerCase()}.participant@${slug}.example`;
    const found =
      (await findUserByEmail(ctx.db, email)) ??
      (await insertUser(ctx.db, { email, name: names[role] ?? role, passwordHash: null }));
    if (!found) throw new Error(`no demo participant ${email}`);
    ids.set(role, found.id);
  }
  return ids;
}

/**
 * Each demo municipality's challenge, from demo-texts.ts: open for ideas, with a participant of
 * every stakeholder role, their ideas and comments (the first idea shortlisted), a workshop two
 * weeks ago and one in ten days with places taken. Written once: a challenge already there is
 * left as it is.
 */
export async function seedDemoChallenges(
  ctx: CommandContext,
  municipalities: readonly DemoMunicipality[],
): Promise<void> {
  const now = ctx.now().getTime();
  for (const m of municipalities) {
    const spec = demoChallenges[m.id];
    if (!spec) continue;
    const challengeId = demoId(m.id, 'challenge:0');
    const [existing] = await ctx.db
      .select({ id: challenges.id })
      .from(challenges)
      .where(eq(challenges.id, challengeId));
    if (existing) continue;
    const departmentName = m.departments[spec.department];
    const department = (await listDepartments(ctx.db, m.id)).find((d) => d.name === departmentName);
    if (!department) continue;
    const owner = await demoActor(ctx.db, `staff@${m.slug}.example`);
    const zone = municipalityTimeZone(m.id);
    const opened = now - 20 * DAY;
    await ctx.db.insert(challenges).values({
      id: challengeId,
      municipalityId: m.id,
      departmentId: department.id,
      ownerId: owner.userId,
      title: spec.title,
      problem: spec.problem,
      affected: spec.affected,
      constraints: spec.constraints,
      startsOn: dayIn(new Date(opened), zone),
      endsOn: dayIn(new Date(now + 60 * DAY), zone),
      createdAt: new Date(opened),
    });
    const people = await demoPeople(ctx, m.slug, spec.people);
    const person = (role: string) => people.get(role) as string;
    await ctx.db.insert(challengeParticipants).values(
      stakeholderRoles.map((role, i) => ({
        challengeId,
        userId: person(role),
        role,
        joinedAt: new Date(opened + (i + 1) * HOUR),
      })),
    );
    for (const [i, idea] of spec.ideas.entries()) {
      const ideaId = demoId(m.id, `challenge:0:idea:${i}`);
      const at = opened + (2 + i) * DAY;
      await ctx.db.insert(challengeIdeas).values({
        id: ideaId,
        challengeId,
        authorId: person(idea.by),
        title: idea.title,
        body: idea.body,
        shortlisted: i === 0,
        createdAt: new Date(at),
      });
      for (const [j, [by, text]] of idea.comments.entries()) {
        await ctx.db.insert(ideaComments).values({
          id: demoId(m.id, `challenge:0:idea:${i}:comment:${j}`),
          ideaId,
          authorId: person(by),
          text,
          createdAt: new Date(at + (j + 1) * HOUR),
        });
      }
    }
    // A workshop two weeks ago and one in ten days, each on the hour and two hours long.
    for (const [i, w] of spec.workshops.entries()) {
      const workshopId = demoId(m.id, `challenge:0:workshop:${i}`);
      const startsAt = new Date(Math.floor((now + (i === 0 ? -14 : 10) * DAY) / HOUR) * HOUR);
      await ctx.db.insert(workshops).values({
        id: workshopId,
        challengeId,
        title: w.title,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 2 * HOUR),
        place: w.place,
        accessibility: w.accessibility,
        capacity: i === 0 ? 25 : 12,
        createdAt: new Date(opened + DAY),
      });
      const coming = i === 1 ? stakeholderRoles.slice(0, 3) : stakeholderRoles;
      await ctx.db.insert(workshopSignups).values(
        coming.map((role, j) => ({
          workshopId,
          userId: person(role),
          status: 'confirmed',
          signedUpAt: new Date(opened + DAY + (j + 1) * HOUR),
        })),
      );
    }
  }
}
