import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';

/** One mail as it leaves Samskap. */
export type OutgoingMail = {
  /** The outbox row's id: the Message-ID is made from it, so a resent mail is the same message. */
  id: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  date: Date;
  /** Where the recipient stops such mails with one click, when they may. */
  unsubscribeUrl?: string | null | undefined;
};

/** Where mails go: an SMTP server, or files. `send` throws when the mail did not get there. */
export type MailTransport = {
  /** Says where mails go, for the log (never the SMTP password). */
  readonly description: string;
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
};

/** The domain of the sender's address, for Message-IDs. */
function senderDomain(from: string): string {
  return from.match(/@([^>\s]+)>?\s*$/)?.[1] ?? 'localhost';
}

function messageOf(mail: OutgoingMail) {
  return {
    from: mail.from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    date: mail.date,
    messageId: `<${mail.id}@${senderDomain(mail.from)}>`,
    headers: {
      // Asks mail servers not to answer with out-of-office replies (RFC 3834).
      'Auto-Submitted': 'auto-generated',
      // One-click unsubscribe (RFC 8058): the mail program posts to the address, no page needed.
      ...(mail.unsubscribeUrl
        ? {
            'List-Unsubscribe': `<${mail.unsubscribeUrl}>`,
            'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
          }
        : {}),
    },
  };
}

/**
 * Sends through the SMTP server of `url`. The timeouts are short against the worker's lease, so
 * an attempt has ended, one way or the other, before another worker may take the mail.
 */
export function smtpTransport(url: string): MailTransport {
  const options: SMTPTransport.Options = {
    url,
    connectionTimeout: 20_000,
    greetingTimeout: 20_000,
    socketTimeout: 60_000,
  };
  const transporter = nodemailer.createTransport(options);
  const { host, port } = new URL(url);
  return {
    description: `the SMTP server at ${host}${port ? `:${port}` : ''}`,
    async send(mail) {
      await transporter.sendMail(messageOf(mail));
    },
    close: () => transporter.close(),
  };
}

/**
 * Writes each mail as an .eml file into `dir` (opened by any mail program), for running without a
 * mail server. The file is named after the outbox row, so a mail written twice is one file.
 */
export function fileTransport(dir: string): MailTransport {
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true });
  return {
    description: `files in ${dir}`,
    async send(mail) {
      const info = await composer.sendMail(messageOf(mail));
      await mkdir(dir, { recursive: true });
      const stamp = mail.date.toISOString().replace(/[:.]/g, '-');
      await writeFile(join(dir, `${stamp}-${mail.id}.eml`), info.message as Buffer);
    },
    close: () => composer.close(),
  };
}

/** The transport the configuration asks for: SMTP when SMTP_URL is set, files in `<data dir>/mail` otherwise. */
export function configuredTransport(config: {
  smtpUrl: string | undefined;
  dataDir: string;
}): MailTransport {
  return config.smtpUrl
    ? smtpTransport(config.smtpUrl)
    : fileTransport(join(config.dataDir, 'mail'));
}
