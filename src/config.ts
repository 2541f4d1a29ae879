import { createPrivateKey, type KeyObject } from 'node:crypto';
import { resolve } from 'node:path';
import { z } from 'zod';

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  SAMSKAP_DATA_DIR: z.string().default('./data'),
  DATABASE_URL: optionalText,
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  PUBLIC_URL: optionalText,
  SAMSKAP_DEMO_PASSWORD: optionalText,
  METRICS_TOKEN: optionalText,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(14),
  TRUST_PROXY: z
    .string()
    .trim()
    .default('false')
    .transform((v) => (v === 'true' ? 1 : v === 'false' || v === '' ? 0 : Number(v)))
    .pipe(
      z
        .number({ error: 'must be true, false or the number of proxies (0–10)' })
        .int('must be true, false or the number of proxies (0–10)')
        .min(0, 'must be true, false or the number of proxies (0–10)')
        .max(10, 'must be true, false or the number of proxies (0–10)'),
    ),
  RATE_LIMIT_LOGIN_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  RATE_LIMIT_WRITES_PER_MINUTE: z.coerce.number().int().min(1).default(120),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_000_000),
  DECISION_SIGNING_KEY: optionalText,
  OIDC_ALLOW_PRIVATE_ISSUERS: z
    .enum(['true', 'false', ''], { error: 'must be true or false' })
    .default('false')
    .transform((v) => v === 'true'),
  // Mail (src/domains/mail): checked further in parseMailConfig.
  SMTP_URL: optionalText,
  MAIL_FROM: optionalText,
});

/** The parsed environment. Nothing else in Samskap reads `process.env`. */
export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  databasePoolSize: number;
  /** Base URL as users reach it, e.g. https://samskap.example.kommun.se; drives Secure cookies. */
  publicUrl: string | undefined;
  demoPassword: string | undefined;
  metricsToken: string | undefined;
  logLevel: z.infer<typeof configSchema>['LOG_LEVEL'];
  sessionDays: number;
  /** How many reverse proxies in front are trusted to append to X-Forwarded-For (0: none). */
  trustedProxies: number;
  rateLimitLoginPerMinute: number;
  rateLimitWritesPerMinute: number;
  bodyLimitBytes: number;
  /**
   * The instance's Ed25519 key for signing decision checkpoints, when DECISION_SIGNING_KEY is set
   * (PKCS#8 PEM, with `\n` written for line breaks if need be, or its DER in base64). Without it the key is
   * generated once and kept in the database (docs/decisions/0009).
   */
  decisionSigningKey: KeyObject | undefined;
  /**
   * Whether a municipality's login provider may live on this machine or a private network (and
   * on plain http on this machine): for development and tests only. Off, the server sends its
   * requests to https issuers on public addresses only.
   */
  allowPrivateIssuers: boolean;
  /**
   * Mail. `smtpUrl` (SMTP_URL, `smtp://` or `smtps://`, with user and password when the server
   * wants them) sends through that server; without it, mails are written as .eml files into the
   * data directory. `mailFrom` (MAIL_FROM) is the sender, required with SMTP_URL.
   */
  smtpUrl: string | undefined;
  mailFrom: string;
};

/** The sender when mails only go to files: nobody receives them, so any address will do. */
const fileMailFrom = 'Samskap <samskap@localhost>';

// An address alone, or a display name with the address in angle brackets.
const mailbox = /^(?:[^<>@\s]+@[^<>@\s]+|[^<>]*<[^<>@\s]+@[^<>@\s]+>)$/;

/** SMTP_URL and MAIL_FROM, checked together, or a message naming what is wrong. */
function parseMailConfig(
  smtpUrl: string | undefined,
  mailFrom: string | undefined,
): { smtpUrl: string | undefined; mailFrom: string } | string {
  if (smtpUrl) {
    let url: URL;
    try {
      url = new URL(smtpUrl);
    } catch {
      return 'SMTP_URL: must be a URL such as smtp://user:password@mail.example.org:587';
    }
    if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:')
      return 'SMTP_URL: must start with smtp:// or smtps://';
    if (!url.hostname) return 'SMTP_URL: must name the mail server';
    if (!mailFrom)
      return 'MAIL_FROM: required when SMTP_URL is set, e.g. "Samskap <noreply@kommun.se>"';
  }
  if (mailFrom && !mailbox.test(mailFrom))
    return 'MAIL_FROM: must be an e-mail address, or a name with the address in <>, e.g. "Samskap <noreply@kommun.se>"';
  return { smtpUrl, mailFrom: mailFrom ?? fileMailFrom };
}

/** An Ed25519 private key from PKCS#8 PEM or base64 DER, or a message saying what is wrong. */
function parseSigningKey(value: string): KeyObject | string {
  try {
    const pem = value.replaceAll('\\n', '\n');
    const key = pem.includes('-----BEGIN')
      ? createPrivateKey(pem)
      : createPrivateKey({ key: Buffer.from(value, 'base64'), format: 'der', type: 'pkcs8' });
    return key.asymmetricKeyType === 'ed25519' ? key : 'must be an Ed25519 key';
  } catch {
    return 'must be an Ed25519 private key in PKCS#8 PEM or base64 DER';
  }
}

export class ConfigError extends Error {}

/** Parses an environment (default: the process's) into a Config, or throws ConfigError naming each bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const signingKey = e.DECISION_SIGNING_KEY ? parseSigningKey(e.DECISION_SIGNING_KEY) : undefined;
  if (typeof signingKey === 'string') {
    throw new ConfigError(`Invalid configuration:\n  DECISION_SIGNING_KEY: ${signingKey}`);
  }
  const mail = parseMailConfig(e.SMTP_URL, e.MAIL_FROM);
  if (typeof mail === 'string') throw new ConfigError(`Invalid configuration:\n  ${mail}`);
  if (e.PUBLIC_URL && !/^https?:\/\//.test(e.PUBLIC_URL)) {
    throw new ConfigError(
      'Invalid configuration:\n  PUBLIC_URL: must start with http:// or https://',
    );
  }
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.SAMSKAP_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    publicUrl: e.PUBLIC_URL?.replace(/\/+$/, ''),
    demoPassword: e.SAMSKAP_DEMO_PASSWORD,
    metricsToken: e.METRICS_TOKEN,
    logLevel: e.LOG_LEVEL,
    sessionDays: e.SESSION_DAYS,
    trustedProxies: e.TRUST_PROXY,
    rateLimitLoginPerMinute: e.RATE_LIMIT_LOGIN_PER_MINUTE,
    rateLimitWritesPerMinute: e.RATE_LIMIT_WRITES_PER_MINUTE,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    decisionSigningKey: signingKey,
    allowPrivateIssuers: e.OIDC_ALLOW_PRIVATE_ISSUERS,
    smtpUrl: mail.smtpUrl,
    mailFrom: mail.mailFrom,
  };
}
