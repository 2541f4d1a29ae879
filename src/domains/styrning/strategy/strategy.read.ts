import type { KeepReadModel } from '../../../web/read-model.ts';
import { initiativesContributingTo } from '../portfolio/links.queries.ts';
import { currentAdopted, listVersions } from './future-story.queries.ts';
import { flatten, goalTree } from './goal-tree.ts';

/** The future story in force, kept as a read model (the page and the start page read it). */
export function adoptedStory(keep: KeepReadModel, municipalityId: string) {
  return keep(`strategy:adopted-story:${municipalityId}`, (db) =>
    currentAdopted(db, municipalityId),
  );
}

/** Every version of the future story, drafts included, kept as a read model. */
export function storyVersions(keep: KeepReadModel, municipalityId: string) {
  return keep(`strategy:story-versions:${municipalityId}`, (db) =>
    listVersions(db, municipalityId),
  );
}

/** The municipality's goal tree (all goals, or the public ones), kept as a read model. */
export function keptGoalTree(keep: KeepReadModel, municipalityId: string, publicOnly: boolean) {
  return keep(`strategy:goal-tree:${municipalityId}:${publicOnly}`, (db) =>
    goalTree(db, municipalityId, { publicOnly }),
  );
}

/** The same goals as a flat list, parents before their sub-goals. */
export function keptGoalList(keep: KeepReadModel, municipalityId: string, publicOnly: boolean) {
  return keep(`strategy:goal-list:${municipalityId}:${publicOnly}`, async () =>
    flatten(await keptGoalTree(keep, municipalityId, publicOnly)),
  );
}

/** The initiatives that contribute to a goal, public or not, kept as a read model. */
export function keptGoalInitiatives(keep: KeepReadModel, municipalityId: string, goalId: string) {
  return keep(`strategy:goal-initiatives:${municipalityId}:${goalId}`, (db) =>
    initiativesContributingTo(db, municipalityId, goalId),
  );
}
