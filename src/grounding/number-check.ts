import { describeAlternatives, extractQuantities, isQuantitySupported, type Quantity, type QuantityIndex } from './quantities.js';
import { normaliseTokens } from './tokenize.js';

/** Words after which a bare number is a clinical value (a vital or a lab result) even without a unit. */
const CLINICAL_KEYWORDS = new Set([
  'bp', 'pressure', 'hr', 'pulse', 'rate', 'temp', 'temperature', 'spo2', 'o2', 'sat', 'sats', 'saturation', 'oxygen', 'rr',
  'respiration', 'respirations', 'weight', 'weighs', 'bmi', 'a1c', 'hba1c', 'hemoglobin', 'haemoglobin', 'hgb', 'glucose',
  'sugar', 'sugars', 'creatinine', 'potassium', 'sodium', 'ldl', 'hdl', 'cholesterol', 'triglycerides', 'tsh', 'psa', 'inr',
  'wbc', 'platelets', 'fraction', 'ef', 'egfr', 'gfr', 'bun', 'ferritin', 'troponin', 'bnp', 'phq', 'score',
]);

/** Tokens allowed between a clinical keyword and its value ("A1c was about 7.2", "BP today: 150/90"). */
const FILLERS = new Set([
  'of', 'is', 'was', 'were', 'at', 'a', 'an', 'about', 'around', 'approximately', 'roughly', 'today', 'now', 'level',
  'levels', 'reading', 'measured', 'came', 'back', 'showed', 'shows', ':', '=', '-', '(', "it's", 'its', 'just', 'been', 'currently',
]);

export interface NumberProblem {
  phrase: string;
  reason: string;
}

function findKeyword(tokens: readonly string[], index: number): string | null {
  for (let i = index - 1, hops = 0; i >= 0 && hops < 4; i -= 1, hops += 1) {
    const token = tokens[i] as string;
    if (CLINICAL_KEYWORDS.has(token)) return token;
    if (!FILLERS.has(token)) return null;
  }
  return null;
}

/** The numbers of a statement that count as claims: ones with a unit, ratios, grades, or values after a vital/lab keyword. */
export function extractNumberClaims(statement: string): Quantity[] {
  const tokens = normaliseTokens(statement);
  const claims: Quantity[] = [];
  for (const q of extractQuantities(tokens)) {
    // "12/2019" and "04/10" are dates, not ratios.
    if (q.den !== undefined && (q.den >= 1000 || /^0\d/.test(tokens[q.index] ?? '') || tokens[q.index - 1] === 'on')) continue;
    if (q.unit !== null || q.cls === 'ratio' || q.cls === 'grade') {
      claims.push(q);
      continue;
    }
    const keyword = findKeyword(tokens, q.index);
    if (keyword) claims.push({ ...q, cls: 'any', text: `${keyword} ${q.text}` });
  }
  return claims;
}

/** Numbers claimed in the statement that the transcript never states. */
export function checkNumbers(statement: string, transcript: QuantityIndex): NumberProblem[] {
  const problems: NumberProblem[] = [];
  const seen = new Set<string>();
  for (const claim of extractNumberClaims(statement)) {
    if (seen.has(claim.text) || isQuantitySupported(claim, transcript)) continue;
    seen.add(claim.text);
    const alternatives = describeAlternatives(claim, transcript);
    const mentions = alternatives.length ? ` (it mentions ${alternatives.join(', ')})` : '';
    problems.push({ phrase: claim.text, reason: `"${claim.text}" does not appear in the transcript${mentions}` });
  }
  return problems;
}
