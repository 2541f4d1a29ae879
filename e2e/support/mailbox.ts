import { afterAll, beforeAll } from 'vitest';
import {
  type ReceivedMail,
  startTestSmtpServer,
  type TestSmtpServer,
} from '../../src/testing/smtp-server.ts';

export type Mailbox = {
  /** SMTP_URL and MAIL_FROM for the journey's server: `useJourney({ env: mailbox.env })`. */
  env(): Record<string, string>;
  /** The first mail to `to` (after `skip` of them) once the server has sent it. */
  waitFor(to: string, opts?: { skip?: number }): Promise<ReceivedMail>;
};

/**
 * A real SMTP server for a whole test file, started before the journey's server (declare it
 * first) and closed after, so the server sends its mails through SMTP as in production.
 */
export function useMailbox(): Mailbox {
  let smtp: TestSmtpServer | undefined;
  beforeAll(async () => {
    smtp = await startTestSmtpServer();
  });
  afterAll(async () => {
    await smtp?.close();
  });
  const started = () => {
    if (!smtp) throw new Error('the mail server is not running yet');
    return smtp;
  };
  return {
    env: () => ({ SMTP_URL: started().url, MAIL_FROM: 'Samskap <noreply@samskap.example>' }),
    waitFor: (to, opts = {}) => started().waitFor(to, { timeoutMs: 15_000, ...opts }),
  };
}
