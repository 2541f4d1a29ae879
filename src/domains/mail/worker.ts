import type { Logger } from 'pino';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/client.ts';
import type { Subscription } from '../../db/notifications.ts';
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

  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;
  const round = async () => {
    do {
      again = false;
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
    } while (again && !stopped);
  };
  const wake = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = round().finally(() => {
      running = undefined;
    });
  };

  let subscription: Subscription | undefined;
  deps.database.subscribe(MAIL_CHANNEL, wake).then(
    (s) => {
      if (stopped) void s.close();
      else subscription = s;
    },
    (err) => logger.warn({ err }, 'not listening for new mail: looking every 30 seconds'),
  );
  const timer = setInterval(wake, POLL_MS);
  timer.unref();
  wake();

  return {
    wake,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await subscription?.close();
      await running;
      transport.close();
    },
  };
}
