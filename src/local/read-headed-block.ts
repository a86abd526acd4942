/** A dictation's sentence under a heading: which block it stays in, or leaves for. */
import { caseless } from '../text/caseless-pattern.js';
import { DIAGNOSIS_TERM, hasMeasuredValue, isDiagnosisStatement, isPlanStatement } from './clinical-vocabulary.js';
import type { BlockName } from './specialty-layout.js';

/** An order or instruction as a problem list writes it: "Add amlodipine 5 mg", "Referral to…", "Home blood pressure log". */
const PLAN_ITEM = caseless(/^(?:add|increase|decrease|reduce|start|begin|initiate|stop|hold|continue|discontinue|resume|titrate|refer|referral|order|obtain|check|recheck|repeat|schedule|return|follow[- ]?up|switch|change|swap|wean|mobili[sz]e|aim|complete|chase|request|arrange|book|discharge|d\/c|tto|discussed|counsel\w*|educat\w*|encourage\w*|advise\w*|recommend\w*|consider|monitor|avoid|use|take|apply|home\b|labs?\b|acetaminophen|ibuprofen|physical therapy|pt\b|diet|exercise)\b|\b(?:referral|log|education|as needed|prn|mg|daily|twice|nightly|weeks?|months?)\b/);

/** A sentence under "Assessment and plan": the problem an item opens with, then what is done about it. */
export function assessmentOrPlan(sentence: string, opensItem: boolean, numbered: boolean): BlockName {
  if (opensItem) return PLAN_ITEM.test(sentence) && !DIAGNOSIS_TERM.test(sentence.split(/[,.]/)[0]!) ? 'plan' : 'assessment';
  if (isDiagnosisStatement(sentence) && !PLAN_ITEM.test(sentence)) return 'assessment';
  if (isPlanStatement(sentence) || PLAN_ITEM.test(sentence) || FIRST_PERSON_ACTION.test(sentence)) return 'plan';
  return numbered ? 'plan' : 'assessment';
}

/**
 * A heading holds until the next one, but dictation often names only some sections: after "Assessment: …" come "I'm
 * adding gliclazide…", "Review in three months"; after "Exam: …" comes "I think this is a sprain". A sentence that plainly
 * does another section's work leaves the block (the history block, the patient's story, keeps everything).
 */
export function leaveHeadedBlock(headed: BlockName, sentence: string): BlockName | undefined {
  const plans = isPlanStatement(sentence) || FIRST_PERSON_ACTION.test(sentence) || (PLAN_ITEM.test(sentence) && !DIAGNOSIS_TERM.test(sentence.split(/[,.]/)[0]!));
  if (headed === 'assessment') return plans && !isDiagnosisStatement(sentence) ? 'plan' : undefined;
  if (headed === 'exam' || headed === 'results') {
    if (JUDGED.test(sentence) && isDiagnosisStatement(sentence) && !hasMeasuredValue(sentence) && !plans && !/\b(?:shows?|showed|reveals?|revealed|demonstrates?|demonstrated)\b/i.test(sentence)) return 'assessment';
    if (plans && (isPlanStatement(sentence) || FIRST_PERSON_ACTION.test(sentence))) return 'plan';
  }
  return undefined;
}
/**
 * A diagnosis judged in so many words ("I think this is a sprain", "consistent with…"). A finding under "Exam:" often
 * names a condition itself ("mild effusion", "pitting oedema", "tender over the plantar fascia insertion"): it stays.
 */
export const JUDGED = caseless(/\b(?:i think|i suspect|i'm (?:fairly |pretty )?(?:sure|confident)|(?:most )?likely|probably|consistent with|in keeping with|suggest(?:s|ive of)|(?:looks|sounds|seems) like|(?:this|it|that)(?:'s| is) (?:a|an|likely|probably|most likely)|impression|diagnosis)\b/);
/** "I'm adding…", "we will refer…", "I have started…", "I've asked…": the dictating clinician's own action. */
const FIRST_PERSON_ACTION = caseless(/^(?:(?:so|and|then|also|today),?\s+)*(?:i|we)(?:'m| am|'ll| will|'re| are|'ve| have)? (?:also )?(?:going to )?(?:add|adding|added|start|starting|started|stop|stopping|stopped|increase|increasing|increased|decrease|decreasing|decreased|refer|referring|referred|order|ordering|ordered|prescribe|prescribing|prescribed|schedule|scheduling|scheduled|arrange|arranging|arranged|switch|switching|switched|book|booking|booked|recheck|rechecking|continue|continuing|give|giving|given|admit|admitting|admitted|send|sending|sent|review|asked|advised|marked)\b/);
