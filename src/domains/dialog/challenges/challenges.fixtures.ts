import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { Db } from '../../../db/client.ts';
import type { UserActor } from '../../../vocabulary/actor.ts';
import { insertUser } from '../../identity/identity.queries.ts';
import { listDepartments } from '../../tenancy/tenancy.queries.ts';
import { demoActor } from '../dialogues/demo.ts';
import type { ChallengeInput } from './challenges.inputs.ts';
import { postChallenge } from './commands/post-challenge.ts';

/** Botkyrka, whose demo accounts the challenge tests use. */
export const testMunicipality = 'SE-0127';

export const testChallenge = {
  title: 'Ensamhet bland äldre i Fittja',
  problem: 'Många äldre i Fittja träffar ingen på flera dagar.',
  affected: 'Äldre som bor ensamma, deras anhöriga och hemtjänstens personal.',
  constraints: 'Inga nya tjänster i år.',
  startsOn: '2027-01-10',
  endsOn: '2027-06-30',
};

/** A command context on the test database, with the real clock or one given. */
export const contextOf = (db: Db, now: () => Date = () => new Date()) => ({ db, now });

/** Signed-in people with no role anywhere, made for one test: `count` of them. */
export async function testPeople(db: Db, count: number, label = 'person'): Promise<UserActor[]> {
  const people: UserActor[] = [];
  for (let i = 0; i < count; i++) {
    const email = `${label}-${i}-${randomUUID()}@example.org`;
    const user = await insertUser(db, { email, name: `${label} ${i}`, passwordHash: null });
    if (!user) throw new Error(`could not make ${email}`);
    people.push({ kind: 'user', userId: user.id, email, name: user.name, grants: [] });
  }
  return people;
}

/** A challenge posted by Botkyrka's demo staff member for its first department; its id and owner. */
export async function postedChallenge(db: Db, text: Partial<ChallengeInput> = {}) {
  const staff = await demoActor(db, 'staff@botkyrka.example');
  const [department] = await listDepartments(db, testMunicipality);
  if (!department) throw new Error('Botkyrka has no department');
  const posted = await postChallenge(contextOf(db), staff, testMunicipality, {
    ...testChallenge,
    departmentId: department.id,
    ...text,
  });
  expect(posted.ok).toBe(true);
  if (!posted.ok) throw new Error(posted.reason);
  const where = { municipalityId: testMunicipality, challengeId: posted.value.challengeId };
  return { where, staff, departmentId: department.id };
}
