import { randomBytes } from 'node:crypto';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { insertTestCase } from '../domains/delning/cases/cases.fixtures.ts';
import { caseRecommendations } from '../domains/delning/spread/spread.schema.ts';
import {
  challengeIdeas,
  challenges,
  ideaComments,
  workshops,
} from '../domains/dialog/challenges/challenges.schema.ts';
import { insertTestMatter } from '../domains/dialog/dialogues/dialogues.fixtures.ts';
import {
  dialogueComments,
  dialogueParticipants,
} from '../domains/dialog/dialogues/dialogues.schema.ts';
import { proposalCoauthors } from '../domains/dialog/proposals/coauthors.schema.ts';
import { proposals } from '../domains/dialog/proposals/proposals.schema.ts';
import {
  insertQuestion,
  insertResponse,
  insertSurvey,
} from '../domains/dialog/surveys/surveys.queries.ts';
import { apiTokens, roleGrants, users } from '../domains/identity/identity.schema.ts';
import { benefitMeasurements } from '../domains/styrning/benefits/benefits.schema.ts';
import {
  capabilities,
  departmentSystems,
  initiativeRisks,
  systems,
} from '../domains/styrning/portfolio/portfolio.schema.ts';
import { scenarios } from '../domains/styrning/prioritisation/prioritisation.schema.ts';
import {
  futureStoryVersions,
  goals,
  indicatorMeasurements,
  indicators,
} from '../domains/styrning/strategy/strategy.schema.ts';
import { departments } from '../domains/tenancy/tenancy.schema.ts';
import { insertTestBenefit, insertTestInitiative } from './steering-fixtures.ts';

/** The ids of one thing of every kind a route names in its path, all in one municipality. */
export type EntityIds = {
  did: string;
  iid: string;
  bid: string;
  rid: string;
  year: string;
  goalId: string;
  versionId: string;
  sid: string;
  capabilityId: string;
  systemId: string;
  grantId: string;
  tokenId: string;
  mid: string;
  cid: string;
  pid: string;
  /** A co-author invited to that proposal. */
  coauthorId: string;
  caseId: string;
  /** The municipality's county, and a recommendation of its case there. */
  countyId: string;
  recId: string;
  /** A challenge, an idea of it with a comment, and a workshop of it. */
  chid: string;
  ideaId: string;
  commentId: string;
  wid: string;
};

/**
 * One thing of every kind in `municipalityId`, each carrying `marker` where only people with a
 * role there may read it: a non-public initiative with a cost, a risk and a benefit; a draft goal
 * with an indicator; a draft future story; a prioritisation scenario; a capability and a system in
 * use; a staff member's grant and API token. Its departments are public, so the department used
 * is one it already has, without the marker. The municipality needs the demo content (a
 * department and a scenario to copy).
 */
export async function insertMarkedEntities(
  db: Db,
  municipalityId: string,
  marker: string,
): Promise<EntityIds> {
  const [department] = await db
    .select()
    .from(departments)
    .where(eq(departments.municipalityId, municipalityId))
    .limit(1);
  if (!department) throw new Error(`${municipalityId} has no department`);
  const initiative = await insertTestInitiative(db, {
    municipalityId,
    departmentId: department.id,
    title: `${marker} initiative`,
    problem: `${marker} problem`,
    isPublic: false,
    stage: 'pilot',
    costs: { 2031: { investment: 7, running: 3 } },
  });
  const benefit = await insertTestBenefit(db, {
    initiativeId: initiative.id,
    description: `${marker} benefit`,
  });
  await db
    .insert(benefitMeasurements)
    .values({ benefitId: benefit.id, value: 5, measuredOn: '2026-06-01', note: `${marker} note` });
  const [risk] = await db
    .insert(initiativeRisks)
    .values({
      initiativeId: initiative.id,
      description: `${marker} risk`,
      likelihood: 2,
      impact: 3,
    })
    .returning();
  const [goal] = await db
    .insert(goals)
    .values({ municipalityId, title: `${marker} goal`, description: `${marker} draft` })
    .returning();
  const [indicator] = await db
    .insert(indicators)
    .values({
      goalId: goal?.id ?? '',
      name: `${marker} indicator`,
      unit: '%',
      direction: 'higher',
      baselineValue: 1,
      baselineDate: '2026-01-01',
      targetValue: 9,
      targetDate: '2028-01-01',
    })
    .returning();
  await db
    .insert(indicatorMeasurements)
    .values({ indicatorId: indicator?.id ?? '', value: 4, measuredOn: '2026-06-01' });
  const [latest] = await db
    .select({ version: futureStoryVersions.version })
    .from(futureStoryVersions)
    .where(eq(futureStoryVersions.municipalityId, municipalityId))
    .orderBy(desc(futureStoryVersions.version))
    .limit(1);
  const [version] = await db
    .insert(futureStoryVersions)
    .values({
      municipalityId,
      version: (latest?.version ?? 0) + 1,
      title: `${marker} story`,
      body: `${marker} draft story`,
    })
    .returning();
  const [model] = await db
    .select()
    .from(scenarios)
    .where(eq(scenarios.municipalityId, municipalityId))
    .limit(1);
  if (!model) throw new Error(`${municipalityId} has no scenario to copy`);
  const { id: _id, createdAt: _at, ...copied } = model;
  const [scenario] = await db
    .insert(scenarios)
    .values({ ...copied, name: `${marker} scenario` })
    .returning();
  const [capability] = await db
    .insert(capabilities)
    .values({ municipalityId, name: `${marker} capability` })
    .returning();
  const [system] = await db
    .insert(systems)
    .values({
      municipalityId,
      name: `${marker} system`,
      vendor: `${marker} vendor`,
      capabilityId: capability?.id ?? null,
    })
    .returning();
  await db
    .insert(departmentSystems)
    .values({ departmentId: department.id, systemId: system?.id ?? '' });
  const [person] = await db
    .insert(users)
    .values({ email: `${marker}@${municipalityId.toLowerCase()}.example`, name: marker })
    .returning();
  const [grant] = await db
    .insert(roleGrants)
    .values({ userId: person?.id ?? '', role: 'staff', municipalityId })
    .returning();
  const [token] = await db
    .insert(apiTokens)
    .values({
      userId: person?.id ?? '',
      municipalityId,
      name: `${marker} token`,
      tokenHash: randomBytes(32).toString('hex'),
      expiresAt: new Date(Date.now() + 30 * 86_400_000),
    })
    .returning();
  // Matters are public (no marker): their dialogue is open, so routes reach their handlers.
  const matter = await insertTestMatter(db, municipalityId, new Date());
  const [participant] = await db
    .insert(dialogueParticipants)
    .values({ dialogueId: matter.dialogueId, number: 0, keyHash: `fixture-${municipalityId}` })
    .returning();
  const [comment] = await db
    .insert(dialogueComments)
    .values({
      dialogueId: matter.dialogueId,
      participantId: participant?.id ?? '',
      text: 'En kommentar',
    })
    .returning();
  // A published survey on it, answered with the account and a written answer not yet moderated:
  // neither who answered nor what they wrote is anyone's but the municipality's staff's to read.
  const survey = await insertSurvey(db, {
    dialogueId: matter.dialogueId,
    municipalityId,
    title: 'Enkät',
    publishedAt: new Date(),
  });
  const question = await insertQuestion(db, { surveyId: survey.id, kind: 'long', prompt: 'Fråga' });
  await insertResponse(
    db,
    { surveyId: survey.id, userId: person?.id ?? null, createdAt: new Date() },
    [{ questionId: question.id, choices: null, text: `${marker} survey answer` }],
  );
  // A proposal still being screened: only its proposer and the municipality's staff may see it.
  const [proposal] = await db
    .insert(proposals)
    .values({
      municipalityId,
      title: `${marker} proposal`,
      body: `${marker} proposal text`,
      topic: 'other',
      authorId: person?.id ?? null,
      state: 'screening',
      submittedAt: new Date(),
    })
    .returning();
  // Its proposer invited a co-author: the address is theirs and the proposer's to see.
  const [coauthor] = await db
    .insert(proposalCoauthors)
    .values({
      proposalId: proposal?.id ?? '',
      email: `${marker}@example.se`,
      tokenHash: `${marker}-token-hash`,
      invitedAt: new Date(),
      expiresAt: new Date(Date.now() + 14 * 86_400_000),
    })
    .returning();
  // A shared case is public, but its initiative here is not: the case page must show none of it.
  const sharedCase = await insertTestCase(db, { municipalityId, initiativeId: initiative.id });
  const countyId = await countyOf(db, municipalityId);
  const [recommendation] = await db
    .insert(caseRecommendations)
    .values({ caseId: sharedCase.id, countyId, note: 'Anbefalt i fylket.' })
    .returning();
  // A challenge and its idea and workshop are public; a comment hidden by staff is not.
  const [challenge] = await db
    .insert(challenges)
    .values({
      municipalityId,
      departmentId: department.id,
      title: 'Utfordring',
      problem: 'Et problem.',
      affected: 'Innbyggere.',
      startsOn: '2027-01-01',
      endsOn: '2027-12-31',
    })
    .returning();
  const [idea] = await db
    .insert(challengeIdeas)
    .values({ challengeId: challenge?.id ?? '', title: 'En idé', body: 'Ideen.' })
    .returning();
  const [ideaComment] = await db
    .insert(ideaComments)
    .values({ ideaId: idea?.id ?? '', text: `${marker} hidden comment`, hiddenAt: new Date() })
    .returning();
  const [workshop] = await db
    .insert(workshops)
    .values({
      challengeId: challenge?.id ?? '',
      title: 'Verksted',
      startsAt: new Date(Date.now() + 7 * 86_400_000),
      endsAt: new Date(Date.now() + 7 * 86_400_000 + 7_200_000),
      place: 'Rådhuset',
      capacity: 10,
    })
    .returning();
  const ids = {
    did: department.id,
    iid: initiative.id,
    bid: benefit.id,
    rid: risk?.id,
    year: '2031',
    goalId: goal?.id,
    versionId: version?.id,
    sid: scenario?.id,
    capabilityId: capability?.id,
    systemId: system?.id,
    grantId: grant?.id,
    tokenId: token?.id,
    mid: matter.matterId,
    cid: comment?.id,
    pid: proposal?.id,
    coauthorId: coauthor?.id,
    caseId: sharedCase.id,
    countyId,
    recId: recommendation?.id,
    chid: challenge?.id,
    ideaId: idea?.id,
    commentId: ideaComment?.id,
    wid: workshop?.id,
  };
  for (const [name, id] of Object.entries(ids)) {
    if (!id) throw new Error(`no ${name} was inserted in ${municipalityId}`);
  }
  return ids as EntityIds;
}

/**
 * The first id of each kind a route names in its path that `municipalityId` already has, for
 * requests that should reach the route's handler (the network's grants are a coordinator's).
 */
export async function existingEntities(
  db: Db,
  municipalityId: string,
): Promise<Partial<EntityIds>> {
  const first = async (query: ReturnType<typeof sql>) => {
    const result = (await db.execute(query)) as { rows: { id: string }[] };
    return result.rows[0]?.id;
  };
  const inMunicipality = (table: string) =>
    first(sql`select id::text as id from ${sql.identifier(table)}
              where municipality_id = ${municipalityId} order by id limit 1`);
  const iid = await first(sql`select i.id::text as id from initiatives i
      where i.municipality_id = ${municipalityId}
        and exists (select 1 from benefits b where b.initiative_id = i.id)
        and exists (select 1 from initiative_risks r where r.initiative_id = i.id)
        and exists (select 1 from initiative_costs c where c.initiative_id = i.id)
      order by i.id limit 1`);
  const grant = await db
    .select({ id: roleGrants.id })
    .from(roleGrants)
    .where(and(eq(roleGrants.municipalityId, municipalityId), eq(roleGrants.role, 'resident')))
    .limit(1);
  return {
    did: await inMunicipality('departments'),
    iid,
    bid: await first(sql`select id::text as id from benefits where initiative_id = ${iid}
                         order by id limit 1`),
    rid: await first(sql`select id::text as id from initiative_risks where initiative_id = ${iid}
                         order by id limit 1`),
    year: await first(sql`select min(year)::text as id from initiative_costs
                          where initiative_id = ${iid}`),
    goalId: await inMunicipality('goals'),
    versionId: await inMunicipality('future_story_versions'),
    sid: await inMunicipality('scenarios'),
    capabilityId: await inMunicipality('capabilities'),
    systemId: await inMunicipality('systems'),
    grantId: grant[0]?.id,
    mid: await inMunicipality('matters'),
    cid: await first(sql`select c.id::text as id from dialogue_comments c
      join dialogues d on d.id = c.dialogue_id
      where d.municipality_id = ${municipalityId} order by c.id limit 1`),
    pid: await first(sql`select id::text as id from proposals
      where municipality_id = ${municipalityId} and state = 'collecting' order by id limit 1`),
    coauthorId: await first(sql`select c.id::text as id from proposal_coauthors c
      join proposals p on p.id = c.proposal_id
      where p.municipality_id = ${municipalityId} and p.state = 'collecting'
      order by p.id, c.id limit 1`),
    caseId: await inMunicipality('shared_cases'),
    countyId: await countyOf(db, municipalityId),
    recId: await first(sql`select r.id::text as id from case_recommendations r
      join municipalities m on m.county_id = r.county_id
      where m.id = ${municipalityId} order by r.id limit 1`),
    ...(await existingChallenge(db, municipalityId)),
  };
}

/** A challenge of the municipality with an idea that has a comment, and a workshop of it. */
async function existingChallenge(db: Db, municipalityId: string): Promise<Partial<EntityIds>> {
  const result = (await db.execute(sql`
    select c.id::text as chid, i.id::text as "ideaId", k.id::text as "commentId",
      (select w.id::text from workshops w where w.challenge_id = c.id
        order by w.starts_at desc limit 1) as wid
    from challenges c
    join challenge_ideas i on i.challenge_id = c.id
    join idea_comments k on k.idea_id = i.id
    where c.municipality_id = ${municipalityId}
    order by c.id, i.id, k.id limit 1`)) as {
    rows: { chid: string; ideaId: string; commentId: string; wid: string | null }[];
  };
  const row = result.rows[0];
  return row ? { ...row, wid: row.wid ?? undefined } : {};
}

async function countyOf(db: Db, municipalityId: string): Promise<string> {
  const result = (await db.execute(
    sql`select county_id as id from municipalities where id = ${municipalityId}`,
  )) as { rows: { id: string }[] };
  const id = result.rows[0]?.id;
  if (!id) throw new Error(`no municipality ${municipalityId}`);
  return id;
}
