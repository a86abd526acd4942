/**
 * "Fourteen steps.", "Three lesions.", "Two rails, both loose.": a count of what the clinician is looking at, said as a
 * bare fragment while examining a body or a home. With no verb and no value unit it passed no finding reader and was
 * dropped. A count of time, doses or repetitions is an instruction or history, not what is seen.
 */
import { caseless } from '../text/caseless-pattern.js';

const NUMBER = String.raw`(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)`;
const BARE_COUNT = caseless(new RegExp(String.raw`^(?:(?:and|so|okay|now|right),?\s+)?(?:about |around |roughly )?${NUMBER} (?:[a-z-]+ )?([a-z-]+s)(?:,? (?:both|all|each|one|none) [a-z -]{1,30})?[.!]?$`));
/** Plural nouns a count of which is time, a dose, an exercise or a visit: said in a plan or a history. */
const NOT_SEEN = /^(?:seconds|minutes|hours|days|nights|weeks|months|years|times|tablets|pills|capsules|doses|puffs|drops|units|sachets|spoons|teaspoons|sets|reps|repetitions|rounds|sessions|visits|appointments|goes|tries|attempts|breaths|sips|cups|glasses|drinks|meals|cigarettes|packs|kids|children|sons|daughters|grandchildren|pounds|dollars|euros|questions|things|ways|options|more|others|ones)$/i;

/** True for a bare count of something seen, as in "Fourteen steps." (see above). */
export function isBareCount(text: string): boolean {
  const m = BARE_COUNT.exec(text.trim());
  return m !== null && !NOT_SEEN.test(m[1]!);
}
