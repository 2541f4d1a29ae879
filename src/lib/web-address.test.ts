import { describe, expect, it } from 'vitest';
import { isWebAddress } from './web-address.ts';

describe('a web address', () => {
  it('is an http or https link to a named host', () => {
    for (const ok of [
      'https://teams.microsoft.com/l/meetup-join/19%3a',
      'http://botkyrka.se/',
      'https://www.asker.kommune.no/om?x=1#y',
    ]) {
      expect(isWebAddress(ok), ok).toBe(true);
    }
  });

  it('is not a script, a data link, a host without a dot, a spaced or a bare word', () => {
    for (const bad of [
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'ftp://files.example.se/a',
      'http://localhost:3000',
      'https://botkyrka .se',
      'https://botkyrka.se/ a',
      'botkyrka.se',
      '',
    ]) {
      expect(isWebAddress(bad), bad).toBe(false);
    }
  });
});
