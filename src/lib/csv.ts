/**
 * CSV as RFC 4180: fields separated by commas, records by CRLF; a field holding a comma, a double
 * quote, CR or LF is quoted and its quotes doubled. A text cell that a spreadsheet would read as a
 * formula (starting with = + - @, or a tab or CR) gets a leading single quote, so opening the file
 * never runs anything (OWASP "CSV injection"). Numbers are written as they are.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = typeof value === 'boolean' ? (value ? 'true' : 'false') : value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole CSV document: a header row and data rows, each line ended by CRLF. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | boolean | null | undefined)[])[],
): string {
  return [header, ...rows].map((r) => `${r.map(csvCell).join(',')}\r\n`).join('');
}
