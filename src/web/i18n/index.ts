import { dayIn } from '../../vocabulary/dates.ts';
import { en } from './en.ts';
import { type CompiledMessage, compile, isComplex, type MessageLocale } from './icu.ts';
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
 * Returns what takes them out again: a test registering messages of its own leaves the registry
 * as it found it for the test files that run after it in the same process.
 */
export function registerMessages(owner: string, messages: MessageSet): () => void {
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
  return () => {
    for (const key of Object.keys(messages.en)) {
      owners.delete(key);
      for (const lang of languages) {
        delete dictionaries[lang][key];
        compiled[lang].delete(key);
      }
    }
  };
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
  /**
   * A message with its params: `{name}` placeholders are filled (numbers localised), and ICU
   * `plural` and `select` arguments choose their option by the locale's plural rules (icu.ts).
   */
  (key: MessageKey, params?: Record<string, string | number>): string;
  /** The IANA time zone in which `date` shows times. */
  timeZone: string;
  /**
   * The language of what the people of the page's municipality write (titles, goals, decisions):
   * the municipality's own (sv in Sweden, nb in Norway) on its pages, the page's language elsewhere.
   */
  contentLang: Lang;
  /** Formats a number per locale. */
  number(n: number, options?: Intl.NumberFormatOptions): string;
  /** Formats a date (and time) per locale, in `timeZone`. */
  date(d: Date, withTime?: boolean): string;
  /** The calendar day of a moment in `timeZone`, as YYYY-MM-DD ("today" where the reader is). */
  day(d: Date): string;
  /** The same translator with dates and times shown in another time zone. */
  inZone(timeZone: string): Translator;
  /**
   * The same translator for a page of a municipality in a country (`SE`, `NO`): times in the
   * municipality's time zone, and its content marked as written in its language.
   */
  forCountry(country: string): Translator;
};

/**
 * The language, time zone and currency of each country's municipalities. The language is also
 * the text-search configuration their content is stemmed by (`db/text-search.ts`); the currency
 * is the default where a municipality has not set its own (steering settings).
 */
export const countryConventions: Record<
  string,
  { lang: Lang; timeZone: string; currency: string }
> = {
  SE: { lang: 'sv', timeZone: 'Europe/Stockholm', currency: 'SEK' },
  NO: { lang: 'nb', timeZone: 'Europe/Oslo', currency: 'NOK' },
};

/**
 * The language (and text-search configuration), time zone and currency of a country's
 * municipalities; Sweden's for a country the platform does not know, as the registry has none.
 */
export function conventionsOf(country: string): (typeof countryConventions)[string] {
  return (
    countryConventions[country] ?? (countryConventions.SE as (typeof countryConventions)[string])
  );
}

/** The time zone of pages that belong to no municipality: the page language's country's. */
const defaultZone: Record<Lang, string> = {
  sv: 'Europe/Stockholm',
  nb: 'Europe/Oslo',
  en: 'Europe/Stockholm',
};

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const pluralRules = new Map<Lang, Intl.PluralRules>();
// Compiled plural and select messages, per language and key; dictionaries never change once composed.
const compiled: Record<Lang, Map<string, CompiledMessage>> = {
  sv: new Map(),
  nb: new Map(),
  en: new Map(),
};

function numberFormat(locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  const cacheKey = options ? `${locale}:${JSON.stringify(options)}` : locale;
  let f = numberFormats.get(cacheKey);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    numberFormats.set(cacheKey, f);
  }
  return f;
}

function messageLocale(lang: Lang): MessageLocale {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(localeOf[lang]);
    pluralRules.set(lang, rules);
  }
  const r = rules;
  const f = numberFormat(localeOf[lang]);
  return { number: (n) => f.format(n), plural: (n) => r.select(n) };
}

/** A message compiled for a language, kept for the next call. */
function compiledMessage(lang: Lang, key: string, text: string): CompiledMessage {
  let fn = compiled[lang].get(key);
  if (!fn) {
    try {
      fn = compile(text, messageLocale(lang));
    } catch {
      // A malformed message shows as written rather than breaking the page; the dictionary
      // test (src/modules.test.ts) compiles every message, so none reaches a release.
      fn = () => text;
    }
    compiled[lang].set(key, fn);
  }
  return fn;
}

/**
 * A translator for one language. Plain `{name}` placeholders are filled directly (numbers
 * localised); messages with plural or select arguments are compiled once and cached.
 */
export function translator(
  lang: Lang,
  timeZone = defaultZone[lang],
  contentLang = lang,
): Translator {
  const dict = dictionaries[lang];
  const locale = localeOf[lang];
  const number = (n: number, options?: Intl.NumberFormatOptions) =>
    numberFormat(locale, options).format(n);
  const t = ((key: MessageKey, params?: Record<string, string | number>) => {
    const text = dict[key] ?? key;
    if (isComplex(text)) return compiledMessage(lang, key, text)(params);
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const v = params[name];
      if (v === undefined) return whole;
      return typeof v === 'number' ? number(v) : v;
    });
  }) as Translator;
  t.lang = lang;
  t.timeZone = timeZone;
  t.contentLang = contentLang;
  t.number = number;
  t.date = (d: Date, withTime = false) => {
    const cacheKey = `${locale}:${timeZone}:${withTime}`;
    let f = dateFormats.get(cacheKey);
    if (!f) {
      f = new Intl.DateTimeFormat(locale, {
        dateStyle: 'medium',
        ...(withTime ? { timeStyle: 'short' } : {}),
        timeZone,
      });
      dateFormats.set(cacheKey, f);
    }
    return f.format(d);
  };
  t.day = (d: Date) => dayIn(d, timeZone);
  t.inZone = (zone: string) => translator(lang, zone, contentLang);
  t.forCountry = (country: string) => {
    const c = countryConventions[country];
    return c ? translator(lang, c.timeZone, c.lang) : t;
  };
  return t;
}

const currencySymbols = new Map<string, string>();

/**
 * How the page's language writes a currency in a label or heading: "kr" for SEK in Swedish and
 * for NOK in Norwegian, "Nkr" for NOK in Swedish, "SEK" in Norwegian and English ("Budget (kr)").
 */
export function currencySymbol(t: Translator, code: string): string {
  const cacheKey = `${t.lang}:${code}`;
  let symbol = currencySymbols.get(cacheKey);
  if (symbol === undefined) {
    try {
      const parts = new Intl.NumberFormat(localeOf[t.lang], { style: 'currency', currency: code });
      symbol = parts.formatToParts(0).find((p) => p.type === 'currency')?.value ?? code;
    } catch {
      symbol = code; // not an ISO 4217 code: shown as stored
    }
    currencySymbols.set(cacheKey, symbol);
  }
  return symbol;
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
