import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/index.ts';
import { Content, langOf } from './content.tsx';

describe('Content', () => {
  it('marks text in another language than the page, and only then', async () => {
    const html = async (node: unknown) =>
      String(await (node as { toString(): unknown }).toString());
    const enForBotkyrka = translator('en').forCountry('SE');
    expect(await html(<Content t={enForBotkyrka}>Trygg hemtjänst</Content>)).toBe(
      '<span lang="sv">Trygg hemtjänst</span>',
    );
    const svForAsker = translator('sv').forCountry('NO');
    expect(await html(<Content t={svForAsker}>Digital hjemmetjeneste</Content>)).toBe(
      '<span lang="nb">Digital hjemmetjeneste</span>',
    );
    const svForBotkyrka = translator('sv').forCountry('SE');
    expect(await html(<Content t={svForBotkyrka}>Trygg hemtjänst</Content>)).toBe(
      'Trygg hemtjänst',
    );
    // An explicit language wins over the municipality's.
    expect(
      await html(
        <Content t={svForBotkyrka} lang="en">
          Open data
        </Content>,
      ),
    ).toBe('<span lang="en">Open data</span>');
  });

  it('gives the attribute value for an element of its own', () => {
    expect(langOf(translator('en').forCountry('NO'))).toBe('nb');
    expect(langOf(translator('nb').forCountry('NO'))).toBeUndefined();
    expect(langOf(translator('en'))).toBeUndefined();
  });
});
