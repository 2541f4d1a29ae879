import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { linkIn, parseMail } from '../testing/smtp-server.ts';

// The CLI as a user runs it: a real process on the embedded database in a temporary directory.
const bin = fileURLToPath(new URL('../../bin/samskap.js', import.meta.url));
const dirs: string[] = [];
const children: ChildProcess[] = [];

function tempDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'samskap-cli-'));
  dirs.push(dir);
  return dir;
}

afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function baseEnv(dataDir: string, extra: Record<string, string> = {}) {
  const env: Record<string, string> = {};
  for (const key of ['PATH', 'HOME', 'TMPDIR', 'LANG'])
    if (process.env[key]) env[key] = process.env[key] as string;
  return {
    ...env,
    SAMSKAP_DATA_DIR: dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    ...extra,
  };
}

function run(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

type Served = {
  child: ChildProcess;
  url: string;
  output: () => string;
  /** Resolves once the process has printed `text`. */
  printed: (text: string) => Promise<void>;
  exited: Promise<number | null>;
};

function serve(env: Record<string, string>, args: string[] = []): Promise<Served> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, 'serve', ...args], { env });
    children.push(child);
    let output = '';
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    const printed = (text: string) =>
      new Promise<void>((done) => {
        const check = () => {
          if (!output.includes(text)) return;
          child.stdout.off('data', check);
          done();
        };
        child.stdout.on('data', check);
        check();
      });
    child.stdout.on('data', (d) => {
      output += d;
      const match = output.match(/running at (http:\/\/\S+)/);
      if (match?.[1] && output.includes('\n\n'))
        resolve({ child, url: match[1], output: () => output, printed, exited });
    });
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${output}`)));
  });
}

/** A registration form as a browser would post it: its session cookie, form token and fields. */
async function registration(url: string, email: string) {
  const page = await fetch(`${url}/en/register`);
  const cookie = page.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const csrf = (await page.text()).match(/name="_csrf" value="([^"]+)"/)?.[1] ?? '';
  return {
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      _csrf: csrf,
      name: 'Kim',
      email,
      password: 'a long enough password',
      municipalityId: 'SE-0127',
    }).toString(),
  };
}

async function registerAccount(url: string, email: string): Promise<number> {
  const res = await fetch(`${url}/en/register`, {
    method: 'POST',
    redirect: 'manual',
    ...(await registration(url, email)),
  });
  return res.status;
}

/** The mails to `to` that the server wrote into `<dataDir>/mail`, once there are `count` of them. */
async function mailFiles(dataDir: string, to: string, count: number) {
  const dir = join(dataDir, 'mail');
  for (let waited = 0; waited < 15_000; waited += 100) {
    const files = existsSync(dir) ? readdirSync(dir).sort() : [];
    const mails = files
      .map((f) => parseMail(readFileSync(join(dir, f), 'utf8')))
      .filter((m) => m.headers.get('to') === to);
    if (mails.length >= count) return mails;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`fewer than ${count} mails to ${to} in ${dir}`);
}

/** Follows the registration link of a mail as its owner would: opens it, then confirms. */
async function confirmLink(url: string, mailText: string): Promise<Response> {
  const link = new URL(linkIn(mailText, '/en/register/confirm'));
  const page = await fetch(`${url}${link.pathname}${link.search}`);
  const cookie = page.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const csrf = (await page.text()).match(/name="_csrf" value="([^"]+)"/)?.[1] ?? '';
  return fetch(`${url}/en/register/confirm`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: csrf, token: link.searchParams.get('token') ?? '' }),
  });
}

/**
 * Starts a registration and resolves once the server has read its headers and taken it on (it
 * answers `100 Continue`), with a function that sends the form and resolves with the status.
 */
function startRegistration(url: string, form: Awaited<ReturnType<typeof registration>>) {
  return new Promise<() => Promise<number>>((resolve, reject) => {
    const req = request(`${url}/en/register`, {
      method: 'POST',
      headers: {
        ...form.headers,
        'content-length': Buffer.byteLength(form.body),
        expect: '100-continue',
      },
    });
    const answered = new Promise<number>((done, fail) => {
      req.on('response', (res) => {
        res.resume();
        res.on('end', () => done(res.statusCode ?? 0));
      });
      req.on('error', fail);
    });
    req.on('continue', () =>
      resolve(() => {
        req.end(form.body);
        return answered;
      }),
    );
    req.on('error', reject);
    req.flushHeaders();
  });
}

const onServer = process.env.TEST_DATABASE_URL;

// On the PostgreSQL run these tests stay on the embedded database and are skipped; the block at the
// end runs the same CLI against the server instead.
describe.skipIf(onServer)('samskap CLI', () => {
  it('prints help, and refuses unknown commands with exit code 2', async () => {
    const env = baseEnv(tempDataDir());
    const help = await run(['--help'], env);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: samskap <command>');
    for (const command of ['serve', 'migrate', 'seed', 'generate', 'grant', 'opinion'])
      expect(help.stdout).toContain(command);
    const unknown = await run(['frobnicate'], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown command: frobnicate');
  });

  it('reports bad configuration clearly', async () => {
    const bad = await run(['migrate'], baseEnv(tempDataDir(), { PORT: 'eighty' }));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('PORT');
  });

  it('serves, refuses a second process on the same data, shuts down cleanly and keeps data across restarts', async () => {
    const dataDir = tempDataDir();
    const env = baseEnv(dataDir);
    const first = await serve(env);
    expect(first.output()).toMatch(/password for all: (demo-[a-z0-9-]+)/);
    expect(first.output()).toContain('admin@botkyrka.example');
    expect(first.output()).toContain('politician@asker.example');
    const password = first.output().match(/password for all: (demo-[a-z0-9-]+)/)?.[1];
    expect((await fetch(`${first.url}/sv`)).status).toBe(200);
    // Without SMTP_URL the registration mail is written into the data directory.
    expect(await registerAccount(first.url, 'kim@example.org')).toBe(200);
    const [confirmMail] = await mailFiles(dataDir, 'kim@example.org', 1);
    expect(confirmMail?.subject).toBe('Confirm your e-mail address for Samskap');
    expect((await confirmLink(first.url, confirmMail?.text ?? '')).status).toBe(303);

    const busy = await run(['migrate'], env);
    expect(busy.code).toBe(1);
    expect(busy.stderr).toContain('is in use by another Samskap process');

    // A request in flight when SIGTERM arrives still gets its answer, and what it wrote is kept.
    // The server has taken the request on once it answers 100 Continue, and has begun to close
    // once it says so; only then is the form sent.
    const sendForm = await startRegistration(
      first.url,
      await registration(first.url, 'in.flight@example.org'),
    );
    const stopping = first.printed('Received SIGTERM');
    first.child.kill('SIGTERM');
    await stopping;
    expect(await sendForm()).toBe(200);
    expect(await first.exited).toBe(0);
    expect(existsSync(join(dataDir, 'samskap.lock'))).toBe(false);

    const second = await serve(env);
    // Same generated demo password, same account, same data.
    expect(second.output()).toContain(`password for all: ${password}`);
    // The account is still there: registering again answers the same, and the mail says so.
    expect(await registerAccount(second.url, 'kim@example.org')).toBe(200);
    const [, existsMail] = await mailFiles(dataDir, 'kim@example.org', 2);
    expect(existsMail?.subject).toBe('You already have a Samskap account');
    // The registration taken on before SIGTERM was kept: its mail leaves from the outbox.
    const [inFlightMail] = await mailFiles(dataDir, 'in.flight@example.org', 1);
    expect(inFlightMail?.subject).toBe('Confirm your e-mail address for Samskap');
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }, 120_000);

  it('starts without demo content after seed --no-demo, and grants roles from the command line', async () => {
    const dataDir = tempDataDir();
    const env = baseEnv(dataDir);
    const seeded = await run(['seed', '--no-demo'], env);
    expect(seeded.code).toBe(0);
    expect(seeded.stdout).toContain('No demo content');
    const server = await serve(env);
    expect(server.output()).not.toContain('Demo logins');
    expect(
      (await (await fetch(`${server.url}/api/v1/municipalities?pageSize=1`)).json()).total,
    ).toBe(647);
    expect(await registerAccount(server.url, 'first.admin@botkyrka.se')).toBe(200);
    const [mail] = await mailFiles(dataDir, 'first.admin@botkyrka.se', 1);
    expect((await confirmLink(server.url, mail?.text ?? '')).status).toBe(303);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    const granted = await run(
      ['grant', 'first.admin@botkyrka.se', 'admin', '--municipality', 'SE-0127'],
      env,
    );
    expect(granted.stdout).toContain('is now admin in SE-0127');
    expect(granted.code).toBe(0);
    const unknown = await run(
      ['grant', 'nobody@example.org', 'admin', '--municipality', 'SE-0127'],
      env,
    );
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No account has the e-mail');
    const badRole = await run(['grant', 'first.admin@botkyrka.se', 'king'], env);
    expect(badRole.code).toBe(2);
  }, 120_000);
});

describe.runIf(onServer)('samskap CLI with DATABASE_URL', () => {
  it('migrates, seeds and serves a PostgreSQL server with the same migrations', async () => {
    const admin = new pg.Client({ connectionString: onServer });
    await admin.connect();
    const name = `samskap_cli_${Date.now()}`;
    await admin.query(`create database ${name}`);
    const url = new URL(onServer as string);
    url.pathname = `/${name}`;
    try {
      const env = baseEnv(tempDataDir(), {
        DATABASE_URL: url.href,
        SAMSKAP_DEMO_PASSWORD: 'a fixed demo password',
      });
      expect((await run(['migrate'], env)).code).toBe(0);
      const server = await serve(env);
      expect(server.output()).toContain('Database: PostgreSQL');
      expect(server.output()).toContain('password for all: a fixed demo password');
      const counties = await (await fetch(`${server.url}/api/v1/counties`)).json();
      expect(counties.items).toHaveLength(36);
      // Two app processes on one PostgreSQL server is the supported way to scale out.
      const twin = await serve(env);
      expect((await fetch(`${twin.url}/readyz`)).status).toBe(200);
      for (const s of [server, twin]) {
        s.child.kill('SIGTERM');
        expect(await s.exited).toBe(0);
      }
    } finally {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  }, 120_000);
});
