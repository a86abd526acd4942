/**
 * "Talar tilt negative.", "Lachman's positive on the left", "Squeeze test negative": a special test of the examination
 * named with its result and nothing else. Orthopaedic, sports and neurological exams are read out this way, one
 * manoeuvre after another, with no verb a reader of findings knows; the name of the test is open-ended (a person, a
 * structure, a movement), so the shape is what marks it. A test of a specimen ("the strep test is negative", "urine dip
 * positive for nitrites") is a result, not an exam finding, and is left to the result readers.
 */
import { caseless } from '../text/caseless-pattern.js';

const TEST_RESULT = caseless(/^(?:(?:and|so|now|okay|ok|then|also),?\s+)?(?:the |his |her |your |a )?((?:[a-z][\w'-]* ){0,3}[a-z][\w'-]*)(?: (?:is|was|'s|are|were))? (?:negative|positive|equivocal)(?: (?:on the (?:left|right)(?: side)?|on both sides|bilaterally|both sides|(?:on|at|over) (?:the |his |her |your )?[a-z]+(?: [a-z]+)?|today|again|too|as well))?(?:[.!]?$|,\s*(?:so|which|meaning|that)\b)/);
/** A specimen's or a lab's test: the result readers place these. */
const SPECIMEN = caseless(/\b(?:covid|flu|influenza|strep|pregnancy|hcg|urine|dip(?:stick)?|swab|culture|cultures|blood|bloods|antigen|antibod\w*|pcr|lateral flow|rapid|hiv|hepatitis|hep|chlamydia|gonorrh?oea|syphilis|screen|screening|stool|sputum|mantoux|tb|quantiferon|drug|ketones?|nitrites?|leucocytes|leukocytes|protein|glucose|sugar|lab|labs|result|results|scan|x-?ray|ct|mri|ultrasound|ecg|ekg|troponin|d-?dimer|it|that|this|everything|all|both|which|who|she|he|they|you|i|we)\b/);

/** Whether the sentence is only a special test of the exam and its result. */
export function namesSpecialTestResult(text: string): boolean {
  const m = TEST_RESULT.exec(text.trim());
  // ("Squeeze test negative, so I'm not worried about the syndesmosis": the reading of the test goes with it.)
  return m !== null && !SPECIMEN.test(m[1]!) && !/^(?:the )?tests?$/i.test(m[1]!) && !/\b(?:will|'ll|going to|if|would|should)\b/i.test(text.slice(m[0].length));
}
