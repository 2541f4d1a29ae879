import { canonicalJson } from './canonical.ts';
import { type Adoption, type DecisionContent, REFERENCE_FIELDS } from './content.ts';

/**
 * How a decision's hash was computed. 1: `canonicalDecision`, the content alone (decisions
 * recorded before version 2 existed keep it, so their hashes never change). 2:
 * `canonicalRecord`, everything a decision's page and API show.
 */
export type HashVersion = 1 | 2;
export const HASH_VERSIONS: readonly HashVersion[] = [1, 2];
/** The version every new decision is hashed with. */
export const CURRENT_HASH_VERSION = 2 as const;

/**
 * A decision as it is published, the input of hash version 2: its content and everything else a
 * reader is shown about it. Nothing a page or the API shows is left out of the hash.
 */
export type DecisionRecord = DecisionContent & {
  /** The decision's id, the anchor of its place on the decisions page and its id in the API. */
  id: string;
  municipalityId: string;
  /** The name of the deciding body, as the decision was recorded by it. */
  bodyName: string;
  /** The account that recorded it (an opaque id), null when recorded by the system (demo). */
  recordedBy: string | null;
  /** When it was recorded: ISO 8601 in UTC with milliseconds, as `Date#toISOString` writes it. */
  recordedAt: string;
};

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** True when `value` is an instant as hash version 2 writes it (`2026-04-13T09:30:00.000Z`). */
export function isIsoInstant(value: unknown): value is string {
  return typeof value === 'string' && ISO_INSTANT.test(value);
}

/** Adoptions are a set: sorted by kind, then id (NFC, code-unit order), as `{ id, kind }`. */
export function sortedAdoptions(adopts: readonly Adoption[]): { id: string; kind: string }[] {
  const key = (a: Adoption) => [a.kind.normalize('NFC'), a.id.normalize('NFC')] as const;
  return [...adopts]
    .sort((a, b) => {
      const [ka, ia] = key(a);
      const [kb, ib] = key(b);
      return ka < kb ? -1 : ka > kb ? 1 : ia < ib ? -1 : ia > ib ? 1 : 0;
    })
    .map((a) => ({ id: a.id, kind: a.kind }));
}

/**
 * The canonical form of hash version 2, the exact string that is hashed: canonical JSON (see
 * `canonicalJson`) of every field of the record and its place in the chain, with the version
 * itself as `v`. Unlike version 1, a reference that is not given is a member too, as null, so
 * every version-2 form has the same thirteen keys:
 * `adopts, body {id, name}, date, id, municipalityId, paragraph, protocolUrl, recordedAt,
 * recordedBy, registrationNumber, sequence, text, v`. Throws TypeError for a record that lacks a
 * field or has a malformed `recordedAt` (a bug in the caller: the database always has them).
 */
export function canonicalRecord(record: DecisionRecord, sequence: number): string {
  for (const field of ['id', 'municipalityId', 'bodyName'] as const) {
    if (typeof record[field] !== 'string') throw new TypeError(`decision record: no ${field}`);
  }
  if (!isIsoInstant(record.recordedAt)) throw new TypeError('decision record: bad recordedAt');
  if (!Number.isSafeInteger(sequence)) throw new TypeError('decision record: bad sequence');
  const references = Object.fromEntries(REFERENCE_FIELDS.map((f) => [f, record[f] ?? null]));
  return canonicalJson({
    adopts: sortedAdoptions(record.adopts),
    body: { id: record.bodyId, name: record.bodyName },
    date: record.date,
    id: record.id,
    municipalityId: record.municipalityId,
    ...references,
    recordedAt: record.recordedAt,
    recordedBy: record.recordedBy ?? null,
    sequence,
    text: record.text,
    v: 2,
  });
}
