/**
 * Things the conversation only ever denies, in words no lexicon holds: "Any stuttering?" — "No stuttering, no.", an
 * examiner's "No cracks." A note that writes such a thing as had ("Stuttering.", "Cracks on both heels.") turns the
 * denial round. Only a denial said plainly counts (the word right after "no", "not", "without"), asked about in the
 * same word or said by the clinician; one mention of the word without a denial, by anyone, and the word is left alone.
 * A note sentence with any word of denial, doubt, advice or time course is not read, nor is a plan (whose "no swimming"
 * becomes "swimming restricted"), nor a word of the symptom lexicon (the polarity check reads those).
 */
import { findAllTerms } from './site-pains.js';
import { findReply, type Clause, type TranscriptModel } from './transcript-model.js';
import { splitTokens } from './tokenize.js';
import { stemToken } from './word-index.js';

const DENIALS = new Set(['no', 'not', 'never', 'without', 'nil', 'nor']);
/** Words between a denial and its thing: "no obvious cracks", "not any stuttering". */
const BETWEEN = new Set(['any', 'obvious', 'real', 'visible', 'significant', 'active', 'sign', 'signs', 'evidence', 'of']);
/** "No worries", "no rush", "no problem": a denial that is a way of speaking, not of the patient. */
const IDIOMS = new Set(['worries', 'worry', 'problem', 'problems', 'rush', 'hurry', 'fuss', 'bother', 'doubt', 'need', 'pressure', 'thanks', 'idea', 'clue', 'point', 'chance', 'longer', 'matter', 'question', 'questions', 'trouble', 'issue', 'issues', 'change', 'changes', 'difference', 'reason', 'sense', 'thing', 'things', 'time', 'more', 'less', 'other', 'others', 'good', 'really', 'sorry', 'okay', 'thank', 'harm', 'charge', 'cost', 'pain', 'way', 'one', 'none', 'nothing', 'further', 'concerns', 'concern', 'plans', 'plan', 'complaints', 'history', 'known', 'family', 'well', 'much', 'many', 'just', 'that', 'this', 'there', 'then', 'what', 'longer', 'different', 'new', 'sure', 'even', 'between', 'about', 'with', 'from', 'after', 'longer', 'enough', 'worse', 'better', 'need']);
/** Note words that make a clause something other than a plain statement that a thing is had. */
const NOTE_GUARDS = new Set([
  'no', 'not', 'nil', 'none', 'never', 'without', 'negative', 'absent', 'denies', 'denied', 'deny', 'free', 'nor', 'neither',
  'avoid', 'avoided', 'avoiding', 'stop', 'stopped', 'off', 'resolved', 'ruled', 'unlikely', 'normal', 'unremarkable', 'lack',
  'lacks', 'if', 'unless', 'whether', 'should', 'could', 'would', 'might', 'may', 'risk', 'prevent', 'advised', 'advice',
  'warned', 'educated', 'discussed', 'history', 'previous', 'previously', 'prior', 'past', 'ago', 'before', 'until', 'rather',
  'instead', 'versus', 'vs', 'query', 'possible', 'possibly', 'ddx', 'exclude', 'restricted', 'restriction', 'limit', 'limited',
  'cannot', "n't", 'nothing', 'minus', 'clear', 'intact',
]);
const SENTENCE_ENDS = new Set(['.', ';', '?', '!']);
/** A word that may name a thing: three letters are enough ("no pop", "no cut"), short words of manner and amount aside. */
const CONTENT = /^[a-z][a-z-]{2,}$/;
const SHORT_WORDS = new Set([
  'bad', 'big', 'far', 'yet', 'way', 'fun', 'end', 'use', 'lot', 'new', 'old', 'few', 'low', 'too', 'all', 'any', 'now', 'how',
  'why', 'day', 'bit', 'hot', 'top', 'due', 'one', 'two', 'six', 'ten', 'yes', 'the', 'and', 'but', 'for', 'you', 'she', 'his',
  'her', 'was', 'are', 'can', 'did', 'had', 'has', 'got', 'get', 'let', 'put', 'see', 'say', 'try', 'off', 'out', 'own', 'ago',
  'per', 'via', 'yet', 'nor', 'not', 'mum', 'dad', 'son', 'job', 'car', 'way', 'age', 'set', 'sir', 'mrs', 'ill',
]);

/** Words after a denied word that make it a modifier or a hedge: "no acute fracture", "not eating much". */
const HEDGES = new Set(['much', 'well', 'properly', 'enough', 'very', 'really', 'a', 'as', 'so', 'too', 'great', 'good', 'lot', 'quite', 'that', 'the', 'any', 'anything', 'all']);

/** Whether the word at `i` is the thing a plain denial denies: not one that qualifies the next word or is hedged. */
function isHeadAt(tokens: readonly string[], i: number): boolean {
  const next = tokens[i + 1] ?? '.';
  return !HEDGES.has(next) && !(CONTENT.test(next) && !['or', 'and', 'nor'].includes(next));
}

function isDeniedAt(tokens: readonly string[], i: number): boolean {
  if (DENIALS.has(tokens[i - 1] ?? '')) return true;
  return BETWEEN.has(tokens[i - 1] ?? '') && (DENIALS.has(tokens[i - 2] ?? '') || (BETWEEN.has(tokens[i - 2] ?? '') && DENIALS.has(tokens[i - 3] ?? '')));
}

/** Words of a clinician's instruction or its span: "no swimming for two weeks, please", "not even the pool". */
const INSTRUCTION = new Set(['for', 'please', 'until', 'till', 'anymore', 'again', 'yet', 'even', 'while', 'unless', 'if', 'without', 'but', 'just', 'only']);

/**
 * "Any stuttering?" asked, and the answer denies it; or the clinician's own plain "no cracks", a finding rather than an
 * instruction ("no swimming for two weeks").
 */
function isClinicalDenial(model: TranscriptModel, clause: Clause, stem: string, i: number): boolean {
  if (clause.role === 'clinician' || clause.role === 'context') {
    const word = clause.tokens[i - 1] === 'no' || clause.tokens[i - 2] === 'no';
    return word && !clause.tokens.some((t) => INSTRUCTION.has(t) || /\d/.test(t));
  }
  const asked = model.clauses.filter((k) => k.question && k.role === 'clinician' && k.turn < clause.turn && k.turn >= clause.turn - 2);
  const answering = asked.filter((k) => findReply(model, k)?.turn === clause.turn);
  // "Any warning beforehand?" — "No, no aura.": an answer that opens on its "no" and names the thing denies it plainly,
  // though the question put it in other words.
  return answering.some((k) => k.tokens.some((t) => stemToken(t) === stem)) || (answering.length > 0 && opensOnDenial(clause.tokens, i));
}

/** "no , no aura", "no . no aura": the clause opens on "no", and the denied word is its second denial's. */
function opensOnDenial(tokens: readonly string[], i: number): boolean {
  return tokens[0] === 'no' && [',', '.'].includes(tokens[1] ?? '') && tokens[2] === 'no' && i === 3;
}

const ASKING = new Set(['any', 'ever', 'anything', 'anyone']);
const OPENERS = new Set(['do', 'does', 'did', 'have', 'has', 'had', 'is', 'are', 'was', 'were', 'can', 'could', 'would', 'will', 'how', 'what', 'when', 'where', 'which', 'who', 'why']);
const FILLERS = new Set(['so', 'and', 'okay', 'ok', 'alright', 'right', 'now', 'well', 'then', 'oh', 'also', 'um', 'uh', ',', 'but']);

/** A question that asks of something ("Any stuttering?", "Have you tried…?"), not a statement that seeks a nod. */
function asksOf(clause: Clause): boolean {
  if (!clause.explicitQuestion) return true;
  const first = clause.tokens.findIndex((t) => !FILLERS.has(t));
  // "Tariq, did you hear a pop?": a name called before the question does not open it.
  const called = clause.tokens[first + 1] === ',' ? clause.tokens.slice(first + 2).find((t) => !FILLERS.has(t)) : undefined;
  return OPENERS.has(clause.tokens[first] ?? '') || OPENERS.has(called ?? '') || clause.tokens.some((t) => ASKING.has(t));
}

/** The stems the conversation only ever denies, with the lines that deny them. */
export function indexDeniedOnly(model: TranscriptModel): Map<string, number[]> {
  const denied = new Map<string, number[]>();
  const affirmed = new Set<string>();
  for (const clause of model.clauses) {
    // A question asks of a thing, neither having nor denying it; one that only seeks a nod ("…, okay?") tells it.
    if (clause.question && asksOf(clause)) continue;
    clause.tokens.forEach((token, i) => {
      if (!CONTENT.test(token) || IDIOMS.has(token) || SHORT_WORDS.has(token) || BETWEEN.has(token)) return;
      const stem = stemToken(token);
      const denial = !clause.question && isDeniedAt(clause.tokens, i);
      if (denial && isHeadAt(clause.tokens, i) && isClinicalDenial(model, clause, stem, i)) denied.set(stem, [...(denied.get(stem) ?? []), clause.line]);
      else if (!denial) affirmed.add(stem);
    });
  }
  for (const stem of affirmed) denied.delete(stem);
  return denied;
}

/**
 * Note sentences, each read whole: "Illicit drug use: never." denies what its first words name. A heading's words
 * ("Allergies: …") name a field, not a thing had, so they are left out of what is read (its guards still count).
 */
function splitNoteSentences(tokens: readonly string[]): { guards: string[]; words: string[] }[] {
  const sentences: string[][] = [[]];
  for (const t of tokens) {
    if (SENTENCE_ENDS.has(t)) sentences.push([]);
    else sentences.at(-1)!.push(t);
  }
  return sentences.filter((c) => c.length > 0).map((c) => {
    const colon = c.indexOf(':');
    return { guards: c, words: colon >= 0 && colon <= HEADING_WORDS ? c.slice(colon + 1) : c };
  });
}

const HEADING_WORDS = 4;

export function checkEchoedDenials(statement: string, section: string, deniedOnly: ReadonlyMap<string, readonly number[]>): { phrase: string; reason: string; lines: number[] }[] {
  if (deniedOnly.size === 0 || section === 'plan') return [];
  const problems: { phrase: string; reason: string; lines: number[] }[] = [];
  for (const { guards, words: clause } of splitNoteSentences(splitTokens(statement.toLowerCase()))) {
    if (guards.some((t) => NOTE_GUARDS.has(t) || /n't$/.test(t))) continue;
    const lexicon = new Set(findAllTerms(clause).flatMap((h) => clause.slice(h.index, h.index + h.length)));
    for (const token of clause) {
      if (!CONTENT.test(token) || IDIOMS.has(token) || SHORT_WORDS.has(token) || BETWEEN.has(token) || lexicon.has(token)) continue;
      const lines = deniedOnly.get(stemToken(token));
      if (!lines || problems.some((p) => p.phrase === token)) continue;
      problems.push({ phrase: token, reason: `the note has "${token}", which the transcript only ever denies`, lines: [...new Set(lines)] });
    }
  }
  return problems;
}
