/**
 * What makes a complaint worse: "Worse on coughing/sneezing/bending" where the clinician asked "any difference if you
 * lie down, stand up, bend over, cough or sneeze?" and the patient said no. The note's aggravating activities are
 * compared with the conversation's questions about them; one asked about and answered "no", and never said to make
 * anything worse, is reported.
 */
import { readAnswer } from './answer-reading.js';
import { findReply, type TranscriptModel } from './transcript-model.js';

export interface AggravationProblem {
  phrase: string;
  reason: string;
  lines: number[];
}

/** "worse on coughing", "worse with bending", "aggravated by sneezing", "exacerbated by lying flat". */
const WORSE_ON_RE = /\b(?:worse|worsens|worsened|worsening|aggravated|exacerbated|brought on|triggered)\s+(?:on|with|when|by|after|during)\s+([a-z/ ,-]+?)(?=[.;]|\bbut\b|$)/i;
/** The activity words: "coughing", "sneezing", "bending", "lying flat", "standing up", "straining". */
const ACTIVITIES: Readonly<Record<string, readonly string[]>> = {
  cough: ['cough', 'coughing', 'coughs'],
  sneeze: ['sneeze', 'sneezing', 'sneezes'],
  bend: ['bend', 'bending', 'bent'],
  lie: ['lie', 'lying', 'laying', 'lay'],
  strain: ['strain', 'straining'],
  stand: ['stand', 'standing'],
  walk: ['walk', 'walking'],
  eat: ['eat', 'eating', 'food', 'meals'],
  light: ['light', 'bright lights'],
};
const ASKS_EFFECT_RE = /\b(?:worse|difference|affect\w*|aggravat\w*|make (?:it|the pain|things) (?:any )?(?:worse|better)|change)\b/;

function activitiesIn(words: readonly string[]): string[] {
  return Object.entries(ACTIVITIES).filter(([, forms]) => forms.some((f) => words.includes(f))).map(([key]) => key);
}

export function checkAggravation(statement: string, section: string, model: TranscriptModel): AggravationProblem[] {
  if (section !== 'subjective') return [];
  const match = WORSE_ON_RE.exec(statement);
  if (!match) return [];
  // "No worse on coughing", "not worse with bending": the note denies it.
  if (/\b(?:no|not|never|nil|denies)\s+(?:\w+\s+)?$/i.test(statement.slice(0, match.index))) return [];
  const claimed = activitiesIn((match[1] ?? '').toLowerCase().split(/[^a-z]+/));
  if (claimed.length === 0) return [];
  const denials: { said: string; lines: number[] }[] = [];
  for (const activity of claimed) {
    const forms = ACTIVITIES[activity] ?? [];
    let denied: number[] = [];
    let affirmed = false;
    for (const clause of model.clauses) {
      if (!clause.tokens.some((t) => forms.includes(t))) continue;
      const text = clause.tokens.join(' ');
      if (clause.role === 'clinician' && clause.question && ASKS_EFFECT_RE.test(text)) {
        const reply = findReply(model, clause);
        const answer = reply ? readAnswer(reply.tokens) : 'unknown';
        if (answer === 'no') denied = [...denied, clause.line, reply?.line ?? clause.line];
        else if (answer === 'yes') affirmed = true;
      } else if (clause.role !== 'clinician' && /\b(?:worse|hurts?|painful|pain|aggravat\w*)\b/.test(text) && !/\b(?:no|not|n't|never)\b/.test(text)) {
        affirmed = true;
      }
    }
    if (denied.length > 0 && !affirmed) denials.push({ said: forms[1] ?? activity, lines: denied });
  }
  if (denials.length === 0) return [];
  const said = denials.map((d) => d.said).join(', ');
  // One finding for the statement: its activities were asked together.
  return [{ phrase: said, reason: `the note says the complaint is worse on ${said}, but asked about it the patient said it makes no difference`, lines: [...new Set(denials.flatMap((d) => d.lines))] }];
}

