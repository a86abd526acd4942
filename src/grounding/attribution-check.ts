/**
 * Who said it: a statement the note attributes to the patient ("The patient reports/states …") must be something the
 * patient said or confirmed, not words only the clinician spoke — and the reverse for "the doctor explained …".
 * Judged by how many of the statement's content words one line of each speaker holds; a clinician's question the
 * patient answers "yes" to counts as the patient's.
 */
import { readAnswer } from './answer-reading.js';
import { splitTokens } from './tokenize.js';
import { findReply, type TranscriptModel } from './transcript-model.js';

/** "The patient reports …", and the shorthand "Pt c/o …" or a bare "C/o …" (a complaint is the patient's by definition). */
const PATIENT_SAYS_RE = /^(?:per (?:the )?patient,?\s*)?(?:(?:(?:the )?(?:patient|pt)|he|she)\s+(?:reports|states|says|said|stated|reported|describes|mentions|mentioned|tells me|told me|explains|explained|complains of|complained of|c\s?\/\s?o)|c\s?\/\s?o)\s+(?:that\s+)?(.+)$/i;
const CLINICIAN_SAYS_RE = /^(?:(?:the )?(?:doctor|clinician|provider|physician|dr\.? \w+)|i)\s+(?:explained|stated|said|told (?:him|her|the patient)|advised|recommended|noted|reassured)\s+(?:that\s+)?(.+)$/i;

const STOPWORDS = new Set([
  'that', 'this', 'with', 'have', 'been', 'from', 'they', 'their', 'there', 'would', 'could', 'should', 'about', 'into', 'when',
  'what', 'which', 'while', 'were', 'will', 'your', 'yours', 'mine', 'also', 'just', 'some', 'more', 'very', 'really', 'then',
  'than', 'them', 'being', 'does', 'doing', 'because', 'patient', 'reports', 'states', 'says', 'said', 'feels', 'feel',
  'felt', 'think', 'know', 'like', 'much', 'well', 'okay', 'today', 'still', 'over', 'only', 'other', 'after', 'before',
  'time', 'times', 'going', 'gonna', 'want', 'make', 'made', 'take', 'took', 'things', 'thing', 'something', 'anything',
]);

/** The content words of a text, cut to five letters so "swelling" and "swollen" meet. */
export function contentStems(text: string): string[] {
  return [...new Set(splitTokens(text).filter((w) => /^[a-z]{4,}$/.test(w) && !STOPWORDS.has(w)).map((w) => w.slice(0, 5)))];
}

type Speaker = 'clinician' | 'patient' | 'other';

interface SpeakerLine {
  role: Speaker;
  line: number;
  stems: Set<string>;
  /** A companion passing on the patient's words ("He says he takes it at six", an interpreter's line). */
  relays?: boolean;
}

export interface SpeakerIndex {
  lines: SpeakerLine[];
  /** The examiner's words stand under the patient's label somewhere, so the labels cannot say who said what. */
  swapped: boolean;
}

/** Words only the examiner says: a "patient" line holding them has its label swapped. */
const EXAMINER_ONLY_RE = / (?:my (?:physical )?exam|on your \w+ exam|i (?:do |don't |do not |do n't )?appreciate|rate and rhythm|i reviewed your) /;
/** A reply that confirms a fact ("yeah , sounds about right", "correct"), unlike "okay" or "sure", which acknowledge. */
const CONFIRMS_RE = /^(?:(?:um|uh|oh|well|so|,)\s+)*(?:yes|yeah|yep|yup|correct|exactly|that's right|that is right|right)\b/;

/** A companion passing on the patient's words: "he says …", "she tells me …". */
const RELAYS_RE = /\b(?:he|she|they) (?:says|said|tells|told|thinks|reports|answers)\b/i;

export function indexSpeakers(model: TranscriptModel): SpeakerIndex {
  const lines: SpeakerLine[] = [];
  let swapped = false;
  for (const line of model.lines) {
    if (line.role !== 'clinician' && line.role !== 'patient' && line.role !== 'other') continue;
    if (line.role === 'patient' && EXAMINER_ONLY_RE.test(` ${line.tokens.join(' ')} `)) swapped = true;
    const relays = line.role === 'other' && (RELAYS_RE.test(line.text) || /\b(?:interpreter|translator)\b/i.test(line.label ?? ''));
    lines.push({ role: line.role, line: line.line, stems: new Set(contentStems(line.text)), relays });
  }
  // A clinician's question the patient confirms ("so it started on saturday ? — yes") is the patient's too, and so is
  // the statement put to the patient that ends the clinician's turn when the reply confirms it ("i know you had the
  // stent placed in 2018 — yeah , sounds about right"); a dictated "he reports …" is not put to the patient.
  model.clauses.forEach((clause, i) => {
    if (clause.role !== 'clinician') return;
    const endsTurn = model.clauses[i + 1]?.turn !== clause.turn;
    if (!clause.question && !endsTurn) return;
    const reply = findReply(model, clause);
    if (!reply || readAnswer(reply.tokens) !== 'yes') return;
    const toPatient = clause.tokens.includes('you') || clause.tokens.includes('your');
    if (clause.question || (toPatient && CONFIRMS_RE.test(reply.tokens.join(' ')))) lines.push({ role: 'patient', line: reply.line, stems: new Set(contentStems(clause.tokens.join(' '))) });
  });
  return { lines, swapped };
}

function bestCover(index: SpeakerIndex, role: Speaker, stems: readonly string[]): { score: number; line: number } {
  let best = { score: 0, line: 0 };
  for (const l of index.lines) {
    if (l.role !== role) continue;
    const score = stems.filter((s) => l.stems.has(s)).length / stems.length;
    if (score > best.score) best = { score, line: l.line };
  }
  return best;
}

/** How much of the statement any line of that speaker says at all. */
function coverAll(index: SpeakerIndex, role: Speaker, stems: readonly string[]): number {
  return stems.filter((s) => index.lines.some((l) => l.role === role && l.stems.has(s))).length / stems.length;
}

/** Judged only on statements long enough to tell, copied nearly word for word from the other speaker. */
const MIN_WORDS = 6;
const OTHER_COVER = 0.85;
const OWN_COVER = 0.3;

/**
 * "Patient reports a dry cough at night" where the wife, speaking under her own label, told of the cough and the
 * patient never used any of its words: too short to judge by cover alone, but a companion's line says all of it.
 */
function checkShortCompanionAccount(content: string, stems: readonly string[], index: SpeakerIndex): { phrase: string; reason: string; lines: number[] }[] {
  if (stems.length < 2 || index.swapped || !index.lines.some((l) => l.role === 'patient')) return [];
  if (coverAll(index, 'patient', stems) > 0 || bestCover(index, 'clinician', stems).score >= 1) return [];
  // An interpreter's "he says …" is the patient's account.
  if (index.lines.some((l) => l.relays)) return [];
  const theirs = bestCover(index, 'other', stems);
  if (theirs.score < 1) return [];
  return [{ phrase: content.slice(0, 40), reason: `the note attributes this to the patient, but only the companion says it (line ${theirs.line})`, lines: [theirs.line] }];
}

export function checkAttribution(statement: string, index: SpeakerIndex): { phrase: string; reason: string; lines: number[] }[] {
  const patientSays = PATIENT_SAYS_RE.exec(statement.trim());
  const clinicianSays = patientSays ? null : CLINICIAN_SAYS_RE.exec(statement.trim());
  const content = patientSays?.[1] ?? clinicianSays?.[1];
  // "Patient reports a history of …" is how notes word the chart summary a clinician reads out.
  if (!content || /^(?:a )?(?:past )?(?:medical )?history of\b/i.test(content)) return [];
  const stems = contentStems(content);
  if (stems.length < MIN_WORDS) return patientSays ? checkShortCompanionAccount(content, stems, index) : [];
  const claimed = patientSays ? 'patient' : 'clinician';
  // "Pt reports heavy periods" where only the mother, speaking under her own label, told of them: a companion's
  // account is not the patient's either.
  const others: Speaker[] = patientSays ? ['clinician', 'other'] : ['patient'];
  // A dictation (one speaker throughout) relays what the patient said without giving them a line of their own.
  if (!index.lines.some((l) => l.role === claimed) || index.swapped) return [];
  const mine = bestCover(index, claimed, stems);
  if (mine.score >= OWN_COVER || coverAll(index, claimed, stems) >= 0.4) return [];
  const other = others.find((o) => bestCover(index, o, stems).score >= OTHER_COVER);
  if (!other) return [];
  const theirs = bestCover(index, other, stems);
  return [{
    phrase: content.slice(0, 40),
    reason: `the note attributes this to the ${claimed}, but only the ${other === 'other' ? 'companion' : other} says it (line ${theirs.line})`,
    lines: [theirs.line],
  }];
}
