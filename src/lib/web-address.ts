/**
 * A link people may follow from a page: an http or https address with a host name that has a dot
 * (`teams.microsoft.com`, not `localhost`), without spaces. Anything else (`javascript:`, `data:`,
 * a bare word) is refused where a form takes a link.
 */
export function isWebAddress(s: string): boolean {
  if (/\s/.test(s)) return false;
  try {
    const url = new URL(s);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}
