/**
 * A test named with when or where it will be done is an order, not a result: "First, an X-ray of both hips today,
 * they can do it downstairs this afternoon", "go down to X-ray and come back up with the pictures", "bloods before you
 * leave". A result says what the test showed ("the X-ray shows…", "came back normal"); an order does not yet know.
 */
import { caseless } from '../text/caseless-pattern.js';
import { TEST_WORDS } from './clinical-vocabulary.js';

const TEST = caseless(String.raw`\b${TEST_WORDS}\b`);
const WHEN_TO_COME = caseless(/\b(?:today|this (?:morning|afternoon|evening)|tonight|tomorrow|downstairs|before you (?:go|leave)|on your way out|next (?:week|month)|in (?:a|one|two|three|four|six|\d+) (?:days?|weeks?|months?)|as soon as possible|urgently)\b/);
const GO_FOR_TEST = caseless(new RegExp(String.raw`^(?:(?:so|and|then|now|okay),?\s+)*(?:go|pop|head|nip) (?:down |over |along |round |up )?(?:to|for) (?:the |your )?(?:x-?ray|radiology|phlebotomy|the lab|bloods|blood tests?|${TEST_WORDS})\b`));
const SAYS_WHAT_IT_SHOWED = caseless(/\b(?:shows?|showed|shown|came back|come back|is back|are back|revealed?|confirm(?:s|ed)|normal|abnormal|clear|negative|positive|raised|high|low|was|were|found|results? (?:is|are|was|were)|(?:is|are)\s+(?:now\s+|still\s+)?\d)\b/);

/** "I have requested an MRI scan of the left knee", "we've booked an echo": a letter's order, told as done. */
const ORDERED_ALREADY = caseless(new RegExp(String.raw`^(?:(?:so|and|also|today|then),?\s+)*(?:i|we)(?:'ve| have) (?:also |now |today |just |already )?(?:requested|ordered|arranged|booked|organi[sz]ed|sent (?:off |him for |her for |them for )?(?:for )?)\b[^.?!]{0,40}?\b${TEST_WORDS}\b`));

/** "And an ABI — an ankle brachial index — to check the circulation": one more test, added to an order without a verb. */
const ADDED_TEST = caseless(new RegExp(String.raw`^(?:(?:and|also|plus|then),?\s+)*(?:an?|some) (?:[a-z-]+ )?${TEST_WORDS}\b`));

/** True for a sentence that orders a test by saying when or where it happens, or sends the patient to it. */
export function ordersTest(text: string): boolean {
  if (GO_FOR_TEST.test(text)) return true;
  if (ADDED_TEST.test(text) && !SAYS_WHAT_IT_SHOWED.test(text) && !/\?\s*$/.test(text)) return true;
  if (ORDERED_ALREADY.test(text) && !SAYS_WHAT_IT_SHOWED.test(text)) return true;
  return TEST.test(text) && WHEN_TO_COME.test(text) && !SAYS_WHAT_IT_SHOWED.test(text) && !/\?\s*$/.test(text);
}
