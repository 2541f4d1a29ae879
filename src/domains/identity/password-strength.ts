import type { MessageKey } from '../../web/i18n/index.ts';

// Words people here reach for that an English list misses.
const localWords = [
  'lösenord',
  'losenord',
  'passord',
  'hemligt',
  'hemmelig',
  'välkommen',
  'valkommen',
  'velkommen',
  'sommar',
  'sommer',
  'vinter',
  'kommunen',
  'samskap',
];

let commonPasswords: Promise<Set<string>> | undefined;

/** The 49,000 most common passwords (zxcvbn's list) and the local words, loaded on first use. */
function common(): Promise<Set<string>> {
  commonPasswords ??= import('@zxcvbn-ts/language-common').then(
    ({ dictionary }) => new Set([...(dictionary['passwords-common'] ?? []), ...localWords]),
  );
  return commonPasswords;
}

/** A common password, or one with digits or signs put before or after it ("password2026!"). */
async function isCommon(password: string): Promise<boolean> {
  const lower = password.toLowerCase();
  const core = lower.replace(/^[\d\W_]+/u, '').replace(/[\d\W_]+$/u, '');
  const list = await common();
  return list.has(lower) || (core.length >= 4 && list.has(core));
}

/** Few different characters, one short piece repeated, or a straight run ("123456789012"). */
function isRepetitive(password: string): boolean {
  const chars = [...password.toLowerCase()];
  if (new Set(chars).size <= 4) return true;
  if (/^(.{1,6})\1+$/u.test(password.toLowerCase())) return true;
  const codes = chars.map((ch) => ch.codePointAt(0) ?? 0);
  const steps = new Set(codes.slice(1).map((code, i) => code - (codes[i] ?? 0)));
  return steps.size === 1 && [...steps].every((step) => Math.abs(step) === 1);
}

/**
 * Why a new password (already at least 12 characters) is too easy to guess, or undefined when it
 * is not: common passwords are the first thing an attacker tries on every account.
 */
export async function weakPasswordReason(password: string): Promise<MessageKey | undefined> {
  if (isRepetitive(password)) return 'identity.error.passwordRepetitive';
  if (await isCommon(password)) return 'identity.error.passwordCommon';
  return undefined;
}
