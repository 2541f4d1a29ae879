import type { Logger } from 'pino';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/client.ts';
import { startWokenWorker } from '../../db/woken-worker.ts';
import { deliverDueMail } from './deliver.ts';
import { MAIL_CHANNEL } from './mail.queries.ts';
import { configuredTransport, type MailTransport } from './transports.ts';

/** How often the worker looks for due mails without being told: retries, and notifications missed. */
const POLL_MS = 30_000;

export type MailWorker = {
  /** Looks for due mails now (or once more after the current round). */
  wake(): void;
  /** Stops looking, waits for the round under way, and closes the transport. */
  stop(): Promise<void>;
};

/**
 * Sends the outbox in the background for as long as the server runs: at once when a transaction
 * that queued a mail commits (NOTIFY, from any process), and every 30 seconds in any case.
 */
export function startMailWorker(deps: {
  database: Database;
  config: Pick<Config, 'smtpUrl' | 'mailFrom' | 'dataDir'>;
  logger: Logger;
  now?: () => Date;
  transport?: MailTransport;
}): MailWorker {
  const logger = deps.logger.child({ component: 'mail' });
  const transport = deps.transport ?? configuredTransport(deps.config);
  if (deps.config.smtpUrl) logger.info(`mail is sent through ${transport.description}`);
  else logger.info(`SMTP_URL is not set: mail is written to ${transport.description}`);

  const worker = startWokenWorker({
    database: deps.database,
    channels: [MAIL_CHANNEL],
    pollMs: POLL_MS,
    notListening: (err) =>
      logger.warn({ err }, 'not listening for new mail: looking every 30 seconds'),
    async round() {
      try {
        const report = await deliverDueMail({
          db: deps.database.db,
          transport,
          from: deps.config.mailFrom,
          now: deps.now ?? (() => new Date()),
          logger,
        });
        if (report.sent + report.retried + report.failed > 0) logger.info(report, 'mail delivered');
      } catch (err) {
        logger.warn({ err }, 'mail delivery failed');
      }
    },
  });
  return {
    wake: worker.wake,
    async stop() {
      await worker.stop();
      transport.close();
    },
  };
}
