/**
 * "For vaccines today I'd recommend three. Hepatitis A, which is from food and water. Typhoid again, because yours has
 * run out. And Revaxis…": a clinician who announces how many things they recommend then names each without a verb.
 * The names alone are the plan's items; read one by one they are fragments that nothing else places. Likewise "So here's
 * what I'm going to order. A raised toilet seat with a frame around it…".
 */
import { caseless } from '../text/caseless-pattern.js';

const COUNT = '(?:two|three|four|five|a few|a couple(?: of)?|some)';
const ITEMS = '(?:things|vaccines|vaccinations|injections|jabs|tablets|medicines|medications|tests|changes|options|steps)';

/** "I'd recommend three.", "You'll need two vaccines:", "There are three things I'd like you to do." */
const ANNOUNCES = caseless(new RegExp(
  `(?:\\b(?:recommend|suggest|advise|offer|need|prescribe|give (?:you|him|her))\\w* ${COUNT}(?: ${ITEMS})?|\\b(?:there are|i've got|we've got|i have) ${COUNT} ${ITEMS}\\b[^.?!]{0,40}`
  + `|\\bhere's what (?:i'm|we're) (?:going to|gonna) (?:order|arrange|get|prescribe|organi[sz]e|put in)(?: for (?:you|him|her))?)[.:]?$`,
));

/** A verb that makes the sentence a statement of its own, not an item named. */
const FINITE = caseless(/\b(?:is|are|was|were|has|have|had|will|would|do|does|did|can|could|should|i|you|we|he|she|they|it's|that's|there's|i'm|i'll|we'll|you'll|let's)\b/);

const NOT_A_NAME = caseless(/^(?:first\w*|second\w*|third\w*|fourth|fifth|next|then|finally|lastly|in|on|at|for|from|after|before|once|when|if|so|but|now|okay|right|well|yes|no|just|only|please|keep|take|use|stop|start|try|go|rest|avoid|come|call|ring|book)$/);

export function announcesItems(sentence: string): boolean {
  return ANNOUNCES.test(sentence.trim());
}

/** "Hepatitis A, which is from food and water.", "Typhoid again, because…", "And Revaxis, which is…": a name, then why. */
export function readListedItem(sentence: string): string | undefined {
  const item = sentence.trim().replace(/^(?:and|also|then|plus),?\s+/i, '');
  const head = item.split(/[,;:]|\s+(?:which|because|as|for|so|with|that)\b/)[0]!.trim();
  const words = head.split(/\s+/).filter((w) => w !== '');
  // "A second rail on the stairs, on the right side…": an article opens a longer name.
  const longest = /^(?:a|an|some)$/i.test(words[0] ?? '') ? 6 : 5;
  // ("Fourth, rest the foot…", "In about four weeks, …": numbered steps and timed ones are read as the sentences they are.)
  if (words.length === 0 || words.length > longest || FINITE.test(head) || NOT_A_NAME.test(words[0]!) || /\?$/.test(item)) return undefined;
  return `${item.charAt(0).toUpperCase()}${item.slice(1)}`;
}
