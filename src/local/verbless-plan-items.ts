/**
 * Plan items said without a verb of doing, once the plan is under way. A therapist, a pharmacist or a nurse handing
 * over a programme names things rather than orders them: the programme and how often ("These are your stretches,
 * twice a day"), an aid for a task ("For the stairs, a second rail, so you're holding on both sides"), or the goal
 * the treatment aims at ("By the end I'd like your walking at 400 metres"). None has an order verb, and the last holds
 * a measured value the exam readers would claim.
 */
import { caseless } from '../text/caseless-pattern.js';

/** How often: "four times a day", "twice daily", "every morning", "three times a week". */
const HOW_OFTEN = caseless(/\b(?:once|twice|three times|four times|five times|\d+ times|(?:one|two|three|four|five) times) (?:a|per|each|every) (?:day|week|night|morning|evening)\b|\b(?:twice|once) daily\b|\bevery (?:morning|evening|night|day|hour|(?:\w+ )?hours)\b/);
/** What a programme holds: exercises, stretches, massage, drops, cream, splint time. */
const PROGRAMME = caseless(/\b(?:exercises?|stretch(?:es|ing)?|massage|drills|routine|programme|program|practice|icing|ice|heat|cream|ointment|drops|spray|rinses?|gargles?|soaks?|splint|brace|putty|walks?|breathing)\b/);
/** "These are your exercises", "here's your programme", "your home exercises,": the programme handed over by name. */
const HANDED_OVER = caseless(/^(?:(?:so|and|okay|now|right),?\s+)*(?:these are|this is|here(?:'s| is| are)|your)\b/);

/** "These are your home exercises, four times a day.": a programme handed over with how often it is done. */
export function handsOverProgramme(text: string): boolean {
  return HANDED_OVER.test(text) && PROGRAMME.test(text) && HOW_OFTEN.test(text) && !/\b(?:were|was|used to|last (?:time|week)|you(?:'ve| have) been|how)\b/i.test(text);
}

/**
 * "For the kettle, a kettle tipper, so you don't have to lift it", "for the bath, a board and a grab rail": a task or
 * place named, then the thing that helps with it, said without a verb.
 */
const FOR_TASK_THING = caseless(/^(?:(?:and|so|then|also|now),?\s+)*for (?:the|your|his|her|their) [a-z' -]{2,30}?,\s+(?:a|an|some|the) [a-z][a-z' -]{2,40}?(?:,|[.!]?$)/);
export function namesAidForTask(text: string): boolean {
  return FOR_TASK_THING.test(text) && !/\b(?:is|are|was|were|has|have|had|does|did)\b/i.test(text.split(',').slice(1, 2).join(','));
}

/**
 * "By the end, I'd like your grip at 15 kilograms", "the goal is to walk to the shops": what the treatment aims at.
 * ("I'd like your blood pressure" alone, or "I'd like to listen to your chest", is neither.)
 */
const SETS_GOAL = caseless(/^(?:(?:so|and|okay|now|right),?\s+)*(?:by (?:the end|then|(?:the )?next (?:visit|time|review)|discharge|(?:the end of|six weeks|\w+ weeks)\b[^,]{0,20}),?\s+(?:i(?:'d| would) like|i want|we(?:'re| are) aiming for|the (?:goal|aim|target) is)|(?:the|my|our|your) (?:goal|aim|target) (?:is|will be) (?:to|for|that|\d))\b/);
export function setsGoal(text: string): boolean {
  return SETS_GOAL.test(text);
}
