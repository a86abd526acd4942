/**
 * A visit pasted a turn a line with no speaker labels: "How long have you had the diabetes?" / "Type 2. They told me
 * about two years ago." / "Two years. And what are you taking for it?" Reading each line on its own loses the speaker
 * whenever a line neither asks "you" something nor answers in the first person ("Cola. Two cans a night.", "Milk and
 * sugar?"), and one wrong guess puts every later line in the wrong mouth. When the lines that do show their speaker
 * agree that the speakers take turns line by line, the whole visit is read that way.
 */
import type { Turn } from './types.js';
import { splitSentences } from './split-sentences.js';
import { caseless } from '../text/caseless-pattern.js';
import { isLayQuestion } from '../text/infer-speaker-roles.js';
import { readsOutVital } from './read-out-vitals.js';

const TO_LISTENER = caseless(/\b(?:you|your|you're|you've|you'll|yours)\b/);
const FIRST_SINGULAR = caseless(/\b(?:i|my|me|i'm|i've|i'd|i'll|mine)\b/);
const WH_QUESTION = caseless(/^(?:(?:and|so|okay|ok|right|now),?\s+)?(?:what|when|where|how|why|which|who)\b/);
const ANY_QUESTION = caseless(/^(?:(?:and|so|okay|ok|right|now),?\s+)?any\b/);
/**
 * "I'm going to press along the ligament", "Let me have a look", "Walk me through it", "I'd call it grade 2": the
 * clinician's own steps and judgements, told in the first person.
 */
const CARE_STEP = caseless(/^(?:(?:okay|ok|right|so|now|alright|good|great),?\s+)?(?:i'm (?:just )?going to|i am going to|i'll (?:just )?|i will|let me|let's|i'd like to|i want you to)\s*(?:have a (?:look|feel|listen)|look|examine|check|listen|feel|press|test|move|measure|take|tape|strap|refer|prescribe|send|book|write|give you|see you|start you|put you|ask you|get you|talk to|speak to|call|ring|phone|let (?:him|her|them|your)|arrange)\b|^(?:(?:okay|ok|right|so|now|alright),?\s+)?(?:walk me through|talk me through|tell me|show me)\b|\b(?:i'd|i would) call (?:it|this|that)\b|\bi (?:don't )?think (?:it's|this is|that's|you've|you have|we need)\b/);
/** "So what is it?", "Is it broken?", "What happens now?": a question put to the clinician about what they found. */
const FINDING_QUESTION = caseless(/^(?:(?:so|and|but|okay|ok|right),?\s+)?(?:what is it|what's wrong|is it (?:broken|torn|bad|serious|a sprain|a fracture)|how bad is it|what did you find|what happens (?:now|next)|what now|what do i do)\b/);

/** Fewer lines than this, or fewer lines that show their speaker, is too little to call a pattern. */
const MIN_LINES = 10;
const MIN_SHOWING = 8;
/** The share of speaker-showing lines that must fit the alternation. */
const MIN_AGREEMENT = 0.85;

function isQuestion(s: string): boolean {
  return /\?\s*["')]?$/.test(s.trim());
}

/**
 * +1 when a line sounds like the clinician (asks "you" something, or tells "you" about yourself), -1 when it sounds
 * like the patient (speaks of "I" and not to "you"), 0 when it shows neither.
 */
function scoreSpeaker(text: string): number {
  let score = 0;
  for (const s of splitSentences(text)) {
    // "Iced it, like you said", "Okay, thank you": a nod to the clinician's advice or a thanks does not speak to them
    // about themself.
    const toListener = TO_LISTENER.test(s.replace(/\b(?:(?:like|as) you (?:said|told me|showed me)|thank you)\b/gi, ''));
    const ofSelf = FIRST_SINGULAR.test(s);
    if (CARE_STEP.test(s)) score += 1;
    else if (isQuestion(s) && (isLayQuestion(s) || FINDING_QUESTION.test(s))) score -= 1;
    else if (isQuestion(s) && (toListener || WH_QUESTION.test(s) || ANY_QUESTION.test(s))) score += 1;
    else if (!isQuestion(s) && toListener && !ofSelf) score += 1;
    else if (!isQuestion(s) && ofSelf && !toListener) score -= 1;
  }
  return Math.sign(score);
}

/**
 * The turns with roles taken line by line in alternation, when the text is pasted one turn a line and the lines that
 * show their speaker fit that; otherwise undefined (prose with questions and answers on one line is read as it was).
 */
export function readAlternatingLines(turns: readonly Turn[]): Turn[] | undefined {
  if (turns.length < MIN_LINES || new Set(turns.map((t) => t.line)).size !== turns.length) return undefined;
  const votes = turns.map((t) => scoreSpeaker(t.text));
  const showing = votes.filter((v) => v !== 0).length;
  if (showing < MIN_SHOWING) return undefined;
  // Which parity the clinician speaks on: the one more of the showing lines agree with.
  const fits = (clinicianOnEven: boolean) =>
    votes.filter((v, k) => v !== 0 && (v > 0) === ((k % 2 === 0) === clinicianOnEven)).length;
  const even = fits(true);
  const odd = fits(false);
  const clinicianOnEven = even >= odd;
  if (Math.max(even, odd) / showing < MIN_AGREEMENT) return undefined;
  // ("Can you get a set of obs?" — "Yep. Blood pressure 148 over 92.": a colleague answers with a reading, read-out-vitals.ts.)
  return turns.map((t, k) => ({ ...t, role: (k % 2 === 0) === clinicianOnEven || readsOutVital(t.text) ? 'clinician' : 'patient' }));
}
