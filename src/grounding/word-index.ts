/**
 * The words a transcript (and the clinical context) says, for "does it ever say X" look-ups: phrases compared word by
 * word after a light stemming, and word beginnings for terms a note inflects differently ("cirrhotic" / "cirrhosis").
 */
import { readAnswer } from './answer-reading.js';
import { splitTokens, stemWord } from './tokenize.js';
import { findReply, type TranscriptModel } from './transcript-model.js';

export interface WordIndex {
  /** Stemmed tokens joined by single spaces, with a space at each end and "|" between lines. */
  joined: string;
  words: ReadonlySet<string>;
  /** For each stemmed word, the lines it is said on. */
  lines: ReadonlyMap<string, number[]>;
  /** Positions (in `joined`, counted by "|") of the clinician's question lines the other speaker answered "no". */
  deniedLines: ReadonlySet<number>;
}

/** The clinician's lines that only ask, answered "no": "do you have any diabetes or rheumatoid arthritis ? — no". */
const ACKNOWLEDGEMENTS = new Set(['ok', 'okay', 'right', 'alright', 'all', 'fine', 'good', 'great', 'yeah', 'yes', 'mm', 'mhm', 'sure', 'and', 'so', 'um', 'uh', ',', '.', '!', 'thank', 'thanks', 'you']);

function findDeniedQuestions(model: TranscriptModel): Set<number> {
  const denied = new Set<number>();
  model.lines.forEach((line, ordinal) => {
    if (line.role !== 'clinician') return;
    // "OK. And, any problems with your stomach, or asthma?": an acknowledgement before the question asks nothing.
    const clauses = model.clauses.filter((c) => c.line === line.line && c.role === line.role && c.turn === line.turn);
    while (clauses.length > 1 && clauses[0]!.tokens.every((t) => ACKNOWLEDGEMENTS.has(t))) clauses.shift();
    const last = clauses[clauses.length - 1];
    // A long dictation read as a question for its "any" ("i don't see any rash …") asks nothing.
    if (!last || !clauses.every((c) => c.question) || !(last.explicitQuestion || line.tokens.length <= 30)) return;
    const reply = findReply(model, last);
    if (reply && readAnswer(reply.tokens) === 'no') denied.add(ordinal);
  });
  return denied;
}

/** Stems already made: every transcript and note token is stemmed, often several times by different checks. */
const STEMS = new Map<string, string>();
const STEMS_KEPT = 50_000;

/** Stems a word the same way on both sides: plural, possessive, "-ing" / "-ed" and British spellings. */
export function stemToken(token: string): string {
  let stem = STEMS.get(token);
  if (stem === undefined) {
    if (STEMS.size >= STEMS_KEPT) STEMS.clear();
    stem = stemFresh(token);
    STEMS.set(token, stem);
  }
  return stem;
}

function stemFresh(token: string): string {
  // British spellings ("oedema", "haematuria") meet American ones; short words ("toe", "doe") keep theirs.
  const bare = token.replace(/'s$/, '');
  if (bare === 'does' || bare === 'goes') return bare.slice(0, 2);
  const word = stemWord(bare.length >= 5 ? bare.replace(/oe/g, 'e').replace(/ae/g, 'e') : bare);
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 5 && word.endsWith('ed')) return word.slice(0, -2);
  return word;
}

export function stemPhrase(phrase: string): string[] {
  return splitTokens(phrase).filter((t) => /[a-z0-9]/.test(t)).map(stemToken);
}

export function buildWordIndex(model: TranscriptModel): WordIndex {
  const parts: string[] = [];
  const lines = new Map<string, number[]>();
  for (const line of model.lines) {
    const stems = line.tokens.filter((t) => /[a-z0-9]/.test(t)).map(stemToken);
    parts.push(stems.join(' '));
    for (const s of stems) {
      const list = lines.get(s) ?? [];
      if (list[list.length - 1] !== line.line) list.push(line.line);
      lines.set(s, list);
    }
  }
  return { joined: ` ${parts.join(' | ')} `, words: new Set(lines.keys()), lines, deniedLines: findDeniedQuestions(model) };
}

/** True when the transcript says the phrase, word for word after stemming. */
export function saysPhrase(index: WordIndex, stems: readonly string[]): boolean {
  return stems.length > 0 && index.joined.includes(` ${stems.join(' ')} `);
}

/** Words that say "pain" in conversation. */
const PAIN_WORDS = ['pain', 'hurt', 'hurts', 'ache', 'aches', 'ach', 'sore', 'discomfort', 'painful', 'tender'];

function wordMatches(said: string, wanted: string): boolean {
  if (wanted === 'pain') return PAIN_WORDS.includes(said);
  return said === wanted || (wanted.length >= 5 && said.length >= 5 && said.slice(0, 5) === wanted.slice(0, 5));
}

/**
 * True when every word of a phrase is said within a few words of the others, in any order and any form ("infection in
 * the urine" for "urine infection", "pain on the right side of my abdomen" for "abdominal pain").
 */
export function saysWordsTogether(index: WordIndex, stems: readonly string[], window = 8): boolean {
  if (stems.length === 0) return false;
  if (saysPhrase(index, stems)) return true;
  if (stems.length === 1) return false;
  const tokens = index.joined.split(' ');
  for (let i = 0; i < tokens.length; i += 1) {
    if (!wordMatches(tokens[i] as string, stems[0] as string)) continue;
    const near = tokens.slice(Math.max(0, i - window), i + window + 1);
    if (near.includes('|')) {
      const from = Math.max(0, i - window);
      const left = near.slice(0, i - from).lastIndexOf('|');
      const right = near.indexOf('|', i - from);
      const within = near.slice(left + 1, right < 0 ? undefined : right);
      if (stems.slice(1).every((s) => within.some((t) => wordMatches(t, s)))) return true;
    } else if (stems.slice(1).every((s) => near.some((t) => wordMatches(t, s)))) return true;
  }
  return false;
}

/** The lines on which the phrase's words are said (each word of it counts). */
export function linesSaying(index: WordIndex, stems: readonly string[]): number[] {
  return stems.flatMap((s) => index.lines.get(s) ?? []);
}

/** True when some transcript word starts with the same `length` letters ("arthriti…" for "arthritis"/"arthritic"). */
export function saysWordStart(index: WordIndex, word: string, length: number): boolean {
  if (word.length < length) return index.words.has(word);
  const start = word.slice(0, length);
  for (const w of index.words) if (w.startsWith(start)) return true;
  return false;
}
