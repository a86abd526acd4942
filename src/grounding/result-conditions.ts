/**
 * Conditions named for an abnormal result: "leukocytosis" for a white count of 15,000, "hyperuricaemia" for a urate of
 * 8.9. A clinician writes the result's name for a value the conversation gives without calling it high, so the name
 * is supported when the transcript gives that analyte a value past the usual reference limit, and only then.
 */
import type { QuantityIndex } from './transcript-quantities.js';

interface ResultCondition {
  name: RegExp;
  key: string;
  /** True for a value past the limit, in the units a conversation gives it in (conventional or SI). */
  isAbnormal: (value: number) => boolean;
}

const RESULT_CONDITIONS: readonly ResultCondition[] = [
  // White count in ×10⁹/L ("15.2") or per microlitre ("15,000").
  { name: /^leu[ck]ocytosis$/, key: 'white count', isAbnormal: (v) => (v > 11 && v < 100) || v > 11_000 },
  { name: /^thrombocytopenia$/, key: 'platelets', isAbnormal: (v) => v < 150 || (v >= 1_000 && v < 150_000) },
  // Urate in mg/dL ("8.9") or µmol/L ("520").
  { name: /^hyperuric(?:a)?emia$/, key: 'uric acid', isAbnormal: (v) => (v > 6.8 && v < 30) || v > 420 },
  { name: /^hyperkal(?:a)?emia$/, key: 'potassium', isAbnormal: (v) => v > 5 && v < 10 },
  { name: /^hypokal(?:a)?emia$/, key: 'potassium', isAbnormal: (v) => v > 0 && v < 3.5 },
  { name: /^hyponatr(?:a)?emia$/, key: 'sodium', isAbnormal: (v) => v > 90 && v < 135 },
  { name: /^hypernatr(?:a)?emia$/, key: 'sodium', isAbnormal: (v) => v > 145 && v < 200 },
];

/** True when the condition is a result's name and the transcript gives that result an abnormal value. */
export function isNamedByResult(phrase: string, index: QuantityIndex): boolean {
  const condition = RESULT_CONDITIONS.find((c) => c.name.test(phrase.toLowerCase()));
  if (!condition) return false;
  return index.quantities.some((q) => q.key === condition.key && q.den === undefined && condition.isAbnormal(q.value));
}
