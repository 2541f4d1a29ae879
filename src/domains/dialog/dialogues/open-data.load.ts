import type { Db } from '../../../db/client.ts';
import { matterWithDialogue, statementsWithAuthors, voteLog } from './dialogues.queries.ts';

/**
 * A matter of this municipality with what its dialogue's open data is made from: every statement
 * with its writer's number, and every vote in the order cast. Undefined when the matter is not
 * this municipality's.
 */
export async function loadOpenData(db: Db, municipalityId: string, matterId: string) {
  const row = await matterWithDialogue(db, municipalityId, matterId);
  if (!row) return undefined;
  const statements = await statementsWithAuthors(db, row.dialogue.id);
  const votes = await voteLog(db, row.dialogue.id);
  return { ...row, statements, votes };
}
