import { createHash } from 'node:crypto';

/**
 * A fixed UUID for a demo row, derived from its municipality and a key: the same on every run, so a
 * second seeding finds the rows already there instead of adding copies.
 */
export function demoId(municipalityId: string, key: string): string {
  const h = createHash('sha256').update(`samskap-demo:${municipalityId}:${key}`).digest('hex');
  // Version 4 layout with the RFC 4122 variant, so it is a valid UUID for PostgreSQL and zod.
  const variant = ((Number.parseInt(h.slice(16, 17), 16) & 3) | 8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
