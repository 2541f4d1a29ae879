import type { Logger } from 'pino';
import type { Database, Db } from '../../../db/client.ts';
import { ACTIVITY_CHANNEL, CONTENT_CHANNEL } from '../../../db/read-models.ts';
import { startWokenWorker } from '../../../db/woken-worker.ts';
import { audit } from '../../audit/record.ts';
import { dueProposals, moveDue } from './proposals.queries.ts';
import { tellStageChanges } from './tell-supporters.ts';

/** Looks this often without being told: a window ending writes nothing to wake the worker. */
const POLL_MS = 60_000;
/** The least time between two rounds woken by writes. */
const REST_MS = 250;

/**
 * Moves collecting proposals past their threshold to `thresholdReached` and those whose window
 * ended without it to `expired`, with an audit entry each. Safe with several processes: the move
 * locks the rows it takes and skips those another process holds, and re-checks each condition
 * under the lock. Writes nothing when nothing is due (a write would wake every worker again).
 */
export async function moveDueProposals(db: Db, now: Date): Promise<number> {
  const ids = await dueProposals(db, now);
  if (ids.length === 0) return 0;
  return db.transaction(async (tx) => {
    const moved = await moveDue(tx, ids, now);
    for (const p of moved) {
      await audit(
        { db: tx, now: () => now },
        { kind: 'system', label: 'proposals' },
        {
          municipalityId: p.municipalityId,
          action: p.state === 'thresholdReached' ? 'proposal.thresholdReached' : 'proposal.expired',
          target: `proposal:${p.id}`,
        },
      );
    }
    return moved.length;
  });
}

export type ProposalWorker = { wake(): void; stop(): Promise<void> };

/**
 * Runs `moveDueProposals` and `tellStageChanges` while the server runs: on any change of content
 * (a stage change is one) or announced activity (a support is one), and every minute.
 */
export function startProposalWorker(deps: {
  database: Database;
  logger: Logger;
  /** Where links in mails lead: the instance's public address. */
  baseUrl: string;
  now?: () => Date;
}): ProposalWorker {
  const logger = deps.logger.child({ component: 'proposals' });
  const now = deps.now ?? (() => new Date());
  return startWokenWorker({
    database: deps.database,
    // A stage change is content; a support that reaches the threshold is announced as activity.
    channels: [CONTENT_CHANNEL, ACTIVITY_CHANNEL],
    pollMs: POLL_MS,
    // Votes in every dialogue are activity too: under a stream of them, a few rounds a second.
    restMs: REST_MS,
    notListening: (err) =>
      logger.warn({ err }, 'not listening for changes: moving proposals every minute'),
    async round() {
      try {
        const moved = await moveDueProposals(deps.database.db, now());
        if (moved > 0) logger.info({ moved }, 'proposals moved');
      } catch (err) {
        logger.warn({ err }, 'moving proposals failed');
      }
      try {
        const ctx = { db: deps.database.db, now };
        const told = await tellStageChanges(ctx, deps.baseUrl);
        if (told > 0) logger.info({ told }, "supporters told of their proposals' initiatives");
      } catch (err) {
        logger.warn({ err }, 'telling supporters of stage changes failed');
      }
    },
  });
}
