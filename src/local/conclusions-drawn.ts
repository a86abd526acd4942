/**
 * "Okay, no ST elevation in V4R." — "So no sign of right ventricular involvement.": a finding read out, then what the
 * clinician concludes from it. The conclusion repeats the finding's "no", so it was read as one more negative finding;
 * it is the judgement the finding supports ("so no evidence of a fracture", "so no extension into the joint", "so
 * there's no sign of infection"), which belongs in the assessment.
 */
import { caseless } from '../text/caseless-pattern.js';
import { DIAGNOSIS_TERM } from './clinical-vocabulary.js';

const DRAWN = caseless(/^(?:(?:good|okay|ok|great|right|alright|and|which means|that means),?\s+)*so,?\s+(?:(?:there's|there is|that's|that is|it's|it is)\s+)?no (?:(?:clear|real|obvious|definite)\s+)?(?:sign|signs|evidence|suggestion|indication)s? of (?!(?:that|this|it|them|those|these)\b)[a-z]/);
/** "so no right ventricular involvement", "so no extension into the joint": what a process has not reached. */
const NOT_REACHED = caseless(/^(?:(?:good|okay|ok|great|right|alright|and),?\s+)*so,?\s+no (?:[a-z-]+ ){0,3}(?:involvement|extension|spread|infarct(?:ion)?|displacement|compromise)\b/);

// ("So there's no evidence of that.": a conclusion about what was just said needs that said beside it; it stays put.)
/** True for a conclusion drawn with "so" from a negative finding just read out. */
export function isConclusionDrawn(text: string): boolean {
  if (/\b(?:if|when|whether|need|needs|want|will|'ll)\b/i.test(text)) return false;
  return DRAWN.test(text) || NOT_REACHED.test(text);
}

const OUTRIGHT = /^(?:(?:so|okay|ok|right|well|and),?\s+)*(?:it's|it is|this is|that's|that is|what you(?:'ve got| have| has) is)\s+(?:(?:a|an)\s+)?(?:(?:mild|moderate|severe|early|classic|typical|textbook|acute|chronic)\s+)*/i;

/**
 * "It's panic disorder, and the racing heart gets read as danger, I'm going to collapse…": a condition named outright
 * as what this is, whatever the sentence goes on to explain (here in the patient's own feared words, whose "going to"
 * is no plan). The name must be the whole of what "it's" is ("it's asthma medication" names a medicine).
 */
export function namesConditionOutright(text: string): boolean {
  const lead = OUTRIGHT.exec(text);
  if (!lead || /\b(?:if|whether|not|n't|maybe|might|could|probably|possibly)\b/i.test(text.slice(0, lead[0].length))) return false;
  const rest = text.slice(lead[0].length);
  const m = DIAGNOSIS_TERM.exec(rest);
  if (!m || !/^(?:[a-z-]+\s+){0,2}$/i.test(rest.slice(0, m.index)) || /\b(?:not|no)\b/i.test(rest.slice(0, m.index))) return false;
  return /^\s*(?:[,.;!]|$|(?:and|which|so|but)\b)/.test(rest.slice(m.index + m[0].length));
}
