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

/** A parsed CSV file: its header and its rows, each with the line it started on. */
export interface CsvTable {
  file: string;
  header: string[];
  rows: { line: number; cells: string[] }[];
}

interface CsvParseError {
  lines?: number;
  message: string;
}

/**
 * Parses CSV text (quoted fields may span lines). Rejects an empty file, a duplicate or blank
 * header name, and rows whose number of cells differs from the header's.
 */
export function parseCsv(file: string, text: string): CsvTable {
  if (text.trim().length === 0) throw new InputError(file, null, 'file is empty (no header row)');
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      info: true,
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as typeof records;
  } catch (e) {
    const err = e as CsvParseError;
    throw new InputError(file, err.lines ?? null, `malformed CSV: ${err.message}`);
  }
  const [head, ...rest] = records;
  if (!head) throw new InputError(file, null, 'file is empty (no header row)');
  const header = head.record.map((h) => h.trim());
  const seen = new Set<string>();
  for (const h of header) {
    if (h === '') throw new InputError(file, head.info.lines, 'blank column name in header');
    if (seen.has(h))
      throw new InputError(file, head.info.lines, `duplicate column "${h}" in header`);
    seen.add(h);
  }
  const rows = rest.map((r) => {
    // info.lines is the line where the record ends; count back over embedded newlines.
    const line = r.info.lines - (r.record.join(',').split('\n').length - 1);
    if (r.record.length !== header.length) {
      throw new InputError(
        file,
        line,
        `row has ${r.record.length} fields, header has ${header.length}`,
      );
    }
    return { line, cells: r.record };
  });
  return { file, header, rows };
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
