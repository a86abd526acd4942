/**
 * A closed question answered by how much or how often rather than by a yes or a no: "Were condoms used?" — "Not
 * always."; "Is light bothering you?" — "A bit."; "Are you still doing your walking?" — "Most days, about half an hour
 * with the dog." The answer alone says nothing, so the note keeps the question's words before it ("Condoms used: not
 * always."), both as said.
 */
import type { Gender } from './rewrite-person.js';
import { rewriteClinicianSpeech } from './rewrite-person.js';
import { CLINICAL_TERMS, countMatches } from './clinical-lexicon.js';
import { DIAGNOSIS_TERM, findDrugs } from './clinical-vocabulary.js';
import { caseless } from '../text/caseless-pattern.js';

/** How much or how often, said first: the whole answer is a degree of the question's yes. */
const HEDGE = caseless(/^(?:a (?:bit|little|lot|fair bit)|not (?:always|every time|all the time|much|often|that much|a lot|every day|most days)|mostly|most (?:days|nights|weeks|mornings|evenings|of the time)|some (?:days|nights|times)|sometimes|occasionally|now and (?:then|again)|on and off|usually|rarely|hardly(?: ever)?|only (?:sometimes|occasionally|a (?:bit|little)|now and then)|once or twice|kind of|sort of|slightly|quite a (?:bit|lot)|more or less)\b/);
const CLOSED = caseless(/^(?:is|are|was|were|do|does|did|have|has)\s+(.+)$/);
const SUBJECT = caseless(/^(?:you|he|she|they)\s+/);
const SOCIAL = caseless(/\b(?:questions?|okay|ok|ready|comfortable|understand|hear me|see me|clear|alright|all right|sure|happy with)\b/);
/** What a health question asks of, beyond the lexicon's words: being bothered, protection, daily habits. */
const HEALTH_TOPIC = caseless(/\b(?:bother\w*|troubl\w*|condoms?|protection|contracepti\w*|used|worn|taken|using|taking|wearing|doing (?:your|the|his|her) \w+|walking|exercis\w*|sleeping|eating|drinking|smoking|light|noise|sound|appetite|energy|mood|exercises?)\b/);

export interface HedgedReading { text: string; negative: false }

/** The question, without its verb and subject, then the hedged answer: "Still doing his walking: most days…". */
export function readHedgedAnswer(question: string, answer: string, gender: Gender, addressee?: string): HedgedReading | undefined {
  const a = answer.replace(/[.!]+$/, '').trim();
  if (!HEDGE.test(a) || a.split(/\s+/).length > 12 || /\b(?:i|my|me|i'm|i've)\b/i.test(a)) return undefined;
  const m = CLOSED.exec(question);
  if (!m || SOCIAL.test(m[1]!) || m[1]!.split(/\s+/).length > 10) return undefined;
  const body = m[1]!.replace(SUBJECT, '');
  const clinical = countMatches(body, CLINICAL_TERMS) > 0 || DIAGNOSIS_TERM.test(body) || findDrugs(body).length > 0 || HEALTH_TOPIC.test(body);
  if (!clinical) return undefined;
  const rest = rewriteClinicianSpeech(body, gender, addressee);
  if (!rest || /\byou\b/i.test(rest)) return undefined;
  return { text: `${rest.charAt(0).toUpperCase()}${rest.slice(1)}: ${a.charAt(0).toLowerCase()}${a.slice(1)}.`, negative: false };
}
