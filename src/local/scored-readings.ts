/**
 * "PHQ-2 score 4 — above cutoff, needs review", "Total score 17/30, mild impairment", "MoCA scored 22; refer on": a
 * note that opens on a scale's score is the reading first, whatever judgement or need follows it; it is the results,
 * not the plan its tail names (the plan says what is done about it in its own sentence).
 */
import { caseless } from '../text/caseless-pattern.js';

/** Up to four words naming the scale, then "score(d)" and a number (out of a total, perhaps), then the sentence's end or a break. */
const OPENS_ON_SCORE = caseless(String.raw`^(?:(?:the|her|his|their|a)\s+)?(?:[a-z0-9][\w/-]*\s+){0,4}(?:total\s+)?(?:score|scored|scores)\s*(?:of|was|is|=|:|at)?\s*\d{1,3}(?:\.\d)?(?:\s*(?:\/|out of)\s*\d{1,3})?\s*(?:[\u2014\u2013,;(]|\s-\s|[.]?\s*$)`);
/** Said as a step ahead ("we will repeat the score of 4 next month") it is not a reading. */
const AHEAD = caseless(/^(?:[\w-]+\s+){0,3}(?:will|'ll|going to|plan|repeat|recheck|re-check)\b/);

export function opensOnScore(text: string): boolean {
  const t = text.trim();
  return OPENS_ON_SCORE.test(t) && !AHEAD.test(t);
}
