/**
 * A test's result the note turns over: "anti-CCP negative" where the doctor said "your rheumatoid factor and anti-CCP
 * were both positive". Judged only where the conversation gives the test's name a result word shortly after it, and
 * never the note's.
 */
import { normaliseTokens } from './tokenize.js';
import type { TranscriptModel } from './transcript-model.js';

const RESULT_WORDS: Readonly<Record<string, 'positive' | 'negative'>> = { positive: 'positive', '+ve': 'positive', negative: 'negative', '-ve': 'negative' };
/** A test named just before its result: "anti-CCP negative", "strep test positive", "COVID: negative". */
const NOTE_RESULT_RE = /\b(?:([a-z][a-z0-9]{2,20}) )?([a-z][a-z0-9-]{1,20})(?: (?:test|screen|swab|antibod(?:y|ies)))?\s*:?\s+(positive|negative|\+ve|-ve)\b/gi;
/** Words that name no test of their own. */
const UNTELLING = new Set(['test', 'tests', 'result', 'results', 'screen', 'was', 'were', 'is', 'are', 'both', 'and', 'all', 'came', 'back', 'not', 'sero', 'diagnosis', 'false', 'weakly', 'strongly']);
/** Words before a test's name that do not say which test: "RF and anti-CCP positive", "was negative". */
const QUALIFIER_WORDS = new Set(['and', 'or', 'the', 'both', 'all', 'was', 'were', 'is', 'are', 'with', 'also', 'still', 'now', 'remains', 'her', 'his', 'their', 'rf', 'ccp', 'anti']);
const TEST_WORDS = new Set(['test', 'screen', 'swab', 'sign']);
const FLIPPED: Readonly<Record<string, string>> = { positive: 'negative', negative: 'positive' };

/** How far after a test's name its result is said, within the clause: "anti-CCP were both positive". */
const RESULT_REACH = 6;
const CLAUSE_BREAKS = new Set([',', '.', ';', '?', 'but', 'whereas']);

/** Where a list of tests follows its result: "it's positive for leukocytes and nitrites", "negative for blood, protein". */
const LIST_BREAKS = new Set(['.', ';', '?', 'but', 'whereas']);

/** The result a "positive for …" said shortly before the name gives it, unless denied ("not positive for"). */
function readResultBefore(words: readonly string[], at: number): string | undefined {
  for (let k = at - 1; k >= 1 && k >= at - RESULT_REACH && !LIST_BREAKS.has(words[k] as string); k -= 1) {
    const said = words[k - 1] as string;
    if (words[k] === 'for' && (said === 'positive' || said === 'negative')) return ['not', "n't"].includes(words[k - 2] ?? '') ? undefined : said;
  }
  return undefined;
}

/** The result words said shortly after each mention of the name, unless denied ("not positive"). */
function readResultsAfter(words: readonly string[], name: string, kind: string | undefined): string[] {
  const out: string[] = [];
  words.forEach((w, i) => {
    if (w !== name || (kind !== undefined && words[i - 1] !== kind)) return;
    const before = readResultBefore(words, i);
    if (before) out.push(before);
    for (let k = i + 1; k <= i + RESULT_REACH && k < words.length && !CLAUSE_BREAKS.has(words[k] as string); k += 1) {
      const said = words[k] as string;
      if ((said === 'positive' || said === 'negative') && !['not', "n't"].includes(words[k - 1] ?? '')) out.push(said);
    }
  });
  return out;
}

/**
 * "Talar tilt… that's negative": a pause while the test is done is written as dots, and is no end of the clause; the
 * dots become one "…", which no clause break matches.
 */
function joinPauses(words: readonly string[]): string[] {
  const out: string[] = [];
  words.forEach((w, i) => {
    const dots = w === '.' && (words[i - 1] === '.' || words[i + 1] === '.');
    if (!dots) out.push(w);
    else if (words[i - 1] !== '.') out.push('…');
  });
  return out;
}

export function checkTestPolarity(statement: string, model: TranscriptModel): { phrase: string; reason: string; lines: number[] }[] {
  const problems: { phrase: string; reason: string; lines: number[] }[] = [];
  for (const m of statement.matchAll(NOTE_RESULT_RE)) {
    // "Thompson test positive": the word before "test" names it.
    const named = TEST_WORDS.has((m[2] ?? '').toLowerCase()) && m[1] !== undefined && !QUALIFIER_WORDS.has(m[1].toLowerCase());
    const name = ((named ? m[1] : m[2]) ?? '').toLowerCase().split('-').pop() ?? '';
    const result = RESULT_WORDS[(m[3] ?? '').toLowerCase()];
    // "Deep margin: negative" is not the "peripheral margin positive" said: a telling word before the name must be said with it.
    const qualifier = named ? '' : (m[1] ?? '').toLowerCase();
    const kind = QUALIFIER_WORDS.has(qualifier) || qualifier === '' ? undefined : qualifier;
    if (!result || name.length < 2 || UNTELLING.has(name)) continue;
    const lines = model.lines.map((l) => ({ line: l.line, words: joinPauses(normaliseTokens(l.text).flatMap((w) => w.split('-'))) })).filter((l) => l.words.includes(name));
    const said = (word: string) => lines.filter((l) => readResultsAfter(l.words, name, kind).includes(word));
    const against = said(FLIPPED[result] as string);
    if (against.length === 0 || said(result).length > 0) continue;
    problems.push({ phrase: m[0], reason: `the note gives "${m[0]}", but the transcript says the ${named ? `${m[1]} ${m[2]}` : m[2]} was ${FLIPPED[result]}`, lines: against.map((l) => l.line).filter((n) => n > 0) });
  }
  return problems;
}
