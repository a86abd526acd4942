import { splitTokens } from './tokenize.js';

export interface Clause {
  speaker: string;
  /** Index of the turn the clause belongs to. */
  turn: number;
  tokens: string[];
  question: boolean;
}

const SPEAKER_RE = /^\s*(?:\[([a-z_ ]+)\]|(doctor|patient|dr|pt|clinician|provider|nurse|physician|speaker ?\d+|[a-z_]+_guest)\s*:)\s*/i;
/** Words that open a yes/no question even when ASR dropped the question mark. */
const QUESTION_OPENERS = new Set(['any', 'do', 'does', 'did', 'have', 'has', 'are', 'is', 'were', 'was', 'can', 'could']);
const CLAUSE_BREAKS = new Set(['.', '?', '!', ';', 'but', 'however', 'although', 'though']);

interface Turn {
  speaker: string;
  text: string;
}

/** Splits a transcript into speaker turns; lines without a speaker tag continue the previous turn. */
export function splitTurns(transcript: string): Turn[] {
  const turns: Turn[] = [];
  for (const line of transcript.split(/\r?\n/)) {
    const match = SPEAKER_RE.exec(line);
    const text = match ? line.slice(match[0].length) : line;
    const last = turns[turns.length - 1];
    if (match || !last) turns.push({ speaker: (match?.[1] ?? match?.[2] ?? 'unknown').toLowerCase().trim(), text });
    else last.text += ` ${text}`;
  }
  return turns.filter((t) => t.text.trim());
}

/** Clauses of every turn, cut at sentence ends and at contrast words so a "but" ends a negation's reach. */
export function splitClauses(transcript: string): Clause[] {
  const clauses: Clause[] = [];
  splitTurns(transcript).forEach((turn, index) => {
    let current: string[] = [];
    const flush = (question: boolean) => {
      if (current.length) {
        const opener = current.find((t) => !['so', 'and', 'okay', 'um', 'uh', ','].includes(t));
        clauses.push({ speaker: turn.speaker, turn: index, tokens: current, question: question || QUESTION_OPENERS.has(opener ?? '') });
      }
      current = [];
    };
    for (const token of splitTokens(turn.text)) {
      if (CLAUSE_BREAKS.has(token)) flush(token === '?');
      else current.push(token);
    }
    flush(false);
  });
  return clauses;
}
