/**
 * The specialty shapes the note: which sub-blocks a section is cut into and what they are called (function and home
 * program in therapy notes, mental status, scales and risk in behavioural health, the owner's report in veterinary
 * notes, procedures in dental notes, disposition in triage). The 24 specialty ids fall into a few families; a
 * general id (physician, nurse practitioner, generic) lets the transcript's speakers and words pick one.
 */
import type { Section } from '../note/sections.js';
import type { Role } from '../text/turns.js';
import { caseless } from '../text/caseless-pattern.js';

export type Family = 'medical' | 'rehab' | 'dental' | 'behavioural' | 'veterinary' | 'pharmacy' | 'nutrition' | 'triage' | 'genetics';

export type BlockName = 'chief_complaint' | 'history' | 'function' | 'background' | 'review' | 'risk' | 'exam' | 'measures'
  | 'mental_status' | 'scales' | 'results' | 'assessment' | 'procedure' | 'plan' | 'home_program' | 'disposition';

const FAMILY_OF: Readonly<Record<string, Family>> = {
  physical_therapy: 'rehab', occupational_therapy: 'rehab', exercise_therapy: 'rehab', athletic_trainer: 'rehab',
  chiropractor: 'rehab', massage_therapy: 'rehab', acupuncture: 'rehab', podiatrist: 'rehab', aroma_therapy: 'rehab',
  dentist: 'dental', psychiatrist: 'behavioural', psychotherapist: 'behavioural', social_worker: 'behavioural',
  veterinary: 'veterinary', pharmacy: 'pharmacy', dietitian_nutritionist: 'nutrition', ems: 'triage', paramedic: 'triage',
  genetic_counselling: 'genetics', slp: 'medical', physician: 'medical', nurse_practitioner: 'medical',
  registered_nurse: 'medical', generic: 'medical',
};
const OPEN_TO_INFERENCE = new Set(['physician', 'nurse_practitioner', 'registered_nurse', 'generic']);

/**
 * A specialty the user named that is not medicine's own (a therapist, a dentist, a vet), though its note may be laid out
 * as a medical one (speech and language therapy borrows the medical layout).
 */
export function isOutsideMedicine(specialty: string): boolean {
  const id = specialty.toLowerCase();
  return FAMILY_OF[id] !== undefined && !OPEN_TO_INFERENCE.has(id);
}

const LABEL_FAMILIES: [RegExp, Family][] = [
  [/\b(vet|veterinarian|dvm|owner)\b/i, 'veterinary'],
  [/\b(dentist|hygienist|orthodontist)\b/i, 'dental'],
  [/\b(pharmacist|pharmd)\b/i, 'pharmacy'],
  [/\b(dietitian|dietician|nutritionist)\b/i, 'nutrition'],
  [/\b(psychiatrist|psychologist|psychotherapist|counsell?or)\b/i, 'behavioural'],
  [/\b(caller|triage|medic|emt|paramedic)\b/i, 'triage'],
  [/\b(physio\w*|chiropractor|chiro|trainer|acupuncturist|podiatrist|ot|lmt|massage)\b/i, 'rehab'],
];
const CONTENT_FAMILIES: [RegExp, Family, number][] = [
  [/\b(dog|cat|puppy|kitten|canine|feline|litter box|neuter\w*|spay\w*|kennel)\b/gi, 'veterinary', 2],
  [/\b(tooth|teeth|gums?|molar|cavity|filling|root canal|crown|floss\w*)\b/gi, 'dental', 3],
  [/\b(phq-?9|gad-?7|depress\w*|panic|mood|suicid\w*|therapy session|coping)\b/gi, 'behavioural', 3],
];

/** The family a note is written in: the specialty's, or for a general one, what the speakers and words say. */
export function chooseFamily(specialty: string | undefined, speakers: Record<string, Role>, transcript: string): Family {
  const id = specialty?.toLowerCase();
  if (id && FAMILY_OF[id] && !OPEN_TO_INFERENCE.has(id)) return FAMILY_OF[id];
  const labels = Object.keys(speakers).join(' ');
  for (const [re, family] of LABEL_FAMILIES) if (re.test(labels)) return family;
  // A speaker labelled as the patient is a person: "Any pets? — A cat." does not make a GP visit a veterinary one.
  const personSpeaks = /\b(?:patient|pt)\b/i.test(labels);
  for (const [re, family, min] of CONTENT_FAMILIES) {
    if (family === 'veterinary' && personSpeaks) continue;
    if ((transcript.match(re)?.length ?? 0) >= min) return family;
  }
  return 'medical';
}

const FUNCTION_WORDS = caseless(/\b(stairs|walk\w*|lift\w*|reach\w*|dress\w*|button\w*|jars?|carry\w*|sleep\w*|work\w*|driv\w*|run\w*|bend\w*|squat\w*|shower\w*|kneel\w*|climb\w*|sitting|standing|overhead|typing|gardening|chores)\b/);
const MEASURE_WORDS = caseless(/\b(flexion|extension|rotation|abduction|adduction|range of motion|strength|grip|\d\/5|out of 5|degrees|drawer|lachman|hawkins|neer|straight leg raise|special tests?)\b/);
const MENTAL_STATUS_WORDS = caseless(/\b(mood|affect|thought (?:process|content)|insight|judgment|oriented|alert|mental status|eye contact|psychomotor|speech (?:is|was)|groomed|congruent|linear)\b/);
const SCALE_WORDS = caseless(/\b(phq-?9|phq|gad-?7|gad|score|scale|questionnaire|pcl-?5|audit-c|moca|mmse)\b/);
const HOME_WORDS = caseless(/\b(home|at your desk|each day|every day|daily|on your own|home exercise|stretch\w*|ice|heat|log|diary)\b/);
const DISPOSITION_WORDS = caseless(/\b(911|999|ambulance|emergency (?:room|department)|the er\b|go to the (?:er|hospital|emergency)|urgent care|be seen|seen (?:today|within)|appointment|transport\w*|hang up|hospital)\b/);
const PROCEDURE_WORDS = caseless(/\b(today|numb\w*|root canal|filling|extraction|crown|cleaning|scaling|root planing|anesthe\w*|lidocaine|sealant|impression)\b/);

/** Moves a sentence from its base block into the family's sub-block when its words say so. */
export function refineBlock(block: BlockName, text: string, family: Family): BlockName {
  if (family === 'rehab') {
    if (block === 'history' && FUNCTION_WORDS.test(text)) return 'function';
    if (block === 'exam' && MEASURE_WORDS.test(text)) return 'measures';
    if (block === 'plan' && HOME_WORDS.test(text)) return 'home_program';
  }
  if (family === 'behavioural') {
    if ((block === 'exam' || block === 'results') && SCALE_WORDS.test(text)) return 'scales';
    if (block === 'exam' && MENTAL_STATUS_WORDS.test(text)) return 'mental_status';
  }
  if (family === 'triage' && block === 'plan' && DISPOSITION_WORDS.test(text)) return 'disposition';
  if (family === 'dental' && block === 'plan' && PROCEDURE_WORDS.test(text)) return 'procedure';
  return block;
}

type Layout = Record<Section, [BlockName, string][]>;

const MEDICAL: Layout = {
  subjective: [['chief_complaint', 'CHIEF COMPLAINT'], ['history', 'HISTORY OF PRESENT ILLNESS'], ['background', 'MEDICATIONS, ALLERGIES AND SOCIAL HISTORY'], ['review', 'REVIEW OF SYSTEMS'], ['risk', 'RISK ASSESSMENT']],
  objective: [['exam', 'PHYSICAL EXAM'], ['results', 'RESULTS']],
  assessment: [['assessment', '']],
  plan: [['plan', '']],
};

const LAYOUTS: Readonly<Record<Family, Layout>> = {
  medical: MEDICAL,
  rehab: {
    subjective: [['chief_complaint', 'CHIEF COMPLAINT'], ['history', 'HISTORY'], ['function', 'FUNCTION'], ['background', 'MEDICATIONS AND HISTORY'], ['review', 'SCREENING'], ['risk', 'RISK ASSESSMENT']],
    objective: [['exam', 'OBSERVATION AND PALPATION'], ['measures', 'RANGE OF MOTION, STRENGTH AND SPECIAL TESTS'], ['results', 'RESULTS']],
    assessment: [['assessment', '']],
    plan: [['plan', 'TREATMENT'], ['home_program', 'HOME PROGRAM']],
  },
  dental: {
    ...MEDICAL,
    objective: [['exam', 'ORAL EXAM'], ['results', 'RADIOGRAPHS AND TESTS']],
    plan: [['procedure', 'PROCEDURE'], ['plan', 'NEXT STEPS']],
  },
  behavioural: {
    subjective: [['chief_complaint', 'PRESENTING CONCERN'], ['history', 'HISTORY'], ['background', 'MEDICATIONS AND HISTORY'], ['review', 'SYMPTOMS'], ['risk', 'RISK ASSESSMENT']],
    objective: [['mental_status', 'MENTAL STATUS'], ['scales', 'SCALES'], ['exam', 'OBSERVATIONS'], ['results', 'RESULTS']],
    assessment: [['assessment', '']],
    plan: [['plan', '']],
  },
  veterinary: {
    ...MEDICAL,
    subjective: [['chief_complaint', 'PRESENTING COMPLAINT'], ['history', "OWNER'S REPORT"], ['background', 'MEDICATIONS AND HISTORY'], ['review', 'REVIEW OF SYSTEMS']],
    objective: [['exam', 'PHYSICAL EXAM'], ['results', 'DIAGNOSTICS']],
  },
  pharmacy: {
    ...MEDICAL,
    subjective: [['chief_complaint', 'REASON FOR VISIT'], ['background', 'MEDICATION RECONCILIATION'], ['history', 'HISTORY'], ['review', 'REVIEW OF SYSTEMS']],
    objective: [['exam', 'VITALS AND EXAM'], ['results', 'LABS']],
    plan: [['plan', 'RECOMMENDATIONS']],
  },
  nutrition: {
    ...MEDICAL,
    subjective: [['chief_complaint', 'REASON FOR REFERRAL'], ['history', 'DIET HISTORY'], ['background', 'MEDICATIONS AND HISTORY'], ['review', 'REVIEW OF SYSTEMS']],
    objective: [['exam', 'ANTHROPOMETRICS'], ['results', 'LABS']],
    plan: [['plan', 'GOALS AND INTERVENTIONS']],
  },
  triage: {
    ...MEDICAL,
    subjective: [['chief_complaint', 'REASON FOR CALL'], ['history', 'HISTORY'], ['background', 'MEDICATIONS AND HISTORY'], ['review', 'RED FLAG SCREEN'], ['risk', 'RISK ASSESSMENT']],
    objective: [['exam', 'FINDINGS'], ['results', 'RESULTS']],
    plan: [['disposition', 'DISPOSITION'], ['plan', 'ADVICE']],
  },
  genetics: {
    ...MEDICAL,
    subjective: [['chief_complaint', 'REASON FOR REFERRAL'], ['history', 'FAMILY AND PERSONAL HISTORY'], ['background', 'MEDICATIONS AND HISTORY'], ['review', 'REVIEW OF SYSTEMS']],
    plan: [['plan', 'TESTING AND FOLLOW-UP']],
  },
};

export function layoutFor(family: Family): Layout {
  return LAYOUTS[family];
}
