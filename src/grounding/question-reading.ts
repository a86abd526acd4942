/**
 * How a clinician's question about a symptom is answered: the reply's yes or no (taken back or not), a "no" to a run
 * of "any …" questions, a later question that takes the answer instead, a question that presupposes the symptom, a
 * negative tag question, and a list answered by naming some items only ("just X"), which leaves the rest denied.
 */
import { readAnswer, type Answer } from './answer-reading.js';
import type { TermHit } from './clinical-terms.js';
import { isHedged } from './hedges.js';
import { findAllTerms } from './site-pains.js';
import { isSiteWord } from './sites.js';
import { findReply, isTagQuestion, listTurnClauses, type Clause, type TranscriptModel } from './transcript-model.js';

/** A second question later in the clause takes the answer: "any nausea or diarrhea , are you peeing ok ? — yeah". */
const LATER_QUESTION_RE = /\b(?:are|do|did|have|is|can|were|was) (?:you|it|there|they)\b|\bhow about\b|\bwhat about\b|\bany\b/;
const VERB_QUESTION_RE = /\b(?:are|do|did|have|is|can|were|was) (?:you|it|there|they)\b|\bhow about\b|\bwhat about\b/;
/**
 * A later question that only restates or narrows the one before, so the answer is still to it: "is there any thickened
 * skin ? like , you know , where the skin's very thick ?", "any other discharge from down below ? so , from the front
 * passage ?". One with a verb of its own ("like , are you eating ok ?") is another question.
 */
const CLARIFYING_RE = /^(?:(?:and|so|okay|ok|um|uh|,)\s+)*(?:like|i mean|as in|meaning|you know|in|from|on|at|around|over|under)\b/;
/** A question that only closes the list before it: "and any weight loss ? anything like that ?", "or anything else ?". */
const LIST_CLOSE_ONLY_RE = /^(?:(?:and|or|so|okay|ok|um|uh|,)\s+)*(?:anything|any of (?:those|these|them|that)|something)(?:\s+(?:like that|like this|else|of that sort|similar|at all))*\s*[?.]?$/;
const isClarification = (tokens: readonly string[]) => {
  const text = tokens.join(' ');
  if (LIST_CLOSE_ONLY_RE.test(text)) return true;
  return CLARIFYING_RE.test(text) && !VERB_QUESTION_RE.test(text) && !/\bany\b/.test(text);
};

/** Words that close a list question on its own items: "any of those", "anything like that". */
const LIST_CLOSE_RE = /\bany of (?:those|these|that|them|the above)\b|\banything like that\b/g;
/** "your waterworks are all ok ?" asks whether things are normal, so a "yes" denies the symptom. */
const NORMAL_QUESTION_RE = /\b(?:is|are|was|were|all|been|looks?|feels?|everything)\s+(?:\w+\s+)?(?:ok|okay|alright|fine|normal|good)\b/;
/** "anything for the abdominal pain ?", "how's the cough ?" presuppose the symptom; their answer is about something else. */
const PRESUPPOSING = new Set(['the', 'your', 'this', 'that', 'his', 'her', 'for']);
/** Words that open a yes/no question right before "your …". */
const YES_NO_OPENERS = new Set(['are', 'is', 'were', 'was', 'do', 'does', 'did', 'have', 'has']);
/** "how's your cough ?", "anything for the pain ?" — but not "any blood in your stool ?". */
function isPresupposed(tokens: readonly string[], hit: TermHit): boolean {
  if (!PRESUPPOSING.has(tokens[hit.index - 1] ?? '')) return false;
  // "have you ever taken any prescribed drug for your headaches ?": what a treatment is for is had, whatever "any" asks.
  if (tokens[hit.index - 2] === 'for' && tokens[hit.index - 1] !== 'for') return true;
  // "are your legs swelling ?", "is your ankle swollen ?": the possessive owns the body part, and the question asks
  // whether it swells; "how is your leg swelling ?" still presupposes it.
  const asksWhether = YES_NO_OPENERS.has(tokens[hit.index - 2] ?? '') && !/\b(?:how|what|when|where|why|which|who)\b(?! about\b)/.test(tokens.slice(0, hit.index).join(' '));
  if (asksWhether && isSiteWord((tokens[hit.index] ?? '').replace(/s$/, ''))) return false;
  return !tokens.slice(Math.max(0, hit.index - 5), hit.index - 1).some((t) => ['any', 'ever', 'a', 'an', 'some'].includes(t));
}

/** Only the end of a long turn is the question its reply answers. */
const QUESTION_TAIL = 18;
/** An answer that denies the rest of a list: "a little congestion , but everything else has been okay". */
const REST_DENIED_RE = / (?:everything else|nothing else|other than that|apart from that|aside from that|besides that|that's it|that is it|that's all|but not) /;
/** A question no "no" answers: "how is your appetite ?", "what have you taken for it ?" (but not "how about …"). */
const OPEN_QUESTION_RE = /^(?:(?:and|so|okay|ok|um|uh|,)\s+)*(?:how|what|when|where|why|which|who)\b(?! about\b)(?! else\b)/;
/** An answer that takes every item of a list question: "yes , both", "all of them", "yeah all of those". */
const EVERY_ITEM_RE = /^ (?:\S+ ){0,3}(?:both|all of (?:them|those|these|that|the above)|all three|each of them|yes to all)\b/;
/** "actually i do": an explicit affirmation that overrides a negative question's expected "no". */
const EXPLICIT_YES_RE = /\b(?:actually|i do|i have|i did|yes i|yeah i)\b/;

export type Polarity = 'present' | 'absent' | 'unknown';
/** Read from an answer to a question, from a statement, or implied by an answer that named other items only. */
export type MentionSource = 'answer' | 'statement' | 'implied';

export interface Reading {
  polarity: Polarity;
  source: MentionSource;
  reply?: Clause;
}

/** "is it your palm side or the back of your hand , or both ?" offers choices; a "no" answers none of them. */
const CHOICE_RE = /\bor both\b|\bor neither\b|\bwhich\b|\bwhether\b/;

/**
 * The reply's answer, unless the speaker takes it back on the next line of the same turn: "any neck pain at all ? —
 * yes , absolutely . / no , not , no , nothing" says neither for certain.
 */
function readCorrectedAnswer(turn: readonly Clause[], from: number): Answer {
  const reply = turn[from] as Clause;
  // "so no operation ?": a reply that asks back is a question of its own, not an answer.
  if (reply.explicitQuestion) return 'unknown';
  const answer = readAnswer(reply.tokens);
  if (answer === 'unknown') return answer;
  const next = turn.slice(from + 1).find((k) => k.line !== reply.line);
  const second = next ? readAnswer(next.tokens) : 'unknown';
  return second !== 'unknown' && second !== answer ? 'unknown' : answer;
}

/** Words a question made of symptom names alone may hold besides them: "coughs ?", "and sweats ?". */
const BARE_GLUE = new Set(['and', 'or', 'any', ',', 'so', 'um', 'uh', 'okay', 'ok', 'also', 'what', 'how', 'about']);

function isBareQuestion(clause: Clause): boolean {
  const hits = findAllTerms(clause.tokens);
  const covered = new Set(hits.flatMap((h) => Array.from({ length: h.length }, (_, k) => h.index + k)));
  return clause.question && hits.length > 0 && clause.tokens.every((t, k) => covered.has(k) || BARE_GLUE.has(t) || t === '?');
}

/**
 * The questions that go on with one list: "any type of weight loss or decreased appetite or night sweats ? coughs ?"
 * asks four things, the last in a question of its bare name. A later question of other words asks anew.
 */
function listAskedTogether(model: TranscriptModel, clause: Clause): Clause[] {
  const at = model.clauses.indexOf(clause);
  const together = (k: Clause | undefined, next: Clause | undefined) => k !== undefined && next !== undefined && k.turn === clause.turn && k.question && isBareQuestion(next);
  let first = at;
  while (together(model.clauses[first - 1], model.clauses[first])) first -= 1;
  let last = at;
  while (together(model.clauses[last], model.clauses[last + 1]) && model.clauses[last + 1]?.turn === clause.turn) last += 1;
  return model.clauses.slice(first, last + 1);
}

/**
 * "any rash , any vomiting or diarrhoea ? — no rash . he was sick once with the coughing": a "no" that names one item of
 * a list denies that item only; what it says of the others is left to the rest of the reply.
 */
function isOtherItemDenied(reply: Clause, hit: TermHit, askedTerms: ReadonlySet<string>): boolean {
  if (askedTerms.size < 2 || !['no', 'not'].includes(reply.tokens[0] ?? '')) return false;
  const named = findAllTerms(reply.tokens).filter((h) => h.index <= 3);
  return named.length > 0 && named.every((h) => h.term !== hit.term && askedTerms.has(h.term));
}

/**
 * A conversation transcribed without speaker labels runs question and answer together: "Any fever or chills. No, not
 * that I've noticed." There the clause after a question, when it opens with a yes or a no, is its answer.
 */
function findUnlabelledReply(model: TranscriptModel, clause: Clause): Clause | undefined {
  if (new Set(model.lines.filter((l) => l.role !== 'context').map((l) => l.role)).size !== 1) return undefined;
  const next = model.clauses[model.clauses.indexOf(clause) + 1];
  return next && next.line === clause.line && !next.question && readAnswer(next.tokens) !== 'unknown' ? next : undefined;
}

export function readQuestion(model: TranscriptModel, clause: Clause, hits: readonly TermHit[], hit: TermHit, negated: boolean): Reading {
  const unknown: Reading = { polarity: 'unknown', source: 'answer' };
  if (CHOICE_RE.test(clause.tokens.join(' '))) return unknown;
  const reply = findReply(model, clause) ?? findUnlabelledReply(model, clause);
  if (!reply || clause.tokens.length - hit.index > QUESTION_TAIL) return negated ? { polarity: 'absent', source: 'statement' } : unknown;
  if (isHedged(clause.tokens, hit, { question: true }) || isPresupposed(clause.tokens, hit)) return unknown;
  // "fevers , chills , night sweats , any of those ?": the list's own close is no later question.
  const turn = listTurnClauses(model, reply);
  const from = turn.indexOf(reply);
  const answer = readCorrectedAnswer(turn, from);
  // "numbness or tingling or any strange sensation ? — no i have not": an "or any …" goes on with the list rather
  // than asking anew, so a plain no denies it all (an answer that names items is read item by item below).
  const listed = clause.tokens.slice(hit.index + hit.length).join(' ').replace(LIST_CLOSE_RE, ' ');
  const later = answer === 'no' ? listed.replace(/(?:^|\s)(?:or|,)(?:\s+or)*\s+any\b/g, ' ') : listed;
  // "any fever at all , any chills ? — no": a "no" to a run of "any …" questions denies each of them; a later question
  // of another shape ("… and are you eating ok ?") may be the one it answers, and so may a later "any …" after a
  // recap ("so epigastric pain , any blood in your stool ? — no").
  const anyRun = answer === 'no' && clause.tokens.slice(Math.max(0, hit.index - 4), hit.index).includes('any') && !VERB_QUESTION_RE.test(later) && !NORMAL_QUESTION_RE.test(later);
  if (!negated && LATER_QUESTION_RE.test(later) && !anyRun) return unknown;
  const said = turn.slice(from, from + 3).flatMap((k) => k.tokens).slice(0, 40);
  const replyTerms = new Set(findAllTerms(said).map((h) => h.term));
  const text = ` ${said.join(' ')} `;
  // The reply names this very symptom: its own words decide ("no fever , some chills"), read as a statement.
  if (replyTerms.has(hit.term)) return { ...unknown, reply };
  const after = clause.tokens.slice(hit.index + hit.length).join(' ');
  if (NORMAL_QUESTION_RE.test(after)) return { polarity: answer === 'yes' ? 'absent' : 'unknown', source: 'answer', reply };
  if (negated || isTagQuestion(clause.tokens)) {
    // "no fever , right ? — right / no": both confirm the absence; only "actually i do" affirms.
    if (EXPLICIT_YES_RE.test(text) && answer !== 'no') return { polarity: 'present', source: 'answer', reply };
    if (answer === 'unknown' && !negated) return unknown;
    return { polarity: negated || answer === 'no' ? 'absent' : 'present', source: 'answer', reply };
  }
  const listTerms = new Set(hits.map((h) => h.term));
  // "any type of weight loss or decreased appetite or night sweats ? coughs ?": the items of one list asked in several
  // questions, which an answer naming some of them leaves the rest denied (a "yes" still answers the last question).
  const askedTerms = new Set(listAskedTogether(model, clause).flatMap((k) => findAllTerms(k.tokens)).map((h) => h.term));
  // A "yes" answers the last of several questions: "any temperatures ? feeling hot and cold ? sweaty ? — yeah".
  const at = model.clauses.indexOf(clause);
  // Without speaker labels the turn runs on past the answer: only the questions before it were answered.
  const until = reply.turn === clause.turn ? model.clauses.indexOf(reply) : Infinity;
  const laterQuestions = model.clauses.filter((k, i) => i > at && i < until && k.turn === clause.turn && k.question && !isClarification(k.tokens));
  const isList = listTerms.size > 1 || laterQuestions.length > 0;
  // A "no" answers a run of symptom questions ("any nausea ? any vomiting ?") but only the last of mixed ones
  // ("any fever ? and are you eating ok ? — no").
  // A later "how is your appetite ?" cannot be answered "no", so the "no" is the symptom question's.
  const allSymptoms = laterQuestions.every((k) => findAllTerms(k.tokens).length > 0 || k.tokens.includes('any') || OPEN_QUESTION_RE.test(k.tokens.join(' ')));
  if (answer === 'no' && isOtherItemDenied(reply, hit, askedTerms)) return unknown;
  if (answer === 'no') return allSymptoms ? { polarity: 'absent', source: 'answer', reply } : unknown;
  // "a little congestion , but everything else has been okay", "no , just the nausea": the rest are denied.
  const restDenied = REST_DENIED_RE.test(text) || /^(?:\S+ ){0,2}(?:just|only) /.test(said.filter((t) => /[a-z]/.test(t)).join(' '));
  if (restDenied && replyTerms.size > 0 && (isList || answer !== 'yes')) return { polarity: 'absent', source: 'implied', reply };
  // "any numbness or tingling ? — yes , both": a yes to every item is a yes to each.
  if (answer === 'yes' && isList && EVERY_ITEM_RE.test(text)) return { polarity: 'present', source: 'answer', reply };
  if (answer === 'yes') return isList ? unknown : { polarity: 'present', source: 'answer', reply };
  // "any weight loss , decreased appetite or night sweats ? — slightly decreased appetite": the rest were not had.
  if (askedTerms.size > 1 && [...replyTerms].some((t) => askedTerms.has(t))) return { polarity: 'absent', source: 'implied', reply };
  return unknown;
}

