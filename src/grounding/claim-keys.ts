/**
 * What a number measures: vitals, lab analytes and scores, each with the ways notes and speakers name it. A value is
 * supported by the same quantity in the transcript ("A1c 8" by "your a1c came back at eight"), not by the same digits
 * said about something else.
 */
import { splitTokens } from './tokenize.js';

const KEY_NAMES: Readonly<Record<string, readonly string[]>> = {
  'blood pressure': ['blood pressure', 'bp', 'blood pressures', 'pressure', 'pressures', 'systolic', 'diastolic'],
  'heart rate': ['heart rate', 'pulse', 'hr', 'heart rates', 'pulse rate'],
  temperature: ['temperature', 'temp', 'temperatures', 'febrile', 'fever of', 'fever was', 'temp of'],
  'oxygen saturation': ['pulse oxygenation', 'oxygenation', 'oxygen sat', 'oxygen saturation', 'o2 sat', 'o2 sats', 'o2 saturation', 'sat', 'sats', 'saturation', 'saturations', 'spo2', 'sp02', 'pulse ox', 'pulse oximetry', 'oxygen', 'o2', 'satting', 'oxygen level', 'oxygen levels'],
  'respiratory rate': ['respiratory rate', 'respirations', 'respiration', 'rr', 'breathing rate', 'resp rate'],
  weight: ['weight', 'weighs', 'weigh', 'weighed', 'weighing', 'wt'],
  height: ['height', 'tall'],
  bmi: ['bmi', 'body mass index'],
  a1c: ['a1c', 'hemoglobin a1c', 'haemoglobin a1c', 'hba1c', 'hgba1c', 'glycated hemoglobin', 'glycosylated hemoglobin'],
  // "FBG", "FSBG", "BSL": the fasting, fingerstick and blood sugar level shorthands of diabetes notes.
  glucose: ['glucose', 'blood sugar', 'blood sugars', 'sugar', 'sugars', 'glucoses', 'bm', 'bms', 'cbg', 'fingerstick', 'fbg', 'fpg', 'fsbg', 'bgl', 'bsl', 'fasting sugar', 'fasting sugars'],
  ldl: ['ldl', 'bad cholesterol'],
  hdl: ['hdl', 'good cholesterol'],
  cholesterol: ['cholesterol', 'total cholesterol'],
  triglycerides: ['triglycerides', 'triglyceride', 'trigs'],
  creatinine: ['creatinine', 'creat', 'cr'],
  potassium: ['potassium', 'k'],
  sodium: ['sodium', 'na'],
  hemoglobin: ['hemoglobin', 'haemoglobin', 'hgb', 'hb', 'blood count', 'blood counts'],
  hematocrit: ['hematocrit', 'hct'],
  'white count': ['white count', 'white blood cell count', 'white blood cells', 'white cell count', 'wbc', 'white cells', 'white blood count'],
  platelets: ['platelets', 'platelet', 'platelet count', 'plt'],
  tsh: ['tsh', 'thyroid stimulating hormone', 'thyroid level', 'thyroid levels'],
  't4': ['t4', 'free t4', 'thyroxine'],
  inr: ['inr', 'pt inr'],
  psa: ['psa', 'prostate specific antigen'],
  'ejection fraction': ['ejection fraction', 'ef', 'pumping function', 'pump function', 'heart function'],
  egfr: ['egfr', 'gfr', 'kidney function', 'filtration rate'],
  bun: ['bun', 'urea', 'blood urea nitrogen'],
  troponin: ['troponin', 'troponins', 'trop'],
  bnp: ['bnp', 'pro bnp', 'nt probnp', 'probnp'],
  ferritin: ['ferritin'],
  'vitamin d': ['vitamin d', 'vit d', 'vitamin d3'],
  b12: ['b12', 'vitamin b12', 'b 12'],
  alt: ['alt', 'alanine aminotransferase', 'sgpt', 'liver enzymes', 'liver function', 'lfts', 'lft'],
  ast: ['ast', 'aspartate aminotransferase', 'sgot', 'liver enzymes', 'liver function', 'lfts', 'lft'],
  'alkaline phosphatase': ['alkaline phosphatase', 'alk phos', 'alp'],
  bilirubin: ['bilirubin', 'bili'],
  albumin: ['albumin'],
  calcium: ['calcium', 'ca'],
  magnesium: ['magnesium', 'mag', 'mg level'],
  lipase: ['lipase'],
  crp: ['crp', 'c reactive protein'],
  esr: ['esr', 'sed rate', 'sedimentation rate'],
  'd-dimer': ['d dimer', 'dimer'],
  'uric acid': ['uric acid', 'urate'],
  iron: ['iron', 'iron level', 'iron levels'],
  hcg: ['hcg', 'beta hcg', 'pregnancy test'],
  lactate: ['lactate', 'lactic acid'],
  cortisol: ['cortisol'],
  testosterone: ['testosterone'],
  'peak flow': ['peak flow', 'pefr', 'peak expiratory flow'],
  'phq-9': ['phq9', 'phq', 'depression score', 'depression screen', 'depression screening'],
  'gad-7': ['gad7', 'gad', 'anxiety score', 'anxiety screen'],
  gcs: ['gcs', 'glasgow coma scale', 'glasgow'],
  moca: ['moca', 'mmse', 'mini mental'],
  pain: ['pain', 'scale', 'rate', 'rating', 'rated', 'rates', 'hurts', 'hurt', 'sore', 'level'],
  // A questionnaire or risk score the lexicon does not name ("SPADI score 48", "your score came out at 48").
  score: ['score', 'scored', 'scores'],
};

interface KeyPhrase {
  key: string;
  words: string[];
}

const KEY_PHRASES: readonly KeyPhrase[] = Object.entries(KEY_NAMES)
  .flatMap(([key, names]) => names.map((name) => ({ key, words: splitTokens(name) })))
  .sort((a, b) => b.words.length - a.words.length);

/** Keys that are ambiguous alone ("pressure", "pain", "level") and so never outrank a specific key nearby. */
const WEAK_NAMES = new Set(['pressure', 'pressures', 'oxygen', 'o2', 'sugar', 'sugars', 'scale', 'rate', 'rating', 'rated', 'rates', 'hurts', 'hurt', 'sore', 'score', 'scored', 'scores', 'level', 'pain', 'k', 'na', 'ca', 'cr', 'hb', 'bm', 'bms', 'mag', 'tall', 'weigh', 'iron']);

/** Unit classes each kind of key can carry; a number with another unit is not that key's value ("98%" is no pulse). */
const KEY_UNIT_CLASSES: Readonly<Record<string, readonly string[]>> = {
  'blood pressure': ['pressure'],
  'heart rate': ['rate'],
  'respiratory rate': ['rate'],
  temperature: ['temperature'],
  'oxygen saturation': ['percent'],
  weight: ['weight'],
  height: ['length'],
  a1c: ['percent'],
  'ejection fraction': ['percent'],
  'phq-9': [],
  'gad-7': [],
  pain: [],
  score: [],
};

/** True when a value with this unit class can be a reading of the key (no unit always can). */
export function canKeyTakeUnit(key: string, cls: string | null): boolean {
  if (cls === null || cls === 'ratio') return true;
  const allowed = KEY_UNIT_CLASSES[key];
  return allowed ? allowed.includes(cls) : ['conc', 'percent', 'dose'].includes(cls);
}

export interface KeyHit {
  key: string;
  index: number;
  length: number;
  weak: boolean;
}

/** The key phrases by their first word, longest first: a transcript's every token is looked up here. */
const KEYS_BY_FIRST: ReadonlyMap<string, typeof KEY_PHRASES> = (() => {
  const map = new Map<string, (typeof KEY_PHRASES)[number][]>();
  for (const p of KEY_PHRASES) map.set(p.words[0] as string, [...(map.get(p.words[0] as string) ?? []), p]);
  return map;
})();

/** Every key named in a token list, longest names first, no overlaps. */
export function findKeys(tokens: readonly string[]): KeyHit[] {
  const hits: KeyHit[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const match = KEYS_BY_FIRST.get(tokens[i] as string)?.find((p) => p.words.every((w, k) => tokens[i + k] === w));
    if (!match) continue;
    hits.push({ key: match.key, index: i, length: match.words.length, weak: match.words.length === 1 && WEAK_NAMES.has(match.words[0] ?? '') });
    i += match.words.length - 1;
  }
  return hits;
}
