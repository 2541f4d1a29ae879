// Node's socket errors, and PostgreSQL's classes 08 (connection exception) and 57P (operator
// intervention: shutdown, crash, cannot connect now).
const socketCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EPIPE']);
const unavailableMessages = [
  /Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Cannot use a pool after calling end/i,
  /PGlite is closed/i,
];

/**
 * Whether an error means the database cannot be reached (as opposed to a bug or bad data): the
 * request should be answered 503 and tried again, not logged as a fault in the code. Looks through
 * the wrapped causes a query builder adds.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (socketCodes.has(code) || /^(08|57P0)/.test(code))) return true;
    if (e instanceof AggregateError && e.errors.some(isDatabaseUnavailable)) return true;
    if (unavailableMessages.some((m) => m.test(e instanceof Error ? e.message : ''))) return true;
    e = e.cause;
  }
  return false;
}
