/**
 * Whether a symptom or finding is present or absent where the transcript mentions it, read the way people talk: a
 * negation reaches across a list ("denies fever, chills or nausea"), a question takes the other speaker's answer
 * ("any fever? — no"), a list question answered "no" denies every item and answered "yes" affirms none in
 * particular, an answer that names some items of a list and not the rest leaves the rest denied ("just X"), a
 * negative tag question confirmed ("no fever, right? — right") denies, an examiner's "i do appreciate some edema"
 * affirms even when the transcript ends it with "?", and "if you get a fever" states nothing.
 */
import { readAnswer } from './answer-reading.js';
import { listToldReactions } from './allergy-statements.js';
import { findMedicationsInTokens } from './medication-check.js';
import type { TermHit } from './clinical-terms.js';
import { findAllTerms, readAnsweredPain } from './site-pains.js';
import { isAboutRelative, isAskingWhetherHad, isHedged } from './hedges.js';
import { readQualifiers } from './qualifier-scope.js';
import { NAMED_PLACE, readClauseSites, readSites } from './sites.js';
import { findReply, listTurnClauses, type Clause, type SpeakerRole, type TranscriptModel } from './transcript-model.js';
import { readQuestion, type MentionSource, type Polarity, type Reading } from './question-reading.js';
import { stemToken } from './word-index.js';
import { isNegatedBefore, isNoveltyDenied, NOTE_NEGATION_STOPS, readAfter, readSystemName } from './negation-reach.js';

export { HYPOTHETICAL_CUES, isNegatedBefore, NOTE_NEGATION_STOPS } from './negation-reach.js';

export type { Polarity } from './question-reading.js';

export interface Mention {
  term: string;
  polarity: Polarity;
  /** Who said the words that decide it: the answerer for a question, the speaker for a statement. */
  role: SpeakerRole;
  /** Read from an answer to a question, from a statement, or implied by an answer that named other items only. */
  source: MentionSource;
  lines: number[];
  excerpt: string;
  /** Where on the body it was said to be (five-letter stems). */
  sites: string[];
  /** Said by the examiner examining ("on your knee exam , there is some swelling"). */
  exam: boolean;
  /** Said of an image or a scan ("the x-ray shows no fracture"), which is not the exam. */
  imaging: boolean;
  /** A clinician repeating the patient's history ("you mentioned swelling of your lip"), which is not the exam. */
  recap?: boolean;
  /** What the clause says it under ("with nectar thick liquids"): stems, see qualifier-scope.ts. */
  qualifiers?: string[][];
}

const EXAM_CUE_RE = / (?:exam|examination|examine|examining|palpat\w*|auscultat\w*|appreciate|i see|i feel|i hear|i look|looks|looking at|lungs?|heart|abdomen|belly is|on your|there is|there's|you have(?! n't| not| had| been| noticed| felt| any)|you do have|gait|range of motion|reflex\w*|strength|pulses?|palpable) /;
/** Words of an image or its report; the transcript's tokens say "x ray" for an x-ray. */
export const IMAGING_RE = /\b(?:x(?:-| - | )?rays?|mri|ct|cat scan|ultrasound|sonogram|scans?|imaging|images?|report|reports|biopsy|pathology|radiographs?|films?|echo|echocardiogram|mammogram|angiogram|arthrogram|doppler)\b/;
/** Words only an examiner says: a "patient" line holding them is a clinician's whose label the transcript swapped. */
const EXAMINER_ONLY_RE = / (?:exam|examination|palpat\w*|auscultat\w*|i (?:do |don't |do not )?appreciate|on your \w+ exam|rate and rhythm) /;

/** A clinician giving back what the patient said: "you mentioned …", "you said …", "you told me …". */
const RECAP_RE = / you (?:mentioned|said|say|told me|tell me|described|describe|were saying|reported|report|noticed|were telling me|complained of) /;

function isRecap(role: SpeakerRole, tokens: readonly string[], hit: TermHit): boolean {
  return role === 'clinician' && RECAP_RE.test(` ${tokens.slice(Math.max(0, hit.index - 12), hit.index).join(' ')} `);
}

/** Said in examining: a clinician's statement about a finding or with an exam word; or a swapped label's. */
function isExamStatement(role: SpeakerRole, reading: Reading, hit: TermHit, around: string, recap = false): boolean {
  if (reading.source !== 'statement' || recap) return false;
  if (role === 'clinician') return hit.kind === 'finding' || EXAM_CUE_RE.test(around);
  return EXAMINER_ONLY_RE.test(around);
}

/** A mention in someone's history is no statement about now: "history significant for migraines". */
const HISTORY_RE = / (?:history|hx|diagnosed|used to|previously|in the past|years ago|back in) /;

/** "any chest pain or shortness of breath or anything like that no no": the list ends in its own answer. */
const LIST_GLUE = new Set([',', 'and', 'or', 'any', 'no', 'nor', '/', 'of', 'a', 'the', 'other', 'signs', 'symptoms', 'anything', 'like', 'that', 'else', 'such', 'as', 'things', 'stuff', 'at', 'all', 'recently', 'lately']);

function isAnsweredNoInLine(tokens: readonly string[], hits: readonly TermHit[], hit: TermHit): boolean {
  for (let k = hit.index + hit.length; k < tokens.length && k < hit.index + hit.length + 14; k += 1) {
    const t = tokens[k] as string;
    if (hits.some((h) => k >= h.index && k < h.index + h.length) || LIST_GLUE.has(t)) continue;
    return t === 'nope' || t === 'none' || t === 'nothing' || (t === 'no' && k === tokens.length - 1);
  }
  return false;
}

/** A question inside a long unpunctuated turn: "… okay have you noticed any blood in your urine i know you've been …". */
function isEmbeddedQuestion(tokens: readonly string[], hit: TermHit): boolean {
  const before = ` ${tokens.slice(Math.max(0, hit.index - 7), hit.index).join(' ')} `;
  // "i do you do have some fine rales": a restart into an assertion, not a question.
  if (/ (?:you do have|i do (?:appreciate|see|hear|feel|notice)|i can (?:see|hear|feel)) /.test(before)) return false;
  return / (?:any|have you|do you|did you|are you|how about|what about|is there|was there|you have any|ever had|how's|how is) /.test(before);
}

/** A doctor reading a review of systems: "okay coughing headache" — only symptoms and fillers, so a question. */
function isBareList(tokens: readonly string[], hits: readonly TermHit[]): boolean {
  const covered = new Set(hits.flatMap((h) => Array.from({ length: h.length }, (_, k) => h.index + k)));
  return hits.length > 0 && tokens.every((t, k) => covered.has(k) || ['okay', 'ok', 'and', 'or', 'any', ',', 'so', 'alright', 'um', 'uh', 'how', 'about', 'what'].includes(t));
}

/** An examiner stating a finding, whatever punctuation the transcript gives it: "i do appreciate some edema". */
const ASSERTION_RE = / (?:i|we) (?:do |can |could |still )?(?:appreciate|hear|see|feel|notice|note|detect|find) | there (?:is|are|'s) (?:some|a|an|mild|moderate|trace|slight|significant|\d) | you (?:do )?have (?:some|a|an|mild|trace|slight|\d) | you(?:'ve| have)? got (?:some|a|an|mild|trace|slight|\d) | (?:that's|it's|that is) (?:tender|swollen|red) /;

function isAssertion(clause: Clause, hit: TermHit): boolean {
  if (clause.role !== 'clinician') return false;
  const before = ` ${clause.tokens.slice(Math.max(0, hit.index - 12), hit.index + 1).filter((t) => t !== ',').join(' ')} `.replace(/ you know /g, ' ');
  return ASSERTION_RE.test(before) && !/ (?:do|did|does|are|have|has|any|would|could|can|will) you /.test(before);
}

function readStatement(clause: Clause, hits: readonly TermHit[], hit: TermHit): Polarity {
  const system = readSystemName(clause.tokens, hit);
  if (system !== undefined) return isHedged(clause.tokens, hit) ? 'unknown' : system;
  const after = readAfter(clause.tokens, hit, hits);
  if (after === 'absent') return after;
  if (isHedged(clause.tokens, hit)) return 'unknown';
  if (hit.negatedInside) return 'absent';
  if (after === 'present') return isNegatedBefore(clause.tokens, hits, hit, 6, NOTE_NEGATION_STOPS) ? 'absent' : 'present';
  if (HISTORY_RE.test(` ${clause.tokens.slice(Math.max(0, hit.index - 8), hit.index + hit.length + 3).join(' ')} `)) return 'unknown';
  if (isNegatedBefore(clause.tokens, hits, hit, 6, NOTE_NEGATION_STOPS)) return 'absent';
  return isEmbeddedQuestion(clause.tokens, hit) ? 'unknown' : 'present';
}

/** "lungs are nice and clear", "on your lung exam , everything sounds nice and clear", "heart and lungs okay those sound good". */
const LUNGS_CLEAR_RE = /\b(?:lungs?|chest)\b(?: (?!but\b|not\b|no\b|except\b|heart\b|abdomen\b|belly\b)[a-z',]+){0,7} (?:clear|sounds? (?:good|normal|fine|great))\b/;
/** Lungs said to be clear deny the added sounds. */
const CLEAR_LUNG_TERMS = ['wheezing', 'crackles', 'rhonchi'];

/** A clinician's last words before a yes or no are a question, whatever the punctuation: "your waterworks , your urine . — no , it's fine". */
function isConfirmed(model: TranscriptModel, clause: Clause): boolean {
  if (clause.role !== 'clinician' || clause.tokens.length > 25) return false;
  const turn = model.clauses.filter((k) => k.turn === clause.turn);
  if (turn[turn.length - 1] !== clause) return false;
  // "Any questions ? You look a bit confused . — No , that's it": the answer is to the question asked.
  if (turn.some((k) => k !== clause && k.explicitQuestion)) return false;
  const reply = findReply(model, clause);
  return reply !== undefined && !reply.explicitQuestion && readAnswer(reply.tokens) !== 'unknown';
}

/** Words that turn a long turn's last words into a question: "… before i do just want to make sure you're not having any chest pain today". */
const CLOSING_ASK_RE = / (?:make sure|check|checking|ask|any|have you|do you|are you|you're not|you are not|you haven't|you have not|you don't|you do not) /;

/**
 * A long unpunctuated turn that ends by asking after the complaint, answered yes or no: the answer is to those last
 * words, whatever the turn said before them.
 */
function isClosingQuestion(model: TranscriptModel, clause: Clause, hit: TermHit): boolean {
  if (clause.role !== 'clinician' || clause.tokens.length <= 25 || hit.index + hit.length < clause.tokens.length - 4) return false;
  const turn = model.clauses.filter((k) => k.turn === clause.turn);
  if (turn[turn.length - 1] !== clause) return false;
  if (!CLOSING_ASK_RE.test(` ${clause.tokens.slice(Math.max(0, hit.index - 10), hit.index).join(' ')} `)) return false;
  const reply = findReply(model, clause);
  return reply !== undefined && !reply.explicitQuestion && readAnswer(reply.tokens) !== 'unknown';
}

/** "… weakness , numbness or double vision , but he denies everything": a list closed by a blanket denial. */
const BLANKET_DENIAL_RE = /^(?:but |and )?(?:he|she|they|the patient|patient|i) (?:denies|denied|deny|has had none|had none) (?:everything|all|any of|all of|them|those|these|that)|^(?:but )?none of (?:that|those|these|them)/;

function isDeniedAfter(model: TranscriptModel, clause: Clause): boolean {
  const at = model.clauses.indexOf(clause);
  const next = model.clauses[at + 1];
  return next !== undefined && next.line === clause.line && BLANKET_DENIAL_RE.test(next.tokens.join(' '));
}

/** A patient asking what a word means ("What's a seizure?", "what do you mean by palpitations?") has not had it. */
const MEANING_QUESTION_RE = /^(?:sorry |so |and |um )?what(?: 's| s|'s| is| are| does| do you mean)\b/;

function readMention(model: TranscriptModel, clause: Clause, hits: readonly TermHit[], hit: TermHit): Reading {
  if (isAboutRelative(clause.tokens, hit, clause.question)) return { polarity: 'unknown', source: 'statement' };
  if (clause.role === 'patient' && clause.question && MEANING_QUESTION_RE.test(clause.tokens.join(' '))) return { polarity: 'unknown', source: 'statement' };
  if ((clause.role === 'patient' || clause.role === 'other') && clause.explicitQuestion && isAskingWhetherHad(clause.tokens, hit)) return { polarity: 'unknown', source: 'statement' };
  if (isDeniedAfter(model, clause)) return { polarity: 'absent', source: 'statement' };
  if (isAnsweredNoInLine(clause.tokens, hits, hit)) return { polarity: 'absent', source: 'answer' };
  // Long unpunctuated monologues (an exam dictated in one breath) are statements, whatever words they contain.
  // A patient's own question ("could that be why my stomach is hurting ?") presupposes the symptom; only the
  // clinician's questions take the other speaker's answer.
  const askable = clause.role !== 'patient' && clause.role !== 'other';
  const questioned = askable && ((clause.question && (clause.tokens.length <= 25 || clause.explicitQuestion)) || isBareList(clause.tokens, hits) || isConfirmed(model, clause) || isClosingQuestion(model, clause, hit));
  const asked = questioned && !isAssertion(clause, hit);
  if (!asked) return { polarity: readStatement(clause, hits, hit), source: 'statement' };
  const negated = hit.negatedInside === true || isNegatedBefore(clause.tokens, hits, hit, 6, NOTE_NEGATION_STOPS) || readAfter(clause.tokens, hit, hits) === 'absent';
  return readQuestion(model, clause, hits, hit, negated);
}

/** A clause that goes on to tell what an image shows: "it shows no fracture", "which revealed a small effusion". */
const IMAGE_RESULT_RE = /^(?:and |so |but )?(?:it|that|this|which|they|these|those|there|the results?|the findings?)\b.*\b(?:shows?|showed|shown|reveals?|revealed|demonstrates?|demonstrated|is|was|are|were)\b|\b(?:shows?|showed|reveals?|revealed|demonstrates?|demonstrated)\b/;

/**
 * The image a clause speaks of when its own words name none: the one the same speaker named in the clause before
 * ("i reviewed the x ray of your right ankle . it shows no fracture"), with that clause's body part.
 */
function readImageContext(clause: Clause, previous: { turn: number; sites: string[] } | undefined): { sites: string[] } | undefined {
  if (!previous || previous.turn !== clause.turn || IMAGING_RE.test(clause.tokens.join(' '))) return undefined;
  return IMAGE_RESULT_RE.test(clause.tokens.join(' ')) || isBareDenial(clause.tokens) ? { sites: previous.sites } : undefined;
}

/** "… it shows an infiltrate . no effusion .": a verbless denial right after an image's result is more of that result. */
function isBareDenial(tokens: readonly string[]): boolean {
  const words = tokens.filter((t) => /[a-z0-9]/.test(t));
  return ['no', 'without'].includes(words[0] ?? '') && words.length <= 5;
}

/**
 * "it's only tender at the top in the middle": a finding limited to a place the site words cannot name is still at one
 * place, so a note's "RIF and LIF non-tender" is not contradicted by it (a note's unplaced "tender" still is).
 */
function readOnlyPlace(tokens: readonly string[], hit: TermHit): string[] | undefined {
  const limited = tokens.slice(Math.max(0, hit.index - 2), hit.index).includes('only') && ['at', 'in', 'over', 'on', 'around'].includes(tokens[hit.index + hit.length] ?? '');
  return limited && readSites(tokens, hit).length === 0 ? [NAMED_PLACE] : undefined;
}

/** Words that make a denial one of change only: "no new", "any further", "no worsening". */
const CHANGE_WORDS = new Set(['new', 'further', 'worsening', 'additional']);
/** Words that ask only of more of what was told: "any other falls since the surgery?", "any more episodes?". */
const MORE_WORDS = new Set([...CHANGE_WORDS, 'other', 'more']);

/**
 * "Have you had any other falls since the surgery? — No, no falls.": a reply's denial of the term the question asked
 * about as more of it denies only the further ones, not the one already told.
 */
function isAskedAsChange(model: TranscriptModel, clause: Clause, term: string): boolean {
  if (clause.role === 'clinician') return false;
  const asked = model.clauses.filter((c) => c.turn === clause.turn - 1 && c.role === 'clinician' && c.question).pop();
  if (!asked) return false;
  return findAllTerms(asked.tokens).some((h) => h.term === term && asked.tokens.slice(Math.max(0, h.index - 2), h.index).some((t) => MORE_WORDS.has(t)));
}

const WEIGHT_AIMS = new Set(['trying', 'try', 'tried', 'want', 'wanted', 'wanting', 'need', 'needs', 'needed', 'going', 'aiming', 'hoping', 'hope', 'like', 'told', 'advised']);

export function indexMentions(model: TranscriptModel): Map<string, Mention[]> {
  const index = new Map<string, Mention[]>();
  const add = (mention: Mention) => index.set(mention.term, [...(index.get(mention.term) ?? []), mention]);
  let lastImage: { turn: number; sites: string[] } | undefined;
  const reactions = listToldReactions(model.clauses, (tokens) => findMedicationsInTokens(tokens).length > 0);
  for (const [k, clause] of model.clauses.entries()) {
    if (clause.role === 'context') continue;
    // "Any allergies? — Codeine. Makes me throw up.": a drug's reaction, not a symptom had now.
    if (reactions.has(k)) continue;
    const image = readImageContext(clause, lastImage);
    if (IMAGING_RE.test(clause.tokens.join(' '))) lastImage = { turn: clause.turn, sites: readClauseSites(clause.tokens) };
    else if (!image) lastImage = undefined;
    const hits = [...findAllTerms(clause.tokens), ...readBeenSick(model, clause)].sort((a, b) => a.index - b.index);
    const excerpt = clause.tokens.join(' ').slice(0, 80);
    if (clause.question) addAnsweredPain(model, clause, add);
    for (const hit of hits) {
      // "i'm not trying to lose weight": an aim denied, which does not deny the weight lost.
      if (hit.term === 'weight loss' && clause.tokens[hit.index - 1] === 'to' && WEIGHT_AIMS.has(clause.tokens[hit.index - 2] ?? '') && clause.tokens.slice(Math.max(0, hit.index - 5), hit.index - 2).some((t) => t === 'not' || t === 'never' || t.endsWith("n't"))) continue;
      const read = readMention(model, clause, hits, hit);
      // "any new weakness ? — no , nothing new": a new one is denied, not the weakness a stroke left.
      const change = clause.tokens.slice(Math.max(0, hit.index - 2), hit.index).some((t) => CHANGE_WORDS.has(t)) || isAskedAsChange(model, clause, hit.term);
      const reading = read.polarity === 'absent' && change ? { ...read, polarity: 'unknown' as const } : read;
      const lines = reading.reply ? [clause.line, reading.reply.line] : [clause.line];
      const text = reading.reply ? `${excerpt}? — ${reading.reply.tokens.join(' ').slice(0, 40)}` : excerpt;
      const role = reading.reply ? reading.reply.role : clause.role;
      const around = ` ${clause.tokens.slice(Math.max(0, hit.index - 12), hit.index + hit.length + 6).join(' ')} `;
      const wider = clause.tokens.slice(Math.max(0, hit.index - 20), hit.index + hit.length + 8).join(' ');
      const recap = reading.source === 'statement' && isRecap(role, clause.tokens, hit);
      const own = readOnlyPlace(clause.tokens, hit) ?? readSites(clause.tokens, hit, hits);
      const sites = image && own.every((s) => s === 'left' || s === 'right') ? [...own, ...image.sites] : own;
      const mention: Mention = { term: hit.term, polarity: reading.polarity, role, source: reading.source, lines, excerpt: text, sites, exam: !image && isExamStatement(role, reading, hit, around, recap), imaging: image !== undefined || IMAGING_RE.test(wider), qualifiers: readQualifiers(clause.tokens, hits, hit), ...(recap ? { recap } : {}) };
      add(mention);
      // "never had headaches like this before" has it now and had none before: a note may say either.
      if (reading.source === 'statement' && reading.polarity === 'present' && isNoveltyDenied(clause.tokens, hit)) add({ ...mention, polarity: 'absent' });
    }
    // Read in the whole clause, near each other: a dictated exam says it well past the excerpt's first words.
    // A dictated exam that ends "… , okay ?" is still dictated.
    if (LUNGS_CLEAR_RE.test(clause.tokens.join(' ')) && (!clause.explicitQuestion || clause.tokens.length > 20)) {
      for (const term of CLEAR_LUNG_TERMS) add({ term, polarity: 'absent', role: clause.role, source: 'statement', lines: [clause.line], excerpt, sites: ['lung'], exam: true, imaging: false });
    }
  }
  return index;
}

/** Feeling sick said beside it: "I feel sick. I haven't been sick, though." */
const FEEL_SICK_RE = /\bfe(?:el|els|eling|lt) sick\b|\bnause|\bqueas/;

/**
 * "been sick" or "was sick" is vomiting where the same line or the two before speak of feeling sick: set against
 * nausea, British "I haven't been sick" means no vomiting, while "I've been sick all week" alone may mean unwell.
 */
function readBeenSick(model: TranscriptModel, clause: Clause): TermHit[] {
  const at = clause.tokens.findIndex((t, i) => t === 'sick' && ['been', 'was', 'be'].includes(clause.tokens[i - 1] ?? ''));
  if (at < 0 || findAllTerms(clause.tokens).some((h) => h.term === 'vomiting')) return [];
  const k = model.lines.findIndex((l) => l.line === clause.line);
  if (!model.lines.slice(Math.max(0, k - 2), k + 1).some((l) => FEEL_SICK_RE.test(l.text.toLowerCase()))) return [];
  return [{ term: 'vomiting', kind: 'symptom', index: at - 1, length: 2 }];
}

/** "where's the pain? — Middle of my chest.": the answer places the pain the question asked about. */
function addAnsweredPain(model: TranscriptModel, clause: Clause, add: (mention: Mention) => void): void {
  const reply = findReply(model, clause);
  if (!reply) return;
  const answer = listTurnClauses(model, reply).flatMap((c) => c.tokens);
  const term = readAnsweredPain(clause.tokens, answer);
  if (!term) return;
  const excerpt = `${clause.tokens.join(' ').slice(0, 40)}? — ${answer.join(' ').slice(0, 40)}`;
  add({ term, polarity: 'present', role: reply.role, source: 'answer', lines: [clause.line, reply.line], excerpt, sites: [], exam: false, imaging: false });
}

/** Mentions of an ad-hoc phrase (not in the lexicon): clauses that say one of its words, read the same way. */
export function readPhraseMentions(model: TranscriptModel, words: readonly string[]): Mention[] {
  const wanted = words.map((w) => w.slice(0, 5));
  const mentions: Mention[] = [];
  for (const clause of model.clauses) {
    if (clause.role === 'context') continue;
    const stems = clause.tokens.map(stemToken).map((s) => s.slice(0, 5));
    // Every word of the phrase, close together and from its first word: "cracked skin" is not any clause about the
    // skin, and "enlarged prostate" is read at "enlarged", not at an earlier "prostate exam".
    const at = stems.findIndex((s, i) => s === wanted[0] && wanted.every((w) => stems.slice(i, i + 8).includes(w)));
    if (at < 0) continue;
    const near = stems.slice(at, at + 8);
    const last = Math.max(...wanted.map((w) => at + near.indexOf(w)));
    const hit: TermHit = { term: words.join(' '), kind: 'symptom', index: at, length: last - at + 1 };
    const reading = readMention(model, clause, [hit], hit);
    const lines = reading.reply ? [clause.line, reading.reply.line] : [clause.line];
    const role = reading.reply?.role ?? clause.role;
    const around = ` ${clause.tokens.slice(Math.max(0, at - 12), at + 6).join(' ')} `;
    const wider = clause.tokens.slice(Math.max(0, at - 20), at + 8).join(' ');
    mentions.push({ term: hit.term, polarity: reading.polarity, role, source: reading.source, lines, excerpt: clause.tokens.join(' ').slice(0, 80), sites: readSites(clause.tokens, hit), exam: isExamStatement(role, reading, hit, around), imaging: IMAGING_RE.test(wider), qualifiers: readQualifiers(clause.tokens, [hit], hit) });
  }
  return mentions;
}
