import { sha256 } from '../../../lib/secrets.ts';

/**
 * How a subject at a municipality's OpenID Connect provider is kept: the hex SHA-256 of the
 * municipality, the issuer and the subject, never the subject itself, which at an e-ID broker is
 * often the person's identity number. Enough to find the account again at the next login; see
 * docs/decisions/0013 for why it is a plain hash and what it does and does not protect against.
 * Migration 0022 computes the same value in SQL: change both or neither.
 */
export function subjectHash(municipalityId: string, issuer: string, subject: string): string {
  return sha256(`samskap-oidc-subject\n${municipalityId}\n${issuer}\n${subject}`);
}
