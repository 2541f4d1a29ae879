import {
  type Checkpoint,
  type SignedCheckpoint,
  signCheckpoint,
} from '../../engines/decisions/index.ts';
import type { CommandContext } from '../../lib/context.ts';
import { type CheckpointRow, insertCheckpoints } from './decisions.queries.ts';
import { instanceKey } from './signing.ts';

/** A stored checkpoint as the engine and the published answers spell it. */
export function signedCheckpoint(row: CheckpointRow): SignedCheckpoint {
  return {
    municipalityId: row.municipalityId,
    count: row.count,
    head: row.head,
    signedAt: row.signedAt.toISOString(),
    keyId: row.keyId,
    signature: row.signature,
  };
}

/**
 * Signs and stores a checkpoint for each head given (`count` decisions ending at `head`), with
 * the instance key, at `ctx.now()`. Call it in the transaction that records the decisions, so a
 * decision is never stored without its checkpoint.
 */
export async function writeCheckpoints(
  ctx: CommandContext,
  municipalityId: string,
  heads: readonly { count: number; head: string }[],
): Promise<SignedCheckpoint[]> {
  if (heads.length === 0) return [];
  const key = await instanceKey(ctx);
  const signedAt = ctx.now().toISOString();
  const signed = heads.map((h) => {
    const checkpoint: Checkpoint = { municipalityId, ...h, signedAt, keyId: key.keyId };
    return signCheckpoint(checkpoint, key.privateKey);
  });
  await insertCheckpoints(
    ctx.db,
    signed.map((c) => ({ ...c, signedAt: new Date(c.signedAt) })),
  );
  return signed;
}
