/**
 * The transcript as the checks read it: lines with their speaker role and turn, cut into clauses, plus the facts of
 * the clinical context (`--context`) as extra lines that only ever add support. Built once per check.
 */
import { parseTranscript } from '../text/parse-transcript.js';
import type { GroundingContext } from './types.js';
import { splitTokens } from './tokenize.js';

export type SpeakerRole = 'clinician' | 'patient' | 'other' | 'context';

export interface SourceLine {
  /** 1-based line of the transcript; 0 for a fact of the clinical context. */
  line: number;
  role: SpeakerRole;
  /** Consecutive lines of one speaker share a turn, so "the other speaker's next turn" is the reply. */
  turn: number;
  text: string;
  tokens: string[];
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
  const opener = tokens.find((t) => !OPENING_FILLERS.has(t)) ?? '';
  if (QUESTION_OPENERS.has(opener)) return true;
  const text = ` ${tokens.join(' ')}`;
  return (text.includes(' any ') || text.includes(' how about ') || text.includes(' what about ')) && !FIRST_PERSON.has(opener);
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
    if (current.length) clauses.push({ role: line.role, turn: line.turn, line: line.line, tokens: current, question: question || looksLikeQuestion(current), explicitQuestion: question });
    current = [];
  };
  for (const token of line.tokens) {
    if (CLAUSE_BREAKS.has(token)) flush(token === '?');
    else current.push(token);
  }
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

export function buildTranscriptModel(transcript: string, context?: GroundingContext): TranscriptModel {
  const lines: SourceLine[] = [];
  let turn = -1;
  let lastRole: SpeakerRole | undefined;
  for (const t of parseTranscript(transcript)) {
    if (t.role !== lastRole) turn += 1;
    lastRole = t.role;
    lines.push({ line: t.line, role: t.role, turn, text: t.text, tokens: splitTokens(t.text) });
  }
  for (const fact of describeContextFacts(context)) {
    turn += 1;
    lines.push({ line: 0, role: 'context', turn, text: fact, tokens: splitTokens(fact) });
  }
  return { lines, clauses: lines.flatMap(cutClauses) };
}

/** The other speaker's first clause after a turn, past fillers ("ma'am", "um"): the reply to a question. */
export function findReply(model: TranscriptModel, clause: Clause): Clause | undefined {
  const replies = model.clauses.filter((k) => k.turn === clause.turn + 1 && k.role !== clause.role && k.role !== 'context');
  return replies.find((k) => !k.tokens.every((t) => REPLY_FILLERS.has(t))) ?? replies[0];
}

const REPLY_FILLERS = new Set(["ma'am", 'sir', 'doctor', 'doc', 'um', 'uh', 'hmm', 'well', 'so', ',', 'oh', 'okay', 'ok', 'er', 'erm']);

/** Distinct transcript line numbers (context facts left out), in order. */
export function listLines(lines: Iterable<number>): number[] {
  return [...new Set([...lines].filter((l) => l > 0))].sort((a, b) => a - b);
}
