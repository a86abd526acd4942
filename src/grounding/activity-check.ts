/**
 * Activities and exercises: "Continue tennis 2x/wk" where the patient does Pilates, "cycle 10 min after dinner" where
 * the nurse said walk. What the patient does or was told to do is part of the plan, and a swapped activity leaves
 * every number in place. An activity the note names must be one the conversation names ("tennis elbow" is not tennis).
 */
import type { TranscriptModel } from './transcript-model.js';

export interface ActivityProblem {
  phrase: string;
  reason: string;
  lines: number[];
}

interface Activity { name: string; written: RegExp; said: RegExp }

const ACTIVITIES: readonly Activity[] = [
  { name: 'swimming', written: /\bswim(?:s|ming)?\b/i, said: /\bswim|\bpool\b|\baqua/i },
  { name: 'running', written: /\b(?:running|runs|jog(?:s|ging)?)\b/i, said: /\brun(?:s|ning)?\b|\bran\b|\bjog|\bmarathon|\b5k\b|\btreadmill/i },
  { name: 'cycling', written: /\b(?:cycl(?:e|es|ing)(?= \d| for|$|[,.;/])|bik(?:e|es|ing)|bicycle|spin class)\b/i, said: /\bcycl|\bbik(?:e|es|ing)\b|\bbicycle|\bspin/i },
  { name: 'tennis', written: /\btennis\b(?! elbow)/i, said: /\btennis\b(?! elbow)/i },
  { name: 'golf', written: /\bgolf\b(?:er'?s elbow)?/i, said: /\bgolf/i },
  { name: 'yoga', written: /\byoga\b/i, said: /\byoga\b/i },
  { name: 'Pilates', written: /\bpilates\b/i, said: /\bpilates\b/i },
  { name: 'gym', written: /\bgym\b/i, said: /\bgym\b|\bwork ?out|\bweights\b/i },
  { name: 'football', written: /\b(?:football|soccer)\b/i, said: /\bfootball|\bsoccer/i },
  { name: 'basketball', written: /\bbasketball\b/i, said: /\bbasketball|\bhoops\b/i },
  { name: 'hiking', written: /\bhik(?:e|es|ing)\b/i, said: /\bhik(?:e|es|ing)\b|\bhill ?walk/i },
  { name: 'dancing', written: /\bdanc(?:e|es|ing)\b/i, said: /\bdanc/i },
  { name: 'resistance band exercises', written: /\b(?:resistance|thera-?) ?bands?\b/i, said: /\bband\b|\bbands\b|\btheraband/i },
  { name: 'cinema', written: /\bcinema\b/i, said: /\bcinema|\bmovies?\b|\bfilm\b/i },
];

export function checkActivities(statement: string, model: TranscriptModel): ActivityProblem[] {
  const problems: ActivityProblem[] = [];
  for (const a of ACTIVITIES) {
    const m = a.written.exec(statement);
    if (!m) continue;
    if (model.lines.some((l) => a.said.test(l.text))) continue;
    problems.push({ phrase: m[0], reason: `the note names ${a.name}, which the transcript never mentions`, lines: [] });
  }
  return problems;
}
