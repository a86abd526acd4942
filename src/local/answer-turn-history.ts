/**
 * The rest of an answer. A patient or a companion asked about the patient ("How are you managing washing?", "How many
 * times?") often answers in a few short sentences, the first of them a word or two ("Everything. I was completely
 * independent.", "Well. We had a barbecue on Saturday…"). Only the first sentence was read as the answer, and the rest
 * kept only when the lexicon knew its words; so a pet owner's, a parent's or a patient's account of home and function
 * (a count, a day, a place, what they can still do) was lost. Here the sentences of such a turn, up to a few, are the
 * history asked for, as a short visit's statements already are.
 */
import type { Turn, Utterance } from './types.js';
import type { Family } from './specialty-layout.js';
import { caseless } from '../text/caseless-pattern.js';
import { normalizeAsrText } from './normalize-asr-text.js';
import { splitSentences } from './split-sentences.js';
import { isQuestion } from './extract-utterances.js';

/** How many sentences of an answering turn are read as the answer: past these the speaker has moved on. */
const SENTENCES_READ = 4;
/** How many companion or patient turns may come between the question and the turn that answers it. */
const TURNS_BETWEEN = 2;

/** "Can I come in?", "Shall we start?", "Any questions?": a question about the visit, not about the patient. */
const ABOUT_THE_VISIT = caseless(/^(?:(?:and|so|okay|ok|right|now|well),?\s+)*(?:can|may|could|shall|should) (?:i|we)\b|^(?:(?:and|so|okay|ok|right|now|well),?\s+)*(?:do|did) you (?:have|got) any (?:questions|concerns)\b|^(?:(?:and|so|okay|ok|right|now|well),?\s+)*any (?:questions|concerns)\b|\b(?:is that|does that) (?:okay|ok|all right|alright|clear|make sense|sound (?:okay|ok|good|all right))\b|\bhow does that sound\b|\bwhat do you think\??$|\bare you happy (?:with|to)\b/);
/** "Yes, that's right.", "Okay.", "I don't know.": the answer's yes or no, already read with its question. */
const BARE_REPLY = caseless(/^(?:(?:well|um|uh|so|oh|and),?\s+)*(?:i (?:don't|do not) (?:know|think so|remember)|i'm not sure|not sure|no idea|yes|yeah|yep|no|nope|okay|ok|sure|right|thanks?|thank you|sorry|pardon|exactly|that's (?:it|all|right|true|correct|fine|good))\b[.!]?$/);
/** "Sounds good.", "That's what I thought.", "I was afraid you'd say that.": a reaction to the clinician's words. */
const REACTION = caseless(/^(?:(?:oh|okay|ok|well|right|yes|yeah|ha|haha),?\s+)*(?:sounds? (?:good|great|fine)|that's what i (?:thought|figured)|i (?:was afraid|thought) you(?:'d| would) say|i (?:guessed|figured) as much|fair enough|that makes sense|good to know|oh dear|bless (?:him|her))\b/);
/** "Hello.", "Come in, mind the step.", "Excuse the mess.": greeting and hosting, whoever says it. */
const HOSTING = caseless(/^(?:(?:oh|well|yes|yeah),?\s+)*(?:hi|hello|hiya|good (?:morning|afternoon|evening)|come in|come through|take a seat|sit (?:down|yourself)|excuse the|sorry about the|nice to meet|lovely to meet|i'm [a-z]+, (?:his|her|their|the) (?:daughter|son|mum|mother|dad|father|wife|husband|partner|owner|carer|sister|brother)\b)/);

/**
 * "It's the only thing that doesn't make me queasy", "he said he was going to be sick": a denial or an intention read
 * out of its frame says the opposite of what happened; the denial readers and the plan read those, not this.
 */
const DENIES_OR_INTENDS = caseless(/\b(?:not|never|no|nothing|none|nobody|without|\w+n't|going to|gonna|will|won't|'ll|would|'d)\b|n't\b/);

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[a-z0-9]/i.test(w)).length;
}

/**
 * Whether a sentence asks: by its question mark, or, in unpunctuated ASR ("any chance he ate something he shouldn't"),
 * by its opening words, as the utterances themselves are read.
 */
export function asksAsQuestion(sentence: string, byOpening = true): boolean {
  return /\?\s*$/.test(sentence) || (byOpening && !/[.!,;:]\s*$/.test(sentence) && isQuestion(sentence));
}

/** The question a clinician's turn ends on, when it ends on one. */
function endingQuestion(turn: Turn, byOpening: boolean): string | undefined {
  const last = splitSentences(normalizeAsrText(turn.text)).at(-1) ?? '';
  return asksAsQuestion(last, byOpening) ? last : undefined;
}

/** "Ah.", "Mm-hmm.", "Right.": the clinician only lets the teller go on; the answer is not over. */
const LETS_GO_ON = caseless(/^(?:ah+|oh+|mm+(?:-?hmm+)?|uh-?huh|hmm+|right|okay|ok|i see|go on|yeah|yes|wow|gosh|oh dear|oh no)[.!,]?$/);

/**
 * The visits whose history is told at length in the teller's own words: a medical visit's, and a talking therapy's,
 * whose whole account is the visit (read whole, the opened round A17 lost a psychotherapy client's safety behaviour to
 * the history's budget).
 */
const TELLS_OWN_STORY: ReadonlySet<Family> = new Set(['medical', 'triage', 'behavioural']);

/**
 * Whose answers are read whole: a patient's or a companion's outside medical visits. A therapist's, a vet's, a dentist's
 * or a dietitian's history is of home, function and food, told in everyday words the medical lexicon does not know. In
 * a medical visit, or a talking therapy, the one who tells the history says much more than the note keeps: read whole
 * there, ACI-Bench ROUGE-1 fell 0.1-0.25 for patients, and a parent's account (the only informant) still cost ROUGE-2.
 */
export function readsWholeAnswers(role: Utterance['role'], family: Family | undefined): boolean {
  return role !== 'clinician' && family !== undefined && !TELLS_OWN_STORY.has(family);
}

/**
 * Whether the sentence `u`, the `indexInTurn`-th of its turn, is part of a patient's or companion's answer to the
 * clinician's question about the patient during the history: the turn follows that question, or follows another
 * answer to it (a son adding a count to his mother's account).
 */
export function continuesHistoryAnswer(u: Utterance, turns: Turn[], indexInTurn: number, phase: string, byOpening = true): boolean {
  if (u.role === 'clinician' || u.question || phase !== 'history' || indexInTurn >= SENTENCES_READ) return false;
  if (wordCount(u.text) < 3 || DENIES_OR_INTENDS.test(u.text) || BARE_REPLY.test(u.text) || REACTION.test(u.text) || HOSTING.test(u.text)) return false;
  for (let k = u.turn - 1, between = 0; k >= 0 && between <= TURNS_BETWEEN; k--) {
    const before = turns[k]!;
    // (The clinician's "ah" between two of the answer's turns is not counted as one of them.)
    if (before.role === 'clinician' && LETS_GO_ON.test(before.text.trim())) continue;
    between++;
    if (before.role !== 'clinician') continue;
    const asked = endingQuestion(before, byOpening);
    return asked !== undefined && !ABOUT_THE_VISIT.test(asked);
  }
  return false;
}
