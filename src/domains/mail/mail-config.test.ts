import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../config.ts';

describe('SMTP_URL and MAIL_FROM', () => {
  it('send through SMTP with a sender, or write files with a local sender by default', () => {
    const smtp = loadConfig({
      SMTP_URL: 'smtps://user:secret@mail.kommun.example:465',
      MAIL_FROM: 'Samskap Botkyrka <noreply@botkyrka.example>',
    });
    expect(smtp.smtpUrl).toBe('smtps://user:secret@mail.kommun.example:465');
    expect(smtp.mailFrom).toBe('Samskap Botkyrka <noreply@botkyrka.example>');
    const files = loadConfig({ SMTP_URL: ' ' });
    expect(files.smtpUrl).toBeUndefined();
    expect(files.mailFrom).toBe('Samskap <samskap@localhost>');
    expect(loadConfig({ MAIL_FROM: 'noreply@asker.example' }).mailFrom).toBe(
      'noreply@asker.example',
    );
  });

  it('refuses a bad value, naming the variable', () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ SMTP_URL: 'mail.kommun.example', MAIL_FROM: 'a@b.example' }, /SMTP_URL: must be a URL/],
      [
        { SMTP_URL: 'http://mail.kommun.example', MAIL_FROM: 'a@b.example' },
        /SMTP_URL: must start/,
      ],
      [{ SMTP_URL: 'smtp://mail.kommun.example' }, /MAIL_FROM: required when SMTP_URL is set/],
      [{ MAIL_FROM: 'Samskap' }, /MAIL_FROM: must be an e-mail address/],
      [{ MAIL_FROM: 'Samskap <noreply>' }, /MAIL_FROM: must be an e-mail address/],
    ];
    for (const [env, message] of cases) {
      expect(() => loadConfig(env), JSON.stringify(env)).toThrow(ConfigError);
      expect(() => loadConfig(env), JSON.stringify(env)).toThrow(message);
    }
  });
});
