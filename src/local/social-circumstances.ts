/**
 * A social worker's, a community nurse's or a GP's visit turns on the patient's circumstances as much as on symptoms:
 * who they live with, the home they climb to, what money there is, whether anyone calls. Said by the patient these
 * are the social history, though the clinical lexicon knows none of the words; named by the clinician as a problem
 * ("there's a transport barrier", "you can't afford the inhalers", "he's socially isolated") they are the
 * assessment's needs, as a diagnosis is in a medical visit.
 */
import { caseless } from '../text/caseless-pattern.js';

const KIN = String.raw`(?:son|sons|daughter|daughters|husband|wife|partner|kids|children|grandchildren|granddaughter|grandson|sister|brother|mother|mum|mom|father|dad|family|niece|nephew|neighbou?rs?|friends?)`;

/** Home, family, money and company, as a patient tells them. */
const SOCIAL_HISTORY = caseless(new RegExp([
  // who they live with, or where
  String.raw`\b(?:i|we|he|she|they) (?:live|lives|living|stay|stays|staying)\b`,
  String.raw`\b(?:my|his|her|our) ${KIN} (?:lives?|live|is|are|was|were|visits?|calls?|rings?|phones?|comes?|came|helps?|died|passed)\b`,
  // the home itself
  String.raw`\b(?:apartment|flat on|(?:first|second|third|fourth|fifth|top|ground|\d+(?:st|nd|rd|th)) floor|elevators?|no lift|the lift|landlord|rent|mortgage|shelter|homeless|housing|care home|nursing home)\b`,
  // money
  String.raw`\b(?:income|pension|social security|benefits|disability (?:check|payments?)|afford|bills|paycheck|savings|food stamps|money)\b`,
  // company, or its lack
  String.raw`\b(?:lonely|loneliness|isolated|on my own|by myself|no one|nobody|sad|sadness|church|(?:don't|never|can't) (?:go|get) out)\b`,
].join('|')));

/** True when a patient's sentence tells of their home, family, money or company. */
export function tellsSocialHistory(text: string): boolean {
  return SOCIAL_HISTORY.test(text);
}

/** A need or barrier named as such: the words a clinician uses when the circumstance is the problem. */
const SOCIAL_NEED = caseless(/\b(?:food (?:insecurity|insecure|poverty)|(?:transport|transportation|travel|access|language|cost|financial) (?:barriers?|problems?|difficult(?:y|ies))|barriers? to (?:care|transport\w*|getting)|housing (?:instability|insecurity|problems?|need)|unstable housing|financial (?:strain|hardship|stress|difficult(?:y|ies))|(?:can't|cannot|can not|couldn't|unable to) afford|(?:socially )?isolated|social isolation|caregiver (?:strain|stress|burnout|burden)|carer (?:strain|stress|burnout)|(?:not|isn't|aren't|are not|is not) safe for (?:you|him|her|them))\b/);

/** True when a clinician's statement names a need or barrier (not a question, not a plan to meet it). */
export function namesSocialNeed(text: string): boolean {
  return SOCIAL_NEED.test(text) && !/\?\s*$/.test(text) && !/^(?:(?:and|so|okay),?\s+)?(?:i|we)(?:'ll| will|'m going to| are going to|'d like)\b/i.test(text);
}
