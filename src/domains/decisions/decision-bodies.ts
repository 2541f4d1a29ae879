import type { KeepReadModel } from '../../web/read-model.ts';
import { listBodies } from './decisions.queries.ts';

/** The municipality's decision-making bodies, kept as a read model for the forms that name them. */
export function decisionBodies(keep: KeepReadModel, municipalityId: string) {
  return keep(`decisions:bodies:${municipalityId}`, (db) => listBodies(db, municipalityId));
}
