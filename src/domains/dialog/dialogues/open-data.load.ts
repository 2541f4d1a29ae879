import type { Db } from '../../../db/client.ts';
import {
  matterWithDialogue,
  statementsWithAuthors,
  storedMap,
  voteLog,
} from './dialogues.queries.ts';
import type { OpenDataAnalysis } from './open-data.ts';
import type { DialogueMap } from './opinion-map.ts';

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
  const stored = await storedMap(db, row.dialogue.id);
  const map = stored?.map as DialogueMap | null | undefined;
  const latest = votes.reduce((m, v) => Math.max(m, v.id), 0);
  // Only a map that is the analysis of every exported vote, so the summary agrees with the files.
  const analysis: OpenDataAnalysis | undefined =
    map && map.analysedThrough === undefined && stored && stored.votesSeen >= latest && latest > 0
      ? { votersInConversation: map.inConversation, groups: map.groups.length }
      : undefined;
  return { ...row, statements, votes, analysis };
}
