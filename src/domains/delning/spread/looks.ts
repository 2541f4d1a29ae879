import type { Db } from '../../../db/client.ts';
import type { Actor } from '../../../vocabulary/actor.ts';
import { noteLooks } from './recommendations.queries.ts';
import { lookingFor } from './spread.policy.ts';

/**
 * Notes that the municipalities the actor works in have looked at a case, when its page is
 * opened: one row per case and municipality the first time, nothing for residents or visitors.
 */
export async function noteCaseLooked(db: Db, actor: Actor, caseId: string): Promise<void> {
  await noteLooks(db, caseId, lookingFor(actor));
}
