/**
 * Whether a symptom or finding is present or absent where it is mentioned, read the way people talk: a negation
 * reaches across a list ("denies fever, chills or nausea"), a question takes the other speaker's answer ("any
 * fever? — no"), a list question answered "no" denies every item and answered "yes" affirms none in particular, a
 * negative tag question confirmed ("no fever, right? — right") denies, and "if you get a fever" states nothing.
 */
import { findTerms, type TermHit } from './clinical-terms.js';
import { findReply, isTagQuestion, type Clause, type TranscriptModel } from './transcript-model.js';
import { stemToken } from './word-index.js';

export type Polarity = 'present' | 'absent' | 'unknown';

const NEGATION_CUES = new Set(['no', 'nil', 'not', 'nothing', 'denies', 'denied', 'deny', 'denying', 'without', 'never', 'nor', 'none', 'negative', 'absence', 'absent', 'free', 'non', 'neither', 'resolved']);
/** Words that make a mention hypothetical or advisory, so it states neither presence nor absence. */
export const HYPOTHETICAL_CUES = new Set([
  'if', 'unless', 'whether', 'should', 'could', 'would', 'might', 'may', 'can', 'call', 'return', 'monitor', 'watch', 'risk',
  'prevent', 'avoid', 'precautions', 'warning', 'signs', 'develop', 'develops', 'advised', 'educated', 'instructed',
  'counseled', 'counselled', 'effects', 'effect', 'aware', 'report', 'notify', 'contact', 'lookout', 'wish', 'hope',
  'worried', 'worry', 'concern', 'concerned', 'cause', 'causes', 'causing', 'rule', 'exclude', 'check', 'checking', 'test',
  'tests', 'testing', 'screen', 'red', 'flags', 'flag', 'safety', 'netted', 'netting', 'persist', 'persists', 'recur', 'recurs',
  'ensure', 'sure', 'trying', 'try',
]);
/** Words that stop a negation from reaching further: "no fever , some chills". */
const NEGATION_STOPS = new Set(['some', 'slight', 'slightly', 'little', 'but', 'just', 'mild', 'mildly', 'moderate', 'severe', 'trace', 'positive', 'reports', 'endorses', 'complains', 'admits', 'notes', 'noted', 'occasional', 'frequent', 'significant', 'still', 'also', 'except', 'apart']);
/** In a note, a new subject or verb starts a new assertion: "No surgeries; he has had back pain". */
export const NOTE_NEGATION_STOPS = new Set([...NEGATION_STOPS, 'he', 'she', 'they', 'patient', 'has', 'had', 'is', 'are', 'was', 'were', 'there', 'states', 'reports', 'feels', 'gets', 'got', 'due', 'because', 'since', 'secondary']);

/** Tokens a negation reaches across: other items of the list it heads. */
const LIST_GLUE = new Set([',', 'and', 'or', 'any', 'no', 'nor', '/', 'or', 'of', 'a', 'the', 'other', 'signs', 'symptoms']);

const NO_ANSWER = /^(?:no|nope|nah|not|never|none|nothing|negative|neither|i (?:do|have|did|am|was|had)(?: not| ?n't)|i (?:don't|haven't|didn't|wasn't|dont|havent|didnt)|not really|no no)\b/;
const YES_ANSWER = /^(?:yes|yeah|yep|yup|uh huh|mm hmm|mhm|mm-hmm|i do|i have|i did|sure|definitely|a little|a bit|some|sometimes|occasionally|correct|that's right|right|i am|absolutely|quite|mostly|kind of|sort of)\b/;
const FILLERS = /^(?:(?:um|uh|well|oh|so|hmm|,|er|erm|ah|okay|ok)\s+)+/;

export function classifyAnswer(clause: Clause | undefined): Polarity {
  if (!clause) return 'unknown';
  const text = clause.tokens.join(' ');
  const start = /^uh huh\b/.test(text) ? text : text.replace(FILLERS, '');
  if (NO_ANSWER.test(start)) return 'absent';
  if (YES_ANSWER.test(start)) return 'present';
  return 'unknown';
}

export function isNegationCue(token: string, next?: string): boolean {
  // "i ca n't stop itching" affirms the itch.
  if (next === 'stop' || next === 'help') return false;
  return NEGATION_CUES.has(token) || token.endsWith("n't");
}

/** A negation before the mention, reaching back across the other items of a list. */
export function isNegatedBefore(tokens: readonly string[], hits: readonly TermHit[], hit: TermHit, reach = 6, stops: ReadonlySet<string> = NEGATION_STOPS): boolean {
  const inOtherHit = (k: number) => hits.some((h) => h !== hit && k >= h.index && k < h.index + h.length);
  let budget = reach;
  for (let k = hit.index - 1; k >= 0 && budget > 0; k -= 1) {
    const token = tokens[k] as string;
    if (inOtherHit(k)) continue;
    if (stops.has(token) || token === '.' || token === ';') return false;
    // "non-healing ulcer": "non" negates only the word right after it.
    if (token === 'non' && k !== hit.index - 1) continue;
    // "no , i have a cough": a bare "no ," answers the question before; it does not negate what follows.
    if (isNegationCue(token, tokens[k + 1]) && !(token === 'no' && [',', 'i', 'we', 'he', 'she', 'they'].includes(tokens[k + 1] ?? ''))) return true;
    if (!LIST_GLUE.has(token)) budget -= 1;
  }
  return false;
}

/** "diarrhea , no", "straight leg raise is negative", "edema absent". */
function readAfter(tokens: readonly string[], hit: TermHit): Polarity {
  const after = tokens.slice(hit.index + hit.length, hit.index + hit.length + 4).filter((t) => t !== ',' && t !== ':' && t !== '-');
  const [a, b] = after;
  const word = a === 'is' || a === 'was' || a === 'are' || a === 'were' ? b : a;
  if (word === 'negative' || word === 'absent' || word === 'none' || word === 'nil') return 'absent';
  if ((a === 'no' || a === 'nope') && after.length <= 2) return 'absent';
  if (word === 'positive' || word === 'present') return 'present';
  return 'unknown';
}

function isHypothetical(tokens: readonly string[], hit: TermHit): boolean {
  // Safety-netting lists run long: "if the pain gets worse , or you get new symptoms , fever , rash , neck stiffness".
  const from = Math.max(0, hit.index - 16);
  return tokens.slice(from, hit.index + hit.length + 4).some((t) => HYPOTHETICAL_CUES.has(t));
}

const LIST_TAIL = new Set(['anything', 'like', 'that', 'else', 'such', 'as', 'things', 'stuff', 'at', 'all', 'recently', 'lately']);

/** "any chest pain or shortness of breath or anything like that no no": the list ends in its own answer. */
function isAnsweredNoInLine(tokens: readonly string[], hits: readonly TermHit[], hit: TermHit): boolean {
  for (let k = hit.index + hit.length; k < tokens.length && k < hit.index + hit.length + 14; k += 1) {
    const t = tokens[k] as string;
    if (hits.some((h) => k >= h.index && k < h.index + h.length) || LIST_GLUE.has(t) || LIST_TAIL.has(t)) continue;
    return t === 'no' || t === 'nope' || t === 'none' || t === 'nothing';
  }
  return false;
}

/** A question inside a long unpunctuated turn: "… okay have you noticed any blood in your urine i know you've been …". */
function isEmbeddedQuestion(tokens: readonly string[], hit: TermHit): boolean {
  const before = ` ${tokens.slice(Math.max(0, hit.index - 7), hit.index).join(' ')} `;
  return / (?:any|have you|do you|did you|are you|how about|what about|is there|was there|you have any|ever had) /.test(before);
}

/** A doctor reading a review of systems: "okay coughing headache" — only symptoms and fillers, so a question. */
function isBareList(tokens: readonly string[], hits: readonly TermHit[]): boolean {
  const covered = new Set(hits.flatMap((h) => Array.from({ length: h.length }, (_, k) => h.index + k)));
  return hits.length > 0 && tokens.every((t, k) => covered.has(k) || ['okay', 'ok', 'and', 'or', 'any', ',', 'so', 'alright', 'um', 'uh'].includes(t));
}

export interface Mention {
  term: string;
  polarity: Polarity;
  lines: number[];
  excerpt: string;
  /** The whole clause, for where on the body it was said. */
  clause?: string;
}

/** A second question later in the clause takes the answer: "any nausea or diarrhea , are you peeing ok ? — yeah". */
const LATER_QUESTION_RE = /\b(?:are|do|did|have|is|can|were|was) (?:you|it|there|they)\b|\bhow about\b|\bwhat about\b|\bany\b/;
/** "your waterworks are all ok ?" asks whether things are normal, so a "yes" denies the symptom. */
const NORMAL_QUESTION_RE = /\b(?:is|are|was|were|all|been|looks?|feels?|everything)\s+(?:\w+\s+)?(?:ok|okay|alright|fine|normal|good)\b/;
/** "anything for the abdominal pain ?" presupposes the pain; its answer is about something else. */
const PRESUPPOSING = new Set(['the', 'your', 'this', 'that', 'his', 'her', 'for']);
/** Only the end of a long turn is the question its reply answers. */
const QUESTION_TAIL = 18;
const MAX_REPLY_FOR_ANSWER = 30;

function readQuestion(model: TranscriptModel, clause: Clause, hits: readonly TermHit[], hit: TermHit, negated: boolean): { polarity: Polarity; reply?: Clause } {
  const reply = findReply(model, clause);
  if (!reply || clause.tokens.length - hit.index > QUESTION_TAIL || reply.tokens.length > MAX_REPLY_FOR_ANSWER) return { polarity: 'unknown' };
  if (isHypothetical(clause.tokens, hit) || clause.tokens.slice(Math.max(0, hit.index - 2), hit.index).some((t) => PRESUPPOSING.has(t))) return { polarity: 'unknown' };
  if (LATER_QUESTION_RE.test(clause.tokens.slice(hit.index + hit.length).join(' '))) return { polarity: 'unknown' };
  const replyHits = findTerms(reply.tokens.map(stemToken));
  // A reply that names symptoms itself ("no fever , some chills") is read on its own; it denies the others only when
  // it says so ("a little congestion … but everything else has been okay", "just the nausea").
  if (replyHits.length > 0) {
    const rest = ` ${model.clauses.filter((k) => k.turn === reply.turn).map((k) => k.tokens.join(' ')).join(' ')} `;
    const othersDenied = / (?:everything else|nothing else|otherwise|other than that|apart from that|that's it|that is it|just|only) /.test(rest);
    return { polarity: othersDenied && !negated ? 'absent' : 'unknown', reply };
  }
  const answer = classifyAnswer(reply);
  const text = reply.tokens.join(' ');
  if (NORMAL_QUESTION_RE.test(clause.tokens.slice(hit.index + hit.length).join(' '))) return { polarity: answer === 'present' ? 'absent' : 'unknown', reply };
  if (negated) {
    // "i don't see any swelling , ok ?": a denial stands unless the reply says otherwise outright.
    return { polarity: /\b(?:actually|i do|i have|i did|yes i)\b/.test(text) && answer !== 'absent' ? 'present' : 'absent', reply };
  }
  if (isTagQuestion(clause.tokens)) {
    // "no fever , right ? — right / no": both confirm the absence; only an explicit "actually i do" affirms.
    if (/\b(?:actually|i do|i have|i did|yes i)\b/.test(text) && answer !== 'absent') return { polarity: 'present', reply };
    return { polarity: answer === 'unknown' ? 'unknown' : negated ? 'absent' : answer, reply };
  }
  const isList = hits.length > 1 || clause.tokens.includes('or');
  if (answer === 'present' && (isList || replyHits.length > 0)) return { polarity: 'unknown' };
  return { polarity: answer, reply };
}

/** Lungs said to be clear deny the added sounds. */
const CLEAR_LUNG_TERMS = ['wheezing', 'crackles', 'rhonchi'];

export function indexMentions(model: TranscriptModel): Map<string, Mention[]> {
  const index = new Map<string, Mention[]>();
  const add = (term: string, mention: Mention) => index.set(term, [...(index.get(term) ?? []), mention]);
  for (const clause of model.clauses) {
    if (clause.role === 'context') continue;
    const stems = clause.tokens.map(stemToken);
    const hits = findTerms(stems);
    const excerpt = clause.tokens.join(' ').slice(0, 80);
    // Long unpunctuated monologues (an exam dictated in one breath) are statements, whatever words they contain.
    const asked = (clause.question && (clause.tokens.length <= 25 || clause.explicitQuestion)) || isBareList(clause.tokens, hits);
    for (const hit of hits) {
      const negated = isNegatedBefore(clause.tokens, hits, hit) || readAfter(clause.tokens, hit) === 'absent';
      let polarity: Polarity;
      const lines = [clause.line];
      let text = excerpt;
      // A question with the answer in the same line: "any chest pain or anything like that no".
      if (isAnsweredNoInLine(clause.tokens, hits, hit)) {
        add(hit.term, { term: hit.term, polarity: 'absent', lines, excerpt: text });
        continue;
      }
      if (asked) {
        const answered = readQuestion(model, clause, hits, hit, negated);
        polarity = answered.polarity === 'unknown' && negated && !isHypothetical(clause.tokens, hit) ? 'absent' : answered.polarity;
        if (answered.reply) {
          lines.push(answered.reply.line);
          text = `${excerpt}? — ${answered.reply.tokens.join(' ').slice(0, 40)}`;
        }
      } else if (readAfter(clause.tokens, hit) === 'present') polarity = 'present';
      else polarity = isHypothetical(clause.tokens, hit) || (!negated && isEmbeddedQuestion(clause.tokens, hit)) ? 'unknown' : negated ? 'absent' : 'present';
      add(hit.term, { term: hit.term, polarity, lines, excerpt: text, clause: ` ${clause.tokens.join(' ')} ` });
    }
    if (/\b(?:lungs?|chest)\b.*\bclear\b/.test(excerpt) && !clause.question) {
      for (const term of CLEAR_LUNG_TERMS) add(term, { term, polarity: 'absent', lines: [clause.line], excerpt });
    }
  }
  return index;
}

/** Mentions of an ad-hoc phrase (not in the lexicon): clauses that say one of its words, read the same way. */
export function readPhraseMentions(model: TranscriptModel, words: readonly string[]): Mention[] {
  const wanted = words.map((w) => w.slice(0, 5));
  const mentions: Mention[] = [];
  for (const clause of model.clauses) {
    if (clause.role === 'context') continue;
    const stems = clause.tokens.map(stemToken);
    const at = stems.findIndex((s) => s.length >= 4 && wanted.includes(s.slice(0, 5)));
    if (at < 0) continue;
    const hit: TermHit = { term: words.join(' '), kind: 'symptom', index: at, length: 1 };
    const negated = isNegatedBefore(clause.tokens, [hit], hit) || readAfter(clause.tokens, hit) === 'absent';
    let polarity: Polarity;
    const lines = [clause.line];
    if (clause.question && (clause.tokens.length <= 25 || clause.explicitQuestion)) {
      const answered = readQuestion(model, clause, [hit], hit, negated);
      polarity = answered.polarity;
      if (answered.reply) lines.push(answered.reply.line);
    } else polarity = isHypothetical(clause.tokens, hit) ? 'unknown' : negated ? 'absent' : 'present';
    mentions.push({ term: hit.term, polarity, lines, excerpt: clause.tokens.join(' ').slice(0, 80) });
  }
  return mentions;
}
