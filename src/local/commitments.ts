/**
 * "I'll do the transport application", "we'll put you on the waiting list", "I'll ask about a personal alarm": in a
 * social worker's, a pharmacist's or a nurse's plan most items are things the clinician undertakes to do, not drugs or
 * tests. Each is an item the patient will be waiting on, so a plan over its word budget keeps it as it keeps an order:
 * a long visit's last undertakings were the ones a plan lost.
 */
import { caseless } from '../text/caseless-pattern.js';

/** Ordinals and links a clinician counts items off with ("Second, …", "In the meantime, …"). */
const LEAD = String.raw`(?:(?:and|so|then|also|okay|now|first|firstly|second|secondly|third|thirdly|fourth|fifth|next|finally|lastly|meanwhile|in the meantime|for now|today|this week),?\s+)*`;
const UNDERTAKES = String.raw`(?:i|we)(?:'ll| will|'m going to| am going to|'re going to| are going to|'m gonna)\s+(?:also |then |now |today |just |personally )?`;
/**
 * The doing verbs: applying, arranging, contacting, enrolling, asking on the patient's behalf. Handing over a leaflet,
 * a sheet or a card ("I'll give you a sheet") is left out: it only goes with an item the plan has already, and kept
 * over the budget it cost a diabetes review its sick-day rules and a swallow review its drink thickness.
 */
const DOES = String.raw`(?:do|fill (?:in|out)|complete|start|submit|put|add|apply|make|set up|arrange|organi[sz]e|get|send|help|sign|enrol|enroll|register|contact|find|look into|chase|follow up|ask|request|email|text|write|book|refer|order|sort out)\b`;
const COMMITS = caseless(new RegExp(String.raw`^${LEAD}${UNDERTAKES}${DOES}`));
/** "I'll see", "I'll be honest", "I'll just get the light": talk, not an undertaking. */
const NOT_AN_ITEM = caseless(/\b(?:i'll|i will|we'll|we will) (?:just )?(?:get (?:the|a|my|your) (?:light|door|chair|gloves|pen)|give you a (?:moment|minute|second)|ask you (?:a few|some|a couple|about|to)|do (?:a|the|some) (?:quick )?(?:exam|check|look|listen))\b/);

/** True when a clinician's sentence undertakes to do something for the patient. */
export function commitsToAct(text: string): boolean {
  return COMMITS.test(text.trim()) && !NOT_AN_ITEM.test(text) && !/\?\s*$/.test(text);
}
