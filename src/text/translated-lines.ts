/**
 * A transcript of a visit held partly in another language, as certified translators and interpreters' services write
 * it: each foreign utterance as spoken, then its translation on the line below, in brackets or after a word that says
 * so ("  [Well, better, but…]", "  (Translation: …)", "  EN: …"). The translation is what the note is written from:
 * it is read in place of the foreign words, under the same speaker, and its own line is blanked, so line numbers
 * still point into the file as given. Only where the text shows the layout at least twice, and only under a line
 * that reads as another language than its translation (letters English does not use, or fewer English words).
 */
import { splitLabel } from './speaker-labels.js';

const BRACKETED = /^\s*[[(]\s*(?:(?:english|translation|translated|eng|en|trans)\s*[:\-–—]\s*)?([^\])]+?)\s*[\])]\s*$/i;
const NAMED = /^\s*(?:english|translation|translated|eng|en|trans|interpreted)\s*[:\-–—]\s*(\S.*)$/i;
const FOREIGN_LETTERS = /[¿¡ñáéíóúüàèìòùâêîôûçãõäößąęłńśźżčřšžğışœæøå]/i;
const ENGLISH = new Set(`the a an and or but of to in on at for with is are was were be been have has had do does did i you he she it we they my your
his her our their me him us them this that what how when where why yes no not can will would could should there here about
from by as if so just very all some any one two three more much now then well okay ok`.split(/\s+/));

function englishShare(text: string): number {
  const words = text.toLowerCase().match(/\p{L}+(?:'\p{L}+)?/gu) ?? [];
  return words.length === 0 ? 0 : words.filter((w) => ENGLISH.has(w)).length / words.length;
}

/** The translation a line gives of the one above it, or undefined. */
function readTranslation(line: string): string | undefined {
  const m = NAMED.exec(line) ?? BRACKETED.exec(line);
  const words = m?.[1]!.trim();
  return words && words.split(/\s+/).length >= 2 ? words : undefined;
}

/** Whether `foreign` reads as another language than `english`. */
function readsForeign(foreign: string, english: string): boolean {
  if (FOREIGN_LETTERS.test(foreign) && !FOREIGN_LETTERS.test(english)) return true;
  return englishShare(foreign) + 0.1 < englishShare(english);
}

export function unfoldTranslatedLines(given: readonly string[]): string[] {
  const pairs: [number, number, string][] = [];
  for (let i = 1; i < given.length; i++) {
    const translation = readTranslation(given[i]!);
    if (translation === undefined) continue;
    let k = i - 1;
    while (k > 0 && given[k]!.trim() === '' && i - k <= 2) k--;
    const above = splitLabel(given[k]!, 0);
    if (above.label === undefined || above.text === '' || !readsForeign(above.text, translation)) continue;
    pairs.push([k, i, `${given[k]!.slice(0, given[k]!.length - given[k]!.trimStart().length)}${above.label}: ${translation}`]);
  }
  if (pairs.length < 2) return [...given];
  const lines = [...given];
  for (const [k, i, replaced] of pairs) {
    lines[k] = replaced;
    lines[i] = '';
  }
  return lines;
}
