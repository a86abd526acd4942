/**
 * Sentence shapes in which a clinician appraises rather than observes or orders, whatever the specialty or words:
 * - a cause weighed, with no object: "I think the drinking is contributing", "I suspect stress is playing a part";
 * - a concern ranked: "the swelling is the main worry", "my biggest concern is the bleeding";
 * - an outlook: "it's inflamed and it won't settle on its own";
 * - a response judged: "you've responded well to the injections", "you've engaged really well";
 * - a site named as its condition: "the upper left six is early decay", "that ear is otitis externa".
 * Each was read as a finding (Objective), a plan, or nothing, because none names a test, a value or an order.
 */
import { caseless } from '../text/caseless-pattern.js';
import { DIAGNOSIS_TERM } from './clinical-vocabulary.js';
import { weighsState } from './weighed-states.js';

/** A spoken hedge that makes what follows the speaker's opinion. */
const OPINION = String.raw`(?:i (?:think|suspect|reckon|believe|feel|suppose)|i'm (?:fairly |pretty |quite )?(?:sure|certain)|my (?:feeling|sense|guess|impression|view) is|(?:it's |it is )?(?:probably|likely|possible|almost certain) (?:that )?)`;
/** "…is contributing", "…is playing a (big) part", "…is a factor", "…is to blame", "…is behind it". */
const CAUSAL_PREDICATE = String.raw`(?:is|are|'s|'re|could be|might be|may be|must be)\s+(?:probably |likely |definitely |certainly |also |partly |really |at least )*(?:contributing|(?:playing|having) (?:a |some |its )?(?:big |major |large |real |significant |small )?(?:part|role)|(?:a |one )?(?:big |major |large |real |significant |contributing )?factor|to blame|behind (?:it|this|that|all this|all of this|some of this|some of it)|(?:the |a )?(?:main |biggest |likely |real )?(?:culprit|trigger|driver))`;
const CAUSE_WEIGHED = caseless(new RegExp(String.raw`^(?:(?:and|so|but|now|okay|honestly|frankly|to be honest|i have to say),?\s+)*${OPINION},?\s+(?:that )?(?!i\b|we\b|you\b)(?:[a-z'-]+\s+){0,5}?${CAUSAL_PREDICATE}\s*(?:[.,;!]|$|(?:too|as well|here|now)\b)`));

/** "The swelling is the main concern", "my biggest worry is the bleeding": a problem ranked. */
const RANK = String.raw`(?:main|big|biggest|major|chief|key|real|primary|greatest|first|other)`;
const CONCERN_AFTER = caseless(new RegExp(String.raw`^(?:(?:and|so|but|now|okay),?\s+)*(?:the |your |his |her |this |that )?(?:[a-z'-]+\s+){0,4}?(?:is|are|'s) (?:the |my |our )?${RANK} (?:concern|worry|problem|issue)(?: here| today| for me)?\s*[.,;!]?\s*$`));
const CONCERN_FIRST = caseless(new RegExp(String.raw`^(?:(?:and|so|but|now|okay),?\s+)*(?:the|my|our) ${RANK} (?:concern|worry|problem|issue)(?: here| today| for me)? (?:is|are) (?!that you\b|to\b|making\b|getting\b|we\b|i\b|you\b)(?:the |your |his |her |a |an |this |that )?[a-z]`));

/** "…it won't settle on its own", "…isn't going to heal by itself": what the condition will do left alone. */
const LEFT_ALONE = caseless(/\b(?:won't|will not|isn't going to|is not going to|not going to|doesn't|does not|unlikely to|can't|cannot) (?:\w+ )?(?:settle|heal|get better|go away|clear|clear up|resolve|recover|improve|calm down|repair|fix itself)(?: down| up)? (?:by itself|on its own|of its own accord|without (?:treatment|help))\b/);

/** "You've responded well to the injections", "he's engaging really well", "you've coped brilliantly with it". */
const RESPONSE_JUDGED = caseless(/^(?:(?:and|so|but|now|okay|honestly|overall|generally),?\s+)*(?:you|he|she|they)(?:'ve| have| has|'s|'re| are| is)? (?:really |very |so |both |all )?(?:responded|responding|engaged|engaging|coped|coping|taken to (?:it|this|them|the [a-z]+)|tolerated|tolerating) (?:really |very |so |incredibly |remarkably |extremely |pretty |quite )?(?:well|nicely|brilliantly|beautifully|poorly|badly)\b/);

/**
 * "There are no signs of a trapped nerve, no radiculopathy": a condition ruled out in so many words is the judgement,
 * even without the "so" of a conclusion drawn (conclusions-drawn.ts).
 */
const NO_SIGNS = caseless(/^(?:(?:and|so|also|now|okay|good),?\s+)*(?:there(?:'s| is| are) )?no (?:(?:clear|real|obvious|definite) )?(?:signs?|evidence|features?|suggestion) (?:at all )?of (?:an? )?((?:[a-z-]+ ){0,3}[a-z-]+)((?:,? (?:and |or )?no (?:[a-z-]+ ){0,2}[a-z-]+)*)\s*[.!]?$/);

function rulesOutInWords(text: string): boolean {
  const m = NO_SIGNS.exec(text.trim());
  return m !== null && DIAGNOSIS_TERM.test(`${m[1]}${m[2]}`) && !/\b(?:infection|inflammation|swelling|bleeding|redness)\b/i.test(m[1]!);
}

/** "…is early enamel caries", "…is a seborrhoeic keratosis": a subject named as a condition, the clause ending there. */
const IS_CONDITION = /^(?:(?:and|so|now|okay),?\s+)*((?:the |that |this |your |his |her |number |tooth |site )?[a-z0-9'-]+(?:\s+[a-z0-9'-]+){0,3}?)\s+(?:is|are|looks like)\s+((?:an? |some )?(?:[a-z-]+\s+){0,3}?)$/i;

function namesSiteAsCondition(text: string): boolean {
  const m = DIAGNOSIS_TERM.exec(text);
  if (!m || m.index === 0) return false;
  const before = IS_CONDITION.exec(text.slice(0, m.index));
  if (!before || /\b(?:i|you|we|it|there|not|no|what|which|who|plan|option|step|treatment|thing|question|reason)\b/i.test(before[1]!)) return false;
  // A preposition before the condition makes it a finding's detail: "the knuckles are swollen with synovitis".
  if (/\b(?:not|no|never|more|less|getting|going|with|from|in|on|at|by|for|after|due)\b/i.test(before[2]!)) return false;
  // The condition closes the clause: "early enamel caries." and not "fracture clinic on Monday".
  // (A Latin second word belongs to the name: "otitis externa", "diabetes mellitus".)
  return /^(?:e?s)?(?:\s+[a-z]+(?:a|ae|is|us|um|ex))?\s*(?:[.,;!]|$|and\b|but\b|which\b|so\b)/i.test(text.slice(m.index + m[0].length));
}

/** True for a clinician's sentence that appraises (see above); questions and conditions never do. */
// (While the history is still taken, "you responded well to the steroids" tells of the past: only a cause weighed
// is read as the appraisal there.)
export function isAppraisalShape(text: string, question: boolean, historyTaken: boolean): boolean {
  if (question || /\?\s*$/.test(text) || /^(?:(?:and|but|so),?\s+)?(?:if|when|unless|once|whether)\b/i.test(text)) return false;
  if (text.split(/\s+/).length > 40) return false;
  if (CAUSE_WEIGHED.test(text)) return true;
  return historyTaken && (rulesOutInWords(text) || CONCERN_AFTER.test(text) || CONCERN_FIRST.test(text) || LEFT_ALONE.test(text)
    || RESPONSE_JUDGED.test(text) || namesSiteAsCondition(text) || weighsState(text));
}

/** The comma where findings that bear the ruling out begin: "…, your reflexes, strength and sensation all look normal". */
const FINDINGS_AFTER = /,\s+(?=(?:and\s+)?(?:your|his|her|their|the) [a-z-]+(?:,? (?:and )?[a-z-]+){0,4} (?:all |both )?(?:look|looks|are|is|were|was|feel|feels|seem|seems|came back|come back)\s+(?:all |completely |entirely |perfectly )?(?:normal|fine|intact|good|symmetrical|equal|strong|clear|okay|ok)\b)/i;

/**
 * "There are no signs of a trapped nerve, no radiculopathy, your reflexes, strength and sensation all look normal": the
 * condition ruled out (Assessment) and the findings that bear it out (Objective), cut apart at the comma between.
 */
export function splitRuledOutAndFindings(sentence: string): string[] {
  const m = FINDINGS_AFTER.exec(sentence);
  if (!m) return [sentence];
  const ruled = sentence.slice(0, m.index).trim();
  const findings = sentence.slice(m.index + m[0].length).trim().replace(/^and\s+/i, '');
  if (!rulesOutInWords(ruled)) return [sentence];
  return [`${ruled}.`, `${findings.charAt(0).toUpperCase()}${findings.slice(1)}${/[.!?]$/.test(findings) ? '' : '.'}`];
}
