/** A text that starts as a spreadsheet formula (= + - @, a tab or CR) after zero or more single quotes. */
const GUARDED = /^'*[=+\-@\t\r]/;

/**
 * CSV as RFC 4180: fields separated by commas, records by CRLF; a field holding a comma, a double
 * quote, CR or LF is quoted and its quotes doubled. A text cell that a spreadsheet would read as a
 * formula (starting with = + - @, or a tab or CR) gets a leading single quote, so opening the file
 * never runs anything (OWASP "CSV injection"). So that the guard can be told from the text, a text
 * that already starts with single quotes followed by such a character gets one more; `unguarded`
 * gives the text back. Numbers are written as they are.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = typeof value === 'boolean' ? (value ? 'true' : 'false') : value;
  if (GUARDED.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A text cell as it was before `csvCell` guarded it against spreadsheet formulas: one leading
 * single quote fewer on a text of single quotes followed by = + - @, a tab or CR.
 */
export function unguarded(cell: string): string {
  return cell.startsWith("'") && GUARDED.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/** A whole CSV document: a header row and data rows, each line ended by CRLF. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | boolean | null | undefined)[])[],
): string {
  return [header, ...rows].map((r) => `${r.map(csvCell).join(',')}\r\n`).join('');
}
