/**
 * A diagnosis swapped for a related one: the assessment names a condition the conversation never does while the
 * conversation names another of its family ("Smith fracture" where the doctor said Colles, "bacterial" where it was
 * viral, "GERD" for gastritis). The lexicon check passes these whenever the shared words are said ("fracture",
 * "diabetes"); here the telling part is compared.
 */
import { findWrittenTerms, isDeniedBefore, saysAnyForm } from './named-terms.js';
import { RELATED_CONDITIONS } from './related-conditions.js';
import type { WordIndex } from './word-index.js';

/** A condition only raised: "?pneumonia", "ddx …", "… vs bronchitis", "rule out". */
// "DDx: PE", "Differentials - …": the differential's heading may end in a colon or a dash.
const RAISED_BEFORE_RE = /(?:\?\s*|\b(?:ddx|differential\w*|vs\.?|versus|rule out|r\/o|possible|possibly|cannot exclude|consider\w*|or)\s*[:\-–]?\s+(?:\w+\s+){0,3})$/i;

/** "Pneumonia ruled out", "PE unlikely". */
const DENIED_AFTER_RE = /^\s*(?:(?:is|was|has been|were)\s+)?(?:ruled out|excluded|unlikely|not (?:likely|suspected|seen|present)|negative|r\/o)\b/i;

export function checkRelatedDiagnoses(statement: string, section: string, index: WordIndex): { phrase: string; reason: string }[] {
  if (section !== 'assessment' || /\?\s*$/.test(statement)) return [];
  const problems: { phrase: string; reason: string }[] = [];
  for (const family of RELATED_CONDITIONS) {
    const written = findWrittenTerms(statement, family);
    for (const { term, phrase, at } of written) {
      const before = statement.slice(Math.max(0, at - 40), at);
      const after = statement.slice(at + phrase.length, at + phrase.length + 30);
      if (isDeniedBefore(statement, at) || RAISED_BEFORE_RE.test(before) || DENIED_AFTER_RE.test(after) || saysAnyForm(index, term.said)) continue;
      // "viral vs bacterial": a member the statement also names is not what the conversation holds against it.
      const said = family.find((other) => other !== term && !written.some((w) => w.term === other) && saysAnyForm(index, other.said));
      if (!said) continue;
      problems.push({ phrase, reason: `the assessment names "${phrase}", but the transcript speaks of ${said.name}, never ${term.name}` });
    }
  }
  return problems;
}
