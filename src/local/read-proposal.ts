/**
 * A plan put as a question and taken up: "Would you be willing to try the breathing exercise twice a day?" — "Yes, I
 * can do that." is the plan "Agreed to try the breathing exercise twice a day."; "How do you feel about starting a
 * statin?" — "I'd rather not." is "Declined starting a statin." Therapists, dietitians and GPs agree much of a plan
 * this way, and the question alone (no yes/no reading takes it) left the plan empty.
 */
import type { Gender } from './rewrite-person.js';
import { rewriteClinicianSpeech } from './rewrite-person.js';
import { NEGATIVE, POSITIVE, cleanAnswer, statement, words, type AnswerLine, type Pair } from './answer-pair.js';
import { caseless } from '../text/caseless-pattern.js';

const LEAD = String.raw`^(?:(?:and|so|okay|ok|now|then|right|well)[,\s]+)*`;
const ACTION = String.raw`(?:try|start|do|use|take|keep|give|wear|practi[cs]e|book|see|have|cut|swap|add|walk|stop|come|join|go)`;
const PROPOSAL = caseless(new RegExp([
  // "Would you be willing to try…", "Are you happy to start…", "Would you be up for giving … a go"
  String.raw`${LEAD}(?:would|will|could) you be (?:willing|happy|okay|ok|open|up for|keen) (?:to )?(${ACTION}(?:ing)?)\b(.+)$`,
  String.raw`${LEAD}(?:are|were) you (?:willing|happy|okay|ok|open|keen) (?:to )?(${ACTION})\b(.+)$`,
  // "How do you feel about starting…", "What about trying…"
  String.raw`${LEAD}(?:how (?:would|do) you feel about|what about|how about|what do you think about) (${ACTION}ing|trying|starting|taking|using|having|giving|cutting|swapping|adding|stopping|joining|booking)\b(.+)$`,
  // "Would you like to try…", "Do you want to start…"
  String.raw`${LEAD}(?:would|do) you (?:like|want) to (${ACTION})\b(.+)$`,
].join('|')));
/** A yes that takes the plan up ("I can do that", "I'll give it a go", "happy to"). */
const TAKEN_UP = /^(?:i can(?: do that| try(?: that)?)?|i(?:'ll| will) (?:try|do|give)|happy to|sounds good|that's fine|okay|ok|sure|let's do (?:it|that)|go on then)\b/i;
const TURNED_DOWN = /^(?:i'd rather not|i would rather not|not really|i don't think so|no thanks?)\b/i;

/**
 * "Can you keep a food diary for the next two weeks?" — "Okay.": a request for something done at home or before the
 * next visit (a time or place says so), so "Can you take a deep breath for me?" in an examination is not one.
 */
const REQUEST = caseless(new RegExp(String.raw`${LEAD}(?:can|could|will|would) you (?:please |just |also )?(keep|write down|write|bring|book|fill in|fill out|record|log|note down|send|practi[cs]e|try and|try to|do|use|wear|check|weigh)\b(.+)$`));
const AT_HOME = /\b(?:for the next|every|each (?:day|morning|evening|night)|daily|at home|before (?:your|the|our|next)|next time|a day|a week|until|over the next|this week|between now and)\b/i;

function readRequest(pair: Pair, answer: string): AnswerLine[] {
  const m = REQUEST.exec(pair.question.replace(/[?.\s]+$/, ''));
  if (!m || !AT_HOME.test(m[2]!) || !(POSITIVE.test(answer) || TAKEN_UP.test(answer) || /^will do\b/i.test(answer))) return [];
  const verb = m[1]!.toLowerCase();
  const rest = m[2]!.trim().replace(/\b(?:for me|please)\b/gi, '').replace(/\s+/g, ' ').trim();
  if (/\b(?:you|your)\b/i.test(rest)) return [];
  return [statement('plan', `${verb.charAt(0).toUpperCase()}${verb.slice(1)} ${rest}.`, pair, [pair.answers[0]!])];
}

export function readAcceptedProposal(pair: Pair, gender: Gender, addressee: string | undefined): AnswerLine[] {
  const q = pair.question.replace(/[?.\s]+$/, '');
  const m = PROPOSAL.exec(q);
  const answer = cleanAnswer(pair.answers[0] ?? '');
  if (answer === '' || words(answer) > 12) return [];
  if (!m) return readRequest(pair, answer);
  const groups = m.slice(1).filter((g) => g !== undefined);
  const [verb, rest] = [groups[0]!, groups[1]!.trim()];
  // "Are you happy to do that?" names nothing: the plan is what "that" points back to, left to the sentences that say it.
  if (rest === '' || /\?/.test(rest) || /^(?:that|this|it|them|so|those)\b/i.test(rest)) return [];
  const object = rewriteClinicianSpeech(rest, gender, addressee);
  if (!object || /\b(?:you|your)\b/i.test(object)) return [];
  const yes = POSITIVE.test(answer) || TAKEN_UP.test(answer);
  const no = !yes && (NEGATIVE.test(answer) || TURNED_DOWN.test(answer));
  if (!yes && !no) return [];
  const act = `${verb.toLowerCase()} ${object}`.replace(/[.!]+$/, '');
  // "Agreed to try…" after "willing to try"; "Declined starting…" after "how do you feel about starting".
  const outcome = `${yes ? 'Agreed' : 'Declined'}${/ing$/i.test(verb) ? '' : ' to'}`;
  return [statement('plan', `${outcome} ${act}.`, pair, [pair.answers[0]!])];
}
