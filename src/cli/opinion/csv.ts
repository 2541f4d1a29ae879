import { parse } from 'csv-parse/sync';

/** A problem in an input file, reported as `file:line: message`. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    detail: string,
  ) {
    super(line === null ? `${file}: ${detail}` : `${file}:${line}: ${detail}`);
    this.name = 'InputError';
  }
}

const options = { bom: true, relax_column_count: true, skip_empty_lines: true } as const;

/**
 * A parsed CSV file: its header and its rows. Line numbers are found only for an error message:
 * asking the parser for each record's position makes the whole parse two to three times slower.
 */
export class CsvTable {
  private lines: number[] | undefined;
  constructor(
    readonly file: string,
    private readonly text: string,
    readonly header: string[],
    readonly rows: string[][],
  ) {}

  /** The line a row (0 = the first after the header) starts on. */
  lineOf(row: number): number {
    this.lines ??= startLines(this.text);
    return this.lines[row + 1] ?? 0;
  }

  /** Throws an InputError naming this file and the row's line. */
  fail(row: number, detail: string): never {
    throw new InputError(this.file, this.lineOf(row), detail);
  }
}

interface CsvParseError {
  lines?: number;
  message: string;
}

/** The line each record starts on, header first, read by parsing again with positions. */
function startLines(text: string): number[] {
  const records = parse(text, { ...options, info: true }) as unknown as {
    record: string[];
    info: { lines: number };
  }[];
  // info.lines is the line where the record ends; count back over embedded newlines.
  return records.map((r) => r.info.lines - (r.record.join(',').split('\n').length - 1));
}

/**
 * Parses CSV text (quoted fields may span lines). Rejects an empty file, a duplicate or blank
 * header name, and rows whose number of cells differs from the header's.
 */
export function parseCsv(file: string, text: string): CsvTable {
  if (text.trim().length === 0) throw new InputError(file, null, 'file is empty (no header row)');
  let records: string[][];
  try {
    records = parse(text, options) as string[][];
  } catch (e) {
    const err = e as CsvParseError;
    throw new InputError(file, err.lines ?? null, `malformed CSV: ${err.message}`);
  }
  const [head, ...rows] = records;
  if (!head) throw new InputError(file, null, 'file is empty (no header row)');
  const header = head.map((h) => h.trim());
  const table = new CsvTable(file, text, header, rows);
  const seen = new Set<string>();
  for (const h of header) {
    if (h === '') throw new InputError(file, table.lineOf(-1), 'blank column name in header');
    if (seen.has(h))
      throw new InputError(file, table.lineOf(-1), `duplicate column "${h}" in header`);
    seen.add(h);
  }
  rows.forEach((cells, i) => {
    if (cells.length !== header.length)
      table.fail(i, `row has ${cells.length} fields, header has ${header.length}`);
  });
  return table;
}

/** Index of a column; throws naming the file when a required column is missing. */
export function column(t: CsvTable, name: string, required: true): number;
export function column(t: CsvTable, name: string, required: false): number | undefined;
export function column(t: CsvTable, name: string, required: boolean): number | undefined {
  const i = t.header.indexOf(name);
  if (i < 0) {
    if (required) throw new InputError(t.file, 1, `missing column "${name}" in header`);
    return undefined;
  }
  return i;
}
