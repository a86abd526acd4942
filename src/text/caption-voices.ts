/**
 * An ambient scribe or a captioner marks each change of voice with ">>" and names no one. Two people taking turns
 * alternate line by line, but a paramedic's call has more voices: the patient, his wife, a second crew member reading
 * out the vitals. Strict alternation goes wrong at the first third voice and stays wrong, so each marked turn is read
 * as the clinician's side or the other side from what it says, with taking turns as the expectation: a path through
 * the turns that mostly alternates, and stays on one side only where the words say so (Viterbi). On the other side,
 * the turns of a companion who has said who they are ("I'm his wife"), speaking of the patient and not of their own
 * body, are a third voice.
 */
import { caseless } from './caseless-pattern.js';
import { introducesAsClinician, isLayQuestion, scoreClinicianLikeness } from './infer-speaker-roles.js';
import { readIntroducedRelation } from './introduced-companions.js';
import { STAFF_POST } from './named-staff.js';
import { roleFromLabel } from './speaker-labels.js';

/** What staying with the same side costs against a contradicted turn's one to three: one voice rarely speaks twice running. */
const STAY_COST = 1.6;
const MAX_EVIDENCE = 3;
/** A colleague asked by name answers next: surer than anything a turn's words show. */
const HANDED_FLOOR = 5;

/**
 * "let me get a sugar", "I'll ring her GP", "I can hear crackles": the clinician's own next step or finding, told in
 * the first person, where any other "I" is the patient's or a companion's.
 */
const OWN_STEP = caseless(/\b(?:let me|let's) (?:get|grab|do|check|take|put|give|have a)\b|\bi(?:'ll| will|'m going to|'m gonna) (?:ring|call|phone|contact|speak to|refer|send|book|arrange|prescribe|start|give|put|transmit|check)\b (?!you\b)|\bi can (?:hear|feel|see) (?:some |a |an |no )?[a-z]+/);
const OBSERVATION = caseless(/\b(?:blood pressure|bp|heart rate|pulse|sats|saturations?|resp(?:iratory)? rate|glucose|sugar|temp(?:erature)?|gcs)\b[^.?!;]{0,20}?\d/);
const TAG_QUESTION = /,\s*(?:okay|ok|alright|all right|right|yeah)\?\s*$/i;
const OPEN_QUESTION = /\b(?:what|what's|when|where|how|how's|why|which|who|any)\b/i;
const TO_LISTENER = caseless(/\b(?:you|your|you're|you've|you'll)\b/);
const FIRST_PERSON = caseless(/\b(?:i|my|me|i'm|i've|i'd|i'll)\b/);
const OWN_BODY = caseless(/\b(?:my (?:chest|head|back|arm|leg|stomach|jaw|neck|throat|knee|foot|pain)|i feel|i('ve| have) (?:been|had)|i (?:was|started|noticed|can't|couldn't))\b/);
const OF_SOMEONE = caseless(/\b(?:he|she|he's|she's|him|his|her)\b/);

/** Positive when a turn sounds like the clinician's side, negative when like the patient's or a companion's. */
export function scoreTurn(text: string): number {
  let score = Math.sign(scoreClinicianLikeness([text]));
  if (introducesSelfAsClinician(text)) score += 2;
  if (OWN_STEP.test(text)) score += 1;
  // "blood pressure 158/92. heart rate 102.": readings called out are a crew member's or a nurse's, unless of "my" own.
  if (OBSERVATION.test(text)) score += FIRST_PERSON.test(text) ? 1 : MAX_EVIDENCE;
  for (const s of text.split(/(?<=[.?!])\s+/)) {
    // "is it a heart attack?": a closed question that puts nothing to "you" may be anyone's.
    // ("…and we're gonna move quickly, okay?" only checks the listener is with the speaker.)
    if (isLayQuestion(s) || (/\?\s*$/.test(s) && !TO_LISTENER.test(s) && !OPEN_QUESTION.test(s) && !TAG_QUESTION.test(s))) score -= 1;
    else if (!/\?\s*$/.test(s) && TO_LISTENER.test(s) && !FIRST_PERSON.test(s)) score += 1;
    else if (OWN_BODY.test(s)) score -= 1;
  }
  return Math.max(-MAX_EVIDENCE, Math.min(MAX_EVIDENCE, score));
}

const NAME = String.raw`([A-Z][a-z]{2,})`;
/** "this is my colleague Sam", "Sam, our nurse"; "my partner Lena" only from one who says they are a clinician. */
const STAFF_NAMED = [new RegExp(String.raw`\b(?:my|our)\s+${STAFF_POST},?\s+${NAME}\b`, 'g'), new RegExp(String.raw`\b${NAME},\s+(?:my|our)\s+${STAFF_POST}\b`, 'g')];
const CREW_NAMED = new RegExp(String.raw`\b(?:my|our)\s+(?:partner|crewmate|crew mate),?\s+${NAME}\b`, 'g');

/** "my name's Tariq, I'm a paramedic": a name, then a clinician's post (a patient's "I'm a nurse" names no one first). */
const NAMED_POST = /\b(?:my name's|my name is|i'm|i am)\s+\p{L}[\p{L}'-]*,?\s+(?:and\s+)?(?:i'm|i am)\s+(?:a|an)\s+([a-z]+)\b/giu;

function introducesSelfAsClinician(text: string): boolean {
  return introducesAsClinician([text]) || [...text.matchAll(NAMED_POST)].some((m) => roleFromLabel(m[1]!) === 'clinician');
}

/** First names the clinician gives colleagues in the room. */
function readStaffNames(turns: readonly string[]): string[] {
  return turns.flatMap((t) => [...STAFF_NAMED, ...(introducesSelfAsClinician(t) ? [CREW_NAMED] : [])].flatMap((re) => [...t.matchAll(re)].map((m) => m[1]!)));
}

/**
 * "Lena, repeat pressure?", "…on you. Lena can you get a set of vitals": a sentence opening on a colleague's name hands
 * them the floor, so the next voice is a clinician's too.
 */
function asksColleague(text: string, names: readonly string[]): boolean {
  return names.some((name) => new RegExp(String.raw`(?:^|[.?!]\s+|^(?:okay|ok|right|good|so)[,.]?\s+)${name}(?!'s)\b,?\s+\S`).test(text));
}

/**
 * Which turns are the clinician's side: the cheapest path, each turn's cost the evidence against its side. After a
 * break (the radio's traffic between two turns) the next turn may be on either side at no cost.
 */
function readSides(scores: readonly number[], breaks: readonly boolean[], asks: readonly boolean[]): boolean[] {
  const against = (score: number, clinician: boolean) => (clinician ? Math.max(0, -score) : Math.max(0, score));
  let cost = [against(scores[0]!, false), against(scores[0]!, true)];
  const back: number[][] = [];
  scores.slice(1).forEach((score, k) => {
    // A question is answered by someone else: staying with the asker's side after one costs twice as much.
    const stay = breaks[k + 1] ? 0 : asks[k] ? 2 * STAY_COST : STAY_COST;
    const from = [0, 1].map((side) => (cost[side]! + stay < cost[1 - side]! ? side : 1 - side));
    cost = [0, 1].map((side) => cost[from[side]!]! + (from[side] === side ? stay : 0) + against(score, side === 1));
    back.push(from);
  });
  let side = cost[1]! <= cost[0]! ? 1 : 0;
  const sides = [side === 1];
  for (const from of back.reverse()) {
    side = from[side]!;
    sides.unshift(side === 1);
  }
  return sides;
}

/**
 * A label for each marked turn: "Speaker 1" for the side the first turn is on, "Speaker 2" for the other, and
 * "Speaker 3" for a companion's turns there when one says who they are. `breaks` marks the turns that follow a break.
 */
export function labelUnnamedVoices(turns: readonly string[], breaks: readonly boolean[] = []): string[] {
  if (turns.length === 0) return [];
  const staff = readStaffNames(turns);
  // The one who hands a colleague the floor is a clinician too.
  const scores = turns.map((t, k) => (k > 0 && asksColleague(turns[k - 1]!, staff) ? HANDED_FLOOR : asksColleague(t, staff) ? MAX_EVIDENCE : scoreTurn(t)));
  const sides = readSides(scores, breaks, turns.map((t) => /\?\s*$/.test(t)));
  const first = sides[0];
  const others = turns.filter((_, k) => !sides[k]);
  const companion = readIntroducedRelation(others) !== undefined;
  return turns.map((text, k) => {
    if (companion && !sides[k] && OF_SOMEONE.test(text) && !OWN_BODY.test(text)) return 'Speaker 3';
    return sides[k] === first ? 'Speaker 1' : 'Speaker 2';
  });
}
