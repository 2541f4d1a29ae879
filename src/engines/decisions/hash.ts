import { createHash } from 'node:crypto';

/** The previous hash of the first decision in a chain: 64 zeros. */
export const GENESIS_HASH = '0'.repeat(64);

const HEX64 = /^[0-9a-f]{64}$/;

/** True for a SHA-256 digest written as 64 lower-case hex digits. */
export function isHash(x: unknown): x is string {
  return typeof x === 'string' && HEX64.test(x);
}

/** SHA-256 of the bytes, or of a string's UTF-8 bytes, as 64 lower-case hex digits. */
export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * The chain hash: SHA-256( UTF-8(canonical) ‖ ASCII(previousHash) ), where `canonical` is the
 * decision's canonical JSON and `previousHash` the previous decision's hash as 64 lower-case hex
 * characters (GENESIS_HASH for the first). Appending the hex text rather than the raw 32 bytes
 * lets anyone re-check a link with `printf '%s%s' "$json" "$prev" | sha256sum`.
 */
export function chainHash(canonical: string, previousHash: string): string {
  return createHash('sha256').update(canonical, 'utf8').update(previousHash, 'ascii').digest('hex');
}
