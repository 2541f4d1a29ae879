/**
 * Text as XML character data or an attribute value: the five special characters escaped, and
 * characters XML 1.0 cannot carry at all (most control characters, lone surrogates, U+FFFE and
 * U+FFFF) replaced by U+FFFD, so no text from a user can break the document.
 */
export function xmlText(value: string): string {
  return value
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

/** An element holding escaped text. */
export const xmlElement = (name: string, text: string) => `<${name}>${xmlText(text)}</${name}>`;

/** An empty element with escaped attribute values. */
export const xmlEmpty = (name: string, attrs: Record<string, string | number>) =>
  `<${name}${Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${xmlText(String(v))}"`)
    .join('')}/>`;
