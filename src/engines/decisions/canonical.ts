/** A JSON value the canonical form accepts: no undefined, no functions, finite numbers only. */
export type Json =
  | null
  | boolean
  | number
  | string
  | readonly Json[]
  | { readonly [k: string]: Json };

/**
 * Canonical JSON: the same value always gives the same string, whatever the key order or Unicode
 * form it was built with. Rules (RFC 8785, JSON Canonicalization Scheme, after NFC):
 * - every string, keys included, is normalised to Unicode NFC first (ö typed as o + ¨ or as one
 *   code point is the same text to a reader, so it must be the same text to the hash);
 * - object keys sorted by UTF-16 code units (JavaScript's default sort, as RFC 8785 says);
 * - no whitespace outside strings; strings and numbers written as `JSON.stringify` writes them;
 * - array order is kept (order can carry meaning; callers sort sets before hashing).
 * Throws TypeError for values JSON cannot carry (a bug in the caller, not user input).
 */
export function canonicalJson(value: Json): string {
  if (value === null || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('canonical JSON: non-finite number');
    return JSON.stringify(value);
  }
  if (typeof value === 'string') return JSON.stringify(value.normalize('NFC'));
  if (Array.isArray(value)) return `[${value.map((v: Json) => canonicalJson(v)).join(',')}]`;
  if (typeof value === 'object') {
    const entries = new Map<string, Json>();
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined) throw new TypeError(`canonical JSON: undefined at ${k}`);
      const key = k.normalize('NFC');
      if (entries.has(key)) throw new TypeError(`canonical JSON: keys collide after NFC: ${key}`);
      entries.set(key, v);
    }
    const keys = [...entries.keys()].sort();
    const members = keys.map(
      (k) => `${JSON.stringify(k)}:${canonicalJson(entries.get(k) as Json)}`,
    );
    return `{${members.join(',')}}`;
  }
  throw new TypeError(`canonical JSON: unsupported ${typeof value}`);
}
