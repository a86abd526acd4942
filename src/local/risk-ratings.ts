/**
 * "…so from a diabetes point of view your feet are low risk", "I'd assess your risk as low right now": a risk rated is
 * the judgement, though said of the body or the patient, and an assessment that lost it to its word budget would be
 * wrong rather than shorter (a psychiatric review's suicide risk, a foot check's ulcer risk).
 */
import { caseless } from '../text/caseless-pattern.js';

const LEVEL = '(?:low|high|moderate|medium|intermediate|increased|raised|elevated|minimal)';
const RISK_GRADED = caseless(new RegExp(
  String.raw`\b(?:is|are|'s|'re|puts? (?:you|him|her|them) at|at) (?:a |an )?(?:very |fairly |quite )?${LEVEL} (?:[a-z]+ )?risk\b`
  + String.raw`|\b(?:assess|rate|judge|grade|consider|put|see|class) (?:your|his|her|their|the|this|that) (?:overall |current |immediate |acute |suicide |self-harm )?risk (?:as|at) (?:being )?(?:very |fairly |quite )?${LEVEL}\b`
  + String.raw`|\b(?:puts?|places?|putting|placing|is|are|'s|'re|falls?|sits?) (?:(?:you|him|her|them|us|me) )?(?:in|into|within) (?:the |a )?${LEVEL}[ -]risk (?:category|group|bracket|band|range|tier|class)`
  + String.raw`|\b(?:your|his|her|their|the) (?:overall |current |immediate |acute |suicide |self-harm )?risk (?:is|is currently|remains|seems) (?:very |fairly |quite )?${LEVEL}\b`,
));

/** A risk rated, not one to come or one asked about. */
export function gradesRisk(text: string): boolean {
  return RISK_GRADED.test(text) && !/\b(?:will|'ll|going to|if|would)\b/i.test(text.replace(/\b(?:i|we)(?:'d| would) (?:assess|rate|judge|grade|consider|put|see|class)\b/i, ''));
}
