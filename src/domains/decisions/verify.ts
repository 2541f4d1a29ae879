import type { Db } from '../../db/client.ts';
import { type Adoption, type ChainVerdict, verifyChain } from '../../engines/decisions/index.ts';
import { decisionsOf } from './decisions.queries.ts';

/** Reads a municipality's decisions and checks their hash chain. */
export async function verifyDecisions(db: Db, municipalityId: string): Promise<ChainVerdict> {
  const rows = await decisionsOf(db, municipalityId);
  return verifyChain(
    rows.map(({ decision: d }) => ({
      sequence: d.sequence,
      previousHash: d.previousHash,
      hash: d.hash,
      content: {
        bodyId: d.bodyId,
        date: d.decidedOn,
        text: d.text,
        // Kinds were validated by the engine before the decision was recorded.
        adopts: d.adopts as Adoption[],
      },
    })),
  );
}
