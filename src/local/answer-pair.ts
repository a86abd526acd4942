/**
 * What every answer reader shares: the pair of a question and its answer, the statement written from them, and the
 * words that open a yes or a no.
 */
import type { Turn } from './types.js';
import { normalizeMeasurements } from './normalize-measurements.js';
import { caseless } from '../text/caseless-pattern.js';

export type AnswerBlock = 'history' | 'review' | 'background' | 'risk' | 'exam' | 'plan';

export interface AnswerLine {
  block: AnswerBlock;
  text: string;
  lines: number[];
  /** Index of the answering turn, for ordering. */
  turn: number;
  /** Answer sentences (by their cleaned text) this statement already covers, so they are not written twice. */
  covers: string[];
}

export interface Pair {
  question: string;
  answers: string[];
  q: Turn;
  a: Turn;
  turn: number;
  /** What the same side says next, before the clinician speaks again. */
  after: string;
}

export const NEGATIVE = caseless(/^(?:no|nope|nah|not really|never|none|negative|nothing|not (?:that (?:i've|i have|i'd|i had|i can|i know|i'm aware|i am aware|i remember|i recall|i could|we've|we have|it)|currently|at the moment|recently|lately|so far|as far as i know)|i don't|i do not|i haven't|i have not|i didn't|i'm not|not that (?:i|we)|i(?:'ve| have)(?: had)? none|i had none|no,)\b/);
export const POSITIVE = caseless(/^(?:yes|yeah|yep|yup|that's (?:right|correct)|exactly|i do|i have|i did|a little|a bit|sometimes|uh-huh|mm+[- ]?hm+|mhm+|correct|definitely|right(?=\s*(?:[,.!;]|$))|sure|kind of|sort of|i think so|occasionally)\b/);
// ("Ohh no", "erm, no", "Mm, no": the interjection lengthened as it is said; "mm hm" is a yes.)
const LEAD_FILLER = caseless(/^(?:(?:um+|uh+|ah+|er+m?|mm+(?![- ]?hm)|well|so|oh+|hmm+|honestly|i mean|i guess|like|thankfully|luckily|fortunately|happily|sadly|unfortunately|actually)[,\s]+)+/);
export const FREQUENCY = caseless(/\b(?:once|twice|\w+ times|every (?:day|night|week|morning)|daily|weekly|nightly|a day|a week|a night|a month|ever|never|rarely|hardly|sometimes|occasionally|usually|always|most days)\b/);
export const NUMBERISH = /\b(?:\d+s?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|half|a couple|few|several)\b/i;

export function cleanAnswer(sentence: string): string {
  // "No, I don't think so": the hedge adds nothing to the no.
  return sentence.replace(LEAD_FILLER, '').replace(/[.?!,;]+$/, '').trim().replace(/^(no|nope|not really)[,\s]+(?:i )?(?:don't|do not) (?:think|believe) so$/i, '$1');
}

export function words(text: string): number {
  return text.split(/\s+/).filter((w) => w !== '').length;
}

export function lowerFirst(text: string): string {
  return /^(?:I\b|[A-Z]{2,})/.test(text) ? text : `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}

export function statement(block: AnswerBlock, text: string, pair: Pair, covers: string[]): AnswerLine {
  return { block, text: normalizeMeasurements(text.replace(/\s+/g, ' ').trim()), lines: [pair.q.line, pair.a.line], turn: pair.turn, covers };
}
