import { describe, expect, it } from 'vitest';
import { validPubliccode } from './catalogue.fixtures.ts';
import { readPubliccode } from './publiccode.ts';

const without = (line: RegExp) => validPubliccode.replace(line, '');

describe('reading publiccode.yml', () => {
  it('gives the fields the case shows, every value as text', () => {
    expect(readPubliccode(validPubliccode)).toEqual({
      ok: true,
      summary: {
        name: 'Nattillsyn',
        descriptions: {
          sv: 'Digital tillsyn på natten efter samtycke',
          en: 'Digital night-time supervision with consent',
        },
        // YAML would read 1.0 as the number 1; the version is what the file says.
        softwareVersion: '1.0',
        licence: 'EUPL-1.2 OR MIT',
        maintenanceType: 'community',
        platforms: ['web', 'android'],
      },
    });
  });

  it.each([
    ['', { reason: 'empty' }],
    ['name: [unclosed\n  - x', { reason: 'yaml', line: 2 }],
    ['name: a\nname: b\n', { reason: 'yaml', line: 2 }],
    ['- just\n- a list\n', { reason: 'shape' }],
    ['just text', { reason: 'shape' }],
    [without(/^name: .*\n/m), { reason: 'missing', field: 'name' }],
    [
      validPubliccode.replace('name: Nattillsyn', 'name:\n  sv: Nattillsyn'),
      { reason: 'text', field: 'name' },
    ],
    [
      validPubliccode.replace('platforms:\n  - web\n  - android', 'platforms: web'),
      { reason: 'list', field: 'platforms' },
    ],
    [validPubliccode.replace('type: community', 'type: sometimes'), { reason: 'maintenanceType' }],
    [
      validPubliccode.replace('EUPL-1.2 OR MIT', 'https://licence.example/<b>'),
      { reason: 'text', field: 'legal.license' },
    ],
    [without(/^legal:\n.*\n/m), { reason: 'missing', field: 'legal.license' }],
    [
      validPubliccode.replace(/description:[\s\S]*?legal:/, 'description: {}\nlegal:'),
      { reason: 'missing', field: 'description.*.shortDescription' },
    ],
    [`${validPubliccode}x: "${'a'.repeat(70_000)}"\n`, { reason: 'tooLarge' }],
  ])('refuses %#', (source, problem) => {
    expect(readPubliccode(source)).toEqual({ ok: false, problem });
  });

  it('refuses a document built to grow without end', () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      'name: x',
    ].join('\n');
    expect(readPubliccode(bomb)).toEqual({ ok: false, problem: { reason: 'shape' } });
  });
});
