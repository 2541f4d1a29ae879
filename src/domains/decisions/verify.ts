import { type Adoption, type ChainVerdict, verifyChain } from '../../engines/decisions/index.ts';
import type { DecisionRow } from './decisions.queries.ts';

/** Checks the hash chain of a municipality's decisions, given in sequence order (`decisionsOf`). */
export function verifyDecisions(rows: readonly { decision: DecisionRow }[]): ChainVerdict {
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
        paragraph: d.paragraph,
        registrationNumber: d.registrationNumber,
        protocolUrl: d.protocolUrl,
      },
    })),
  );
}
