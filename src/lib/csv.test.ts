import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv, unguarded } from './csv.ts';

describe('CSV cells guarded against formulas', () => {
  const texts = [
    'plain',
    '=SUM(A1:A2)',
    '+46 8 123',
    '-1',
    '@cmd',
    '\tindented',
    "'quoted'",
    "'=already guarded by hand",
    "''-two quotes",
    "'",
    'a, "b"\nand c',
    '',
  ];

  it('never start a parsed cell as a formula, and give every text back exactly', () => {
    const csv = toCsv(
      ['text'],
      texts.map((t) => [t]),
    );
    const [header, ...rows] = parse(csv) as string[][];
    expect(header).toEqual(['text']);
    const cells = rows.map((r) => r[0] ?? '');
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(cells.map(unguarded)).toEqual(texts);
  });

  it('add one quote to a text that starts with quotes before a formula character', () => {
    expect(csvCell("'=x")).toBe("''=x");
    expect(csvCell("'quoted'")).toBe("'quoted'");
    expect(unguarded("'quoted'")).toBe("'quoted'");
    expect(csvCell(-1)).toBe('-1');
  });
});
