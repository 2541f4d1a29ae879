import type { Logger } from 'pino';
import type { Database } from '../../../db/client.ts';
import { startWokenWorker, type WokenWorker } from '../../../db/woken-worker.ts';
import type { CommandContext } from '../../../lib/context.ts';
import { inTransaction } from '../../../lib/transaction.ts';
import { mailReminders } from './workshop-mail.ts';
import { takeDueReminders } from './workshops.queries.ts';

/** A workshop's day-before reminder is due within this of a day before it starts. */
const POLL_MS = 5 * 60_000;

/**
 * Queues the reminder of everyone with a place at a workshop that starts within a day and who has
 * not been reminded, and marks them reminded in the same transaction. Safe with several
 * processes: rows another process holds are skipped, a marked row is never taken again.
 * @returns how many people were reminded
 */
export async function remindWorkshops(ctx: CommandContext, baseUrl: string): Promise<number> {
  return inTransaction(ctx, async (tx) => {
    const due = await takeDueReminders(tx.db, tx.now());
    if (due.length === 0) return 0;
    await mailReminders(tx, due, baseUrl);
    return due.length;
  });
}

/** Runs `remindWorkshops` every five minutes while the server runs. */
export function startReminderWorker(deps: {
  database: Database;
  logger: Logger;
  baseUrl: string;
  now?: () => Date;
}): WokenWorker {
  const logger = deps.logger.child({ component: 'workshop-reminders' });
  const ctx = { db: deps.database.db, now: deps.now ?? (() => new Date()) };
  return startWokenWorker({
    database: deps.database,
    pollMs: POLL_MS,
    async round() {
      try {
        const reminded = await remindWorkshops(ctx, deps.baseUrl);
        if (reminded > 0) logger.info({ reminded }, 'workshop reminders queued');
      } catch (err) {
        logger.warn({ err }, 'queuing workshop reminders failed');
      }
    },
  });
}
