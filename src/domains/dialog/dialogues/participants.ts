import type { Db } from '../../../db/client.ts';
import { fail, ok, type Result } from '../../../lib/result.ts';
import type { DialogueRow } from './dialogues.queries.ts';
import {
  findParticipant,
  insertParticipant,
  knownThroughEid,
  lockParticipantNumbers,
} from './dialogues.queries.ts';

/**
 * Who takes part: a signed-in user, or a visitor known by the SHA-256 of the random key their
 * browser keeps (participant-key.ts). A forged or unknown key is simply a new visitor: it can never
 * be another participant, whose key hash it would have to match.
 */
export type Voter = { kind: 'user'; userId: string } | { kind: 'visitor'; keyHash: string };

export type Refusal = 'signIn' | 'eid';

/** Whether this voter may take part under the dialogue's rule; `signIn` or `eid` says what is missing. */
export async function mayTakePart(
  db: Db,
  dialogue: DialogueRow,
  voter: Voter,
): Promise<Result<true, Refusal>> {
  if (dialogue.participation === 'anyone') return ok(true);
  if (voter.kind !== 'user') return fail(dialogue.participation === 'eid' ? 'eid' : 'signIn');
  if (dialogue.participation === 'registered') return ok(true);
  return (await knownThroughEid(db, voter.userId, dialogue.municipalityId))
    ? ok(true)
    : fail('eid');
}

/**
 * The voter's participant in the dialogue, made on their first vote or statement under the next
 * number. Numbers are handed out under a lock of their own, so votes never wait for it.
 */
export async function participantOf(db: Db, dialogueId: string, voter: Voter) {
  const who = voter.kind === 'user' ? { userId: voter.userId } : { keyHash: voter.keyHash };
  const found = await findParticipant(db, dialogueId, who);
  if (found) return found;
  await lockParticipantNumbers(db, dialogueId);
  return (await findParticipant(db, dialogueId, who)) ?? insertParticipant(db, dialogueId, who);
}
