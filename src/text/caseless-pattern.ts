/**
 * A case-insensitive pattern that V8 compiles without the `i` flag, matched against the lower-cased text.
 *
 * Compiling a `/…/i` pattern has V8 case-fold every letter of it through ICU: for the engine's long word lists that
 * was about half of all regular-expression compiling in an offline note. Matching the lower-cased pattern (the
 * source must be written in lower case) against the lower-cased text finds the same matches at the same places:
 * lower-casing keeps a string's length and puts no ASCII letter where there was none, except for two characters
 * (U+0130 'İ' becomes two, the Kelvin sign becomes 'k'), for which the `/i` pattern itself is compiled and used.
 * Captures are read back from the original text by their places (the `d` flag), so they keep their case.
 *
 * A non-global pattern does `test`, `exec`, `text.match(pattern)` and `text.replace(pattern, …)`; a global one
 * (`caseless(source, 'g')`) `text.match`, `text.matchAll` and `text.replace`, as the same `/…/gi` RegExp would.
 */
const SHIFTS_ASCII = /[\u0130\u212a]/;
const CAPTURES = /\((?!\?)|\(\?<(?![=!])/;

let lastText = '';
let lastLower = '';

function lowerCase(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastLower = text.toLowerCase();
  }
  return lastLower;
}

export class CaselessPattern {
  private lower?: RegExp;
  private folded?: RegExp;

  readonly source: string;
  readonly global: boolean;
  private all?: RegExp;

  constructor(pattern: string | RegExp, flags: '' | 'g' = '') {
    this.global = flags === 'g';
    if (typeof pattern !== 'string' && pattern.flags !== '') throw new Error(`a caseless pattern has no flags: /${pattern.source}/${pattern.flags}`);
    const source = typeof pattern === 'string' ? pattern : pattern.source;
    this.source = source;
    // An upper-case letter (outside \S \W \B \D) or a non-ASCII character would not match as the /i pattern does.
    if (/[A-Z]|[^ -~\t\n]/.test(source.replace(/\\[SWBD]/g, ''))) throw new Error(`a caseless pattern is written in lower-case ASCII: ${source.slice(0, 60)}`);
  }

  /** The flags of the `/…/i` RegExp it stands for (String.prototype.matchAll reads them). */
  get flags(): string {
    return this.global ? 'gi' : 'i';
  }

  test(text: string): boolean {
    this.refuseGlobal('test');
    if (SHIFTS_ASCII.test(text)) return this.foldedPattern().test(text);
    this.lower ??= new RegExp(this.source, CAPTURES.test(this.source) ? 'd' : '');
    return this.lower.test(lowerCase(text));
  }

  exec(text: string): RegExpExecArray | null {
    this.refuseGlobal('exec');
    return this.execOnce(text);
  }

  private execOnce(text: string): RegExpExecArray | null {
    if (SHIFTS_ASCII.test(text)) return this.foldedPattern().exec(text);
    this.lower ??= new RegExp(this.source, CAPTURES.test(this.source) ? 'd' : '');
    return restore(this.lower.exec(lowerCase(text)), text);
  }

  [Symbol.match](text: string): RegExpMatchArray | null {
    if (!this.global) return this.execOnce(text);
    const found = this.matches(text).map((m) => m[0]);
    return found.length > 0 ? (found as RegExpMatchArray) : null;
  }

  [Symbol.matchAll](text: string): IterableIterator<RegExpExecArray> {
    this.refuseGlobal('matchAll', false);
    return this.matches(text)[Symbol.iterator]();
  }

  [Symbol.replace](text: string, replacement: string | ((substring: string, ...args: unknown[]) => string)): string {
    if (SHIFTS_ASCII.test(text)) return text.replace(new RegExp(this.source, this.global ? 'gi' : 'i'), replacement as string);
    const found = this.global ? this.matches(text) : [this.execOnce(text)].filter((m) => m !== null);
    let out = '';
    let from = 0;
    for (const m of found) {
      const end = m.index + m[0].length;
      const args: unknown[] = [...m.slice(1), m.index, text];
      if (m.groups) args.push(m.groups);
      out += text.slice(from, m.index) + (typeof replacement === 'string' ? substitute(replacement, m, text) : replacement(m[0], ...args));
      from = end;
    }
    return out + text.slice(from);
  }

  /** `text.matchAll(pattern)` for a global pattern (TypeScript's String.matchAll takes only a RegExp). */
  matchAll(text: string): RegExpExecArray[] {
    this.refuseGlobal('matchAll', false);
    return this.matches(text);
  }

  /** Every match of a global pattern, as `/…/gi` finds them one after another. */
  private matches(text: string): RegExpExecArray[] {
    if (SHIFTS_ASCII.test(text)) return [...text.matchAll(new RegExp(this.source, 'gi'))];
    this.all ??= new RegExp(this.source, CAPTURES.test(this.source) ? 'gd' : 'g');
    const lower = lowerCase(text);
    const found: RegExpExecArray[] = [];
    this.all.lastIndex = 0;
    for (let m = this.all.exec(lower); m !== null; m = this.all.exec(lower)) {
      if (m[0] === '') this.all.lastIndex++;
      found.push(restore(m, text)!);
    }
    return found;
  }

  private refuseGlobal(method: string, refuse = true): void {
    if (this.global === refuse) throw new Error(`a ${refuse ? 'global' : 'non-global'} caseless pattern has no ${method}`);
  }

  private foldedPattern(): RegExp {
    return (this.folded ??= new RegExp(this.source, 'i'));
  }
}

/** A match on the lower-cased text as the same match on the original: the same places, the original's letters. */
function restore(m: RegExpExecArray | null, text: string): RegExpExecArray | null {
  if (!m) return null;
  const places = m.indices;
  const out = (places ? m.map((_, k) => (places[k] ? text.slice(places[k][0], places[k][1]) : undefined)) : [text.slice(m.index, m.index + m[0].length)]) as RegExpExecArray;
  out.index = m.index;
  out.input = text;
  let groups: Record<string, string> | undefined;
  if (places?.groups) {
    groups = {};
    for (const [name, at] of Object.entries(places.groups)) groups[name] = at ? text.slice(at[0], at[1]) : (undefined as unknown as string);
  }
  out.groups = groups;
  return out;
}

/** `$1`, `$&`, `$<name>`… in a replacement string, as String.prototype.replace reads them. */
function substitute(replacement: string, m: RegExpExecArray, text: string): string {
  const captures = m.length - 1;
  return replacement.replace(/\$(?:\$|&|`|'|(\d\d?)|<([^>]*)>)/g, (token: string, digits: string | undefined, name: string | undefined) => {
    if (token === '$$') return '$';
    if (token === '$&') return m[0];
    if (token === '$`') return text.slice(0, m.index);
    if (token === "$'") return text.slice(m.index + m[0].length);
    if (digits !== undefined) {
      const two = Number(digits);
      if (digits.length === 2 && two >= 1 && two <= captures) return m[two] ?? '';
      const one = Number(digits[0]);
      if (one >= 1 && one <= captures) return (m[one] ?? '') + digits.slice(1);
      return token;
    }
    if (m.groups === undefined) return token;
    return m.groups[name!] ?? '';
  });
}

/** `caseless(/knee|ankle/)` for `/knee|ankle/i`: see CaselessPattern. */
export function caseless(pattern: string | RegExp, flags: '' | 'g' = ''): CaselessPattern {
  return new CaselessPattern(pattern, flags);
}
