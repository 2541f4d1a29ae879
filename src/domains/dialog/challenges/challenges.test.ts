import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';
import { auditLog } from '../../audit/audit.schema.ts';
import { initiatives } from '../../styrning/portfolio/portfolio.schema.ts';
import { listDepartments } from '../../tenancy/tenancy.queries.ts';
import { demoActor } from '../dialogues/demo.ts';
import { roleMix } from './challenge.load.ts';
import {
  contextOf,
  postedChallenge,
  testChallenge,
  testMunicipality,
  testPeople,
} from './challenges.fixtures.ts';
import { getChallenge, roleCounts } from './challenges.queries.ts';
import { challengeIdeas, challenges, ideaCredits } from './challenges.schema.ts';
import { moveChallenge, postChallenge } from './commands/post-challenge.ts';
import { ideaToInitiative, shortlistIdea } from './commands/shortlist.ts';
import { commentOnIdea, joinChallenge, postIdea } from './commands/take-part.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const ctx = () => contextOf(t.database.db);
const idea = { title: 'Fika i trapphuset', body: 'En gång i veckan bjuder vi in grannarna.' };

describe('joining a challenge', () => {
  it('counts each role, names the roles nobody brings, and keeps one role per person', async () => {
    const { where } = await postedChallenge(t.database.db);
    const people = await testPeople(t.database.db, 4, 'join');
    const roles = ['resident', 'resident', 'relative', 'expert'] as const;
    for (const [i, role] of roles.entries()) {
      const joined = await joinChallenge(ctx(), people[i] as never, where, role);
      expect(joined.ok).toBe(true);
    }
    // A second join, in another role, changes nothing.
    const again = await joinChallenge(ctx(), people[0] as never, where, 'business');
    expect(again).toEqual({ ok: false, reason: 'already' });
    const mix = roleMix(await roleCounts(t.database.db, where.challengeId));
    expect(mix.roles).toEqual([
      { role: 'resident', count: 2 },
      { role: 'relative', count: 1 },
      { role: 'frontline', count: 0 },
      { role: 'business', count: 0 },
      { role: 'civilSociety', count: 0 },
      { role: 'academia', count: 0 },
      { role: 'expert', count: 1 },
    ]);
    expect(mix.missing).toEqual(['frontline', 'business', 'civilSociety', 'academia']);
    const page = await (await t.signedIn(null)).get(
      `/en/municipalities/${testMunicipality}/challenges/${where.challengeId}`,
    );
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain('Resident: 2');
    expect(html).toContain(
      'Missing voices: Frontline staff, Business, Civil society, Research and education',
    );
  });

  it('refuses a visitor and a challenge that is done', async () => {
    const { where, staff } = await postedChallenge(t.database.db);
    const [person] = await testPeople(t.database.db, 1, 'late');
    expect(await joinChallenge(ctx(), { kind: 'anonymous' }, where, 'resident')).toEqual({
      ok: false,
      reason: 'signIn',
    });
    expect((await moveChallenge(ctx(), staff, where, 'shortlisting')).ok).toBe(true);
    expect((await moveChallenge(ctx(), staff, where, 'done')).ok).toBe(true);
    expect(await joinChallenge(ctx(), person as never, where, 'resident')).toEqual({
      ok: false,
      reason: 'closed',
    });
  });
});

describe('ideas', () => {
  it('are posted by participants while the challenge is open, and by nobody else', async () => {
    const { where, staff } = await postedChallenge(t.database.db);
    const [member, outsider] = await testPeople(t.database.db, 2, 'idea');
    await joinChallenge(ctx(), member as never, where, 'frontline');
    const posted = await postIdea(ctx(), member as never, where, idea);
    expect(posted.ok).toBe(true);
    expect(await postIdea(ctx(), outsider as never, where, idea)).toEqual({
      ok: false,
      reason: 'notParticipant',
    });
    await moveChallenge(ctx(), staff, where, 'shortlisting');
    expect(await postIdea(ctx(), member as never, where, idea)).toEqual({
      ok: false,
      reason: 'closed',
    });
    const [stored] = await t.database.db
      .select({ n: count() })
      .from(challengeIdeas)
      .where(eq(challengeIdeas.challengeId, where.challengeId));
    expect(stored?.n).toBe(1);
  });

  it('are written as their author typed them and shown escaped, hostile markup too', async () => {
    const { where } = await postedChallenge(t.database.db);
    const [member] = await testPeople(t.database.db, 1, 'hostile');
    await joinChallenge(ctx(), member as never, where, 'resident');
    const client = await t.signedIn(null);
    const title = '<script>alert(1)</script>';
    const posted = await postIdea(ctx(), member as never, where, { title, body: 'x' });
    if (!posted.ok) throw new Error(posted.reason);
    const html = await (
      await client.get(
        `/en/municipalities/${testMunicipality}/challenges/${where.challengeId}/ideas/${posted.value.ideaId}`,
      )
    ).text();
    expect(html).not.toContain(title);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('the shortlist and the initiative', () => {
  it('turns a shortlisted idea into a public initiative at stage idea, credited and linked both ways', async () => {
    const { where, departmentId } = await postedChallenge(t.database.db, {
      title: 'Tryggare väg till skolan',
    });
    const [author, helper, bystander] = await testPeople(t.database.db, 3, 'credit');
    await joinChallenge(ctx(), author as never, where, 'resident');
    await joinChallenge(ctx(), helper as never, where, 'business');
    await joinChallenge(ctx(), bystander as never, where, 'academia');
    const posted = await postIdea(ctx(), author as never, where, idea);
    if (!posted.ok) throw new Error(posted.reason);
    const ideaWhere = { ...where, ideaId: posted.value.ideaId };
    await commentOnIdea(ctx(), helper as never, ideaWhere, 'Vi kan bjuda på kaffet.');
    const owner = await demoActor(t.database.db, 'staff@botkyrka.example');
    // Not shortlisted yet: refused.
    expect(await ideaToInitiative(ctx(), owner, ideaWhere, [])).toEqual({
      ok: false,
      reason: 'state',
    });
    expect((await shortlistIdea(ctx(), owner, ideaWhere, true)).ok).toBe(true);
    // The helper is named; an id of someone who never joined is passed over.
    const [stranger] = await testPeople(t.database.db, 1, 'stranger');
    const made = await ideaToInitiative(ctx(), owner, ideaWhere, [
      helper?.userId as string,
      stranger?.userId as string,
    ]);
    if (!made.ok) throw new Error(made.reason);
    const [initiative] = await t.database.db
      .select()
      .from(initiatives)
      .where(eq(initiatives.id, made.value.initiativeId));
    expect(initiative).toMatchObject({
      title: idea.title,
      idea: idea.body,
      problem: testChallenge.problem,
      stage: 'idea',
      isPublic: true,
      departmentId,
      municipalityId: testMunicipality,
    });
    const credits = await t.database.db
      .select({ userId: ideaCredits.userId })
      .from(ideaCredits)
      .where(eq(ideaCredits.ideaId, ideaWhere.ideaId));
    expect(credits.map((c) => c.userId).sort()).toEqual([author?.userId, helper?.userId].sort());
    // A second time: refused, no second initiative.
    expect(await ideaToInitiative(ctx(), owner, ideaWhere, [])).toEqual({
      ok: false,
      reason: 'state',
    });
    const visitor = await t.signedIn(null);
    const initiativePage = await (
      await visitor.get(
        `/en/municipalities/${testMunicipality}/initiatives/${made.value.initiativeId}`,
      )
    ).text();
    expect(initiativePage).toContain('Came from the idea in a challenge');
    expect(initiativePage).toContain(
      `/en/municipalities/${testMunicipality}/challenges/${where.challengeId}/ideas/${ideaWhere.ideaId}`,
    );
    expect(initiativePage).toContain('credit 0, credit 1');
    const ideaPage = await (
      await visitor.get(
        `/en/municipalities/${testMunicipality}/challenges/${where.challengeId}/ideas/${ideaWhere.ideaId}`,
      )
    ).text();
    expect(ideaPage).toContain(`/initiatives/${made.value.initiativeId}`);
    const [audited] = await t.database.db
      .select({ n: count() })
      .from(auditLog)
      .where(
        and(
          eq(auditLog.action, 'challenge.initiative'),
          eq(auditLog.target, `challenge-idea:${ideaWhere.ideaId}`),
        ),
      );
    expect(audited?.n).toBe(1);
  });

  it('is refused to staff of another municipality and to a resident', async () => {
    const { where } = await postedChallenge(t.database.db);
    const [author] = await testPeople(t.database.db, 1, 'guarded');
    await joinChallenge(ctx(), author as never, where, 'resident');
    const posted = await postIdea(ctx(), author as never, where, idea);
    if (!posted.ok) throw new Error(posted.reason);
    const ideaWhere = { ...where, ideaId: posted.value.ideaId };
    for (const email of ['admin@asker.example', 'resident@botkyrka.example']) {
      const other = await demoActor(t.database.db, email);
      expect(await shortlistIdea(ctx(), other, ideaWhere, true), email).toEqual({
        ok: false,
        reason: 'forbidden',
      });
    }
    // Asker's admin naming Botkyrka's challenge under Asker finds nothing.
    const askerAdmin = await demoActor(t.database.db, 'admin@asker.example');
    expect(
      await shortlistIdea(ctx(), askerAdmin, { ...ideaWhere, municipalityId: 'NO-3203' }, true),
    ).toEqual({ ok: false, reason: 'notFound' });
  });
});

describe('posting a challenge', () => {
  it('refuses a department of another municipality and one the staff member has no rights in', async () => {
    const staff = await demoActor(t.database.db, 'staff@botkyrka.example');
    const [askerDepartment] = await listDepartments(t.database.db, 'NO-3203');
    const result = await postChallenge(ctx(), staff, testMunicipality, {
      ...testChallenge,
      departmentId: askerDepartment?.id as string,
    });
    expect(result).toEqual({
      ok: false,
      reason: 'invalid',
      fields: { departmentId: 'challenges.error.department' },
    });
    const resident = await demoActor(t.database.db, 'resident@botkyrka.example');
    const { departmentId } = await postedChallenge(t.database.db);
    expect(
      await postChallenge(ctx(), resident, testMunicipality, { ...testChallenge, departmentId }),
    ).toEqual({
      ok: false,
      reason: 'invalid',
      fields: { departmentId: 'challenges.error.noRights' },
    });
  });

  it('answers reversed dates and hostile text in the form with a 422 and writes nothing', async () => {
    const staff = await t.signedIn('staff@botkyrka.example');
    const { departmentId } = await postedChallenge(t.database.db);
    const before = await t.database.db.select({ n: count() }).from(challenges);
    const reversed = await staff.postForm(`/en/municipalities/${testMunicipality}/challenges/new`, {
      ...testChallenge,
      departmentId,
      startsOn: '2027-05-01',
      endsOn: '2027-04-30',
    });
    expect(reversed.status).toBe(422);
    expect(await reversed.text()).toContain('The end must come after the start.');
    const hostile = await staff.postForm(`/en/municipalities/${testMunicipality}/challenges/new`, {
      ...testChallenge,
      departmentId: "' OR 1=1 --",
      title: 'x'.repeat(151),
    });
    expect(hostile.status).toBe(422);
    const after = await t.database.db.select({ n: count() }).from(challenges);
    expect(after).toEqual(before);
  });

  it('lets residents read it but not reach the form', async () => {
    const { where } = await postedChallenge(t.database.db);
    expect((await getChallenge(t.database.db, testMunicipality, where.challengeId))?.state).toBe(
      'open',
    );
    const resident = await t.signedIn('resident@botkyrka.example');
    expect(
      (await resident.get(`/en/municipalities/${testMunicipality}/challenges/new`)).status,
    ).toBe(403);
    expect((await resident.get(`/en/municipalities/${testMunicipality}/challenges`)).status).toBe(
      200,
    );
  });
});
