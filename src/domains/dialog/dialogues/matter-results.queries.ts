import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { dialogueMaps, dialogues, matters } from './dialogues.schema.ts';

/**
 * Matters of the municipality by id with what their dialogues found, for the decisions that
 * decided them: participants and shown statements, and from the stored map (null before there is
 * one) the votes, the number of groups and the statement that united them most. Only these parts
 * of the map are read: the whole of it is large.
 */
export async function matterResultsByIds(db: Db, municipalityId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: matters.id,
      title: matters.title,
      participants: sql<number>`(select count(*)::int from dialogue_participants p
        where p.dialogue_id = ${dialogues.id})`,
      statements: sql<number>`(select count(*)::int from dialogue_statements s
        where s.dialogue_id = ${dialogues.id} and s.status = 'accepted')`,
      votes: sql<number | null>`(${dialogueMaps.map}->>'votes')::int`,
      groups: sql<number | null>`jsonb_array_length(${dialogueMaps.map}->'groups')`,
      uniting: sql<string | null>`(select s.text from dialogue_statements s
        where s.dialogue_id = ${dialogues.id}
          and s.number = (${dialogueMaps.map}->'uniting'->>0)::int)`,
    })
    .from(matters)
    .innerJoin(dialogues, eq(dialogues.matterId, matters.id))
    .leftJoin(dialogueMaps, eq(dialogueMaps.dialogueId, dialogues.id))
    .where(and(eq(matters.municipalityId, municipalityId), inArray(matters.id, [...ids])));
}
