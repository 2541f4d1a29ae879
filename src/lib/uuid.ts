const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether a text is a well-formed UUID. Anything else cannot name a row, and PostgreSQL would
 * refuse it as a uuid parameter with an error, so ids from addresses are checked before a query.
 */
export const isUuid = (s: string): boolean => uuidPattern.test(s);
