/**
 * Negation flips, by a deliberately small heuristic:
 * - note side: a symptom is denied when a cue ("denies", "no", "without", "nil") precedes it in the same clause
 *   (so "denies fever, chills and nausea" covers the list), affirmed otherwise; hedged mentions ("return if fever")
 *   and statements that both affirm and deny it (a time course) are skipped;
 * - transcript side: a mention is denied by a cue up to 5 tokens before it, and a question's symptoms take the
 *   polarity of the other speaker's plain yes/no reply; anything unclear is "unknown";
 * - a finding needs every clear transcript mention to disagree with the note.
 */
import { findSymptoms, type TermHit } from './symptom-terms.js';
import { splitTokens, stemWord } from './tokenize.js';
import { splitClauses, type Clause } from './transcript-turns.js';

type Polarity = 'present' | 'absent' | 'unknown';

const NEGATION_CUES = new Set(['no', 'nil', 'not', 'nothing', 'denies', 'denied', 'deny', 'denying', 'without', 'never', 'nor', 'none', 'negative', 'absence', 'free']);
/** Words that make a mention hypothetical or advisory, so it states neither presence nor absence. */
const HYPOTHETICAL_CUES = new Set([
  'if', 'unless', 'whether', 'should', 'could', 'would', 'might', 'may', 'can', 'call', 'return', 'monitor', 'watch', 'risk',
  'prevent', 'avoid', 'precautions', 'warning', 'signs', 'develop', 'develops', 'advised', 'educated', 'instructed',
  'counseled', 'history', 'resolved', 'prior', 'previous', 'previously', 'improved', 'improving', 'worse', 'worsening', 'effects',
  'past', 'ago', 'aware', 'report', 'notify', 'contact', 'lookout', 'wish', 'hope', 'like',
]);
const NOTE_CLAUSE_BREAKS = new Set(['.', ';', ':', 'but', 'however', 'although', 'though', 'except']);
/** In a note, these start a new assertion and end the reach of an earlier "denies". */
const AFFIRMING_VERBS = new Set(['reports', 'endorses', 'notes', 'complains', 'admits', 'has', 'describes', 'states', 'experiences', 'positive']);
/** How many tokens back a transcript negation cue may sit ("i do n't really have any fever"). */
const TRANSCRIPT_NEGATION_WINDOW = 5;

function isNegationCue(token: string, next?: string): boolean {
  // "i ca n't stop itching" affirms the itch.
  if (next === 'stop' || next === 'help') return false;
  return NEGATION_CUES.has(token) || token.endsWith("n't");
}

const NO_ANSWER = /^(?:no|nope|nah|not|never|none|nothing|negative|i (?:do|have|did|am|was|had)(?: not| ?n't)|i (?:don't|haven't|didn't|wasn't))\b/;
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

/** How far a hedge reaches in an unpunctuated ASR clause: "if you get a fever", "i wish i had some weight loss". */
const HEDGE_BEFORE = 8;
const HEDGE_AFTER = 4;

function isHypotheticalNear(tokens: readonly string[], hit: TermHit): boolean {
  const end = hit.index + hit.length;
  return tokens.slice(Math.max(0, hit.index - HEDGE_BEFORE), end + HEDGE_AFTER).some((t) => HYPOTHETICAL_CUES.has(t));
}

/** Words that stop a negation from reaching further: "no fever some chills". */
const NEGATION_STOPS = new Set(['some', 'slight', 'little', 'but', 'just']);
/** After a bare "no", these start a new statement: "no , i had diarrhea last week" answers the question before. */
const NEW_STATEMENT = new Set([',', 'i', 'we', 'he', 'she', 'they']);
const PRESUPPOSING = new Set(['the', 'your', 'this', 'that', 'his', 'her']);
/** A second question later in the same clause takes the answer: "any nausea or diarrhea are you peeing ? yeah". */
const LATER_QUESTION_RE = /\b(?:are|do|did|have|is|can) (?:you|it|there)\b/;

function isNegatedInTranscript(tokens: readonly string[], hit: TermHit): boolean {
  const from = Math.max(0, hit.index - TRANSCRIPT_NEGATION_WINDOW);
  let negated = false;
  for (let k = from; k < hit.index; k += 1) {
    const token = tokens[k] as string;
    // "no , i have a cough": a bare "no ," answers the previous question, it does not negate what follows.
    if (isNegationCue(token, tokens[k + 1]) && !(token === 'no' && NEW_STATEMENT.has(tokens[k + 1] ?? ''))) negated = true;
    if (NEGATION_STOPS.has(token)) negated = false;
  }
  // "diarrhea , no" / "diarrhea no": a denial right after the term that closes the clause.
  const after = tokens.slice(hit.index + hit.length).filter((t) => t !== ',');
  return negated || (after.length <= 2 && ['no', 'none', 'not', 'nope'].includes(after[0] ?? ''));
}

/** A doctor reading a review of systems: "okay coughing headache" — only symptoms and fillers, so a question. */
function isBareSymptomList(tokens: readonly string[], hits: readonly TermHit[]): boolean {
  const covered = new Set(hits.flatMap((h) => Array.from({ length: h.length }, (_, k) => h.index + k)));
  return hits.length > 0 && tokens.every((t, k) => covered.has(k) || ['okay', 'ok', 'and', 'or', 'any', ',', 'so', 'alright', 'um', 'uh'].includes(t));
}

/** The polarity a yes/no question's symptom gets from the reply, or unknown when the reply is not a plain yes/no. */
function inferAnswerPolarity(clauses: readonly Clause[], c: number, hit: TermHit): { polarity: Polarity; reply: string } {
  const clause = clauses[c] as Clause;
  const laterInTurn = clauses.slice(c + 1).filter((k) => k.turn === clause.turn);
  const answer = clauses.find((k) => k.turn > clause.turn && k.speaker !== clause.speaker);
  const rest = clause.tokens.slice(hit.index + hit.length).join(' ');
  // "anything for the abdominal pain?" presupposes the pain; its answer is about something else.
  if (clause.tokens.slice(Math.max(0, hit.index - 2), hit.index).some((t) => PRESUPPOSING.has(t))) return { polarity: 'unknown', reply: '' };
  if (!answer || answer.turn !== clause.turn + 1 || !laterInTurn.every((k) => k.question) || LATER_QUESTION_RE.test(rest)) {
    return { polarity: 'unknown', reply: '' };
  }
  // A reply that names symptoms itself ("no fever , some chills") is indexed on its own; don't spread it.
  if (findSymptoms(answer.tokens.map(stemWord)).length > 0) return { polarity: 'unknown', reply: '' };
  const polarity = classifyAnswer(answer);
  // "stool normal, or diarrhea, or hard? — yeah" says yes to one of the options, not to each; a "no" covers them all.
  if (polarity === 'present' && clause.tokens.includes('or')) return { polarity: 'unknown', reply: '' };
  return { polarity, reply: answer.tokens.join(' ').slice(0, 40) };
}

export function indexTranscriptSymptoms(transcript: string): TranscriptSymptoms {
  const clauses = splitClauses(transcript);
  const index: TranscriptSymptoms = new Map();
  clauses.forEach((clause, c) => {
    const stemmed = clause.tokens.map(stemWord);
    const hits = findSymptoms(stemmed);
    const question = clause.question || isBareSymptomList(clause.tokens, hits);
    for (const hit of hits) {
      const negated = isNegatedInTranscript(clause.tokens, hit);
      let polarity: Polarity;
      let excerpt = clause.tokens.join(' ').slice(0, 80);
      if (question) {
        // A question is answered by the other speaker's next turn; only the last questions of a turn get that answer.
        const answered = inferAnswerPolarity(clauses, c, hit);
        polarity = negated ? (answered.polarity === 'unknown' ? 'unknown' : 'absent') : answered.polarity;
        if (answered.polarity !== 'unknown') excerpt = `${excerpt}? — ${answered.reply}`;
      } else {
        polarity = isHypotheticalNear(clause.tokens, hit) ? 'unknown' : negated ? 'absent' : 'present';
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
      // Same reach as on the transcript side: "No fever some chills" denies only the fever.
      if (NOTE_CLAUSE_BREAKS.has(token) || AFFIRMING_VERBS.has(token) || NEGATION_STOPS.has(token)) break;
      if (isNegationCue(token, tokens[i + 1])) negated = true;
      if (HYPOTHETICAL_CUES.has(token)) hypothetical = true;
    }
    // "… headaches in the past" is hypothetical too, so look ahead to the end of the clause as well.
    for (let i = hit.index + hit.length; i < tokens.length && !NOTE_CLAUSE_BREAKS.has(tokens[i] as string); i += 1) {
      if (HYPOTHETICAL_CUES.has(tokens[i] as string)) hypothetical = true;
    }
    const phrase = tokens.slice(hit.index, hit.index + hit.length).join(' ');
    if (!hypothetical) claims.push({ symptom: hit.symptom, polarity: negated ? 'absent' : 'present', phrase });
  }
  // "Endorsed tingling until Sunday, denies tingling today": both polarities in one statement are a time course.
  return claims.filter((c) => !claims.some((o) => o.symptom === c.symptom && o.polarity !== c.polarity));
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
