/**
 * Exam and symptom polarity: a symptom or finding the note affirms must be affirmed (or at least mentioned) in the
 * transcript, and one it denies must not be affirmed there by every clear mention. Symptoms and findings outside the
 * lexicon are read the same way when the note states them in a review-of-systems or exam frame ("Endorses X",
 * "X present").
 */
import { findTerms, listMentionHints, listTermPhrases, type TermHit, type TermKind } from './clinical-terms.js';
import { HYPOTHETICAL_CUES, isNegatedBefore, NOTE_NEGATION_STOPS, readPhraseMentions, type Mention, type Polarity } from './polarity-reading.js';
import { splitTokens } from './tokenize.js';
import type { TranscriptModel } from './transcript-model.js';
import { saysWordStart, saysWordsTogether, stemPhrase, stemToken, type WordIndex } from './word-index.js';

/** In a note, these start a new assertion and end the reach of an earlier "denies". */
const NOTE_CLAUSE_BREAKS = new Set(['.', ';', ':', 'but', 'however', 'although', 'though', 'except']);
/** Note words that make a mention a time course or history rather than a current claim. */
const NOTE_TIME_CUES = new Set([
  'history', 'hx', 'prior', 'previous', 'previously', 'past', 'ago', 'resolved', 'improved', 'improving', 'worse', 'worsening',
  'initially', 'before', 'earlier', 'since', 'until', 'anymore', 'longer', 'first', 'last', 'yesterday', 'then', 'assess',
  'assessment', 'examine', 'examination', 'evaluate', 'evaluation', 'investigate', 'screening', 'elsewhere', 'exclude', 'rule',
]);
/** Where on the body a finding is: a denial is contradicted only by a mention at the same place. */
const LOCATION_WORDS = new Set(['lateral', 'medial', 'anterior', 'posterior', 'dorsal', 'plantar', 'volar', 'proximal', 'distal', 'neck', 'back', 'knee', 'ankle', 'foot', 'hand', 'wrist', 'elbow', 'shoulder', 'hip', 'chest', 'abdomen', 'leg', 'legs', 'arm', 'arms', 'face', 'head', 'spine', 'lumbar', 'cervical', 'thoracic', 'finger', 'toe', 'calf', 'thigh', 'throat', 'ear', 'eye', 'lungs', 'heart', 'skin', 'scalp', 'groin', 'flank', 'nose', 'lip', 'lips', 'tongue', 'jaw']);
/** Written shorthand that carries a polarity: "afebrile" is no fever, "nontender" is no tenderness. */
const EXPANSIONS: Readonly<Record<string, string[]>> = {
  afebrile: ['no', 'fever'], nontender: ['non', 'tender'], 'non-tender': ['non', 'tender'], nad: ['no', 'acute', 'distress'],
  nkda: ['nkda'], 'sx': ['symptoms'],
};

export interface TermClaim {
  term: string;
  kind: TermKind;
  polarity: Polarity;
  phrase: string;
  /** For terms outside the lexicon: the words to look for in the transcript. */
  words?: string[];
}

function prepareTokens(statement: string): string[] {
  return splitTokens(statement).flatMap((t) => EXPANSIONS[t] ?? [t]);
}

function readNotePolarity(tokens: readonly string[], hits: readonly TermHit[], hit: TermHit): Polarity | 'skip' {
  let hypothetical = false;
  for (let i = hit.index - 1; i >= 0; i -= 1) {
    const token = tokens[i] as string;
    if (NOTE_CLAUSE_BREAKS.has(token)) break;
    if (HYPOTHETICAL_CUES.has(token) || NOTE_TIME_CUES.has(token)) hypothetical = true;
  }
  const end = hit.index + hit.length;
  for (let i = end; i < tokens.length && !NOTE_CLAUSE_BREAKS.has(tokens[i] as string); i += 1) {
    if (HYPOTHETICAL_CUES.has(tokens[i] as string) || NOTE_TIME_CUES.has(tokens[i] as string)) hypothetical = true;
  }
  if (hypothetical) return 'skip';
  const after = tokens.slice(end, end + 3).filter((t) => t !== ',' && t !== '-' && t !== ':');
  const word = ['is', 'was', 'are', 'were'].includes(after[0] ?? '') ? after[1] : after[0];
  if (word === 'negative' || word === 'absent') return 'absent';
  if (isNegatedBefore(tokens, hits, hit, 6, NOTE_NEGATION_STOPS)) return 'absent';
  return 'present';
}

/** Frames that state a symptom or finding outside the lexicon: "Endorses X", "Positive for X", "X present". */
/** Review-of-systems and exam frames: the statement opens with the verb, after at most a heading or a subject. */
const AFFIRM_FRAME_RE = /^(?:[a-z ]{2,30}:\s*)?(?:(?:the )?(?:patient|pt|he|she)\s+)?(?:endorses|reports|positive for|complains of|admits to|notes|has)\s+([a-z][a-z' -]{2,40}?)\s*(?:[.;]|$)/i;
const PRESENT_FRAME_RE = /^(?:[a-z ]{2,30}:\s*)?([a-z][a-z' -]{2,40}?)\s+(?:is\s+)?(?:present|noted|appreciated)\s*\.?$/i;
const FRAME_GENERIC = new Set(['some', 'mild', 'moderate', 'severe', 'slight', 'any', 'the', 'a', 'an', 'and', 'or', 'of', 'in', 'on', 'with', 'his', 'her', 'their', 'pain', 'symptoms', 'episodes', 'episode', 'intermittent', 'occasional', 'left', 'right', 'bilateral']);

/** The symptoms and findings a note statement asserts or denies; hypothetical and time-course mentions are skipped. */
export function findTermClaims(statement: string): TermClaim[] {
  const tokens = prepareTokens(statement);
  const hits = findTerms(tokens.map(stemToken));
  const claims: TermClaim[] = [];
  for (const hit of hits) {
    const polarity = readNotePolarity(tokens, hits, hit);
    if (polarity === 'skip') continue;
    claims.push({ term: hit.term, kind: hit.kind, polarity, phrase: tokens.slice(hit.index, hit.index + hit.length).join(' ') });
  }
  if (hits.length === 0) {
    const frame = AFFIRM_FRAME_RE.exec(statement.trim()) ?? PRESENT_FRAME_RE.exec(statement.trim());
    const phrase = frame?.[1]?.toLowerCase().trim();
    const words = phrase ? splitTokens(phrase).filter((w) => w.length >= 4 && !FRAME_GENERIC.has(w)) : [];
    if (phrase && words.length > 0 && words.length <= 3 && !/\b(?:that|to|been|being|history|feeling|doing|taking|using|allerg\w*|any|lot|some|further|issues?|problems?|questions?|concerns?)\b|^(?:no|not|nil|without|non)\b/.test(phrase)) {
      claims.push({ term: phrase, kind: 'symptom', polarity: 'present', phrase, words: words.map(stemToken) });
    }
  }
  // "Endorsed tingling until Sunday, denies tingling today": both polarities in one statement are a time course.
  return claims.filter((c) => !claims.some((o) => o.term === c.term && o.polarity !== c.polarity));
}

export interface PolarityProblem {
  kind: TermKind;
  phrase: string;
  reason: string;
  lines: number[];
}

function describe(claim: TermClaim): string {
  return claim.kind === 'finding' ? 'finding' : 'symptom';
}

/**
 * Flags a claim every clear transcript mention contradicts, and an affirmed symptom or finding the transcript never
 * mentions in any of its words. Mixed or unclear evidence is not flagged.
 */
/** Whether the transcript brings the term up in any words at all: its phrases, its words near each other, its hints. */
function isMentionedSomehow(claim: TermClaim, words: WordIndex): boolean {
  if (listMentionHints(claim.term).some((h) => (h.includes(' ') ? saysWordsTogether(words, h.split(' ')) : saysWordStart(words, h, h.length)))) return true;
  const phrases = claim.words ? [claim.phrase] : [claim.phrase, ...listTermPhrases(claim.term)];
  return phrases.some((p) => saysWordsTogether(words, stemPhrase(p)));
}

export function checkPolarity(statement: string, section: string, mentions: ReadonlyMap<string, Mention[]>, model: TranscriptModel, words: WordIndex): PolarityProblem[] {
  const problems: PolarityProblem[] = [];
  for (const claim of findTermClaims(statement)) {
    // An examiner's "not SOB at rest" describes the visit, not what the patient reports.
    if (section === 'objective' && claim.kind === 'symptom' && claim.polarity === 'absent') continue;
    const heard = claim.words ? readPhraseMentions(model, claim.words) : (mentions.get(claim.term) ?? []);
    const clear = heard.filter((m) => m.polarity !== 'unknown');
    if (heard.length === 0) {
      // A plan names what to look out for; only statements of what was found or reported can be unmentioned.
      if (claim.polarity !== 'present' || section === 'plan' || isMentionedSomehow(claim, words)) continue;
      const also = claim.words ? [] : listTermPhrases(claim.term).filter((p) => p !== claim.phrase).slice(0, 3);
      problems.push({ kind: claim.kind, phrase: claim.phrase, reason: `the note affirms the ${describe(claim)} "${claim.phrase}", which the transcript never mentions${also.length ? ` (nor ${also.join(', ')})` : ''}`, lines: [] });
      continue;
    }
    if (clear.length === 0 || clear.some((m) => m.polarity === claim.polarity)) continue;
    // "No pain to palpation of the lateral aspect" is not contradicted by tenderness of the medial aspect.
    const places = splitTokens(statement).filter((t) => LOCATION_WORDS.has(t));
    if (claim.polarity === 'absent' && places.length > 0 && !clear.some((m) => places.some((p) => (m.clause ?? m.excerpt).includes(` ${p}`)))) continue;
    const example = clear[0]?.excerpt ?? '';
    problems.push({
      kind: claim.kind,
      phrase: claim.phrase,
      reason: claim.polarity === 'absent' ? `the note denies "${claim.phrase}" but the transcript affirms it ("${example}")` : `the note affirms "${claim.phrase}" but the transcript denies it ("${example}")`,
      lines: clear.flatMap((m) => m.lines),
    });
  }
  return problems;
}
