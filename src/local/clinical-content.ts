/**
 * Decides whether a text holds a clinical encounter at all. A package.json, source code, a recipe, a meeting about
 * budgets or lorem ipsum has none, and a note written from it would be made up; the engine returns an empty note
 * instead, which the commands report as a failure. The test is deliberately lenient: it counts distinct words that
 * only clinical talk uses (symptoms, findings, conditions, medicines, vitals, clinicians and care), so any real visit,
 * however short, passes, while text that merely mentions a "pressure" or a "back office" does not.
 */
import { DIAGNOSIS_TERM, findDrugs } from './clinical-vocabulary.js';
import { readTranscript, roleFromLabel } from '../text/parse-transcript.js';
import { readJsonTranscript } from '../text/json-transcript.js';
import { readEmailThread } from '../text/email-thread.js';
import { readMessagingExport } from '../text/messaging-exports.js';
import { caseless, type CaselessPattern } from '../text/caseless-pattern.js';

/** Words and phrases that, taken together, only clinical talk uses. Each distinct match counts once. */
const CLINICAL_CUE = caseless(String.raw`\b(?:${[
  // symptoms and complaints
  'pain(?:ful)?', 'aches?', 'aching', 'hurts?', 'hurting', 'sore(?:ness)?', 'fevers?', 'feverish', 'chills', 'coughs?', 'coughing',
  'nause(?:a|ous)', 'vomit(?:ing|ed)?', 'throwing up', 'threw up', 'diarrh(?:o)?ea', 'constipat\\w*', 'dizz\\w*', 'lightheaded',
  'headaches?', 'migraines?', 'fatigue[ds]?', 'tired(?:ness)?', 'numb(?:ness)?', 'tingl\\w*', 'itch\\w*', 'rash(?:es)?',
  'swell\\w*', 'swollen', 'bleed\\w*', 'bruis\\w*', 'wheez\\w*', 'short(?:ness)? of breath', 'palpitations?', 'faint\\w*',
  'sweats', 'sweaty', 'cramp\\w*', 'stiff(?:ness)?', 'injur\\w*', 'symptoms?', 'appetite', 'insomnia', 'hoarse\\w*',
  'discharge', 'urinat\\w*', 'peeing', 'bowel movements?', 'stools?', 'sputum', 'phlegm', 'congest\\w*', 'runny nose',
  'sneez\\w*', 'sore throat', 'limp\\w*', 'seizures?', 'anxious', 'anxiety', 'depress\\w*', 'suicid\\w*', 'panic attacks?',
  // mind, habits and the history a clinician takes
  'grie(?:f|ving)', 'bereave\\w*', 'tearful', 'mood', 'sleep(?:ing)?', 'nightmares?', 'self-harm', 'hurting yourself', 'smok\\w*',
  'tobacco', 'alcohol', 'drinks? (?:a|per) (?:day|week)', 'recreational drugs', 'pregnan\\w*', 'period', 'menstrual', 'medical history',
  'family history', 'social history', 'surgeries', 'disability', 'symptom', 'stutter\\w*', 'swallow\\w*', 'speech', 'aphasia',
  'choking', 'eviction', 'evicted', 'homeless\\w*', 'shelter', 'food bank', 'food stamps', 'medicaid', 'medicare',
  'case manag\\w*', 'caseworker', 'safety plan', 'domestic violence', 'abuse', 'substance use', 'genetic\\w*', 'mutation', 'hereditary', 'brca\\d?', 'calories', 'protein', 'carbs', 'blood sugars?', 'insulin',
  // body, as people speak of their own
  'chest', 'abdomen', 'abdominal', 'belly', 'tummy', 'throat', 'lungs?', 'kidneys?', 'liver', 'bladder', 'spine', 'knees?',
  'ankles?', 'wrists?', 'elbows?', 'hips?', 'shoulders?', 'neck', 'ears?', 'eyes?', 'teeth', 'tooth', 'gums?', 'skin', 'toes?',
  'fingers?', 'forehead', 'jaw', 'pelvis', 'groin', 'uterus', 'prostate', 'heels?', 'foot', 'feet', 'calf', 'calves', 'muscles?', 'joints?',
  // examining, measuring, results
  'exam(?:ination)?', 'examine', 'blood pressure', 'heart rate', 'pulse', 'temperature', 'oxygen', 'saturation', 'mmhg',
  'bpm', 'weight', 'bmi', 'tender(?:ness)?', 'murmurs?', 'reflexes', 'range of motion', 'x-?rays?', 'mri', 'ct scan',
  'ultrasound', 'blood work', 'bloodwork', 'labs?', 'a1c', 'hba1c', 'sugars', 'cholesterol', 'glucose', 'urine', 'biopsy', 'ekg', 'ecg',
  'vitals?', 'stethoscope', 'swab', 'culture',
  // care
  'doctor', 'doc', 'physician', 'nurse', 'clinic', 'hospital', 'emergency room', 'the er', 'ambulance', 'pharmacy',
  'pharmacist', 'dentist', 'therapist', 'patient', 'diagnos\\w*', 'prescri\\w*', 'medications?', 'medicines?', 'meds',
  'pills?', 'tablets?', 'capsules?', 'doses?', 'dosage', 'mg', 'milligrams?', 'mcg', 'inhaler', 'injections?', 'vaccin\\w*',
  'allerg\\w*', 'surgery', 'surgical', 'stitches', 'sutures?', 'referral', 'follow[- ]?up', 'appointment', 'vet', 'veterinar\\w*',
  'physio\\w*', 'chiropract\\w*', 'paramedics?', 'ems', 'triage', 'counsel(?:l)?ing', 'therapy', 'counsel(?:l)?or',
  // therapy, rehabilitation and animal care, where the visit names few symptoms or medicines
  'worr(?:y|ied|ies|ying)', 'catastrophi\\w*', 'thought records?', 'coping', 'overwhelmed', 'lonel(?:y|iness)', 'cr(?:y|ying|ied)',
  'walking (?:frame|stick|aid)', 'zimmer frame', 'walker', 'crutch(?:es)?', 'wheelchair', 'sit to stand', 'timed up and go',
  'mobility', 'exercises', 'stretch(?:es|ing)', 'paws?', 'flea\\w*', 'worming', 'neutered', 'spayed', 'litter (?:tray|box)',
  'hydroly[sz]ed', 'food trial', 'scratch(?:ing|es|y)', 'food diary', 'carb counting', 'sugary drinks', 'portion sizes?',
  // how a carer opens and follows up
  'feel(?:s|ing)? (?:better|worse|low|down|sad|anxious|dizzy|sick|unwell)', 'how (?:are|have) you been(?: feeling)?', 'unwell', 'poorly',
  'last (?:session|visit|appointment)', 'next (?:session|visit|appointment)', 'home visit', 'recover(?:y|ing|ed)', 'healing',
  'unsteady', 'weigh(?:s|ed)',
  'phq-?9', 'gad-?7', 'scale of (?:zero|one|0|1) to (?:ten|10)', 'out of (?:ten|10)', 'occupational therap\\w*', 'adls?',
].join('|')})\b`, 'g');

let diagnosisTerms: CaselessPattern | undefined;

/** JSON, code and markup: lines ending in brackets, braces, semicolons or commas after quoted keys. */
// Keywords count only in code's own syntax: "Let me have a look", "Return if it gets worse" and "Class 2 obesity" are talk.
const CODE_LINE = caseless(/^\s*(?:[{}\]()]|\[\s*(?:$|["{[]|\d+\s*[,\]])|"[^"]*"\s*:|\/\/|\/\*|#include|import\s+(?:[\w{*][^.]*\bfrom\s|['"])|export\s+(?:default|const|let|var|function|class|interface|type)\b|(?:const|let|var)\s+[\w$]+\s*=|function\s*[\w$]*\s*\(|def\s+\w+\s*\(|class\s+\w+\s*[:{(]|return\b[^.!?]*;\s*$|if\s*\(|for\s*\(|<\/?(?!v[\s.>])[a-z][\w-]*[\s>])|[{;[(]\s*$|[}\]"],\s*$/);

/** How many distinct clinical cues the words of a text carry; with `enough`, it may stop once the count passes it. */
export function countClinicalCues(text: string, enough: (cues: number) => boolean = () => false): number {
  const seen = new Set<string>();
  for (const m of CLINICAL_CUE.matchAll(text)) seen.add(m[0].toLowerCase());
  if (enough(seen.size)) return seen.size;
  for (const d of findDrugs(text)) seen.add(d.toLowerCase());
  if (enough(seen.size)) return seen.size;
  const dx = text.match(diagnosisTerms ??= caseless(DIAGNOSIS_TERM.source, 'g')) ?? [];
  // Diagnosis words include everyday ones ("stress", "failure", "strain"): at most two of them count.
  for (const d of [...new Set(dx.map((w) => w.toLowerCase()))].slice(0, 2)) seen.add(`dx:${d}`);
  return seen.size;
}

/** The prose of a text: lines that read as code or data (JSON, source, markup) are left out. */
function proseOf(text: string): string {
  return text.split('\n').filter((line) => !CODE_LINE.test(line)).join('\n');
}

const MIN_CUES = 3;
/** Distinct clinical cues per square root of the word count below which a text is not an encounter. */
const MIN_DENSITY = 1.5;
const SHORT_TEXT = 60;
const MAX_CODE_SHARE = 0.4;

export interface ClinicalContent { words: number; cues: number; clinicianLabel: boolean; codeShare: number }

/**
 * The prose of a text (a speech service's JSON or an e-mail thread by the words of its utterances, so headers and
 * disclaimers do not thin out the visit), its word count and code share.
 */
function readProse(given: string): { prose: string; words: number; codeShare: number } {
  const json = readMessagingExport(given) ?? readJsonTranscript(given) ?? readEmailThread(given);
  const transcript = json ? json.map((u) => (u.label !== undefined ? `${u.label}: ${u.text}` : u.text)).join('\n') : given;
  const lines = transcript.split('\n').filter((line) => line.trim() !== '');
  const codeShare = lines.length === 0 ? 0 : lines.filter((line) => CODE_LINE.test(line)).length / lines.length;
  const prose = proseOf(transcript);
  const words = prose.split(/\s+/).filter((w) => /[a-z]/i.test(w)).length;
  return { prose, words, codeShare };
}

/** A speaker labelled as a clinician ("Doctor:", "SLP:", "Counselor:") is itself a sign of an encounter. */
function hasClinicianLabel(prose: string): boolean {
  return Object.keys(readTranscript(prose).speakers).some((label) => roleFromLabel(label) === 'clinician' && !SERVICE_ROLE.test(label));
}
/** Staff of any service desk — a nurse line's agent and a laptop maker's alike — say nothing of a clinical visit. */
const SERVICE_ROLE = /^(?:call )?(?:agent|advis[eo]r|handler|operator|representative|rep|host|moderator)\b/i;

/** What the gate looks at: the prose's word count, its distinct clinical cues, and whether a clinician is labelled. */
export function measureClinicalContent(given: string): ClinicalContent {
  const { prose, words, codeShare } = readProse(given);
  return { words, cues: countClinicalCues(prose), clinicianLabel: hasClinicianLabel(prose), codeShare };
}

/**
 * True when the text has enough clinical content to write a note from. The score only grows with what is counted,
 * so the gate stops as soon as it passes: the cue words alone settle nearly every visit, and then neither the whole
 * transcript is scanned for medicines and conditions nor its speakers read (the note reads them again anyway).
 */
export function hasClinicalContent(transcript: string): boolean {
  const { prose, words, codeShare } = readProse(transcript);
  // Source code or data with a few comments is not an encounter, whatever the comments talk about.
  if (words === 0 || codeShare >= MAX_CODE_SHARE) return false;
  // A speaker labelled by a clinical role ("Dietitian:", "SLT:", "Therapist:") makes it a visit, however everyday its
  // words: a dietitian's talk of breakfast and cola names no symptom, medicine or body part.
  return scoresEnough(words, countClinicalCues(prose, (cues) => scoresEnough(words, cues))) || hasClinicianLabel(prose);
}

function scoresEnough(words: number, score: number): boolean {
  // A two-line exchange ("Any allergies?" — "Penicillin.") is still an encounter, so short texts need fewer cues.
  if (words < SHORT_TEXT) return score >= 2;
  return score >= MIN_CUES && (10 * score) / Math.sqrt(words) >= MIN_DENSITY;
}
