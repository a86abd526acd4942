/**
 * What a condition looks like when it is not in the lexicon: a word shaped like a diagnosis ("-itis", "-osis",
 * "-emia", "-pathy" …) or a phrase headed by a disease word ("… syndrome", "… disease", "… failure"), judged by its
 * content words (the words that say how or when are left aside).
 */
/** Word shapes that name a condition. */
const CONDITION_SUFFIX_RE = /(?:itis|osis|iasis|emia|aemia|oma|pathy|algia|ectasis|plasia|trophy|megaly|penia|cytosis|rrhea|rrhoea|uria|plegia|paresis|lithiasis|sclerosis|stenosis|phobia|ism|itides|edema|oedema|derma|cele|ptosis|spasm)$/;
const NOT_CONDITIONS = new Set([
  'diagnosis', 'prognosis', 'hypnosis', 'osmosis', 'symbiosis', 'diploma', 'aroma', 'stoma', 'empathy', 'sympathy', 'telepathy',
  'homeopathy', 'osteopathy', 'naturopathy', 'nostalgia', 'mechanism', 'organism', 'metabolism', 'optimism', 'criticism',
  'tourism', 'journalism', 'realism', 'baptism', 'exorcism', 'mechanisms', 'organisms', 'trophy', 'autism', 'prism', 'schism',
  'rheumatism', 'anism', 'racism', 'sexism', 'ageism', 'truism', 'activism', 'alcoholism', 'plasma', 'glaucoma', 'physiotherapy',
]);

/** Words that head a condition phrase: "Lyme disease", "Cushing's syndrome", "adrenal insufficiency". */
export const HEAD_NOUNS = new Set([
  'disease', 'syndrome', 'disorder', 'deficiency', 'insufficiency', 'failure', 'cancer', 'carcinoma', 'tumor', 'tumour',
  'palsy', 'aneurysm', 'embolism', 'thrombosis', 'fibrillation', 'flutter', 'infarction', 'obstruction', 'degeneration',
  'dysfunction', 'neuralgia', 'hernia', 'ulcer', 'fracture', 'tear', 'rupture', 'infection', 'injury', 'effusion', 'nodule',
  'cyst', 'polyp', 'abscess', 'fissure', 'fistula', 'varices', 'encephalopathy', 'regurgitation', 'prolapse', 'dystrophy',
  'contracture', 'stricture', 'tremor', 'defect', 'block', 'phenomenon', 'anomaly', 'malformation', 'deformity', 'impairment',
  'apnea', 'apnoea', 'dementia', 'lesion', 'mutation', 'trait', 'hypertension', 'hypotension', 'stenosis', 'spur',
]);

/** Words that say how or when, not what: a condition phrase is judged by its other words. */
export const GENERIC_WORDS = new Set([
  'acute', 'chronic', 'mild', 'moderate', 'severe', 'left', 'right', 'bilateral', 'likely', 'possible', 'probable', 'suspected',
  'new', 'known', 'history', 'stable', 'uncontrolled', 'controlled', 'worsening', 'recurrent', 'early', 'late', 'stage', 'type',
  'grade', 'primary', 'secondary', 'underlying', 'the', 'a', 'an', 'of', 'his', 'her', 'their', 'with', 'without', 'and', 'or',
  'to', 'in', 'on', 'at', 'for', 'status', 'post', 'exacerbation', 'flare', 'episode', 'complicated', 'setting', 'diagnosis',
  'lower', 'upper', 'partial', 'small', 'large', 'due', 'related', 'associated', 'some', 'significant', 'also', 'consistent',
  // "likely multifactorial", "cause unclear": how sure or how many causes, never a condition of its own.
  'multifactorial', 'unclear', 'uncertain', 'undetermined', 'indeterminate',
  'new', 'onset', 'presumed', 'probably', 'concern', 'concerning', 'recent', 'ongoing', 'persistent', 'improving', 'resolved',
  'resolving', 'benign', 'simple', 'complex', 'complete', 'total', 'mixed', 'other', 'unspecified', 'nos', 'multiple', 'single',
  'diffuse', 'focal', 'generalized', 'local', 'localized', 'this', 'that', 'is', 'was', 'be', 'has', 'have', 'patient', 'he',
  'she', 'they', 'it', 'as', 'by', 'from', 'first', 'second', 'third', 'mellitus', 'essential', 'idiopathic', 'borderline',
  'symptomatic', 'asymptomatic', 'clinical', 'clinically', 'medical', 'follow', 'up', 'management', 'evaluation', 'likely',
  'component', 'pain', 'problem', 'problems', 'issue', 'issues', 'condition', 'disease', 'disorder', 'syndrome', 'i', 'ii',
  'iii', 'iv', 'iia', 'iib', 'iiia', 'iiib', 'iva', 'ivb', 'non', 'small', 'cell', 'eg', 'e.g', 'ie', 'any', 'systemic',
  // "following lifting injury": a word that times the condition after its cause names none of it.
  'following',
]);

/** Heads that name a condition with no other word: "essential tremor", "mild dementia". */
export const SELF_NAMING_HEADS = new Set(['tremor', 'dementia', 'apnea', 'apnoea', 'hypertension', 'hypotension', 'stenosis', 'contracture']);

/** Procedures, operations and events a history also lists ("a history of tonsillectomy", "history of present illness"). */
const PROCEDURE_RE = /(?:ectomy|otomy|ostomy|plasty|scopy|graphy|pexy|rrhaphy|ectomies|otomies)$/;
const PROCEDURES = new Set([
  'surgery', 'surgeries', 'repair', 'replacement', 'removal', 'removed', 'transplant', 'reconstruction', 'fusion', 'injection',
  'injections', 'section', 'illness', 'present', 'procedure', 'operation', 'bypass', 'stent', 'stents', 'pacemaker', 'biopsy',
  'transfusion', 'transfusions', 'vaccination', 'vaccine', 'admission', 'hospitalization', 'therapy', 'treatment', 'use',
]);

export function isProcedureWord(token: string): boolean {
  return PROCEDURES.has(token) || PROCEDURE_RE.test(token);
}

export function isConditionWord(token: string): boolean {
  // "leiomyomas", "polyps": a plural names the condition too.
  const word = token.length > 7 && /s$/.test(token) && !/(?:is|us|ss)$/.test(token) ? token.slice(0, -1) : token;
  return word.length >= 7 && CONDITION_SUFFIX_RE.test(word) && !NOT_CONDITIONS.has(word) && !NOT_CONDITIONS.has(token);
}

/** A line of past medical history: "PMH: asthma, eczema", "Past medical history - hypertension". */
const HISTORY_HEADINGS = new Set(['pmh', 'pmhx', 'pmh/psh', 'comorbidities', 'comorbidity']);
const HISTORY_HEADING_PHRASES: readonly string[][] = [
  ['past', 'medical', 'history'], ['medical', 'history'], ['past', 'history'], ['problem', 'list'],
  // A chart's sub-headings under the history: "Medical: Type 2 diabetes.", "Medical hx: asthma", "Past medical: …".
  ['medical', ':'], ['medical', 'hx'], ['medical', 'hx', ':'], ['past', 'medical', ':'], ['medical', 'problems', ':'], ['medical', 'conditions', ':'],
];
/** Words that introduce the patient's conditions in a history sentence. */
const HISTORY_CUES: readonly string[][] = [
  'history of', 'hx of', 'history significant for', 'history notable for', 'diagnosed with', 'known', 'background of',
  'in a patient with', 'in the setting of', 'history includes', 'history is significant for', 'complicated by', 'secondary to',
  // The ways a second hand slips a condition into a history: "suffers from …", "is being treated for …", "her other
  // medical problems include …".
  'suffers from', 'suffering from', 'being treated for', 'is treated for', 'problems include', 'conditions include',
  'comorbidities include', 'comorbidities of', 'also has a history of', 'relevant history',
].map((c) => c.split(' '));
/** A relative's history is theirs: a condition named there is not the patient's claim. */
const RELATIVES = new Set(['mother', 'father', 'mom', 'mum', 'dad', 'brother', 'sister', 'sibling', 'siblings', 'family', 'fhx', 'fh', 'grandmother', 'grandfather', 'son', 'daughter', 'aunt', 'uncle', 'cousin', 'parents', 'parent']);

const PERSON_WORDS = new Set(['male', 'female', 'man', 'woman', 'gentleman', 'lady', 'patient', 'boy', 'girl', 'person', 'individual']);
const DENIALS = new Set(['no', 'denies', 'denied', 'deny', 'without', 'negative', 'nil', 'not']);
const SPAN_BREAKS = new Set(['but', 'however', ';', '.', 'although', 'though', 'whereas', 'who', 'presents', 'presenting']);

/**
 * "She has sleep apnea and uses oxygen at night": the patient said to have something, which is a condition only when
 * the name is one (a symptom had — "he has headaches" — is the polarity check's).
 */
const HAS_RE = /^(?:she|he|patient|pt)$/;

/** The token span in which a history statement names the patient's conditions, if it does; `loose` after a bare "has". */
export function findHistorySpan(tokens: readonly string[]): { start: number; end: number; loose?: boolean } | undefined {
  const cued = findHistoryStart(tokens);
  // Not "has had several ankle injuries", "has sustained …": what happened is no condition named as had.
  const has = tokens.findIndex((t, i) => t === 'has' && HAS_RE.test((tokens[i - 1] === 'also' ? tokens[i - 2] : tokens[i - 1]) ?? '') && !DENIALS.has(tokens[i + 1] ?? '') && !/^(?:had|been|got|seen|taken|tried|[a-z]+ed)$/.test(tokens[i + 1] ?? ''));
  const start = cued ?? (has >= 0 ? has + 1 : undefined);
  if (start === undefined) return undefined;
  let end = start;
  while (end < tokens.length && !SPAN_BREAKS.has(tokens[end] as string)) end += 1;
  return { start, end, ...(cued === undefined ? { loose: true } : {}) };
}

/** "Last known well at breakfast" (stroke triage's LKW) times an onset: its "known" introduces no condition. */
export function isLastKnown(tokens: readonly string[], i: number): boolean {
  return tokens[i] === 'known' && tokens[i - 1] === 'last';
}

/** How far back a denial reaches along a list: "no fever, weight loss, night sweats or hx of cancer". */
const LIST_DENIAL_REACH = 16;

/** Whether the cue at i ends a list its clause denies ("no fever, weight loss, night sweats or hx of cancer"). */
function isDeniedListItem(tokens: readonly string[], i: number): boolean {
  if (!['or', 'and', ',', 'nor'].includes(tokens[i - 1] ?? '')) return false;
  for (let k = i - 1; k >= Math.max(0, i - LIST_DENIAL_REACH); k -= 1) {
    const t = tokens[k] as string;
    if (SPAN_BREAKS.has(t)) return false;
    if (DENIALS.has(t)) return true;
  }
  return false;
}

/** Heading words of a history that is not the patient's own conditions: the complaint's story, a relative's, a habit's. */
const OTHER_HISTORIES = new Set([...RELATIVES, 'social', 'drug', 'drugs', 'medication', 'medications', 'surgical', 'allergy', 'allergies', 'presenting', 'complaint', 'present', 'illness', 'obstetric', 'sexual', 'travel', 'occupational', 'smoking', 'alcohol', 'dental']);

/**
 * "Other history: …", "Relevant background - …", "Medical history of note: …": a short heading of history words that
 * names no other kind of history heads a list of the patient's conditions, whatever its other words.
 */
function readHistoryHeading(tokens: readonly string[]): number | undefined {
  const mark = tokens.findIndex((t) => t === ':' || t === '-');
  if (mark < 1 || mark > 4) return undefined;
  const heading = tokens.slice(0, mark);
  if (!heading.some((t) => ['history', 'hx', 'background', 'comorbidities'].includes(t)) || heading.some((t) => OTHER_HISTORIES.has(t))) return undefined;
  // A bare "History:" or "Hx:" heads the complaint's story as often as the patient's conditions.
  if (heading.length === 1 && ['history', 'hx'].includes(heading[0] as string)) return undefined;
  return mark + 1;
}

function findHistoryStart(tokens: readonly string[]): number | undefined {
  const at = (phrase: readonly string[], i: number) => phrase.every((w, k) => tokens[i + k] === w);
  if (HISTORY_HEADINGS.has(tokens[0] ?? '') || HISTORY_HEADING_PHRASES.some((p) => at(p, 0) && !['of', 'significant', 'notable', 'includes'].includes(tokens[p.length] ?? ''))) return 0;
  const headed = readHistoryHeading(tokens);
  if (headed !== undefined) return headed;
  for (let i = 0; i < tokens.length; i += 1) {
    // "a 45-year-old male with hypothyroidism who presents …": the conditions an opening line introduces the patient by.
    if (tokens[i] === 'year' && tokens[i + 1] === 'old') {
      const w = PERSON_WORDS.has(tokens[i + 2] ?? '') ? i + 3 : i + 2;
      if (tokens[w] === 'with') return w + 1;
    }
    const cue = HISTORY_CUES.find((c) => at(c, i));
    if (!cue || isLastKnown(tokens, i)) continue;
    // "3/7 hx of diarrhea" is how long the complaint has lasted; "his father has a history of …" is the father's.
    const before = tokens.slice(Math.max(0, i - 8), i);
    if (before.some((t) => RELATIVES.has(t) || DENIALS.has(t)) || isDeniedListItem(tokens, i) || /^\d/.test(tokens[i - 1] ?? '') || ['day', 'days', 'week', 'weeks', 'month', 'months', 'year'].includes(tokens[i - 1] ?? '')) continue;
    return i + cue.length;
  }
  return undefined;
}

/** Words a result line states its finding with: "ECG shows atrial fibrillation", "CT consistent with appendicitis". */
const RESULT_VERBS = new Set(['show', 'reveal', 'demonstrate', 'shows', 'showed', 'showing', 'reveals', 'revealed', 'revealing', 'demonstrates', 'demonstrated', 'demonstrating', 'confirms', 'confirmed']);
const RESULT_PHRASES: readonly string[][] = [['consistent', 'with'], ['significant', 'for'], ['positive', 'for'], ['diagnostic', 'of']];

/** "consistent, as her PCP noted, with an IgA deficiency": an aside between "consistent" and its "with". */
function readConsistentAside(tokens: readonly string[], i: number): number {
  if (tokens[i] !== 'consistent') return 0;
  for (let k = i + 1; k < tokens.length && k <= i + 8; k += 1) {
    if (tokens[k] === 'with') return k - i + 1;
    if (['.', ';', 'but', 'however'].includes(tokens[k] as string)) return 0;
  }
  return 0;
}

/**
 * The part of an objective statement where a test or an image states a condition, up to the clause's end: in "Chest
 * x-ray reveals a right lower lobe pneumonia" the pneumonia is asserted. Not after a denial ("no evidence of", "does
 * not show") or a hedge ("may show", "to rule out"), which assert nothing.
 */
export function findResultSpan(tokens: readonly string[]): { start: number; end: number } | undefined {
  const at = (phrase: readonly string[], i: number) => phrase.every((w, k) => tokens[i + k] === w);
  for (let i = 0; i < tokens.length; i += 1) {
    const length = RESULT_VERBS.has(tokens[i] as string) ? 1 : (RESULT_PHRASES.find((p) => at(p, i))?.length ?? 0) || readConsistentAside(tokens, i);
    if (length === 0) continue;
    const before = tokens.slice(Math.max(0, i - 3), i);
    if (before.some((t) => DENIALS.has(t) || t.endsWith("n't") || ['may', 'might', 'could', 'would', 'if', 'to', 'rule'].includes(t))) continue;
    let end = i + length;
    while (end < tokens.length && !SPAN_BREAKS.has(tokens[end] as string)) end += 1;
    return { start: i + length, end };
  }
  return undefined;
}


/** Words after "high sodium", "low sugar" that make them a diet's content rather than a blood level. */
const INTAKE_WORDS = new Set(['intake', 'diet', 'diets', 'food', 'foods', 'meal', 'meals', 'snack', 'snacks', 'content', 'consumption', 'drinks', 'load']);

/**
 * "High sodium intake", "a low sugar diet", "high potassium foods": a level condition's name ("high sodium" is
 * hypernatraemia) followed by what is eaten names the food, not the patient's blood, and is no diagnosis.
 */
export function isDietaryLevel(tokens: readonly string[], start: number, length: number): boolean {
  return ['high', 'low'].includes(tokens[start] ?? '') && INTAKE_WORDS.has(tokens[start + length] ?? '');
}
