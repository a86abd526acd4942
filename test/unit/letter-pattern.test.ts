import { describe, expect, it } from 'vitest';
import { letters, spellOutLetters } from '../../src/text/letter-pattern.js';

const LATIN = Array.from({ length: 256 }, (_, code) => String.fromCharCode(code));

describe('letter patterns', () => {
  it.each(['L', 'Lu', 'Ll'])('spells \\p{%s} out with the same members over Latin-1, alone and in a class', (name) => {
    const unicode = new RegExp(String.raw`^\p{${name}}$`, 'u');
    const alone = new RegExp(spellOutLetters(String.raw`^\p{${name}}$`));
    const inClass = new RegExp(spellOutLetters(String.raw`^[\p{${name}}]$`));
    const negated = new RegExp(spellOutLetters(String.raw`^[^\p{${name}}]$`));
    for (const c of LATIN) {
      expect([alone.test(c), inClass.test(c), negated.test(c)]).toEqual([unicode.test(c), unicode.test(c), !unicode.test(c)]);
    }
  });

  it('finds what the /u pattern finds, on Latin-1 text and beyond it', () => {
    const source = String.raw`^\s*\[(\p{L}[\p{L}0-9 .,'’_()-]{0,40}?)\]\s*(\p{Lu}\p{Ll}+)?\s*$`;
    const pattern = letters(source);
    const unicode = new RegExp(source, 'u');
    for (const text of ['[Jess Tran, RD] Ángela', '[José Núñez]', '[Zoë’s]', '[Łukasz Żak] Ōta', '[Dr 😀] Bob', '[] x', 'no label']) {
      expect(pattern.exec(text)).toEqual(unicode.exec(text));
      expect(pattern.test(text)).toBe(unicode.test(text));
    }
  });

  it('refuses a property it cannot spell out, where the pattern is written', () => {
    expect(() => letters(String.raw`^\p{N}+$`)).toThrow(/only/);
    expect(() => letters(String.raw`^\u{1F600}$`)).toThrow(/only/);
  });
});
