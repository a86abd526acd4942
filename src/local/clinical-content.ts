/**
 * Decides whether a text holds a clinical encounter at all. A package.json, source code, a recipe, a meeting about
 * budgets or lorem ipsum has none, and a note written from it would be made up; the engine returns an empty note
 * instead, which the commands report as a failure.
 *
 * Refusing a real visit is the worse mistake (no note, and an error), so the gate refuses only on evidence:
 *   1. a text that is mostly code, data, logs or markup, or is lorem ipsum, is refused whatever its comments say;
 *   2. otherwise the distinct words of clinical talk and care (clinical-cues.ts: symptoms, the body, medicines,
 *      clinicians, daily living, feelings, feeding, drinking, an animal's keeping), a speaker labelled by a clinical
 *      role and the medicines and conditions named are weighed against the distinct words of other subjects
 *      (non-clinical-signs.ts: selling, software, office work, cooking, teaching, law, media, sport…), and the text
 *      passes when the clinical side has anything and at least matches the other.
 * Both sides count distinct words, so the weighing does not drift with length: a long counselling session in everyday
 * words passes as a short one does (a density threshold refused them), and a long lecture fails as a short one does.
 */
import { DIAGNOSIS_TERM, findDrugs } from './clinical-vocabulary.js';
import { CARE_CUE, CLINICAL_CUE } from './clinical-cues.js';
import { CODE_LINE, MONEY, NON_CLINICAL_CUE, isDataLine, isLoremIpsum } from './non-clinical-signs.js';
import { readTranscript, roleFromLabel } from '../text/parse-transcript.js';
import { readJsonTranscript } from '../text/json-transcript.js';
import { readYamlTranscript } from '../text/yaml-transcript.js';
import { readEmailThread } from '../text/email-thread.js';
import { readMessagingExport } from '../text/messaging-exports.js';
import { caseless, type CaselessPattern } from '../text/caseless-pattern.js';
import { isTalkAfterCuePrefix, stripCuePrefix } from '../text/cue-prefixes.js';

let diagnosisTerms: CaselessPattern | undefined;

/** How many distinct clinical cues the words of a text carry; with `enough`, it may stop once the count passes it. */
export function countClinicalCues(text: string, enough: (cues: number) => boolean = () => false): number {
  const seen = new Set<string>();
  for (const m of CLINICAL_CUE.matchAll(text)) seen.add(m[0].toLowerCase());
  for (const m of CARE_CUE.matchAll(text)) seen.add(m[0].toLowerCase());
  if (enough(seen.size)) return seen.size;
  for (const d of findDrugs(text)) seen.add(d.toLowerCase());
  if (enough(seen.size)) return seen.size;
  const dx = text.match(diagnosisTerms ??= caseless(DIAGNOSIS_TERM.source, 'g')) ?? [];
  // Diagnosis words include everyday ones ("stress", "failure", "strain"): at most two of them count.
  for (const d of [...new Set(dx.map((w) => w.toLowerCase()))].slice(0, 2)) seen.add(`dx:${d}`);
  return seen.size;
}

/** How many distinct signs of another subject a text carries (a sum of money counts once). */
export function countNonClinicalSigns(text: string): number {
  const seen = new Set<string>();
  for (const m of NON_CLINICAL_CUE.matchAll(text)) seen.add(m[0].toLowerCase());
  return seen.size + (MONEY.test(text) ? 1 : 0);
}

/** A text whose lines are this much code, data, logs or markup is not an encounter, whatever its comments say. */
const MAX_CODE_SHARE = 0.4;
/** What a speaker labelled by a clinical role weighs: as much as three clinical words. */
const CLINICIAN_LABEL_WEIGHT = 3;

export interface ClinicalContent { words: number; cues: number; otherSigns: number; clinicianLabel: boolean; codeShare: number }

/**
 * The prose of a text (a speech service's JSON or an e-mail thread by the words of its utterances, so headers and
 * disclaimers do not thin out the visit), its word count and the share of its lines that are code or data.
 */
function readProse(given: string): { prose: string; words: number; codeShare: number } {
  const json = readMessagingExport(given) ?? readJsonTranscript(given) ?? readYamlTranscript(given) ?? readEmailThread(given);
  const transcript = json ? json.map((u) => (u.label !== undefined ? `${u.label}: ${u.text}` : u.text)).join('\n') : given;
  const lines = transcript.split('\n').filter((line) => line.trim() !== '');
  // A caption's frame or time marks (`{47}{226}`, `[00:01.2]`) make its line start like code: the words after them
  // are weighed instead, so a subtitle format no reader knows is read as the talk it holds.
  const kept = lines.flatMap((line) => (isTalkAfterCuePrefix(line) ? [stripCuePrefix(line)!] : !CODE_LINE.test(line) && !isDataLine(line) ? [line] : []));
  const codeShare = lines.length === 0 ? 0 : 1 - kept.length / lines.length;
  const prose = kept.join('\n');
  const words = prose.split(/\s+/).filter((w) => /[a-z]/i.test(w)).length;
  return { prose, words, codeShare };
}

/** A speaker labelled as a clinician ("Doctor:", "SLP:", "Counselor:") is itself a sign of an encounter. */
function hasClinicianLabel(prose: string): boolean {
  return Object.keys(readTranscript(prose).speakers).some((label) => roleFromLabel(label) === 'clinician' && !SERVICE_ROLE.test(label));
}
/**
 * Staff of any service desk — a nurse line's agent and a laptop maker's alike — and the titles other trades share
 * with care (a football coach, a job interviewer) say nothing of a clinical visit.
 */
const SERVICE_ROLE = /^(?:call |the |sales |support |customer |it )?(?:agent|advis[eo]r|handler|operator|representative|rep|host|moderator|coach|interviewer|coordinator|examiner|consultant|specialist|assistant|tech(?:nician)?|provider)\b/i;

/** What the gate looks at: word count, clinical cues, signs of other subjects, a clinician label, the code share. */
export function measureClinicalContent(given: string): ClinicalContent {
  const { prose, words, codeShare } = readProse(given);
  return { words, cues: countClinicalCues(prose), otherSigns: countNonClinicalSigns(prose), clinicianLabel: hasClinicianLabel(prose), codeShare };
}

/**
 * True when the text has enough clinical content to write a note from. The clinical side only grows with what is
 * counted, so the gate stops as soon as it has matched the other side: the cue words alone settle nearly every
 * visit, and then neither the whole transcript is scanned for medicines and conditions nor its speakers read (the
 * note reads them again anyway).
 */
export function hasClinicalContent(transcript: string): boolean {
  const { prose, words, codeShare } = readProse(transcript);
  // Source code or data with a few comments is not an encounter, whatever the comments talk about.
  if (words === 0 || codeShare >= MAX_CODE_SHARE || isLoremIpsum(prose, words)) return false;
  const other = countNonClinicalSigns(prose);
  const outweighs = (clinical: number) => clinical > 0 && clinical >= other;
  const cues = countClinicalCues(prose, outweighs);
  if (outweighs(cues)) return true;
  // A speaker labelled by a clinical role ("Dietitian:", "SLT:", "Therapist:") weighs for a visit however everyday its
  // words: a dietitian's talk of breakfast and cola names few symptoms, medicines or body parts.
  return cues + CLINICIAN_LABEL_WEIGHT >= other && hasClinicianLabel(prose);
}
