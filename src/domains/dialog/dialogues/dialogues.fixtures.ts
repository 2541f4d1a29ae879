import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { decisionBodies } from '../../decisions/decisions.schema.ts';
import { insertDialogue, insertMatter } from './dialogues.queries.ts';
import type { dialogues } from './dialogues.schema.ts';

export { demoActor as actorOf } from './demo.ts';

/**
 * A matter of the municipality before its first body, with a dialogue open a week either side of
 * `now` unless told otherwise.
 */
export async function insertTestMatter(
  db: Db,
  municipalityId: string,
  now: Date,
  dialogue: Partial<
    Pick<typeof dialogues.$inferInsert, 'opensAt' | 'closesAt' | 'participation' | 'newStatements'>
  > = {},
) {
  const [body] = await db
    .select({ id: decisionBodies.id })
    .from(decisionBodies)
    .where(eq(decisionBodies.municipalityId, municipalityId))
    .limit(1);
  if (!body) throw new Error(`no decision body in ${municipalityId}`);
  const week = 7 * 86_400_000;
  const matter = await insertMatter(db, {
    municipalityId,
    title: 'Digital tillsyn på natten i hemtjänsten',
    summary: 'Ska hemtjänsten erbjuda tillsyn med kamera på natten?',
    bodyId: body.id,
    plannedDecisionOn: new Date(now.getTime() + 2 * week).toISOString().slice(0, 10),
  });
  const created = await insertDialogue(db, {
    matterId: matter.id,
    municipalityId,
    question: 'Vad tycker du om digital tillsyn på natten?',
    opensAt: new Date(now.getTime() - week),
    closesAt: new Date(now.getTime() + week),
    ...dialogue,
  });
  return { matterId: matter.id, dialogueId: created.id, bodyId: body.id };
}
