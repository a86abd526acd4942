import { findSymptoms } from './symptom-terms.js';
import { splitTokens, stemWord } from './tokenize.js';
import { splitClauses, type Clause } from './transcript-turns.js';

type Polarity = 'present' | 'absent' | 'unknown';

const NEGATION_CUES = new Set(['no', 'not', 'denies', 'denied', 'deny', 'denying', 'without', 'never', 'nor', 'none', 'negative', 'absence', 'free']);
/** Words that make a mention hypothetical or advisory, so it states neither presence nor absence. */
const HYPOTHETICAL_CUES = new Set([
  'if', 'unless', 'whether', 'should', 'could', 'would', 'might', 'may', 'can', 'call', 'return', 'monitor', 'watch', 'risk',
  'prevent', 'avoid', 'precautions', 'warning', 'signs', 'develop', 'develops', 'advised', 'educated', 'instructed',
  'counseled', 'history', 'resolved', 'prior', 'previous', 'previously', 'improved', 'improving', 'worse', 'worsening', 'effects',
]);
/** In a note, these start a new assertion and end the reach of an earlier "denies". */
const AFFIRMING_VERBS = new Set(['reports', 'endorses', 'notes', 'complains', 'admits', 'has', 'describes', 'states', 'experiences', 'positive']);
/** How many tokens back a transcript negation cue may sit ("i do n't really have any fever"). */
const TRANSCRIPT_NEGATION_WINDOW = 5;

function isNegationCue(token: string): boolean {
  return NEGATION_CUES.has(token) || token.endsWith("n't");
}

const NO_ANSWER = /^(?:no|nope|nah|not|never|none|nothing|negative|i (?:do|have|did|am|was) ?n't|i don't|i haven't|i didn't)\b/;
const YES_ANSWER = /^(?:yes|yeah|yep|yup|uh huh|mm hmm|i do|i have|i did|sure|definitely|a little|a bit|some|sometimes|occasionally|correct)\b/;
const FILLERS = /^(?:(?:um|uh|well|oh|so|hmm|,)\s+)+/;

function classifyAnswer(clause: Clause | undefined): Polarity {
  if (!clause) return 'unknown';
  const text = clause.tokens.join(' ');
  const start = /^uh huh\b/.test(text) ? text : text.replace(FILLERS, '');
  if (NO_ANSWER.test(start)) return 'absent';
  if (YES_ANSWER.test(start)) return 'present';
  return 'unknown';
}

/** Every symptom the transcript talks about, with whether it was affirmed or denied there. */
export interface TranscriptSymptom {
  polarity: Polarity;
  excerpt: string;
}

export type TranscriptSymptoms = Map<string, TranscriptSymptom[]>;

export function indexTranscriptSymptoms(transcript: string): TranscriptSymptoms {
  const clauses = splitClauses(transcript);
  const index: TranscriptSymptoms = new Map();
  clauses.forEach((clause, c) => {
    const stemmed = clause.tokens.map(stemWord);
    const hypothetical = clause.tokens.some((t) => HYPOTHETICAL_CUES.has(t));
    for (const hit of findSymptoms(stemmed)) {
      const from = Math.max(0, hit.index - TRANSCRIPT_NEGATION_WINDOW);
      // "no , i have a cough": a bare "no ," answers the previous question, it does not negate what follows.
      const negated = clause.tokens.slice(from, hit.index).some((t, k) => isNegationCue(t) && clause.tokens[from + k + 1] !== ',');
      let polarity: Polarity;
      let excerpt = clause.tokens.join(' ').slice(0, 80);
      if (clause.question) {
        // A question is answered by the other speaker's next turn; only the last questions of a turn get that answer.
        const laterInTurn = clauses.slice(c + 1).filter((k) => k.turn === clause.turn);
        const answer = clauses.find((k) => k.turn > clause.turn && k.speaker !== clause.speaker);
        const answered = laterInTurn.every((k) => k.question) && answer?.turn === clause.turn + 1 ? classifyAnswer(answer) : 'unknown';
        polarity = negated ? (answered === 'unknown' ? 'unknown' : 'absent') : answered;
        if (answer && answered !== 'unknown') excerpt = `${excerpt}? — ${answer.tokens.join(' ').slice(0, 40)}`;
      } else {
        polarity = hypothetical ? 'unknown' : negated ? 'absent' : 'present';
      }
      const list = index.get(hit.symptom) ?? [];
      list.push({ polarity, excerpt });
      index.set(hit.symptom, list);
    }
  });
  return index;
}

/** Whether a note statement asserts or denies each symptom it names; hypothetical mentions are skipped. */
export function findNoteSymptomClaims(statement: string): { symptom: string; polarity: Polarity; phrase: string }[] {
  const tokens = splitTokens(statement);
  const stemmed = tokens.map(stemWord);
  const claims: { symptom: string; polarity: Polarity; phrase: string }[] = [];
  for (const hit of findSymptoms(stemmed)) {
    let negated = false;
    let hypothetical = false;
    // Walk back to the start of the clause: a "denies" there covers the whole list that follows it.
    for (let i = hit.index - 1; i >= 0; i -= 1) {
      const token = tokens[i] as string;
      if (['.', ';', ':', 'but', 'however', 'although', 'though', 'except'].includes(token) || AFFIRMING_VERBS.has(token)) break;
      if (isNegationCue(token)) negated = true;
      if (HYPOTHETICAL_CUES.has(token)) hypothetical = true;
    }
    const phrase = tokens.slice(hit.index, hit.index + hit.length).join(' ');
    if (!hypothetical) claims.push({ symptom: hit.symptom, polarity: negated ? 'absent' : 'present', phrase });
  }
  return claims;
}

/**
 * Flags a symptom the note denies while every clear transcript mention affirms it, and the reverse. Mixed or
 * unclear transcript evidence is not flagged: the heuristic only speaks when the transcript is one-sided.
 */
export function checkNegations(statement: string, transcript: TranscriptSymptoms): { phrase: string; reason: string }[] {
  const problems: { phrase: string; reason: string }[] = [];
  for (const claim of findNoteSymptomClaims(statement)) {
    const heard = (transcript.get(claim.symptom) ?? []).filter((m) => m.polarity !== 'unknown');
    const opposite = heard.filter((m) => m.polarity !== claim.polarity);
    if (heard.length === 0 || opposite.length !== heard.length) continue;
    const example = opposite[0]?.excerpt ?? '';
    problems.push({
      phrase: claim.phrase,
      reason:
        claim.polarity === 'absent'
          ? `the note denies "${claim.phrase}" but the transcript affirms it ("${example}")`
          : `the note affirms "${claim.phrase}" but the transcript denies it ("${example}")`,
    });
  }
  return problems;
}
