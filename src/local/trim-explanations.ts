/**
 * Shortens a long sentence by the words that explain rather than state: "…subcutaneous methotrexate, which is
 * usually better tolerated", "avoid ibuprofen while you're dry, again because of the kidneys", "Because you handle
 * food, you mustn't go back until…". A block over its word budget loses these before it loses a whole item, so a
 * long plan keeps its last orders and a long history its last symptoms. A clause is only dropped when it holds no
 * number, no drug, no order, referral or booking, and no negation, so what is left states nothing the sentence did
 * not, and the rest still reads as a sentence.
 */
import { caseless } from '../text/caseless-pattern.js';
import { findDrugs, isOrder } from './clinical-vocabulary.js';

const ACTS = caseless(/\b(?:refer\w*|book\w*|schedul\w*|prescri\w+|start\w*|stop\w*|switch\w*|increas\w*|reduc\w*|halve|continue|restart\w*|order\w*|check\w*|test\w*|scan\w*|x-?ray\w*|come back|see (?:you|him|her|them)|call|ring|return|avoid|don't|do not|never|not|no|without|mustn't|shouldn't|can't|cannot|won't)\b/);

/** Trailing or inner explanations, each ending at the next comma, semicolon or the sentence's end. */
const INNER = [
  caseless(/,\s*(?:which|that) (?:is|are|means|keeps|helps?|makes?|will|should|can|tends? to|usually|often|works?|gives?|stops?|protects?|replaces?|relaxes)\b[^,;]*/.source, 'g'),
  caseless(/,\s*(?:again |just |mainly |partly |also )?(?:because|since|as) (?:of |it|that|this|the|your|his|her|their|you|he|she|they)\b[^;]*/.source, 'g'),
  caseless(/,\s*(?:that's|that is|this is|it's|which is) (?:what|why|how|the (?:best|main|usual)|usually|really|normally)\b[^,;]*/.source, 'g'),
  caseless(/,\s*so that\b[^,;]*/.source, 'g'),
  caseless(/,\s*(?:they|it) (?:replaces?|relaxes|protects?|keeps?|helps?|works?|stops?)\b[^,;]*/.source, 'g'),
];
const LEADING = caseless(/^(?:(?:and|so|but),?\s+)?(?:because|since) [^,;]{3,120},\s*/);

const MIN_WORDS_LEFT = 4;

function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => w !== '').length;
}

function isDroppable(part: string): boolean {
  return !/\d/.test(part) && findDrugs(part).length === 0 && !isOrder(part) && !ACTS.test(part);
}

function closeSentence(text: string, original: string): string {
  const end = /[.?!]$/.test(original) ? original.slice(-1) : '';
  const body = text.replace(/[\s,;]+$/, '').replace(/[.?!]$/, '');
  return `${body.charAt(0).toUpperCase()}${body.slice(1)}${end}`;
}

/** The sentence without its droppable explanations, or the sentence itself when nothing can go. */
export function trimExplanations(text: string): string {
  const body = text.replace(/[.?!]$/, '');
  let out = body;
  const lead = LEADING.exec(out);
  if (lead && isDroppable(lead[0])) out = out.slice(lead[0].length);
  for (const pattern of INNER) {
    out = out.replace(pattern, (clause: string) => (isDroppable(clause) ? '' : clause));
  }
  if (out === body || countWords(out) < MIN_WORDS_LEFT) return text;
  return closeSentence(out, text);
}
