import { parseTranscript } from '../text/parse-transcript.js';
import { splitTokens } from './tokenize.js';

export interface Clause {
  speaker: string;
  /** Index of the turn the clause belongs to. */
  turn: number;
  tokens: string[];
  question: boolean;
}

/** Words that open a yes/no question even when ASR dropped the question mark. */
const QUESTION_OPENERS = new Set(['any', 'do', 'does', 'did', 'have', 'has', 'are', 'is', 'were', 'was', 'can', 'could']);
const OPENING_FILLERS = new Set(['so', 'and', 'okay', 'ok', 'alright', 'all', 'right', 'now', 'well', 'then', 'oh', 'also', 'um', 'uh', ',']);
const FIRST_PERSON = new Set(['i', "i'm", "i've", 'my', 'me', 'we']);

/** ASR often drops "?": "okay and how about any nausea or vomiting" is still a question. */
function looksLikeQuestion(tokens: readonly string[]): boolean {
  const opener = tokens.find((t) => !OPENING_FILLERS.has(t)) ?? '';
  if (QUESTION_OPENERS.has(opener)) return true;
  const text = ` ${tokens.join(' ')} `;
  return (text.includes(' any ') || text.includes(' how about ') || text.includes(' what about ')) && !FIRST_PERSON.has(opener);
}

const CLAUSE_BREAKS = new Set(['.', '?', '!', ';', 'but', 'however', 'although', 'though']);

interface Turn {
  speaker: string;
  text: string;
}

/**
 * Speaker turns, read the way the offline engine reads them (every label format, diarised roles); consecutive lines
 * of one speaker form one turn, so "the other speaker's next turn" is the reply.
 */
export function splitTurns(transcript: string): Turn[] {
  const turns: Turn[] = [];
  for (const line of parseTranscript(transcript)) {
    const last = turns[turns.length - 1];
    if (last && last.speaker === line.role) last.text += ` ${line.text}`;
    else turns.push({ speaker: line.role, text: line.text });
  }
  return turns;
}

/** Clauses of every turn, cut at sentence ends and at contrast words so a "but" ends a negation's reach. */
export function splitClauses(transcript: string): Clause[] {
  const clauses: Clause[] = [];
  splitTurns(transcript).forEach((turn, index) => {
    let current: string[] = [];
    const flush = (question: boolean) => {
      if (current.length) {
        clauses.push({ speaker: turn.speaker, turn: index, tokens: current, question: question || looksLikeQuestion(current) });
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
