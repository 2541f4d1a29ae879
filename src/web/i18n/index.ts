import { en } from './en.ts';
import type { Messages } from './messages.ts';
import { nb } from './nb.ts';
import { sv } from './sv.ts';

export const languages = ['sv', 'nb', 'en'] as const;
export type Lang = (typeof languages)[number];

/** Every message key of the app: the frame's own and every registered domain's. */
export type MessageKey = keyof Messages & string;

/** One owner's messages in every language; English is the contract, sv and nb have its keys. */
export type MessageSet = { [L in Lang]: Readonly<Record<string, string>> };

// The frame's own messages; each domain adds its own through `registerMessages` (src/modules.ts).
const dictionaries: Record<Lang, Record<string, string>> = {
  sv: { ...sv },
  nb: { ...nb },
  en: { ...en },
};
const owners = new Map<string, string>(Object.keys(en).map((key) => [key, 'web']));

/**
 * Adds one owner's messages to every language. A key defined twice is a programming error and
 * throws, naming both owners, so two domains can never silently overwrite each other's words.
 */
export function registerMessages(owner: string, messages: MessageSet): void {
  for (const key of Object.keys(messages.en)) {
    const first = owners.get(key);
    if (first !== undefined) {
      throw new Error(`Message key "${key}" is defined by both ${first} and ${owner}.`);
    }
  }
  for (const lang of languages) {
    const extra = Object.keys(messages[lang]).filter((key) => !Object.hasOwn(messages.en, key));
    const missing = Object.keys(messages.en).filter((key) => !Object.hasOwn(messages[lang], key));
    if (extra.length > 0 || missing.length > 0) {
      throw new Error(
        `${owner}'s ${lang} messages differ from English: ${[...missing, ...extra].join(', ')}`,
      );
    }
  }
  for (const key of Object.keys(messages.en)) owners.set(key, owner);
  for (const lang of languages) Object.assign(dictionaries[lang], messages[lang]);
}

/** A language's whole dictionary as registered so far (read-only view for tests and checks). */
export function dictionary(lang: Lang): Readonly<Record<string, string>> {
  return dictionaries[lang];
}

/** Every registered message key. */
export function messageKeys(): MessageKey[] {
  return [...owners.keys()] as MessageKey[];
}

/** Who registered a key (`web` or a domain's id), or undefined for an unknown key. */
export function ownerOf(key: string): string | undefined {
  return owners.get(key);
}

/** BCP 47 tags for Intl and `<html lang>`. */
export const localeOf: Record<Lang, string> = { sv: 'sv-SE', nb: 'nb-NO', en: 'en-GB' };
export const languageNames: Record<Lang, string> = {
  sv: 'Svenska',
  nb: 'Norsk bokmål',
  en: 'English',
};

export function isLang(value: string | undefined): value is Lang {
  return value === 'sv' || value === 'nb' || value === 'en';
}

export function isMessageKey(value: string): value is MessageKey {
  return owners.has(value);
}

export type Translator = {
  lang: Lang;
  (key: MessageKey, params?: Record<string, string | number>): string;
  /** Formats a number per locale. */
  number(n: number, options?: Intl.NumberFormatOptions): string;
  /** Formats a date (and time) per locale, in Nordic time. */
  date(d: Date, withTime?: boolean): string;
};

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A translator for one language; `{name}` placeholders are filled from params (numbers are localised). */
export function translator(lang: Lang): Translator {
  const dict = dictionaries[lang];
  const locale = localeOf[lang];
  const number = (n: number, options?: Intl.NumberFormatOptions) => {
    const cacheKey = `${locale}:${JSON.stringify(options ?? {})}`;
    let f = numberFormats.get(cacheKey);
    if (!f) {
      f = new Intl.NumberFormat(locale, options);
      numberFormats.set(cacheKey, f);
    }
    return f.format(n);
  };
  const t = ((key: MessageKey, params?: Record<string, string | number>) => {
    const text = dict[key] ?? key;
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const v = params[name];
      if (v === undefined) return whole;
      return typeof v === 'number' ? number(v) : v;
    });
  }) as Translator;
  t.lang = lang;
  t.number = number;
  t.date = (d: Date, withTime = false) => {
    const cacheKey = `${locale}:${withTime}`;
    let f = dateFormats.get(cacheKey);
    if (!f) {
      f = new Intl.DateTimeFormat(locale, {
        dateStyle: 'medium',
        ...(withTime ? { timeStyle: 'short' } : {}),
        timeZone: lang === 'nb' ? 'Europe/Oslo' : 'Europe/Stockholm',
      });
      dateFormats.set(cacheKey, f);
    }
    return f.format(d);
  };
  return t;
}

/** The best supported language for an Accept-Language header (q-values honoured); Swedish by default. */
export function negotiateLanguage(header: string | undefined): Lang {
  if (!header) return 'sv';
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number.parseFloat(q.slice(2)) : 1;
      return { tag, weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((x) => x.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { tag } of ranked) {
    const primary = tag.split('-')[0];
    if (primary === 'sv') return 'sv';
    if (primary === 'nb' || primary === 'no' || primary === 'nn') return 'nb';
    if (primary === 'en') return 'en';
  }
  return 'sv';
}
