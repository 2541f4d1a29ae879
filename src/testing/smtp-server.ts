import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A mail as the test server received it, with its plain-text body decoded. */
export type ReceivedMail = {
  /** The envelope's recipients. */
  to: string[];
  headers: Map<string, string>;
  subject: string;
  text: string;
  raw: string;
};

export type TestSmtpServer = {
  /** `smtp://127.0.0.1:<port>`, for SMTP_URL. */
  url: string;
  /** Every mail accepted so far, in order. */
  messages: ReceivedMail[];
  /** Refuses the next `count` mails with a temporary failure (451), as a busy server would. */
  refuseNext(count: number): void;
  /** Refuses every mail to `address` for good (550 at RCPT TO), as for a mailbox that is gone. */
  rejectRecipient(address: string): void;
  /** How many mails were refused so far with a temporary failure. */
  refused(): number;
  /** The first mail to `to` (after `skip` of them) once it has arrived; throws after `timeoutMs`. */
  waitFor(to: string, opts?: { skip?: number; timeoutMs?: number }): Promise<ReceivedMail>;
  close(): Promise<void>;
};

function decodeQuotedPrintable(text: string): string {
  const joined = text.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const hex = joined[i] === '=' ? joined.slice(i + 1, i + 3) : '';
    if (/^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else bytes.push(...Buffer.from(joined[i] ?? '', 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Decodes RFC 2047 encoded words (`=?UTF-8?Q?...?=`, `=?UTF-8?B?...?=`) in a header. */
function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([qb])\?([^?]*)\?=/gi, (_, enc: string, data: string) =>
      enc.toLowerCase() === 'b'
        ? Buffer.from(data, 'base64').toString('utf8')
        : decodeQuotedPrintable(data.replaceAll('_', ' ')),
    );
}

/**
 * Reads a single-part plain-text mail (what Samskap sends): headers, the subject and the body,
 * decoded from quoted-printable or base64. Enough for tests; not a general MIME parser.
 */
export function parseMail(raw: string): Omit<ReceivedMail, 'to'> {
  const split = raw.search(/\r?\n\r?\n/);
  const head = raw.slice(0, split).replace(/\r?\n[ \t]+/g, ' ');
  const body = raw.slice(split).replace(/^\r?\n\r?\n/, '');
  const headers = new Map<string, string>();
  for (const line of head.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0)
      headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const encoding = headers.get('content-transfer-encoding')?.toLowerCase();
  const text =
    encoding === 'quoted-printable'
      ? decodeQuotedPrintable(body)
      : encoding === 'base64'
        ? Buffer.from(body, 'base64').toString('utf8')
        : body;
  return {
    headers,
    subject: decodeHeader(headers.get('subject') ?? ''),
    text: text.replace(/\r\n/g, '\n'),
    raw,
  };
}

/** A real SMTP server (smtp-server) on 127.0.0.1 and a free port that keeps what it receives. */
export async function startTestSmtpServer(): Promise<TestSmtpServer> {
  const messages: ReceivedMail[] = [];
  const waiting = new Set<() => void>();
  let toRefuse = 0;
  let refused = 0;
  const rejected = new Set<string>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (!rejected.has(address.address.toLowerCase())) return callback();
      callback(Object.assign(new Error('No such mailbox here'), { responseCode: 550 }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (toRefuse > 0) {
          toRefuse--;
          refused++;
          const error = Object.assign(new Error('Try again later'), { responseCode: 451 });
          callback(error);
          return;
        }
        const to = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
        messages.push({ to, ...parseMail(Buffer.concat(chunks).toString('utf8')) });
        callback();
        for (const wake of waiting) wake();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  const find = (to: string, skip: number) =>
    messages.filter((m) => m.to.includes(to.toLowerCase()))[skip];
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    refuseNext(count) {
      toRefuse = count;
    },
    rejectRecipient(address) {
      rejected.add(address.toLowerCase());
    },
    refused: () => refused,
    waitFor(to, { skip = 0, timeoutMs = 10_000 } = {}) {
      const found = find(to, skip);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const check = () => {
          const mail = find(to, skip);
          if (!mail) return;
          waiting.delete(check);
          clearTimeout(timer);
          resolve(mail);
        };
        const timer = setTimeout(() => {
          waiting.delete(check);
          reject(new Error(`no mail to ${to} within ${timeoutMs} ms`));
        }, timeoutMs);
        waiting.add(check);
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The first address in a mail's text that goes to `path` (e.g. `/sv/register/confirm`). */
export function linkIn(text: string, path: string): string {
  const link = text.match(new RegExp(`https?://\\S+${path.replaceAll('/', '\\/')}\\S*`))?.[0];
  if (!link) throw new Error(`no link to ${path} in:\n${text}`);
  return link;
}
