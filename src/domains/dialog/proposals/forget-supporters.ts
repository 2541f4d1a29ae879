import type { Db } from '../../../db/client.ts';
import { audit } from '../../audit/record.ts';
import { deleteSupportersOf, proposalsWithSupportersToForget } from './proposals.queries.ts';

/**
 * Deletes who supported each answered proposal once the days its rule keeps them have passed
 * (`forgetSupportersAt`, fixed at the answer); the counts on the proposal stay, and so does who
 * registered paper signatures. One transaction and one audit entry per proposal. Idempotent: a
 * proposal already forgotten has no supporters left to find, so every process may run it.
 * @returns how many supports were deleted
 */
export async function forgetSupporters(db: Db, now: Date): Promise<number> {
  let deleted = 0;
  for (const p of await proposalsWithSupportersToForget(db, now)) {
    deleted += await db.transaction(async (tx) => {
      const count = await deleteSupportersOf(tx, p.id);
      if (count > 0) {
        await audit(
          { db: tx, now: () => now },
          { kind: 'system', label: 'proposals' },
          {
            municipalityId: p.municipalityId,
            action: 'proposal.supportersForgotten',
            target: `proposal:${p.id}`,
            details: { supporters: count },
          },
        );
      }
      return count;
    });
  }
  return deleted;
}
