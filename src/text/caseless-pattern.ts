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
 * Only what a non-global pattern does: `test`, `exec` and `text.match(pattern)`.
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

  constructor(pattern: string | RegExp) {
    if (typeof pattern !== 'string' && pattern.flags !== '') throw new Error(`a caseless pattern has no flags: /${pattern.source}/${pattern.flags}`);
    const source = typeof pattern === 'string' ? pattern : pattern.source;
    this.source = source;
    // An upper-case letter (outside \S \W \B \D) or a non-ASCII character would not match as the /i pattern does.
    if (/[A-Z]|[^ -~\t\n]/.test(source.replace(/\\[SWBD]/g, ''))) throw new Error(`a caseless pattern is written in lower-case ASCII: ${source.slice(0, 60)}`);
  }

  test(text: string): boolean {
    if (SHIFTS_ASCII.test(text)) return this.foldedPattern().test(text);
    this.lower ??= new RegExp(this.source, CAPTURES.test(this.source) ? 'd' : '');
    return this.lower.test(lowerCase(text));
  }

  exec(text: string): RegExpExecArray | null {
    if (SHIFTS_ASCII.test(text)) return this.foldedPattern().exec(text);
    this.lower ??= new RegExp(this.source, CAPTURES.test(this.source) ? 'd' : '');
    const m = this.lower.exec(lowerCase(text));
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

  [Symbol.match](text: string): RegExpMatchArray | null {
    return this.exec(text);
  }

  private foldedPattern(): RegExp {
    return (this.folded ??= new RegExp(this.source, 'i'));
  }
}

/** `caseless(/knee|ankle/)` for `/knee|ankle/i`: see CaselessPattern. */
export function caseless(pattern: string | RegExp): CaselessPattern {
  return new CaselessPattern(pattern);
}
