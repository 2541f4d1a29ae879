import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Db } from '../../db/client.ts';
import { claimDueMail, markMailFailed, markMailSent } from './mail.queries.ts';
import type { MailTransport } from './transports.ts';

/** Attempts per mail before it is given up (about two hours of trying, with the delays below). */
export const MAX_ATTEMPTS = 8;

/**
 * How long a claim holds. Longer than an SMTP attempt can take (see the transport's timeouts), so
 * a mail is never sent by two workers at once; a worker that died holding it frees it after this.
 */
export const LEASE_MS = 5 * 60_000;

const minute = 60_000;

/** The wait after the `attempts`-th failed attempt: 1, 2, 4, 8 … minutes, at most 4 hours. */
export function retryDelayMs(attempts: number): number {
  return Math.min(minute * 2 ** Math.max(0, attempts - 1), 240 * minute);
}

export type MailDelivery = {
  db: Db;
  transport: MailTransport;
  /** The sender address (MAIL_FROM). */
  from: string;
  now: () => Date;
  logger?: Pick<Logger, 'info' | 'warn' | 'error'> | undefined;
};

/** Whether the SMTP server refused the mail permanently (a 5xx reply, RFC 5321 § 4.2.1). */
function refusedForGood(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

export type DeliveryReport = { sent: number; retried: number; failed: number };

/**
 * Sends every mail that is due, a batch at a time, and says how it went. Safe to call from several
 * processes at once: each mail is claimed by one caller (see `claimDueMail`) and marked sent by it
 * alone. A failed attempt is tried again after `retryDelayMs`, up to MAX_ATTEMPTS; a mail the
 * server refuses for good (a 5xx reply: no such mailbox) is given up at once.
 */
export async function deliverDueMail(
  d: MailDelivery,
  opts: { batch?: number } = {},
): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, retried: 0, failed: 0 };
  const claimToken = randomUUID();
  for (;;) {
    const now = d.now();
    const claimed = await claimDueMail(d.db, {
      claimToken,
      now,
      leaseUntil: new Date(now.getTime() + LEASE_MS),
      limit: opts.batch ?? 20,
    });
    if (claimed.length === 0) return report;
    for (const mail of claimed) {
      try {
        await d.transport.send({
          id: mail.id,
          from: d.from,
          to: mail.toAddress,
          subject: mail.subject,
          text: mail.bodyText,
          date: mail.createdAt,
          unsubscribeUrl: mail.unsubscribeUrl,
        });
      } catch (error) {
        const at = d.now();
        // A 5xx answer is the server saying no for good (no such mailbox): trying again is no use.
        const giveUp = mail.attempts >= MAX_ATTEMPTS || refusedForGood(error);
        const message = error instanceof Error ? error.message : String(error);
        await markMailFailed(d.db, mail.id, claimToken, {
          now: at,
          retryAt: giveUp ? null : new Date(at.getTime() + retryDelayMs(mail.attempts)),
          error: message.slice(0, 1000),
        });
        if (giveUp) report.failed++;
        else report.retried++;
        d.logger?.[giveUp ? 'error' : 'warn'](
          { mailId: mail.id, kind: mail.kind, attempts: mail.attempts, err: message },
          giveUp ? 'mail given up' : 'mail not sent, will try again',
        );
        continue;
      }
      if (await markMailSent(d.db, mail.id, claimToken, d.now())) report.sent++;
      else d.logger?.warn({ mailId: mail.id }, 'mail sent after its claim had run out');
    }
  }
}
