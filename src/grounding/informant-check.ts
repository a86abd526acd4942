/**
 * Who else told it: "Her line manager reports she is much less irritable" where the partner in the car said it. A
 * note names its informant to say whose account it is; one from outside the family (a manager, a teacher, a friend)
 * whom the conversation never mentions in any word is a swapped speaker. Relatives are relative-check's.
 */
import { findWrittenTerms, saysAnyForm, type NamedTerm } from './named-terms.js';
import type { WordIndex } from './word-index.js';

const INFORMANTS: readonly NamedTerm[] = [
  { name: 'manager', written: /\b(?:line manager|manager|boss|supervisor|employer)\b/i, said: ['manager*', 'boss*', 'supervisor*', 'employer*', 'line manager'] },
  { name: 'teacher', written: /\b(?:teachers?|school staff|head ?teacher|senco)\b/i, said: ['teacher*', 'senco', 'school staff', 'head'] },
  { name: 'colleague', written: /\b(?:colleagues?|co-?workers?|workmates?)\b/i, said: ['colleague*', 'coworker*', 'co-worker*', 'workmate*', 'people at work', 'someone at work'] },
  { name: 'friend', written: /\bfriends?\b/i, said: ['friend*', 'mate', 'mates', 'pal'] },
  { name: 'flatmate', written: /\b(?:flatmates?|housemates?|roommates?)\b/i, said: ['flatmate*', 'housemate*', 'roommate*'] },
  { name: 'carer', written: /\b(?:carers?|care worker|support worker|key worker)\b/i, said: ['carer*', 'care worker', 'support worker', 'key worker'] },
  { name: 'coach', written: /\bcoach\b/i, said: ['coach*', 'trainer*'] },
];

/** The informant is the one who tells: "Her line manager reports …", "per teacher", "friend noticed …". */
const TELLS_AFTER_RE = /^\s*(?:'s)?\s*(?:\([^)]*\)\s*)?(?:reports?|reported|says|said|states?|stated|notes?|noted|noticed|describes?|described|confirms?|confirmed|feels|thinks|has noticed|told)\b/i;
const TELLS_BEFORE_RE = /\b(?:per|according to|reported by|collateral from|as told by)\s+(?:(?:the|her|his|their|pt'?s|patient'?s|line)\s+)*$/i;

/** "Coworker: She just fell over at her desk…": an informant who speaks under their own label is in the conversation. */
function speaksAsLabel(said: readonly string[], labels: string): boolean {
  return said.some((form) => new RegExp(`\\b${form.replace(/[-]/g, '[- ]?').replace(/\*$/, '\\w*')}\\b`, 'i').test(labels));
}

export function checkInformants(statement: string, index: WordIndex, labels = ''): { phrase: string; reason: string }[] {
  const problems: { phrase: string; reason: string }[] = [];
  for (const { term, phrase, at } of findWrittenTerms(statement, INFORMANTS)) {
    const tells = TELLS_AFTER_RE.test(statement.slice(at + phrase.length)) || TELLS_BEFORE_RE.test(statement.slice(0, at));
    if (!tells || saysAnyForm(index, term.said) || speaksAsLabel(term.said, labels)) continue;
    problems.push({ phrase, reason: `the note gives the patient's ${term.name} ("${phrase}") as the one who reports it, whom the transcript never mentions` });
  }
  return problems;
}
