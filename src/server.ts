import pino from 'pino';
import { createApp } from './app.ts';
import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import { openDatabase } from './db/open.ts';
import { startReminderWorker } from './domains/dialog/challenges/reminders.ts';
import { startMapWorker } from './domains/dialog/dialogues/map-worker.ts';
import { startNoticeWorker } from './domains/dialog/following/notice-worker.ts';
import { startProposalWorker } from './domains/dialog/proposals/proposal-worker.ts';
import { startMailWorker } from './domains/mail/worker.ts';
import { scheduleHousekeeping } from './domains/platform/housekeeping.ts';
import { warmUpPrioritisation } from './engines/prioritisation/index.ts';
import { modules } from './modules.ts';
import { type Prepared, prepareDatabase } from './seed/prepare.ts';
import { listen } from './web/http-server.ts';

export type RunningServer = {
  url: string;
  prepared: Prepared;
  database: Database;
  /** Stops accepting connections, lets in-flight requests finish, then closes the database. */
  close(): Promise<void>;
};

/** Opens and prepares the database, then serves Samskap. */
export async function startServer(
  config: Config,
  opts: { demo?: boolean | undefined } = {},
): Promise<RunningServer> {
  const logger = pino({ level: config.logLevel, base: { service: 'samskap' } });
  const database = await openDatabase(config);
  let prepared: Prepared;
  try {
    prepared = await prepareDatabase(database, {
      demo: opts.demo,
      demoPassword: config.demoPassword,
      decisionSigningKey: config.decisionSigningKey,
    });
  } catch (error) {
    await database.close();
    throw error;
  }
  const { app } = createApp(
    { config, database, logger, now: () => new Date() },
    { processMetrics: true },
  );
  const server = await listen(app, config);
  const stopHousekeeping = scheduleHousekeeping(
    database.db,
    (err) => logger.warn({ err }, 'housekeeping failed'),
    modules.flatMap((m) => (m.purge ? [m.purge] : [])),
  );
  const mailWorker = startMailWorker({ database, config, logger });
  const mapWorker = startMapWorker({ database, logger });
  // Off the request path: the first portfolio selection must not pay for compiling the solver.
  setImmediate(() => {
    warmUpPrioritisation().catch((err: unknown) =>
      logger.warn({ err }, 'warming up the portfolio selection failed'),
    );
  });
  if (config.smtpUrl && !config.publicUrl)
    logger.warn(
      'PUBLIC_URL is not set: links in mails use the address each request came to; set it so they always lead here',
    );
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const baseUrl = config.publicUrl ?? `http://${host}:${port}`;
  const noticeWorker = startNoticeWorker({ database, logger, baseUrl });
  const proposalWorker = startProposalWorker({ database, logger, baseUrl });
  const reminderWorker = startReminderWorker({ database, logger, baseUrl });
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host}:${port}`,
    prepared,
    database,
    close() {
      closing ??= (async () => {
        stopHousekeeping();
        await new Promise<void>((resolve) => {
          const force = setTimeout(() => server.closeAllConnections(), 10_000);
          server.close(() => {
            clearTimeout(force);
            resolve();
          });
          // Idle keep-alive connections would otherwise hold the close open.
          server.closeIdleConnections();
        });
        // After the last request: a round under way ends first; what is still queued leaves at the next start.
        await noticeWorker.stop();
        await mailWorker.stop();
        await mapWorker.stop();
        await proposalWorker.stop();
        await reminderWorker.stop();
        await database.close();
        logger.info('stopped');
      })();
      return closing;
    },
  };
}
