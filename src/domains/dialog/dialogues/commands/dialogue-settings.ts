import type { CommandContext } from '../../../../lib/context.ts';
import { inTransaction } from '../../../../lib/transaction.ts';
import type { Actor } from '../../../../vocabulary/actor.ts';
import { audit } from '../../../audit/record.ts';
import { saveRetentionMonths } from '../background.queries.ts';

/** Sets how many months the municipality keeps background answers after a decision; audited. */
export async function setBackgroundRetention(
  ctx: CommandContext,
  actor: Actor,
  municipalityId: string,
  months: number,
): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    await saveRetentionMonths(tx.db, municipalityId, months, tx.now());
    await audit(tx, actor, {
      municipalityId,
      action: 'dialogues.settings',
      target: `municipality:${municipalityId}`,
      details: { backgroundRetentionMonths: months },
    });
  });
}
