import type { Db } from '../../../db/client.ts';
import type { Actor } from '../../../vocabulary/actor.ts';
import { canManageChallenge, stakeholderRoles } from './challenges.policy.ts';
import {
  commentsOf,
  creditedNames,
  getChallenge,
  getIdea,
  ideasOf,
  participantRole,
  participantsOf,
  roleCounts,
} from './challenges.queries.ts';
import { ownSignups, signupsOfChallenge, workshopsOf } from './workshops.queries.ts';

/** The role mix of a challenge: each role with its count, and the roles nobody brings yet. */
export function roleMix(counts: Record<string, number>) {
  const roles = stakeholderRoles.map((role) => ({ role, count: counts[role] ?? 0 }));
  return { roles, missing: roles.filter((r) => r.count === 0).map((r) => r.role) };
}

/**
 * What a challenge's page shows to this actor: the challenge, its role mix, ideas and workshops,
 * the actor's own part, and for those who run it the names of who signed up. Undefined when the
 * municipality has no such challenge.
 */
export async function loadChallengePage(
  db: Db,
  municipalityId: string,
  challengeId: string,
  actor: Actor,
  now: Date,
) {
  const challenge = await getChallenge(db, municipalityId, challengeId);
  if (!challenge) return undefined;
  const manages = canManageChallenge(actor, challenge);
  const userId = actor.kind === 'user' ? actor.userId : null;
  const rows = await workshopsOf(db, challenge.id);
  const signups = userId ? await ownSignups(db, challenge.id, userId) : new Map<string, string>();
  const names = manages
    ? await signupsOfChallenge(db, challenge.id)
    : new Map<string, { name: string; status: string }[]>();
  const workshops = rows.map((r) => ({
    ...r.workshop,
    confirmed: r.confirmed,
    waiting: r.waiting,
    /** Begun or over by the request's clock: no more signups or cancellations. */
    started: r.workshop.startsAt <= now,
    own: signups.get(r.workshop.id),
    names: names.get(r.workshop.id) ?? [],
  }));
  return {
    challenge,
    manages,
    mix: roleMix(await roleCounts(db, challenge.id)),
    ownRole: userId ? await participantRole(db, challenge.id, userId) : undefined,
    ideas: await ideasOf(db, challenge.id),
    workshops,
  };
}
export type ChallengePageData = NonNullable<Awaited<ReturnType<typeof loadChallengePage>>>;

/**
 * What an idea's page shows to this actor: the idea, its comments (hidden ones only to those who
 * may hide them), who is credited, and for those who run the challenge its participants to credit.
 */
export async function loadIdeaPage(
  db: Db,
  municipalityId: string,
  challengeId: string,
  ideaId: string,
  actor: Actor,
  mayHide: (c: { municipalityId: string; departmentId: string; ownerId: string | null }) => boolean,
) {
  const challenge = await getChallenge(db, municipalityId, challengeId);
  if (!challenge) return undefined;
  const idea = await getIdea(db, challenge.id, ideaId);
  if (!idea) return undefined;
  const manages = canManageChallenge(actor, challenge);
  const hider = mayHide(challenge);
  const comments = (await commentsOf(db, idea.id)).filter((c) => hider || c.hiddenAt === null);
  const userId = actor.kind === 'user' ? actor.userId : null;
  return {
    challenge,
    idea,
    manages,
    hider,
    comments,
    ownRole: userId ? await participantRole(db, challenge.id, userId) : undefined,
    credited: idea.initiativeId ? await creditedNames(db, idea.id) : [],
    participants: manages
      ? (await participantsOf(db, challenge.id)).filter((p) => p.userId !== idea.authorId)
      : [],
  };
}
export type IdeaPageData = NonNullable<Awaited<ReturnType<typeof loadIdeaPage>>>;
