import type { KeepReadModel } from '../../../web/read-model.ts';
import { currentAdopted, listVersions } from './future-story.queries.ts';

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
