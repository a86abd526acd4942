/**
 * Named things a note writes one way and a conversation says another ("MRI" / "m r i" / "magnetic resonance",
 * "cardiology" / "heart specialist"), for the checks that ask whether the transcript ever names what the note does:
 * plan items, relatives, social history, related diagnoses.
 */
import { stemPhrase, saysPhrase, type WordIndex } from './word-index.js';

export interface NamedTerm {
  /** How the finding names it. */
  name: string;
  /** How a note writes it. */
  written: RegExp;
  /** How a conversation says it: phrases compared after stemming; a form ending in "*" is a word beginning. */
  said: readonly string[];
}

export interface WrittenTerm {
  term: NamedTerm;
  phrase: string;
  at: number;
}

/** True when the transcript says any of the forms. */
export function saysAnyForm(index: WordIndex, forms: readonly string[]): boolean {
  return forms.some((form) => {
    if (form.endsWith('*')) {
      // Stems spell "oe" and "ae" as "e" ("gastroenterologist" is kept as "gastrenterologist"), so a beginning must too.
      const start = form.slice(0, -1).toLowerCase().replace(/oe|ae/g, 'e');
      for (const w of index.words) if (w.startsWith(start)) return true;
      return false;
    }
    return saysPhrase(index, stemPhrase(form));
  });
}

/** Every term of the list the statement writes, first match of each, in order. */
export function findWrittenTerms(statement: string, terms: readonly NamedTerm[]): WrittenTerm[] {
  const found: WrittenTerm[] = [];
  for (const term of terms) {
    const m = term.written.exec(statement);
    if (m) found.push({ term, phrase: m[0], at: m.index });
  }
  return found.sort((a, b) => a.at - b.at);
}

/** A denial earlier in the clause: "no need for an MRI", "denies cannabis", "not referred to cardiology". */
const DENIED_BEFORE_RE = /\b(?:no|not|never|nil|none|denies|denied|deny|without|negative|declined?|declines|refused|ruled out|r\/o|rather than|instead of|avoid\w*|n't)\b[^.;:,]*$/i;

export function isDeniedBefore(statement: string, at: number): boolean {
  return DENIED_BEFORE_RE.test(statement.slice(Math.max(0, at - 60), at));
}
