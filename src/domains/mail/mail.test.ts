import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { migrate } from '../../db/migrate.ts';
import { inTransaction } from '../../lib/transaction.ts';
import '../../modules.ts';
import { parseMail, startTestSmtpServer, type TestSmtpServer } from '../../testing/smtp-server.ts';
import { createTestDatabase } from '../../testing/test-database.ts';
import {
  enqueueMail,
  enqueueMails,
  MAILS_PER_ADDRESS_PER_HOUR,
  type MailToSend,
} from './commands/enqueue-mail.ts';
import { deliverDueMail, LEASE_MS, MAX_ATTEMPTS } from './deliver.ts';
import { deleteOldMail, outboxMailTo } from './mail.queries.ts';
import { mailOutbox } from './mail.schema.ts';
import { configuredTransport, smtpTransport } from './transports.ts';
import { startMailWorker } from './worker.ts';

let database: Database;
let smtp: TestSmtpServer;
const from = 'Samskap <noreply@kommun.example>';
const minute = 60_000;

beforeAll(async () => {
  [database, smtp] = await Promise.all([createTestDatabase(), startTestSmtpServer()]);
  await migrate(database);
});
afterAll(async () => {
  await Promise.all([database?.close(), smtp?.close()]);
});
beforeEach(async () => {
  await database.db.delete(mailOutbox);
  smtp.messages.length = 0;
  smtp.refuseNext(0);
});

/** A clock that stands still until moved. */
function clock(start = '2030-03-01T09:00:00Z') {
  let at = new Date(start).getTime();
  return { now: () => new Date(at), advance: (ms: number) => (at += ms) };
}

const mail = (to: string, over: Partial<MailToSend> = {}): MailToSend => ({
  kind: 'test.hello',
  to,
  lang: 'sv',
  subject: 'Välkommen till Samskap',
  text: 'Hej! Följ länken: https://samskap.example/sv/register/confirm?token=abc',
  ...over,
});

async function queue(m: MailToSend, now = () => new Date()) {
  return inTransaction({ db: database.db, now }, (tx) => enqueueMail(tx, m));
}

function delivery(now: () => Date, transport = smtpTransport(smtp.url)) {
  return { db: database.db, transport, from, now };
}

describe('the outbox', () => {
  it('sends a queued mail through SMTP once, in its language, with a footer and a stable Message-ID', async () => {
    const queued = await queue(mail('Alva@Example.org'));
    expect(queued.ok).toBe(true);
    const report = await deliverDueMail(delivery(() => new Date()));
    expect(report).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(smtp.messages).toHaveLength(1);
    const [received] = smtp.messages;
    expect(received?.to).toEqual(['alva@example.org']);
    expect(received?.subject).toBe('Välkommen till Samskap');
    expect(received?.headers.get('from')).toBe(from);
    expect(received?.headers.get('auto-submitted')).toBe('auto-generated');
    const id = queued.ok ? queued.value.id : '';
    expect(received?.headers.get('message-id')).toBe(`<${id}@kommun.example>`);
    expect(received?.text).toContain('https://samskap.example/sv/register/confirm?token=abc');
    expect(received?.text).toContain('skickades automatiskt från Samskap');
    // Nothing is due any more: a second round sends nothing.
    expect(await deliverDueMail(delivery(() => new Date()))).toEqual({
      sent: 0,
      retried: 0,
      failed: 0,
    });
    expect(smtp.messages).toHaveLength(1);
    const [row] = await outboxMailTo(database.db, 'alva@example.org');
    expect(row?.sentAt).not.toBeNull();
    expect(row?.attempts).toBe(1);
  });

  it('gives a mail the recipient may stop the one-click unsubscribe headers of RFC 8058, and others none', async () => {
    const link =
      'https://samskap.example/sv/unsubscribe/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
    await queue(mail('stoppable@example.org', { unsubscribeUrl: link }));
    await queue(mail('plain@example.org'));
    await deliverDueMail(delivery(() => new Date()));
    const stoppable = await smtp.waitFor('stoppable@example.org');
    expect(stoppable.headers.get('list-unsubscribe')).toBe(`<${link}>`);
    expect(stoppable.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    const plain = await smtp.waitFor('plain@example.org');
    expect(plain.headers.has('list-unsubscribe')).toBe(false);
    expect(plain.headers.has('list-unsubscribe-post')).toBe(false);
  });

  it('sends nothing for a transaction that rolled back', async () => {
    await expect(
      inTransaction({ db: database.db, now: () => new Date() }, async (tx) => {
        await enqueueMail(tx, mail('rolled@example.org'));
        throw new Error('the registration failed after queuing its mail');
      }),
    ).rejects.toThrow('the registration failed');
    expect(await outboxMailTo(database.db, 'rolled@example.org')).toEqual([]);
    expect(await deliverDueMail(delivery(() => new Date()))).toEqual({
      sent: 0,
      retried: 0,
      failed: 0,
    });
    expect(smtp.messages).toEqual([]);
  });

  it('gives up at once on an address the server refuses for good, and still sends to others', async () => {
    const c = clock();
    smtp.rejectRecipient('gone@example.org');
    await queue(mail('gone@example.org'), c.now);
    await queue(mail('here@example.org'), c.now);
    expect(await deliverDueMail(delivery(c.now))).toEqual({ sent: 1, retried: 0, failed: 1 });
    const [row] = await outboxMailTo(database.db, 'gone@example.org');
    expect(row?.failedAt).not.toBeNull();
    expect(row?.lastError).toMatch(/550/);
    expect(row?.attempts).toBe(1);
    c.advance(24 * 60 * minute);
    expect(await deliverDueMail(delivery(c.now))).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect((await smtp.waitFor('here@example.org')).to).toEqual(['here@example.org']);
  });

  it('tries again after a refused attempt, waiting longer each time, and gives up at the limit', async () => {
    const c = clock();
    await queue(mail('retry@example.org'), c.now);
    smtp.refuseNext(1);
    expect(await deliverDueMail(delivery(c.now))).toEqual({ sent: 0, retried: 1, failed: 0 });
    const [afterFirst] = await outboxMailTo(database.db, 'retry@example.org');
    expect(afterFirst?.lastError).toMatch(/451/);
    expect(afterFirst?.nextAttemptAt.getTime()).toBe(c.now().getTime() + minute);
    // Not due yet, a second short of the minute.
    c.advance(minute - 1000);
    expect(await deliverDueMail(delivery(c.now))).toEqual({ sent: 0, retried: 0, failed: 0 });
    c.advance(1000);
    expect(await deliverDueMail(delivery(c.now))).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(smtp.refused()).toBe(1);
    expect(smtp.messages.map((m) => m.to)).toEqual([['retry@example.org']]);

    await queue(mail('never@example.org'), c.now);
    smtp.refuseNext(100);
    const waits: number[] = [];
    let report = { sent: 0, retried: 0, failed: 0 };
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      report = await deliverDueMail(delivery(c.now));
      const [row] = await outboxMailTo(database.db, 'never@example.org');
      expect(row?.attempts).toBe(attempt);
      if (attempt < MAX_ATTEMPTS) {
        expect(report).toEqual({ sent: 0, retried: 1, failed: 0 });
        const wait = (row?.nextAttemptAt.getTime() ?? 0) - c.now().getTime();
        waits.push(wait / minute);
        c.advance(wait);
      }
    }
    expect(waits).toEqual([1, 2, 4, 8, 16, 32, 64]);
    expect(report).toEqual({ sent: 0, retried: 0, failed: 1 });
    const [given] = await outboxMailTo(database.db, 'never@example.org');
    expect(given?.failedAt).not.toBeNull();
    c.advance(24 * 60 * minute);
    expect(await deliverDueMail(delivery(c.now))).toEqual({ sent: 0, retried: 0, failed: 0 });
  });

  it('sends each mail once when two workers deliver at the same time', async () => {
    const addresses = Array.from({ length: 12 }, (_, i) => `both${i}@example.org`);
    for (const to of addresses) await queue(mail(to));
    const [a, b] = await Promise.all([
      deliverDueMail(
        delivery(() => new Date()),
        { batch: 3 },
      ),
      deliverDueMail(
        delivery(() => new Date()),
        { batch: 3 },
      ),
    ]);
    expect((a?.sent ?? 0) + (b?.sent ?? 0)).toBe(addresses.length);
    const received = smtp.messages.flatMap((m) => m.to).sort();
    expect(received).toEqual([...addresses].sort());
    const ids = smtp.messages.map((m) => m.headers.get('message-id'));
    expect(new Set(ids).size).toBe(addresses.length);
  });

  it('leaves a claimed mail alone until its lease runs out', async () => {
    const c = clock();
    await queue(mail('lease@example.org'), c.now);
    // A worker claimed it and died before sending: the row stays claimed.
    await database.db
      .update(mailOutbox)
      .set({
        claimToken: '00000000-0000-4000-8000-000000000001',
        claimedUntil: new Date(c.now().getTime() + LEASE_MS),
        attempts: 1,
      })
      .where(eq(mailOutbox.toAddress, 'lease@example.org'));
    expect(await deliverDueMail(delivery(c.now))).toEqual({ sent: 0, retried: 0, failed: 0 });
    c.advance(LEASE_MS);
    expect(await deliverDueMail(delivery(c.now))).toEqual({ sent: 1, retried: 0, failed: 0 });
    const [row] = await outboxMailTo(database.db, 'lease@example.org');
    expect(row?.attempts).toBe(2);
  });

  it(`takes at most ${MAILS_PER_ADDRESS_PER_HOUR} mails to one address in an hour`, async () => {
    const c = clock();
    const results = [];
    for (let i = 0; i <= MAILS_PER_ADDRESS_PER_HOUR; i++)
      results.push((await queue(mail('busy@example.org'), c.now)).ok);
    expect(results).toEqual([...Array(MAILS_PER_ADDRESS_PER_HOUR).fill(true), false]);
    c.advance(60 * minute + 1);
    expect((await queue(mail('BUSY@example.org'), c.now)).ok).toBe(true);
  });

  it('queues many mails at once, holding each address to the same limit', async () => {
    const c = clock();
    for (let i = 0; i < MAILS_PER_ADDRESS_PER_HOUR - 1; i++)
      expect((await queue(mail('almost@example.org'), c.now)).ok).toBe(true);
    const queued = await inTransaction({ db: database.db, now: c.now }, (tx) =>
      enqueueMails(tx, [
        mail('Almost@example.org'),
        mail('almost@example.org'),
        mail('fresh@example.org'),
        mail('fresh@example.org'),
      ]),
    );
    expect(queued).toBe(3);
    expect(await outboxMailTo(database.db, 'almost@example.org')).toHaveLength(
      MAILS_PER_ADDRESS_PER_HOUR,
    );
    const fresh = await outboxMailTo(database.db, 'fresh@example.org');
    expect(
      fresh.map((m) =>
        m.bodyText.endsWith(
          '-- \nDet här mejlet skickades automatiskt från Samskap och går inte att svara på.\n',
        ),
      ),
    ).toEqual([true, true]);
    expect(await inTransaction({ db: database.db, now: c.now }, (tx) => enqueueMails(tx, []))).toBe(
      0,
    );
  });
});

describe('housekeeping', () => {
  it('forgets mails sent or given up before a moment, and keeps those still to send', async () => {
    const c = clock();
    await queue(mail('old@example.org'), c.now);
    await queue(mail('waiting@example.org'), c.now);
    await database.db
      .update(mailOutbox)
      .set({ sentAt: c.now() })
      .where(eq(mailOutbox.toAddress, 'old@example.org'));
    await deleteOldMail(database.db, c.now());
    expect(await outboxMailTo(database.db, 'old@example.org')).toHaveLength(1);
    await deleteOldMail(database.db, new Date(c.now().getTime() + 1));
    expect(await outboxMailTo(database.db, 'old@example.org')).toEqual([]);
    expect(await outboxMailTo(database.db, 'waiting@example.org')).toHaveLength(1);
  });
});

describe('without SMTP_URL', () => {
  it('writes each mail as an .eml file into the data directory', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'samskap-mail-'));
    try {
      await queue(mail('file@example.org', { lang: 'nb', subject: 'Bekreft e-postadressen' }));
      const transport = configuredTransport({ smtpUrl: undefined, dataDir });
      expect(await deliverDueMail(delivery(() => new Date(), transport))).toEqual({
        sent: 1,
        retried: 0,
        failed: 0,
      });
      const files = await readdir(join(dataDir, 'mail'));
      expect(files).toHaveLength(1);
      expect(files[0]).toMatch(/\.eml$/);
      const parsed = parseMail(await readFile(join(dataDir, 'mail', files[0] ?? ''), 'utf8'));
      expect(parsed.headers.get('to')).toBe('file@example.org');
      expect(parsed.subject).toBe('Bekreft e-postadressen');
      expect(parsed.text).toContain('sendt automatisk fra Samskap');
      expect(smtp.messages).toEqual([]);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

describe('the worker', () => {
  it('says where mail goes, and sends a mail as soon as its transaction commits', async () => {
    const lines: string[] = [];
    const logger = pino(
      { level: 'info' },
      { write: (line: string) => lines.push(JSON.parse(line).msg) },
    );
    const fileWorker = startMailWorker({
      database,
      config: { smtpUrl: undefined, mailFrom: from, dataDir: '/nonexistent/samskap' },
      logger,
    });
    await fileWorker.stop();
    expect(lines).toContain(
      'SMTP_URL is not set: mail is written to files in /nonexistent/samskap/mail',
    );

    const worker = startMailWorker({
      database,
      config: { smtpUrl: smtp.url, mailFrom: from, dataDir: '/nonexistent/samskap' },
      logger,
    });
    try {
      // Let the first round (nothing due) finish, so only the notification can send the mail.
      await new Promise((r) => setTimeout(r, 200));
      await queue(mail('worker@example.org'));
      const received = await smtp.waitFor('worker@example.org', { timeoutMs: 5_000 });
      expect(received.subject).toBe('Välkommen till Samskap');
    } finally {
      await worker.stop();
    }
    expect(
      lines.some((l) => l.startsWith('mail is sent through the SMTP server at 127.0.0.1:')),
    ).toBe(true);
  });
});
