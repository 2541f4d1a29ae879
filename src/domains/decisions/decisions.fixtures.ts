import { createHash } from 'node:crypto';
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';

/** A decision as the API lists it. */
export type ApiDecision = {
  id: string;
  municipalityId: string;
  sequence: number;
  body: { id: string; name: string };
  decidedOn: string;
  text: string;
  adopts: { kind: string; id: string }[];
  paragraph: string | null;
  registrationNumber: string | null;
  protocolUrl: string | null;
  recordedAt: string;
  recordedBy: string | null;
  hashVersion: number;
  previousHash: string;
  hash: string;
};

export const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

/**
 * The canonical form of hash version 2, written out by hand from the documented rules (keys in
 * code-unit order, every field present, `v` last) rather than with the engine's code, so a test
 * that compares against it checks the engine. For NFC text and at most one adoption.
 */
export function handCanonicalV2(d: ApiDecision): string {
  const s = JSON.stringify;
  const adopts = d.adopts.map((a) => `{"id":${s(a.id)},"kind":${s(a.kind)}}`).join(',');
  return (
    `{"adopts":[${adopts}],"body":{"id":${s(d.body.id)},"name":${s(d.body.name)}},` +
    `"date":${s(d.decidedOn)},"id":${s(d.id)},"municipalityId":${s(d.municipalityId)},` +
    `"paragraph":${s(d.paragraph)},"protocolUrl":${s(d.protocolUrl)},` +
    `"recordedAt":${s(d.recordedAt)},"recordedBy":${s(d.recordedBy)},` +
    `"registrationNumber":${s(d.registrationNumber)},"sequence":${d.sequence},` +
    `"text":${s(d.text)},"v":2}`
  );
}

/** The version-2 hash of a listed decision, by hand: SHA-256 of canonical form ‖ previous hash. */
export const handHashV2 = (d: ApiDecision) => sha256(handCanonicalV2(d) + d.previousHash);

/**
 * Runs statements as someone with direct database access would: with the append-only and
 * body-name guards switched off, and on again after.
 */
export async function behindTheBack(db: Db, ...statements: SQL[]): Promise<void> {
  await db.execute(sql`alter table decisions disable trigger decisions_append_only`);
  await db.execute(
    sql`alter table decision_checkpoints disable trigger decision_checkpoints_append_only`,
  );
  await db.execute(
    sql`alter table decision_bodies disable trigger decision_bodies_named_in_decisions`,
  );
  try {
    for (const statement of statements) await db.execute(statement);
  } finally {
    await db.execute(sql`alter table decisions enable trigger decisions_append_only`);
    await db.execute(
      sql`alter table decision_checkpoints enable trigger decision_checkpoints_append_only`,
    );
    await db.execute(
      sql`alter table decision_bodies enable trigger decision_bodies_named_in_decisions`,
    );
  }
}
