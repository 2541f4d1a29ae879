import type { Translator } from './i18n/index.ts';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Small words that tie a page's name to its municipality: "Goals of X", "Mål för X", "Vedtak i X". */
const linkingWords = ['of', 'in', 'for', 'för', 'i', 'av', 'på', 'til', 'till'];

/**
 * A page title with its municipality taken out, since the document title names the municipality
 * on its own: "Goals of Botkyrka" → "Goals", "Roadmap – Botkyrka" → "Roadmap", "Botkyrka:
 * department plan" → "Department plan", "Botkyrka" → "". A title that names the municipality in
 * any other way is returned as it is.
 */
export function withoutMunicipality(title: string, name: string): string {
  const n = escapeRegExp(name);
  const patterns = [
    new RegExp(`^${n}$`, 'u'),
    new RegExp(`\\s+(?:${linkingWords.join('|')})\\s+${n}$`, 'iu'),
    new RegExp(`\\s*[–—-]\\s*${n}$`, 'u'),
    new RegExp(`^${n}\\s*[:–—-]\\s*`, 'u'),
  ];
  for (const p of patterns) {
    if (!p.test(title)) continue;
    const rest = title.replace(p, '').trim();
    return rest.charAt(0).toLocaleUpperCase() + rest.slice(1);
  }
  return title;
}

/**
 * The `<title>` of a page: "Page – Municipality – Samskap", each part once: the municipality is
 * left out of the page's own title, and a part equal to the one after it is dropped ("Samskap –
 * Samskap"). When a form on the page came back with errors it starts with "Error: ", so a screen
 * reader says so first.
 */
export function documentTitle(
  t: Translator,
  title: string,
  municipalityName: string | undefined,
  hasErrors: boolean,
): string {
  const app = t('app.name');
  const parts: string[] = [];
  if (municipalityName) {
    const page = withoutMunicipality(title, municipalityName);
    if (page) parts.push(page);
    if (!page.includes(municipalityName)) parts.push(municipalityName);
  } else if (title) {
    parts.push(title);
  }
  if (parts.at(-1) !== app) parts.push(app);
  const text = parts.join(' – ');
  return hasErrors ? t('form.errorTitle', { title: text }) : text;
}
