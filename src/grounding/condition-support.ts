/**
 * How a transcript supports a condition: said other than in a denial, an everyday word for it said with a word of
 * trouble or treatment, or the content words of a phrase outside the lexicon said in any form.
 */
import { distance } from 'fastest-levenshtein';
import { saysWordStart, saysWordsTogether, stemToken, type WordIndex } from './word-index.js';

const DENYING = new Set(['no', 'not', 'never', 'deny', 'denie', 'denies', 'denied', 'without', 'negative', 'nil', 'none']);

/** Relatives: a condition said of one ("my mother has hypothyroidism") is not the patient's. */
const RELATIVES = new Set(['mom', 'mum', 'mother', 'dad', 'father', 'brother', 'sister', 'grandmother', 'grandfather', 'grandma', 'grandpa', 'granny', 'aunt', 'uncle', 'cousin', 'parent', 'sibling', 'family', 'husband', 'wife', 'son', 'daughter', 'nan', 'nana'].map(stemToken));
const RELATIVE_REACH = 12;
/** Words that bring the patient back in between a relative and the condition ("my dad has it and so do i"). */
const SELF_WORDS = new Set(['i', 'me', 'my', 'you', 'your', 'myself', 'yourself', 'also', 'too', 'both']);

/** Words that make a relative the one spoken to ("please tell mum this is …", "explain to dad"), not the one who has it. */
const ADDRESSING = new Set(['tell', 'ask', 'let', 'explain', 'inform', 'reassure', 'remind', 'show', 'advise', 'warn'].map(stemToken));

const ADDRESS_FILLERS = new Set(['to', 'the', 'your', 'his', 'her', 'their', 'baby', 'child', 'please'].map(stemToken));

/** Words a line may open with before a relative is called by name ("So Mum, this is bronchiolitis"). */
const LINE_OPENERS = new Set(['so', 'okay', 'ok', 'right', 'well', 'now', 'and', 'listen', 'look', 'yes', 'yeah', 'oh'].map(stemToken));
/** What follows a relative called by name: what is said to them, not of them. */
const SAID_TO = new Set(['this', 'that', 'it', 'it\'s', 'its', 'you', 'your', 'we', 'i', 'the', 'there'].map(stemToken));

/**
 * A relative the clinician addresses, directly or through an interpreter: "tell mum", "explain to his mother", or
 * called by name as the line opens ("So Mum, this is bronchiolitis").
 */
function isAddressed(before: readonly string[], at: number): boolean {
  const lead = before.slice(Math.max(0, at - 3), at).filter((t) => !ADDRESS_FILLERS.has(t));
  if (ADDRESSING.has(lead[lead.length - 1] ?? '')) return true;
  return before.slice(0, at).every((t) => t === '' || LINE_OPENERS.has(t)) && SAID_TO.has(before[at + 1] ?? '');
}

/** Said of a relative: a relative named shortly before it in the line, and no word of the patient's own in between. */
function isSaidOfRelative(before: readonly string[]): boolean {
  // "your family doctor diagnosed diabetes" is the patient's doctor, not a relative.
  const at = before.map((t, i) => RELATIVES.has(t) && !/^(?:doctor|physician|practi|gp|medicin)/.test(before[i + 1] ?? '') && !isAddressed(before, i)).lastIndexOf(true);
  return at >= 0 && before.length - at <= RELATIVE_REACH && !before.slice(at + 1).some((t) => SELF_WORDS.has(t));
}

/**
 * True when the transcript says the phrase other than in a denial: "I don't have diabetes", "never had asthma" and
 * "do you have any diabetes ? — no" do not support a note's diabetes or asthma, nor does a relative's condition ("for
 * family history , there's thyroid disease", "my dad had a stroke"); a phrase said only in scattered words is taken
 * as said.
 */
/**
 * A long condition word said with one letter wrong, as speech recognition spells it ("condromalacia" for
 * chondromalacia). One letter only, with the first letter and the ending the same: "hypothyroidism" and
 * "hyperthyroidism" (two letters apart) stay different conditions.
 */
export function saysNearly(index: WordIndex, stems: readonly string[]): boolean {
  if (stems.length !== 1) return false;
  const word = stems[0] as string;
  if (word.length < 9) return false;
  for (const said of index.words) {
    if (Math.abs(said.length - word.length) <= 1 && said[0] === word[0] && said.slice(-4) === word.slice(-4) && distance(said, word) === 1) return true;
  }
  return false;
}

/**
 * `ofRelative`: the note's statement is itself about a relative ("the caller's mum is having a stroke", said to a
 * daughter calling about her mother), so the transcript saying it of that relative supports it.
 */
export function saysAffirmed(index: WordIndex, stems: readonly string[], ofRelative = false): boolean {
  if (!saysWordsTogether(index, stems)) return false;
  return !isSaidOnlyAsDenied(index, stems, (inLine) => inLine.slice(-3).some((t) => DENYING.has(t) || t.endsWith("n't")), ofRelative);
}

/** True when a statement names a relative ("her mother", "the caller's mum", "FHx: father"). */
export function namesRelative(statement: string): boolean {
  return statement.toLowerCase().split(/[^a-z]+/).some((w) => w && RELATIVES.has(stemToken(w)));
}

/** Every time the phrase is said word for word, it is denied, asked and answered "no", or a relative's. */
function isSaidOnlyAsDenied(index: WordIndex, stems: readonly string[], isDenial: (inLine: readonly string[]) => boolean, ofRelative = false): boolean {
  const phrase = ` ${stems.join(' ')} `;
  let at = index.joined.indexOf(phrase);
  if (at < 0) return false;
  for (; at >= 0; at = index.joined.indexOf(phrase, at + 1)) {
    const before = index.joined.slice(Math.max(0, at - 200), at).split(' ');
    const inLine = before.slice(before.lastIndexOf('|') + 1);
    if (isDenial(inLine) || (!ofRelative && isSaidOfRelative(inLine)) || isScaleName(index.joined, stems, at + phrase.length)) continue;
    if (index.deniedLines.size > 0 && index.deniedLines.has(countLinesBefore(index.joined, at))) continue;
    return false;
  }
  return true;
}

/** Short names of questionnaires, some also a condition's shorthand ("GAD"), said with their item count. */
const SCALE_NAMES = new Set(['gad', 'phq', 'pcl', 'epds', 'audit', 'mmse', 'moca', 'asrs']);

/** "your GAD-7 is 8", "the PHQ 9 today": a questionnaire's name with its number is not the condition. */
function isScaleName(joined: string, stems: readonly string[], after: number): boolean {
  return stems.length === 1 && SCALE_NAMES.has(stems[0] as string) && /^\d+ /.test(joined.slice(after));
}

function countLinesBefore(joined: string, at: number): number {
  let n = 0;
  for (let k = joined.indexOf('|'); k >= 0 && k < at; k = joined.indexOf('|', k + 1)) n += 1;
  return n;
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
  // "for family history , high blood pressure and thyroid disease": the everyday word said only of a relative, or
  // only in a question answered "no", is not the patient's.
  if (isSaidOnlyAsDenied(index, hint, () => false)) return false;
  return TROUBLE_WORDS.some((word) => saysWordsTogether(index, [...hint, word], 5)) || saysTroubleAfterLinks(index, hint);
}

/** Words between an everyday word and its trouble that carry no content of their own, so they do not count as distance. */
const LINKING_WORDS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'still', 'not', 'well', 'very', 'really', 'quite', 'a', 'bit', 'little', 'so', 'now', 'just', 'yet'].map(stemToken));
const TROUBLE_REACH = 4;

/**
 * "your blood pressure is still not well controlled on the current dose": the trouble word follows the everyday word
 * past a run of linking words ("is still not well"), which the plain window counts as distance.
 */
function saysTroubleAfterLinks(index: WordIndex, hint: readonly string[]): boolean {
  const tokens = index.joined.split(' ');
  for (let i = 0; i + hint.length <= tokens.length; i += 1) {
    if (!hint.every((h, j) => tokens[i + j] === h)) continue;
    let content = 0;
    for (let k = i + hint.length; k < tokens.length && tokens[k] !== '|' && content < TROUBLE_REACH; k += 1) {
      const token = tokens[k] as string;
      if (TROUBLE_WORDS.some((w) => token === w || (w.length >= 5 && token.startsWith(w)))) return true;
      if (!LINKING_WORDS.has(token)) content += 1;
    }
  }
  return false;
}
