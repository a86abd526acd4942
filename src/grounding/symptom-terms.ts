import { splitTokens, stemWord } from './tokenize.js';

/**
 * Symptoms whose presence or absence the negation check compares, each with the ways notes and patients say it.
 * Kept to symptoms a patient can affirm or deny; exam findings (edema, tenderness) are left out because an examiner
 * may find what the patient denies.
 */
const SYMPTOMS: Readonly<Record<string, readonly string[]>> = {
  fever: ['fever', 'fevers', 'febrile'],
  // Listed so that "hay fever" is not read as a fever.
  'hay fever': ['hay fever', 'hayfever'],
  chills: ['chills', 'chill'],
  'night sweats': ['night sweats', 'night sweat'],
  'weight loss': ['weight loss', 'lost weight', 'losing weight'],
  'weight gain': ['weight gain', 'gained weight', 'gaining weight'],
  fatigue: ['fatigue', 'fatigued', 'tiredness'],
  'chest pain': ['chest pain', 'chest pains', 'chest discomfort', 'chest pressure', 'chest tightness'],
  palpitations: ['palpitations', 'palpitation', 'heart racing', 'racing heart'],
  'shortness of breath': ['shortness of breath', 'short of breath', 'dyspnea', 'trouble breathing', 'difficulty breathing'],
  cough: ['cough', 'coughing'],
  wheezing: ['wheezing', 'wheeze'],
  nausea: ['nausea', 'nauseous', 'nauseated'],
  vomiting: ['vomiting', 'throwing up', 'vomited', 'emesis'],
  diarrhea: ['diarrhea', 'diarrhoea', 'loose stools'],
  constipation: ['constipation', 'constipated'],
  'abdominal pain': ['abdominal pain', 'belly pain', 'stomach pain', 'stomach ache', 'stomachache', 'tummy ache'],
  headache: ['headache', 'headaches', 'head ache'],
  dizziness: ['dizziness', 'dizzy', 'vertigo'],
  syncope: ['syncope', 'fainting', 'passed out', 'passing out'],
  numbness: ['numbness', 'numb', 'numbing'],
  tingling: ['tingling', 'pins and needles'],
  rash: ['rash', 'rashes'],
  itching: ['itching', 'itchy', 'pruritus'],
  'blood in stool': ['blood in stool', 'blood in the stool', 'blood in his stool', 'blood in her stool', 'bloody stools', 'melena'],
  dysuria: ['dysuria', 'burning with urination', 'pain with urination'],
  hematuria: ['hematuria', 'blood in urine', 'blood in the urine', 'blood in his urine', 'blood in her urine'],
  'sore throat': ['sore throat'],
  'nasal congestion': ['nasal congestion', 'congestion', 'stuffy nose'],
  'runny nose': ['runny nose', 'rhinorrhea'],
  'vision changes': ['vision changes', 'blurry vision', 'blurred vision', 'visual changes'],
  'joint pain': ['joint pain', 'arthralgia', 'arthralgias'],
  'back pain': ['back pain'],
  'suicidal ideation': ['suicidal ideation', 'suicidal thoughts'],
  bloating: ['bloating', 'bloated'],
  heartburn: ['heartburn', 'acid reflux'],
  'loss of appetite': ['loss of appetite', 'decreased appetite', 'poor appetite'],
  'loss of consciousness': ['loss of consciousness', 'lose consciousness', 'lost consciousness'],
  'hearing loss': ['hearing loss'],
  'ear pain': ['ear pain', 'earache'],
};

interface TermPhrase {
  words: string[];
  symptom: string;
}

const PHRASES: readonly TermPhrase[] = Object.entries(SYMPTOMS)
  .flatMap(([symptom, phrases]) => phrases.map((p) => ({ words: splitTokens(p).map(stemWord), symptom })))
  .sort((a, b) => b.words.length - a.words.length);

export interface TermHit {
  symptom: string;
  /** Token position of the first word. */
  index: number;
  length: number;
}

/** Symptom mentions in a stemmed token list, longest phrase first, no overlaps. */
export function findSymptoms(stemmed: readonly string[]): TermHit[] {
  const hits: TermHit[] = [];
  for (let i = 0; i < stemmed.length; i += 1) {
    const match = PHRASES.find((p) => p.words.every((w, k) => stemmed[i + k] === w));
    if (match) {
      hits.push({ symptom: match.symptom, index: i, length: match.words.length });
      i += match.words.length - 1;
    }
  }
  return hits;
}
