/**
 * A `/…/u` pattern written with Unicode letter classes (`\p{L}`, `\p{Lu}`, `\p{Ll}`) that runs, on a text with no
 * character past U+00FF, as the same pattern with those classes spelt out over Latin-1 and without the `u` flag.
 *
 * V8 builds such a class from ICU's tables each time it parses the pattern (when it is made and again when it first
 * runs) and compiles code for all of its ranges: the 18 letter patterns an offline note runs cost about 46 M
 * instructions, a twentieth of the note and ten times the engine's other patterns character for character, though
 * nearly every transcript is Latin-1. Over such a text both patterns find the same matches: the classes have the same
 * members there, and with no surrogate pairs to read the `u` flag changes nothing else. (Not for `i` patterns: case
 * folding differs between the two modes.) A text with any later character gets the `/…/u` pattern itself.
 */

/** The members of each class up to U+00FF (Unicode's general categories; test/unit/letter-pattern.test.ts checks). */
const LATIN_MEMBERS: Record<string, string> = {
  L: String.raw`A-Za-z\xaa\xb5\xba\xc0-\xd6\xd8-\xf6\xf8-\xff`,
  Lu: String.raw`A-Z\xc0-\xd6\xd8-\xde`,
  Ll: String.raw`a-z\xb5\xdf-\xf6\xf8-\xff`,
};
const BEYOND_LATIN = /[\u0100-\uffff]/;

export class LetterPattern {
  private latin?: RegExp;
  private unicode?: RegExp;

  constructor(readonly source: string) {}

  exec(text: string): RegExpExecArray | null {
    return this.patternFor(text).exec(text);
  }

  test(text: string): boolean {
    return this.patternFor(text).test(text);
  }

  private patternFor(text: string): RegExp {
    if (BEYOND_LATIN.test(text)) return (this.unicode ??= new RegExp(this.source, 'u'));
    return (this.latin ??= new RegExp(spellOutLetters(this.source)));
  }
}

/** `letters(String.raw\`^\p{Lu}…\`)` for `/^\p{Lu}…/u`: see LetterPattern. */
export function letters(source: string): LetterPattern {
  spellOutLetters(source); // a pattern it cannot spell out fails where it is written, not on some later text
  return new LetterPattern(source);
}

/** The source with each letter class as its Latin-1 members: a class of its own, or ranges inside a bracket. */
export function spellOutLetters(source: string): string {
  let out = '';
  let inClass = false;
  for (let at = 0; at < source.length; at++) {
    const c = source[at]!;
    if (c !== '\\') {
      if (c === '[') inClass = true;
      else if (c === ']') inClass = false;
      out += c;
      continue;
    }
    const next = source[at + 1];
    if (next === 'p' || next === 'P' || (next === 'u' && source[at + 2] === '{')) {
      const name = /^p\{(L[ul]?)\}/.exec(source.slice(at + 1))?.[1];
      if (!name) throw new Error(`a letter pattern has only \\p{L}, \\p{Lu} and \\p{Ll}: ${source.slice(at, at + 12)}`);
      out += inClass ? LATIN_MEMBERS[name] : `[${LATIN_MEMBERS[name]}]`;
      at += name.length + 3;
      continue;
    }
    out += c + (next ?? '');
    at++;
  }
  return out;
}
