import { describe, expect, it } from 'vitest';
import { CaselessPattern } from '../../src/text/caseless-pattern.js';

const SOURCES = [
  String.raw`\b(?:knee|ankle|blood pressure)\b`,
  String.raw`^(?:so,?\s+)?(?:your|the) ([a-z]+) (?<verb>is|are)\b`,
  String.raw`\b(\w+)(?:itis|osis)\b|\bno (pain)?\b`,
  String.raw`[^a-z\s]+\S*`,
];
const TEXTS = [
  'The KNEE is swollen',
  'So, Your Ankle IS fine; no pain.',
  'no Blood Pressure reading',
  'Tendinitis, ARTHRITIS and Bursitis',
  'café — naïve résumé ÉTÉ, your Knee are',
  'İstanbul KNEE', // lower-casing changes its length: the /i pattern answers
  'the \u212Aelvin knee is', // lower-casing makes the Kelvin sign an ASCII k
  '',
];

describe('CaselessPattern', () => {
  it('finds what the /i pattern finds, with the captures in their original case', () => {
    for (const source of SOURCES) {
      const caseless = new CaselessPattern(source);
      const folded = new RegExp(source, 'i');
      for (const text of TEXTS) {
        expect(caseless.test(text), `${source} on ${text}`).toBe(folded.test(text));
        const a = caseless.exec(text);
        const b = folded.exec(text);
        expect(a === null ? null : [...a], `${source} on ${text}`).toEqual(b === null ? null : [...b]);
        if (a && b) {
          expect(a.index).toBe(b.index);
          expect(a.input).toBe(text);
          expect(a.groups).toEqual(b.groups);
        }
        expect(text.match(caseless)?.[0]).toBe(text.match(folded)?.[0]);
      }
    }
  });

  it('matches, replaces and iterates as the /gi pattern does, captures and all', () => {
    for (const source of [...SOURCES, '', String.raw`(?<unit>mg|ml)?`]) {
      const caseless = new CaselessPattern(source, 'g');
      const folded = new RegExp(source, 'gi');
      const once = new CaselessPattern(source);
      const foldedOnce = new RegExp(source, 'i');
      for (const text of TEXTS) {
        expect(text.match(caseless), `${source} on ${text}`).toEqual(text.match(folded));
        expect(caseless.matchAll(text).map((m) => [[...m], m.index, m.groups])).toEqual([...text.matchAll(folded)].map((m) => [[...m], m.index, m.groups]));
        expect([...text.matchAll(caseless as unknown as RegExp)].map((m) => [[...m], m.index, m.groups])).toEqual([...text.matchAll(folded)].map((m) => [[...m], m.index, m.groups]));
        for (const replacement of ['<$&|$1|$2|$<verb>|$$|$`|$\'|$9|$10>', '[$01]']) {
          expect(text.replace(caseless, replacement), `${source} on ${text} with ${replacement}`).toBe(text.replace(folded, replacement));
          expect(text.replace(once, replacement)).toBe(text.replace(foldedOnce, replacement));
        }
        const show = (...args: unknown[]): string => JSON.stringify(args);
        expect(text.replace(caseless, show)).toBe(text.replace(folded, show));
        expect(text.replace(once, show)).toBe(text.replace(foldedOnce, show));
      }
    }
  });

  it('refuses a source with an upper-case letter, which the lower-cased text would never match', () => {
    expect(() => new CaselessPattern('[A-Z][a-z]+')).toThrow(/lower-case ASCII/);
    expect(new CaselessPattern(String.raw`\S+\W\B\D`).test('ab-c')).toBe(false);
  });
});
