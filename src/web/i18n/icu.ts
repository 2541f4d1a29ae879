/**
 * The part of ICU MessageFormat that the dictionaries use: `{name}` placeholders, and `plural`
 * and `select` arguments with `#` for the localised number, e.g.
 * `{count, plural, =0 {Inga kommuner} one {# kommun} other {# kommuner}}`.
 *
 * A message is compiled once into a function and kept by the translator. Plural categories come
 * from `Intl.PluralRules` of the locale, numbers from `Intl.NumberFormat`. Apostrophe quoting is
 * not supported (and not needed: no message writes a literal brace), so an apostrophe is text.
 */

/** One piece of a compiled message. */
type Part =
  | { kind: 'text'; text: string }
  | { kind: 'arg'; name: string }
  | { kind: 'pound' }
  | { kind: 'plural'; name: string; offset: number; options: Map<string, Part[]> }
  | { kind: 'select'; name: string; options: Map<string, Part[]> };

export type MessageParams = Readonly<Record<string, string | number>>;
/** A compiled message: params in, text out. */
export type CompiledMessage = (params: MessageParams | undefined) => string;
/** How a compiled message formats numbers and picks plural categories in its locale. */
export type MessageLocale = {
  number: (n: number) => string;
  plural: (n: number) => Intl.LDMLPluralRule;
};

const identifier = /^[A-Za-z_]\w*$/;

class Parser {
  private i = 0;
  constructor(private readonly s: string) {}

  /** The message up to an unmatched `}` (inside an option) or the end (top level). */
  parseMessage(inPlural: boolean, nested: boolean): Part[] {
    const parts: Part[] = [];
    let text = '';
    const flush = () => {
      if (text) parts.push({ kind: 'text', text });
      text = '';
    };
    while (this.i < this.s.length) {
      const ch = this.s[this.i];
      if (ch === '}') {
        if (!nested) this.fail('an unmatched }');
        break;
      }
      if (ch === '{') {
        flush();
        parts.push(this.parseArgument(inPlural));
        continue;
      }
      if (ch === '#' && inPlural) {
        flush();
        parts.push({ kind: 'pound' });
        this.i++;
        continue;
      }
      text += ch;
      this.i++;
    }
    if (nested && this.s[this.i] !== '}') this.fail('a missing }');
    flush();
    return parts;
  }

  private parseArgument(inPlural: boolean): Part {
    this.i++; // {
    const name = this.word();
    if (!identifier.test(name)) this.fail(`an argument name "${name}"`);
    this.space();
    if (this.s[this.i] === '}') {
      this.i++;
      return { kind: 'arg', name };
    }
    this.expect(',');
    const type = this.word();
    if (type !== 'plural' && type !== 'select') this.fail(`an argument type "${type}"`);
    this.expect(',');
    return type === 'plural'
      ? this.parseOptions(name, true)
      : this.parseOptions(name, false, inPlural);
  }

  private parseOptions(name: string, plural: boolean, inPlural = false): Part {
    let offset = 0;
    const options = new Map<string, Part[]>();
    this.space();
    if (plural && this.s.startsWith('offset:', this.i)) {
      this.i += 'offset:'.length;
      offset = Number(this.word());
      if (!Number.isInteger(offset)) this.fail('an offset');
    }
    for (;;) {
      this.space();
      if (this.i >= this.s.length) this.fail('a missing }');
      if (this.s[this.i] === '}') break;
      const selector = this.word();
      if (!selector || (plural && !/^(=\d+|zero|one|two|few|many|other)$/.test(selector))) {
        this.fail(`a selector "${selector}"`);
      }
      if (options.has(selector)) this.fail(`a repeated selector "${selector}"`);
      this.space();
      this.expect('{', false);
      options.set(selector, this.parseMessage(plural || inPlural, true));
      this.i++; // }
    }
    this.i++; // }
    if (!options.has('other')) this.fail('a missing "other" option');
    return plural ? { kind: 'plural', name, offset, options } : { kind: 'select', name, options };
  }

  private word(): string {
    this.space();
    const start = this.i;
    while (this.i < this.s.length && !/[\s,{}]/.test(this.s[this.i] ?? '')) this.i++;
    return this.s.slice(start, this.i);
  }

  private space() {
    while (/\s/.test(this.s[this.i] ?? '')) this.i++;
  }

  private expect(ch: string, skipSpace = true) {
    if (skipSpace) this.space();
    if (this.s[this.i] !== ch) this.fail(`"${this.s[this.i] ?? 'the end'}" where "${ch}" belongs`);
    this.i++;
  }

  private fail(what: string): never {
    throw new SyntaxError(`Message has ${what} at ${this.i}: ${this.s}`);
  }
}

/** Parses a message; throws a SyntaxError naming the flaw for a malformed one. */
function parse(message: string): Part[] {
  return new Parser(message).parseMessage(false, false);
}

/** Whether a message needs the full formatter (a plural or select), not just `{name}` filling. */
export function isComplex(message: string): boolean {
  return /\{\s*\w+\s*,/.test(message);
}

/** The argument names a message uses, sorted and each once (plural and select arguments too). */
export function argumentNames(message: string): string[] {
  const names = new Set<string>();
  const walk = (parts: Part[]) => {
    for (const p of parts) {
      if (p.kind === 'arg') names.add(p.name);
      if (p.kind === 'plural' || p.kind === 'select') {
        names.add(p.name);
        for (const option of p.options.values()) walk(option);
      }
    }
  };
  walk(parse(message));
  return [...names].sort();
}

/** The plural categories a message's plural arguments use (`=N` selectors left out). */
export function pluralCategories(message: string): string[] {
  const found = new Set<string>();
  const walk = (parts: Part[]) => {
    for (const p of parts) {
      if (p.kind !== 'plural' && p.kind !== 'select') continue;
      for (const [selector, option] of p.options) {
        if (p.kind === 'plural' && !selector.startsWith('=')) found.add(selector);
        walk(option);
      }
    }
  };
  walk(parse(message));
  return [...found].sort();
}

/**
 * Compiles a message once for a locale. A missing argument is left as `{name}` in the text, as
 * the plain placeholder filling does; a plural whose argument is not a number takes `other`.
 */
export function compile(message: string, locale: MessageLocale): CompiledMessage {
  const parts = parse(message);
  const render = (ps: Part[], params: MessageParams | undefined, count: number | undefined) => {
    let out = '';
    for (const p of ps) {
      switch (p.kind) {
        case 'text':
          out += p.text;
          break;
        case 'pound':
          out += count === undefined ? '#' : locale.number(count);
          break;
        case 'arg': {
          const v = params?.[p.name];
          out += v === undefined ? `{${p.name}}` : typeof v === 'number' ? locale.number(v) : v;
          break;
        }
        case 'plural': {
          const raw = params?.[p.name];
          const n = typeof raw === 'number' ? raw : Number(raw);
          const option = Number.isFinite(n)
            ? (p.options.get(`=${n}`) ?? p.options.get(locale.plural(n - p.offset)))
            : undefined;
          const value = Number.isFinite(n) ? n - p.offset : undefined;
          out += render(option ?? p.options.get('other') ?? [], params, value);
          break;
        }
        case 'select': {
          const v = params?.[p.name];
          const option = (v !== undefined && p.options.get(String(v))) || p.options.get('other');
          out += render(option ?? [], params, count);
          break;
        }
      }
    }
    return out;
  };
  return (params) => render(parts, params, undefined);
}
