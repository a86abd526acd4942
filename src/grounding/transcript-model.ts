/**
 * The transcript as the checks read it: lines with their speaker role and turn, cut into clauses, plus the facts of
 * the clinical context (`--context`) as extra lines that only ever add support. Built once per check.
 */
import { readSpeakerTurns } from './speaker-turns.js';
import type { GroundingContext } from './types.js';
import { splitTokens } from './tokenize.js';
import { expandSideShorthand } from './body-parts.js';

export type SpeakerRole = 'clinician' | 'patient' | 'other' | 'context';

export interface SourceLine {
  /** 1-based line of the transcript; 0 for a fact of the clinical context. */
  line: number;
  role: SpeakerRole;
  /** Consecutive lines of one speaker share a turn, so "the other speaker's next turn" is the reply. */
  turn: number;
  text: string;
  tokens: string[];
  /** The speaker label as written ("Wife", "Daughter", "Nurse"); absent in unlabelled dictation. */
  label?: string;
}

export interface Clause {
  role: SpeakerRole;
  turn: number;
  line: number;
  tokens: string[];
  question: boolean;
  /** Ended with a question mark (rather than read as a question from its words). */
  explicitQuestion: boolean;
}

export interface TranscriptModel {
  lines: SourceLine[];
  clauses: Clause[];
}

/** Words that open a yes/no question even when ASR dropped the question mark. */
const QUESTION_OPENERS = new Set(['any', 'do', 'does', 'did', 'have', 'has', 'are', 'is', 'were', 'was', 'can', 'could', 'how', 'what', 'when', 'where', 'which']);
const OPENING_FILLERS = new Set(['so', 'and', 'okay', 'ok', 'alright', 'all', 'right', 'now', 'well', 'then', 'oh', 'also', 'um', 'uh', ',', 'and', 'but']);
const FIRST_PERSON = new Set(['i', "i'm", "i've", 'my', 'me', 'we']);
/** Tag questions: "you haven't had any fever , have you" / "no fever , right". */
const TAG_ENDINGS = [/ (?:have|did|do|are|were|was|is) (?:you|it|they|there)$/, / (?:right|correct|yeah|no)$/];

/** ASR often drops "?": "okay and how about any nausea or vomiting" is still a question. */
function looksLikeQuestion(tokens: readonly string[]): boolean {
  const at = tokens.findIndex((t) => !OPENING_FILLERS.has(t));
  const opener = tokens[at] ?? '';
  // "when i first got up this morning …" tells; "when did it start" asks.
  if (['when', 'how', 'what', 'where', 'which'].includes(opener) && FIRST_PERSON.has(tokens[at + 1] ?? '')) return false;
  if (QUESTION_OPENERS.has(opener)) return true;
  const text = ` ${tokens.join(' ')}`;
  // "there isn't any rebound", "i don't see any rash": a denied "any" states an absence rather than asking.
  const asksAny = / any /.test(text.replace(/ (?:n't|not|no|never|without|hardly) any /g, ' '));
  return (asksAny || text.includes(' how about ') || text.includes(' what about ')) && !FIRST_PERSON.has(opener);
}

export function isTagQuestion(tokens: readonly string[]): boolean {
  const text = ` ${tokens.join(' ')}`;
  return TAG_ENDINGS.some((re) => re.test(text));
}

const CLAUSE_BREAKS = new Set(['.', '?', '!', ';', 'but', 'however', 'although', 'though']);

function cutClauses(line: SourceLine): Clause[] {
  const clauses: Clause[] = [];
  let current: string[] = [];
  const flush = (question: boolean) => {
    // Patients ask too, but their unpunctuated words are read as statements: "do you know" is rarely a symptom question.
    const asks = question || (line.role !== 'patient' && line.role !== 'other' && looksLikeQuestion(current));
    if (current.length) clauses.push({ role: line.role, turn: line.turn, line: line.line, tokens: current, question: asks, explicitQuestion: question });
    current = [];
  };
  line.tokens.forEach((token, k) => {
    // "Listening to her lungs... clear on both sides": a dictating speaker's ellipsis is a pause before the finding,
    // not the end of what is said of the part; it joins like a comma.
    const ellipsis = token === '.' && (line.tokens[k - 1] === '.' || line.tokens[k + 1] === '.');
    if (ellipsis) {
      if (line.tokens[k + 1] !== '.' && current.length > 0) current.push(',');
    } else if (CLAUSE_BREAKS.has(token)) flush(token === '?');
    else current.push(token);
  });
  flush(false);
  return clauses;
}

/** The clinical context's facts as plain sentences ("allergies: penicillin"), one line each. */
function describeContextFacts(context: GroundingContext | undefined): string[] {
  if (!context) return [];
  const facts: string[] = [];
  const p = context.patient_info;
  if (p?.age !== undefined && p.age !== null) facts.push(`the patient is ${p.age} years old , age ${p.age}`);
  if (p?.gender) facts.push(`the patient is ${p.gender}`);
  if (p?.medications?.length) facts.push(`current medications : ${p.medications.join(' , ')}`);
  if (p?.allergies?.length) facts.push(`allergies : allergic to ${p.allergies.join(' , allergic to ')}`);
  if (p?.medical_history) facts.push(`medical history : ${p.medical_history}`);
  if (context.patient_history) facts.push(...context.patient_history.split(/\r?\n/));
  for (const m of context.chat_messages ?? []) if (m.content) facts.push(m.content);
  return facts.filter((f) => f.trim() !== '');
}

/**
 * Abbreviations a transcriber spells out letter by letter, "C O P D", "M R I", "U T I", as written: "COPD". Two
 * letters ending in "I" or "A" are left alone ("vitamin D I take", "a B A").
 */
export function joinSpelledLetters(text: string): string {
  return text.replace(/\b[A-Z](?: [A-Z]\b)+/g, (run) => (run.length === 3 && /[IA]$/.test(run) ? run : run.replace(/ /g, '')));
}

export function buildTranscriptModel(transcript: string, context?: GroundingContext): TranscriptModel {
  const lines: SourceLine[] = [];
  let turn = -1;
  let lastRole: SpeakerRole | undefined;
  for (const parsed of readSpeakerTurns(transcript)) {
    // A dictated "crackles R base" or "RLQ tender" gives its side as a note's shorthand does.
    const t = { ...parsed, text: expandSideShorthand(joinSpelledLetters(parsed.text)) };
    const tokens = splitTokens(t.text);
    // A line with no words ("." for an inaudible backchannel) neither ends a turn nor answers anything.
    if (!tokens.some((k) => /[a-z0-9]/.test(k))) continue;
    if (t.role !== lastRole) turn += 1;
    lastRole = t.role;
    lines.push({ line: t.line, role: t.role, turn, text: t.text, tokens, ...(t.label !== undefined ? { label: t.label } : {}) });
  }
  for (const fact of describeContextFacts(context)) {
    turn += 1;
    lines.push({ line: 0, role: 'context', turn, text: fact, tokens: splitTokens(fact) });
  }
  return { lines, clauses: lines.flatMap(cutClauses) };
}

/** Words that carry no answer alone: hesitations and address terms. */
const REPLY_FILLERS = new Set([
  "ma'am", 'sir', 'doctor', 'doc', 'um', 'umm', 'uh', 'uhm', 'hmm', 'hm', 'mm', 'mmm', 'er', 'erm', 'ah', 'well', 'so', ',', 'oh',
  'okay', 'ok', '-', 'gosh', 'ohh', 'ooh', 'huh',
]);

/** Backchannel turns ("mm", "okay", "right") that sit between a question and its answer without taking the floor. */
function isBackchannel(clauses: readonly Clause[]): boolean {
  const tokens = clauses.flatMap((c) => c.tokens).filter((t) => /[a-z]/.test(t));
  return tokens.length <= 3 && tokens.every((t) => REPLY_FILLERS.has(t) || ['right', 'yeah', 'sure', 'alright', 'mhm', 'gotcha'].includes(t));
}

/**
 * The reply to a clause: the other speaker's next turn, read from its first clause that says something ("um" and
 * "ma'am" alone do not answer), past a backchannel of the asker ("okay .") between the two.
 */
export function findReply(model: TranscriptModel, clause: Clause): Clause | undefined {
  const clausesOf = (turn: number) => model.clauses.filter((k) => k.turn === turn && k.role !== 'context');
  let turn = clause.turn + 1;
  for (let hop = 0; hop < 2; hop += 1) {
    const replies = clausesOf(turn);
    const first = replies[0];
    if (!first || first.role === clause.role) return undefined;
    const said = replies.find((k) => !k.tokens.every((t) => REPLY_FILLERS.has(t)));
    if (said) return said;
    // "— mmm . — (asker) mm-hmm ? — no , not really": the answer comes after the asker's backchannel.
    const next = clausesOf(turn + 1);
    if (next.length === 0 || next[0]!.role !== clause.role || !isBackchannel(next)) return first;
    turn += 2;
  }
  return undefined;
}

/** Every clause of the turn a reply belongs to, in order: "no . no blood . just watery stool". */
export function listTurnClauses(model: TranscriptModel, reply: Clause): Clause[] {
  return model.clauses.filter((k) => k.turn === reply.turn && k.role === reply.role);
}

/** Distinct transcript line numbers (context facts left out), in order. */
export function listLines(lines: Iterable<number>): number[] {
  return [...new Set([...lines].filter((l) => l > 0))].sort((a, b) => a - b);
}
