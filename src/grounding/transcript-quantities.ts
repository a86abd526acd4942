/**
 * The numbers a transcript says, each with what it measures: the vital, analyte or score named just before it
 * (in the same turn or the question it answers), the drug a dose belongs to, and whether a time looks back or ahead.
 */
import { canKeyTakeUnit, findKeys } from './claim-keys.js';
import { findMedicationsInTokens } from './medication-check.js';
import { extractQuantities, type Quantity } from './quantities.js';
import { inheritRepeatedUnits } from './repeated-units.js';
import { carryTestUnits } from './carried-units.js';
import { readSpokenShares } from './spoken-shares.js';
import { readTakenDoses } from './taken-doses.js';
import { normaliseTokens } from './tokenize.js';
import { isSiteWord } from './sites.js';
import { findAllTerms } from './site-pains.js';
import type { TranscriptModel } from './transcript-model.js';

export interface HeardQuantity extends Quantity {
  line: number;
  turn: number;
  /** The vital, analyte or score it was said of, if one was named close before it. */
  key: string | null;
  /** Aliases of the drug named closest to a dose, if any. */
  drug: readonly string[] | null;
  /**
   * For a time: what it is said of — the content words around it and of the question it answers ("how long have
   * you had the cough ? — three days"); null when nothing says ("this happened about two days ago").
   */
  subject: ReadonlySet<string> | null;
  /**
   * For a time: the symptoms and findings of the concept table said around it or in its question, in whichever
   * register ("the runs" and "diarrhoea" are one concept), so a note's duration is compared with its complaint's.
   */
  concepts: ReadonlySet<string> | null;
  /** Who said it: a patient's time is their own history; a clinician's may be advice ("diarrhoea-free for 48 hours"). */
  role: string;
  /** "every 6 hours", "each day": a frequency, not how long something has lasted. */
  frequency: boolean;
  /** A time said of the next visit or call ("i want to see you again in two weeks", "call me back in 48 hours"). */
  followUp: boolean;
}

export interface KeyMention {
  key: string;
  line: number;
}

export interface QuantityIndex {
  quantities: HeardQuantity[];
  /** Word stems said in each turn, to tell which event a duration belongs to. */
  turnStems: Map<number, Set<string>>;
  keyMentions: KeyMention[];
  /** The last line of the conversation's first third, where the complaint's history is taken. */
  historyEnd: number;
  /** Values said shortly after "scale" or "pain" ("on a scale of one to ten … it's like a nine"), which support "9/10". */
  scaleValues: Map<number, number>;
  /** A scale named up to a hundred ("rate it from zero to a hundred"), whose bare ratings support "70/100". */
  hundredScale: boolean;
  /** Times said by a day or a moment rather than a count ("since Monday", "on the weekend", "yesterday"). */
  anchors: AnchoredTime[];
}

/** A time said by the day: the complaints of its line (or of the question it answers) and the most days it can mean. */
export interface AnchoredTime {
  line: number;
  concepts: ReadonlySet<string>;
  maxDays: number;
}

const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
/** "since Monday", "on the weekend", "yesterday", "last night", "last week", "the other day": each with the most days it can be. */
const ANCHORS: readonly [RegExp, number][] = [
  [/\b(?:since|from|on|started|began|start|last) (?:last |the )?(?:this )?(?:past )?(?:weekend)\b/, 10],
  [new RegExp(`\\b(?:since|from|on|started|began|start|last|this|that) (?:last |the )?${WEEKDAY}\\b`), 8],
  [/\b(?:since|from|started|began|start|over) (?:last|the last|the past|this past) week\b|\blast week\b/, 14],
  [/\b(?:the other day|a couple of days ago)\b/, 7],
  [/\b(?:yesterday|last night|the night before)\b/, 2],
  [/\b(?:this morning|this afternoon|this evening|today|earlier on|tonight)\b/, 1],
];

function indexAnchors(model: TranscriptModel, lineConcepts: ReadonlyMap<number, Set<string>>): AnchoredTime[] {
  const anchors: AnchoredTime[] = [];
  model.lines.forEach((line, k) => {
    if (line.line <= 0) return;
    const text = line.tokens.join(' ');
    const found = ANCHORS.filter(([re]) => re.test(text)).map(([, days]) => days);
    if (found.length === 0) return;
    // "When did the cough start? — On Saturday.": the answer's complaint is the question's.
    const before = model.lines[k - 1];
    const concepts = new Set([...(lineConcepts.get(line.line) ?? []), ...(before && before.turn === line.turn - 1 ? lineConcepts.get(before.line) ?? [] : [])]);
    if (concepts.size > 0) anchors.push({ line: line.line, concepts, maxDays: Math.max(...found) });
  });
  return anchors;
}

/** How far back (tokens) a key reaches a value: "your a1c , which we checked last week , came back at 8". */
const KEY_REACH = 20;
/** Over a turn change the reply must come quickly: "what was your a1c ? — eight point two". */
const KEY_REACH_ACROSS_TURNS = 8;
const DRUG_REACH_BEFORE = 12;
const DRUG_REACH_AFTER = 4;
const SCALE_REACH = 80;
/** How long a reply that gives an age alone may be: "Fifteen.", "I'm 42 next month." */
const AGE_REPLY_WORDS = 8;
/** "from zero to a hundred", "out of 100": the top of a rating scale other than ten. */
const HUNDRED_SCALE = /\b(?:(?:zero|0|one|1) to|out of) (?:a )?(?:hundred|100)\b/;
const SCALE_WORDS = new Set(['scale', 'pain', 'level', 'rate', 'rating', 'out']);

/** A word's first five letters: enough to match "vomiting" with "vomited" and "diarrhea" with "diarrhoea". */
/** A topic word's stem: "smoking", "smoked" and "smoke" all "smok"; pain however said is "pain". */
export function stemTopicWord(word: string): string {
  if (PAIN_SAYINGS.has(word)) return 'pain';
  const bare = word.length > 5 ? word.replace(/(?:ing|ed|es|s)$/, '') : word;
  return bare.slice(0, 5).replace(/e$/, '');
}

const PAIN_SAYINGS = new Set(['pain', 'pains', 'painful', 'hurt', 'hurts', 'hurting', 'ache', 'aches', 'aching', 'sore', 'soreness', 'discomfort']);

/** The words of a text that say what it is about: content words, and short body parts ("arm", "leg", "ear"). */
export function readTopicWords(tokens: readonly string[]): string[] {
  return tokens.filter((w) => (/^[a-z]{4,}$/.test(w) || isSiteWord(w) && /^[a-z]{3}$/.test(w)) && !TOPIC_STOPWORDS.has(w)).map(stemTopicWord);
}

interface FlatToken {
  token: string;
  line: number;
  turn: number;
}

/** The transcript as one normalised token stream, line by line, with a stop token between lines. */
function flattenTranscript(model: TranscriptModel): FlatToken[] {
  const flat: FlatToken[] = [];
  for (const line of model.lines) {
    for (const token of normaliseTokens(line.text, { lenient: true })) flat.push({ token, line: line.line, turn: line.turn });
    flat.push({ token: '¶', line: line.line, turn: line.turn });
  }
  return flat;
}

function nearestKey(keys: readonly { key: string; index: number; end: number; weak: boolean }[], flat: readonly FlatToken[], q: Quantity): string | null {
  const at = q.index;
  const reached = keys.filter((k) => {
    if (k.end > at + 1 || !canKeyTakeUnit(k.key, q.cls)) return false;
    const distance = at - k.end;
    const crossed = (flat[at]?.turn ?? 0) - (flat[k.index]?.turn ?? 0);
    return distance <= KEY_REACH && crossed <= 1 && (crossed !== 1 || distance <= KEY_REACH_ACROSS_TURNS);
  });
  const nearest = (list: typeof reached) => list.reduce<(typeof reached)[number] | undefined>((b, k) => (!b || k.end > b.end ? k : b), undefined);
  const strong = nearest(reached.filter((k) => !k.weak));
  const weak = nearest(reached.filter((k) => k.weak));
  // A named analyte beats a vague word ("level", "pressure") even a little further away — unless the analyte's own
  // value came before the vague word: "peak flow now 340 . oxygen 98 %" names a new reading.
  if (strong && weak && weak.index > strong.end && hasNumberBetween(flat, strong.end, weak.index)) return weak.key;
  return (strong ?? weak)?.key ?? null;
}

/** Whether a number is said between two token positions (the first inclusive, the second exclusive). */
function hasNumberBetween(flat: readonly FlatToken[], from: number, to: number): boolean {
  return flat.slice(from, to).some((f) => /^\d/.test(f.token));
}

/** Words too common in histories to say which event a duration belongs to. */
export const TOPIC_STOPWORDS = new Set([
  'history', 'patient', 'reports', 'report', 'states', 'about', 'approximately', 'since', 'days', 'weeks', 'months', 'years', 'hours',
  'minutes', 'with', 'that', 'this', 'have', 'been', 'started', 'start', 'past', 'last', 'over', 'around', 'from', 'were', 'they',
  'their', 'there', 'when', 'then', 'than', 'also', 'which', 'into', 'after', 'before', 'ago', 'prior', 'some', 'notes', 'note',
  'previously', 'currently', 'today', 'week', 'month', 'year', 'hour', 'will', 'would', 'presents', 'present', 'onset', 'follow',
  'happened', 'happen', 'thing', 'things', 'feeling', 'like', 'just', 'really', 'think', 'know', 'yeah', 'okay', 'maybe', 'couple',
  'good', 'number', 'what', "what's", "that's", 'would', 'said', 'say', 'well', 'right', 'long', 'going', 'gonna', 'been', 'first',
  'time', 'times', 'least', 'plus', 'ever', 'since', 'back', 'does', 'didn', 'kind', 'sort', 'pretty', 'about', 'roughly',
  'probably', 'actually', 'remember', 'guess', 'these', 'those', 'your', 'when', 'began', 'begin', 'noticed', 'notice', 'mean',
  'duration', 'half', 'quarter', 'several', 'dozen', 'maybe', 'perhaps', 'least', 'most', 'almost', 'nearly', 'since', 'ongoing',
  'could', 'should', 'more', 'once', 'again', 'still', 'much', 'many',
]);
const SUBJECT_REACH = 8;
/** How much of the question an answer takes its subject from: "numbness in the left arm , yeah ? how long has it been going on ?" */
const ASKED_REACH = 20;

/** Words that make a time the next visit's: "see you again in", "come back in", "follow up in", "review in". */
const FOLLOW_UP_CUE_RE = / (?:see (?:you|him|her|them|me|us)|(?:come|coming|came) (?:back|in|see|and see)|back in|follow up|follow-up|followup|review|recheck|re check|check in|check back|appointment|touch base|catch up|call (?:you|me|us)|call back|a call|ring (?:me|us|you)|speak (?:to|with) you|talk (?:to|with) you|visit) /;
const FOLLOW_UP_BEFORE = 10;
const FOLLOW_UP_AFTER = 16;

/** Whether a time in the future (or said without a direction) is the next visit's, from the words of its line around it. */
function isFollowUpTime(flat: readonly FlatToken[], q: Quantity): boolean {
  if (q.cls !== 'time' || q.direction === 'past') return false;
  const line = (flat[q.index] as FlatToken).line;
  const around: string[] = [];
  for (let k = Math.max(0, q.index - FOLLOW_UP_BEFORE); k <= Math.min(flat.length - 1, q.index + FOLLOW_UP_AFTER); k += 1) {
    if ((flat[k] as FlatToken).line === line) around.push((flat[k] as FlatToken).token);
  }
  return FOLLOW_UP_CUE_RE.test(` ${around.join(' ')} `);
}

/** Words that make a time someone else's: "my brother has had it for five days". */
const OTHER_PEOPLE = new Set(['brother', 'sister', 'mother', 'father', 'mum', 'mom', 'dad', 'wife', 'husband', 'son', 'daughter', 'partner', 'friend', 'friends', 'colleague', 'colleagues', 'kids', 'children', 'he', 'she', 'his', 'her', 'they', 'them']);

/** The concepts each line names, so a time said without its complaint ("it's been about three days now") takes the one just talked about. */
function indexLineConcepts(model: TranscriptModel): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  for (const line of model.lines) {
    const terms = findAllTerms(line.tokens).map((h) => h.term);
    if (terms.length > 0) out.set(line.line, new Set(terms));
  }
  return out;
}

/** The topic of the talk just before a line: the concepts of the latest line within the last three turns that named any. */
function readCurrentTopic(model: TranscriptModel, lineConcepts: ReadonlyMap<number, Set<string>>, here: FlatToken): Set<string> | null {
  for (let k = model.lines.findIndex((l) => l.line === here.line); k >= 0; k -= 1) {
    const line = model.lines[k] as TranscriptModel['lines'][number];
    if (line.turn < here.turn - 3) break;
    const concepts = lineConcepts.get(line.line);
    if (concepts) return concepts;
  }
  return null;
}

function readSubject(flat: readonly FlatToken[], at: number, model: TranscriptModel): { subject: Set<string> | null; concepts: Set<string> | null } {
  const here = flat[at] as FlatToken;
  const words: string[] = [];
  for (let k = Math.max(0, at - SUBJECT_REACH); k <= Math.min(flat.length - 1, at + SUBJECT_REACH); k += 1) {
    const f = flat[k] as FlatToken;
    if (f.line === here.line) words.push(f.token);
  }
  // An answer's subject is its question's: "how long have you had the cough ? — three days", also past the
  // clinician's backchannel ("how long has it been going on ? — yes , so … — mm hmm . — about two weeks").
  const line = model.lines.find((l) => l.line === here.line);
  const own = findAllTerms(words).map((h) => h.term);
  if (line && line.role !== 'clinician') {
    for (let turn = here.turn - 1; turn >= here.turn - 3; turn -= 2) {
      const asked = model.lines.filter((l) => l.turn === turn && l.role === 'clinician').pop();
      if (!asked) break;
      if (!isBackchannelLine(asked.tokens)) {
        words.push(...asked.tokens.slice(-ASKED_REACH));
        break;
      }
    }
  }
  const stems = readTopicWords(words);
  // A time said with its own complaint ("my knee has hurt for a few weeks") is that complaint's, whatever was asked.
  const concepts = new Set(own.length > 0 ? own : findAllTerms(words).map((h) => h.term));
  return { subject: stems.length > 0 ? new Set(stems) : null, concepts: concepts.size > 0 ? concepts : null };
}

/**
 * What a time is said of: its words, and its concepts — its own or its question's, or for a patient's time said of
 * nothing ("it's been about three days now"), the complaint just talked about; none when it is someone else's.
 */
function readTimeTopic(flat: readonly FlatToken[], q: Quantity, model: TranscriptModel, lineConcepts: ReadonlyMap<number, Set<string>>, role: string): { subject: Set<string> | null; concepts: Set<string> | null } {
  const about = readSubject(flat, q.index, model);
  const here = flat[q.index] as FlatToken;
  const near = flat.slice(Math.max(0, q.index - SUBJECT_REACH), q.index).filter((f) => f.line === here.line).map((f) => f.token);
  if (near.some((t) => OTHER_PEOPLE.has(t))) return { subject: about.subject, concepts: null };
  if (about.concepts || role !== 'patient' || q.direction === 'future') return about;
  return { subject: about.subject, concepts: readCurrentTopic(model, lineConcepts, here) };
}

const BACKCHANNEL_WORDS = new Set(['mm', 'mmm', 'hmm', 'hm', 'mhm', 'uh', 'huh', 'um', 'okay', 'ok', 'right', 'yeah', 'yes', 'sure', 'alright', 'i', 'see', 'gotcha', 'oh']);

/** "mm hmm .", "okay , i see": a line that only keeps the other speaker going. */
function isBackchannelLine(tokens: readonly string[]): boolean {
  const words = tokens.filter((t) => /[a-z]/.test(t));
  return words.length <= 4 && words.every((t) => BACKCHANNEL_WORDS.has(t));
}

/** The turns that ask an age: "And how old are you now, Priya?". */
function readAgeQuestions(model: TranscriptModel): Set<number> {
  return new Set(model.lines.filter((l) => /\bhow old\b/i.test(l.text)).map((l) => l.turn));
}

/** Turns that speak of someone's age without asking it: "I'm not deaf, only old", "at my age", "since my birthday". */
function readAgeTalk(model: TranscriptModel): Set<number> {
  return new Set(model.lines.filter((l) => /\b(?:(?:only|too|so|very|getting|am|i'm|he's|she's) old|my age|his age|her age|birthday)\b/i.test(l.text)).map((l) => l.turn));
}

/**
 * "— Fifteen.": a bare whole number that is the short reply to an age asked is that age; so is one that opens the
 * reply to talk of age ("only old" — "Seventy-nine and sharp as ever").
 */
function isAgeAnswer(q: Quantity, at: FlatToken, asked: ReadonlySet<number>, talk: ReadonlySet<number>, tokens: readonly string[], model: TranscriptModel): boolean {
  if (q.cls !== null || q.unit !== null || q.den !== undefined || !Number.isInteger(q.value) || q.value > 120) return false;
  if (talk.has(at.turn - 1) && (q.index === 0 || tokens[q.index - 1] === '¶') && AGE_FOLLOWERS.has(tokens[q.index + 1] ?? '.')) return true;
  if (!asked.has(at.turn - 1)) return false;
  const line = model.lines.find((l) => l.line === at.line);
  // "Twenty, yeah. Twenty-one in March.": the reply's words are counted, not its commas and stops.
  return line !== undefined && line.tokens.filter((t) => /[a-z0-9]/.test(t)).length <= AGE_REPLY_WORDS;
}

/** Words that state whose age a bare number is: "you're 16 now?", "I'm 58", "she turned 7 in May". */
// The tokens have lost a final "'s", so "he's 67" reads "he 67": a pronoun right before a bare number states its age.
const AGE_LEADS = new Set(["you're", "i'm", "she's", "he's", 'he', 'she', 'turned', 'turning', 'turns']);
const AGE_LEAD_PAIRS = new Set(['you are', 'i am', 'she is', 'he is']);
/** What may follow a stated age: the end of the clause, "now", "next month", "in September", "years". */
// "I'm 68 if that matters", "I'm 40 though": a clause going on with a condition or an aside.
const AGE_FOLLOWERS = new Set(['.', ',', '?', '!', '¶', 'now', 'next', 'in', 'this', 'last', 'years', 'yes', 'right', 'is', 'and', 'if', 'but', 'though', 'actually', 'already']);

/** A bare whole number said as someone's age: "And you're 58, is that right?", "I turned 16 in September". */
function isStatedAge(q: Quantity, tokens: readonly string[]): boolean {
  if (q.cls !== null || q.unit !== null || q.den !== undefined || q.rangeEnd !== undefined || !Number.isInteger(q.value) || q.value < 1 || q.value > 110) return false;
  const led = AGE_LEADS.has(tokens[q.index - 1] ?? '') || AGE_LEAD_PAIRS.has(`${tokens[q.index - 2] ?? ''} ${tokens[q.index - 1] ?? ''}`);
  return led && AGE_FOLLOWERS.has(tokens[q.index + 1] ?? '.');
}

/**
 * "four of ondansetron", "ondansetron four IV", "lisinopril twenty": a bare number right beside a drug's name is its
 * strength said without the unit (the drug's aliases), however small; a count of tablets says what it counts.
 */
function readStrengthBeside(drugs: readonly { index: number; length: number; aliases: readonly string[] }[], tokens: readonly string[], at: number): readonly string[] | null {
  const before = drugs.find((d) => d.index + d.length === at);
  const after = tokens[at + 1] === 'of' ? drugs.find((d) => d.index === at + 2) : undefined;
  return (before ?? after)?.aliases ?? null;
}

/**
 * "How bad is it, out of ten?", "on a scale of zero to ten": the scale's own name, which no answer gives (a bare ten
 * there would support any "10 mg" of the note).
 */
function isScaleName(q: Quantity, tokens: readonly string[]): boolean {
  if (q.unit !== null || q.den !== undefined) return false;
  if (q.value === 10 && tokens[q.index - 1] === 'of' && tokens[q.index - 2] === 'out') return true;
  const named = (at: number) => tokens.slice(Math.max(0, at - 3), at).some((t) => t === 'scale' || t === 'from');
  if (q.rangeEnd === 10 && (q.value === 0 || q.value === 1)) return named(q.index);
  return q.value === 10 && tokens[q.index - 1] === 'to' && ['0', '1'].includes(tokens[q.index - 2] ?? '') && named(q.index - 2);
}

export function indexQuantities(model: TranscriptModel): QuantityIndex {
  const flat = flattenTranscript(model);
  const tokens = flat.map((f) => f.token);
  const keys = findKeys(tokens).map((k) => ({ ...k, end: k.index + k.length }));
  const drugs = findMedicationsInTokens(tokens);
  // A rating already given ("six out of ten … down to a one") anchors the next ones too.
  // "zero to ten?" names the scale as much as "out of ten" does.
  // "out" names a scale only as "out of (ten)": "now out to the side" does not.
  const scaleAt = tokens.flatMap((t, i) => ((SCALE_WORDS.has(t) && (t !== 'out' || tokens[i + 1] === 'of')) || /\/10$/.test(t)
    || ((t === 'ten' || t === '10') && tokens[i - 1] === 'to' && ['zero', '0', 'one', '1'].includes(tokens[i - 2] ?? ''))
    || ((t === 'hundred' || t === '100') && HUNDRED_SCALE.test(tokens.slice(Math.max(0, i - 3), i + 1).join(' '))) ? [i] : []));
  // "strength 4 out of 5 on the right … left is a 5": a bare value after a grade on another scale is a grade of that scale.
  const otherScaleAt = tokens.flatMap((t, i) => (/^\d+\/(?!10$)\d+$/.test(t) ? [i] : []));
  const isRating = (at: number) => {
    const anchor = scaleAt.filter((s) => s < at && at - s <= SCALE_REACH).pop();
    return anchor !== undefined && !otherScaleAt.some((o) => o > anchor && o < at);
  };
  const quantities: HeardQuantity[] = [];
  const scaleValues = new Map<number, number>();
  const lineConcepts = indexLineConcepts(model);
  const said = [...extractQuantities(tokens), ...readSpokenShares(tokens)].sort((a, b) => a.index - b.index);
  const agesAsked = readAgeQuestions(model);
  const ageTalk = readAgeTalk(model);
  const lineAt = (i: number) => (flat[i] as FlatToken).line;
  const withUnits = carryTestUnits(inheritRepeatedUnits(said, lineAt, tokens), (i) => flat[i] as FlatToken, tokens);
  for (const heard of [...withUnits, ...readTakenDoses(withUnits, tokens, drugs, lineAt)]) {
    if (isScaleName(heard, tokens)) continue;
    const at = flat[heard.index] as FlatToken;
    const q = isAgeAnswer(heard, at, agesAsked, ageTalk, tokens, model) || isStatedAge(heard, tokens) ? { ...heard, cls: 'age', unit: 'years', text: `age ${heard.value}` } : heard;
    const key = q.cls === 'time' || q.cls === 'age' ? null : nearestKey(keys, flat, q);
    let drug: readonly string[] | null = null;
    if (q.cls === 'dose') {
      const near = drugs
        .filter((d) => (d.index < q.index && q.index - d.index <= DRUG_REACH_BEFORE) || (d.index > q.index && d.index - q.index <= DRUG_REACH_AFTER))
        .sort((a, b) => Math.abs(a.index - q.index) - Math.abs(b.index - q.index))[0];
      drug = near?.aliases ?? null;
    } else if (q.cls === null && q.unit === null && q.den === undefined) {
      drug = readStrengthBeside(drugs, tokens, q.index);
    }
    // "every 6 hours", "four to five times a day" (read as "times 1 day").
    const before = tokens[q.index - 1] ?? '';
    const frequency = q.cls === 'time' && (['every', 'each', 'q', 'per'].includes(before) || (q.value === 1 && ['times', 'time', 'once', 'twice'].includes(before)));
    const role = model.lines.find((l) => l.line === at.line)?.role ?? 'other';
    const about = q.cls === 'time' ? readTimeTopic(flat, q, model, lineConcepts, role) : { subject: null, concepts: null };
    quantities.push({ ...q, line: at.line, turn: at.turn, key, drug, ...about, role, frequency, followUp: isFollowUpTime(flat, q) });
    // "your heart rate … within a couple of minutes": a value with a unit of its own is no rating.
    // "four of ondansetron" said after "for the pain" is the drug's strength, no rating either.
    if (q.den === undefined && q.unit === null && drug === null && isRating(q.index)) scaleValues.set(q.value, at.line);
  }
  const keyMentions = keys.filter((k) => !k.weak).map((k) => ({ key: k.key, line: (flat[k.index] as FlatToken).line }));
  const turnStems = new Map<number, Set<string>>();
  for (const f of flat) {
    if (!/^[a-z]{4,}/.test(f.token)) continue;
    const stems = turnStems.get(f.turn) ?? new Set<string>();
    stems.add(stemTopicWord(f.token));
    turnStems.set(f.turn, stems);
  }
  const numbered = model.lines.filter((l) => l.line > 0);
  const historyEnd = numbered[Math.floor(numbered.length / 3)]?.line ?? 0;
  const hundredScale = HUNDRED_SCALE.test(tokens.join(' '));
  return { quantities, turnStems, keyMentions, scaleValues, hundredScale, historyEnd, anchors: indexAnchors(model, lineConcepts) };
}
