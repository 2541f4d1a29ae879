/** A form as a page shows it: where it posts, and the fields a browser would send unchanged. */
export type PageForm = {
  method: string;
  action: string;
  /** Name and value of each field, in page order (a name may repeat). */
  fields: [string, string][];
};

const attribute = (tag: string, name: string): string | undefined => {
  const match = tag.match(new RegExp(`\\s${name}="([^"]*)"`));
  return match ? unescapeHtml(match[1] ?? '') : undefined;
};

const has = (tag: string, name: string) => new RegExp(`\\s${name}(="[^"]*")?[\\s/>]`).test(tag);

function unescapeHtml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * The forms of a server-rendered page with the values a browser would submit if nobody typed
 * anything: inputs' values, checked boxes and radios, each select's selected (or first) option,
 * textareas' text. Fields a browser leaves empty but the form needs get a plausible value from
 * their type (`plausibleValue`), so the form would pass its own checks as often as can be guessed.
 */
export function formsIn(html: string): PageForm[] {
  const forms: PageForm[] = [];
  for (const match of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)) {
    const tag = match[1] ?? '';
    const inner = match[2] ?? '';
    const fields: [string, string][] = [];
    const controls = /<input\b([^>]*)>|<(textarea|select)\b([^>]*)>([\s\S]*?)<\/\2>/g;
    for (const control of inner.matchAll(controls)) {
      const kind = control[2] ?? 'input';
      const attrs = ` ${control[1] ?? control[3] ?? ''}`;
      const content = control[4] ?? '';
      const name = attribute(attrs, 'name');
      if (!name || has(attrs, 'disabled')) continue;
      if (kind === 'textarea') {
        const text = unescapeHtml(content.replace(/^\n/, ''));
        fields.push([name, text || plausibleValue(name, 'text', attrs)]);
      } else if (kind === 'select') {
        const options = [...content.matchAll(/<option\b([^>]*)>/g)].map((o) => ` ${o[1] ?? ''}`);
        const chosen =
          options.find((o) => has(o, 'selected')) ??
          options.find((o) => attribute(o, 'value')) ??
          options[0];
        fields.push([name, chosen ? (attribute(chosen, 'value') ?? '') : '']);
      } else {
        const type = attribute(attrs, 'type') ?? 'text';
        if (type === 'submit' || type === 'button' || type === 'file') continue;
        if (type === 'checkbox' || type === 'radio') {
          if (has(attrs, 'checked')) fields.push([name, attribute(attrs, 'value') ?? 'on']);
          continue;
        }
        const value = attribute(attrs, 'value') ?? '';
        fields.push([name, value || plausibleValue(name, type, attrs)]);
      }
    }
    forms.push({
      method: (attribute(` ${tag}`, 'method') ?? 'get').toUpperCase(),
      action: attribute(` ${tag}`, 'action') ?? '',
      fields,
    });
  }
  return forms;
}

/** A value a person might type into an empty field of this type and name. */
export function plausibleValue(name: string, type: string, attrs = ''): string {
  if (name === '_csrf' || type === 'hidden') return '';
  if (type === 'date' || /(On|Date)$/.test(name)) return '2027-03-01';
  if (type === 'email' || /email/i.test(name)) return 'someone@example.com';
  if (type === 'password' || /password/i.test(name)) return 'a long enough password';
  if (type === 'url' || /issuer|url/i.test(name)) return 'https://login.example.com';
  if (type === 'number' || attribute(attrs, 'inputmode') === 'numeric') {
    const min = Number(attribute(attrs, 'min'));
    const max = Number(attribute(attrs, 'max'));
    if (Number.isFinite(min) && Number.isFinite(max)) return String(Math.round((min + max) / 2));
    return Number.isFinite(min) && min > 0 ? String(min) : '3';
  }
  if (attribute(attrs, 'maxlength') === '1') return '2';
  return 'Provvärde';
}
