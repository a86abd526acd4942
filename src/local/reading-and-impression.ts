/**
 * "His sugar is 2.8, so this is a hypo." / "This looks like a hypo, his sugar is 2.8.": a reading and the impression it
 * supports said in one sentence. Read whole, the sentence lands in one section and the other loses it; cut at the
 * comma, the reading is Objective and the naming Assessment.
 */
import { DIAGNOSIS_TERM, hasMeasuredValue, isDiagnosisStatement } from './clinical-vocabulary.js';

/** A comma before the naming ("…, so this is…", "…, which fits with…") or before a reading ("…, his sugar is 2.8"). */
const CUT = /,\s+(?=(?:(?:so|and so|which means|meaning)\s+)?(?:this|that|it)(?:'s| is| looks| sounds| fits| seems)\b|so (?:a|an) (?:[a-z-]+ ){0,2}[a-z-]+[.!]?$|which (?:fits|is consistent|is in keeping) with\b|(?:his|her|your|their|the)\s+(?:[a-z-]+\s+){0,2}(?:is|are|was|were|'s|came back(?: at)?|reads?|reading)\s+(?:about |around |only |just )?\d)/i;

/** "this is a…", "it's probably…": a naming, unlike "that's moist and broken", which describes. */
const ARTICLE_NAMING = /^(?:(?:so|and so)\s+)?(?:this|that|it)(?:'s| is) (?:a|an|most likely|likely|probably|definitely|classic|typical|in keeping)\b/i;
const NAMING_FRAME = /\b(?:looks|sounds|seems) like\b|\bconsistent with\b|\bfits with\b|\bin keeping with\b/i;

function capitalise(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** The sentence as its reading and its impression, or as it is when it is not one of each. */
export function splitReadingAndImpression(sentence: string): string[] {
  const m = CUT.exec(sentence);
  if (!m) return [sentence];
  const left = sentence.slice(0, m.index).trim();
  const right = sentence.slice(m.index + m[0].length).trim();
  const naming = right.replace(/^(?:so|and so|which means|meaning)\s+/i, '').replace(/^which (fits|is consistent|is in keeping) with\b/i, 'this $1 with');
  const reading = (part: string) => hasMeasuredValue(part) && !isDiagnosisStatement(part);
  // The naming must name a condition ("a hypo", "consistent with sepsis"), not describe ("that's moist and broken").
  const names = (part: string) => isDiagnosisStatement(capitalise(part)) && (NAMING_FRAME.test(part) || (ARTICLE_NAMING.test(part) && DIAGNOSIS_TERM.test(part)));
  const end = /[.!]$/.test(sentence) ? '' : '.';
  // "Her hemoglobin was 10.4, which is a little low, so a mild anemia.": the naming said without a verb.
  if (reading(left) && /^so (?:a|an) /i.test(right) && DIAGNOSIS_TERM.test(right) && !hasMeasuredValue(right)) return [`${left}.`, `${capitalise(right.slice(3))}${end}`];
  if (reading(left) && names(naming) && !hasMeasuredValue(naming)) return [`${left}.`, `${capitalise(naming)}${end}`];
  if (reading(right) && names(`${left}.`)) return [`${left}.`, `${capitalise(right)}${end}`];
  return [sentence];
}
