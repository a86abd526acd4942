/**
 * How a transcript supports a condition: said other than in a denial, an everyday word for it said with a word of
 * trouble or treatment, or the content words of a phrase outside the lexicon said in any form.
 */
import { saysWordStart, saysWordsTogether, stemToken, type WordIndex } from './word-index.js';

const DENYING = new Set(['no', 'not', 'never', 'deny', 'denie', 'denies', 'denied', 'without', 'negative', 'nil', 'none']);

/**
 * True when the transcript says the phrase other than in a denial: "I don't have diabetes" and "never had
 * asthma" do not support a note's diabetes or asthma; a phrase said only in scattered words is taken as said.
 */
export function saysAffirmed(index: WordIndex, stems: readonly string[]): boolean {
  if (!saysWordsTogether(index, stems)) return false;
  const phrase = ` ${stems.join(' ')} `;
  let at = index.joined.indexOf(phrase);
  if (at < 0) return true;
  for (; at >= 0; at = index.joined.indexOf(phrase, at + 1)) {
    const before = index.joined.slice(Math.max(0, at - 200), at).split(' ');
    const lineStart = before.lastIndexOf('|');
    const lead = before.slice(Math.max(lineStart + 1, before.length - 3));
    if (!lead.some((t) => DENYING.has(t) || t.endsWith("n't"))) return true;
  }
  return false;
}

/** Words that, near an everyday word ("blood pressure", "sugar"), make it about the condition. */
const TROUBLE_WORDS: readonly string[] = [
  'high', 'higher', 'elevat', 'raised', 'up', 'borderline', 'problem', 'issue', 'medication', 'medicine', 'med', 'pill',
  'tablet', 'control', 'manag', 'diagnos', 'history', 'treat', 'low', 'abnormal', 'bad', 'too', 'heavy', 'struggl',
].map(stemToken);

export function isWordSaid(index: WordIndex, word: string): boolean {
  const stem = stemToken(word);
  if (index.words.has(stem)) return true;
  // "cirrhotic" for cirrhosis, "arthritic" for arthritis; "arthritis" for osteoarthritis.
  if (saysWordStart(index, stem, Math.max(6, stem.length - 3))) return true;
  for (const w of index.words) if (w.length >= 6 && stem.endsWith(w)) return true;
  return false;
}


/** True when an everyday word for a condition ("blood pressure") is said with a word of trouble or treatment near it. */
export function saysWithTrouble(index: WordIndex, hint: readonly string[]): boolean {
  return TROUBLE_WORDS.some((word) => saysWordsTogether(index, [...hint, word], 5));
}
