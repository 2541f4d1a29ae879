import type { Logger } from 'pino';
import type { Database } from '../../../db/client.ts';
import { CONTENT_CHANNEL } from '../../../db/read-models.ts';
import { startWokenWorker } from '../../../db/woken-worker.ts';
import { mailFollowers, noticeNews } from './mail-followers.ts';

/** Looks this often without being told: a dialogue reaching its closing time writes nothing. */
const POLL_MS = 60_000;

export type NoticeWorker = { wake(): void; stop(): Promise<void> };

/**
 * Tells followers what happened to their matters while the server runs: woken by any change of
 * content (a decision, published feedback, from any process) and every minute in any case, it
 * writes the notices and queues the mails that are due; the mail worker sends them.
 */
export function startNoticeWorker(deps: {
  database: Database;
  logger: Logger;
  /** The address links in mails lead to. */
  baseUrl: string;
  now?: () => Date;
}): NoticeWorker {
  const logger = deps.logger.child({ component: 'notices' });
  const ctx = { db: deps.database.db, now: deps.now ?? (() => new Date()) };
  const worker = startWokenWorker({
    database: deps.database,
    channels: [CONTENT_CHANNEL],
    pollMs: POLL_MS,
    notListening: (err) =>
      logger.warn({ err }, 'not listening for changes: looking for news every minute'),
    async round() {
      try {
        const notices = await noticeNews(ctx);
        const mails = await mailFollowers(ctx, deps.baseUrl);
        if (notices + mails > 0) logger.info({ notices, mails }, 'followers told');
      } catch (err) {
        logger.warn({ err }, 'telling followers failed');
      }
    },
  });
  return worker;
}
