/**
 * What a question about time asks the time of, when it names it: "How long have you had the diabetes?" → "diabetes";
 * "How long has she been suffering from dementia?" → "dementia"; "When were you diagnosed with diabetes?" →
 * "diabetes". A note with several durations needs each under its own name, not a bare "Duration:" or "It was last fall.".
 */
import { CLINICAL_TERMS, countMatches } from './clinical-lexicon.js';
import { DIAGNOSIS_TERM, findDrugs } from './clinical-vocabulary.js';
import { caseless } from '../text/caseless-pattern.js';

const DURATION_OF = caseless(/\bhow long (?:have|has|had|did) (?:you|he|she|they|the patient) (?:been )?(?:had|have|having|suffering (?:from|with)|dealing with|living with|taking|on|using|noticed|noticing|experienced|experiencing|got|gotten|known about) (?:about |of )?(?:the |your |his |her |their |this |that |these |those )?((?:[a-z][\w'-]* ){0,3}?[a-z][\w'-]*)(?: (?:for|now|then|already|so far|at all))*[?.]*$/);
/** "And you've had type 2 diabetes how long now?", "you've been on the warfarin for how long?": the question word last. */
const DURATION_OF_AFTER = caseless(/^(?:(?:and|so|okay|now|right),?\s+)*(?:you(?:'ve| have)|he(?:'s| has)|she(?:'s| has)|they(?:'ve| have)) (?:had|been on|been taking|been having|been living with) (?:the |your |his |her |their |this |that )?((?:[\w'-]+ ){0,3}?[a-z][\w'-]*),? (?:for )?how long(?: now| for| then)?[?.]*$/);
/** "How long have we been doing this one now, the ulcer?": the topic named after the question, behind a comma. */
const DURATION_OF_NAMED_AFTER = caseless(/\bhow long\b[^,?]{3,60},\s*(?:the |your |his |her |their |this |that )((?:[a-z][\w'-]* ){0,2}?[a-z][\w'-]*)[?.]*$/);
/** "For some time now, I don't know exactly": the hedge after the duration does not change it. */
const HEDGE_TAIL = caseless(/,?\s*(?:but\s+)?(?:i (?:don't|do not) (?:know|remember) (?:exactly|for sure|precisely)|i'm not (?:sure|certain)(?: exactly)?|i (?:think|guess|believe))[.!]*$/);

/** "How long have you been on the floor?", "…been off work?": where the patient has been, not a symptom. */
const STATE_OF = caseless(/\bhow long (?:have|has|had) (?:you|he|she|they|the patient) been ((?:on|in|off|at|stuck on|stuck in|lying on|lying in) (?:the |your |his |her |their )?[a-z][\w'-]*(?: [a-z][\w'-]*)?)[?.]*$/);

/** "on the floor", "off work": the place or state a duration question asks about, or undefined. */
export function readDurationState(question: string): string | undefined {
  const m = STATE_OF.exec(question.trim());
  return m ? m[1]!.toLowerCase().replace(/\b(?:your|his|her|their)\b/, 'the') : undefined;
}

/** The clinical thing a duration question names, or undefined for "How long has it been going on?". */
export function readDurationTopic(question: string): string | undefined {
  const m = DURATION_OF.exec(question.trim()) ?? DURATION_OF_AFTER.exec(question.trim()) ?? DURATION_OF_NAMED_AFTER.exec(question.trim());
  const topic = m?.[1];
  if (!topic || /^(?:it|this|that|them|they|any|those|these|symptoms?|problems?|issues?)$/i.test(topic)) return undefined;
  return countMatches(topic, CLINICAL_TERMS) > 0 || DIAGNOSIS_TERM.test(topic) || findDrugs(topic).length > 0 ? topic.toLowerCase() : undefined;
}

const DIAGNOSED_WHEN = caseless(/\bwhen (?:were|was|did) (?:you|he|she|they) (?:first )?(?:get |got |first get )?(?:diagnosed|told (?:you|he|she|they) (?:had|have)) (?:with )?(?:a |an |the |your |his |her )?((?:[a-z][\w'-]* ){0,3}?[a-z][\w'-]*)[?.]*$/);

/** The condition a "when were you diagnosed with…?" question names. */
export function readDiagnosedTopic(question: string): string | undefined {
  const topic = DIAGNOSED_WHEN.exec(question.trim())?.[1];
  return topic && (countMatches(topic, CLINICAL_TERMS) > 0 || DIAGNOSIS_TERM.test(topic)) ? topic.toLowerCase() : undefined;
}

/** The answer without a hedge said after it. */
export function dropHedgeTail(answer: string): string {
  return answer.replace(HEDGE_TAIL, '');
}
