/**
 * "So that's tooth 19, the first molar on the bottom left.": a dentist naming the tooth being examined opens the exam's
 * findings on it; the number is how the chart records the tooth, so the sentence is the exam's, though nothing is yet
 * found on it.
 */
import { caseless } from '../text/caseless-pattern.js';

const TOOTH_NAMED = caseless(/^(?:(?:so|okay|ok|right|now|and),?\s+)*(?:that's|that is|this is|it's|it is|we're looking at|we are looking at) (?:the )?(?:tooth (?:number )?#?\d{1,2}|number \d{1,2}|(?:upper|lower) (?:left|right) (?:one|two|three|four|five|six|seven|eight|[1-8])|(?:the )?(?:upper|lower|bottom|top) (?:left|right) (?:first |second |third )?(?:molar|premolar|incisor|canine|wisdom tooth))\b/);

/** A tooth named now, not one remembered or planned. */
export function namesExaminedTooth(text: string): boolean {
  return TOOTH_NAMED.test(text.trim()) && !/\b(?:will|'ll|going to|last time|used to|was|were)\b/i.test(text);
}
