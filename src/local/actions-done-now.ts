/**
 * What a crew or clinician does to the patient there and then, said in the words of the moment rather than as a
 * plan: "I need you to chew these two tablets", "I've got a 20 gauge in her right hand", "call it in as a stroke
 * alert", "here's a spray of GTN under your tongue". Ambulance and emergency talk is full of these, and none of them
 * opens with the "we'll…" or "I'm going to…" the plan readers look for, so without this they were lost or, worse,
 * read as findings. The treatment given is the note's plan (interventions), whatever its tense.
 */
import { caseless } from '../text/caseless-pattern.js';
import { findDrugs } from './clinical-vocabulary.js';
import { isCareGivenNow } from './care-given-now.js';

const LEAD = String.raw`^(?:(?:okay|ok|so|and|now|right|alright|great|perfect|then|ma'am|sir|mate|love|buddy|hon),?\s+)*(?:(?:[a-z]+),\s+)?`;

/**
 * "I need you to chew these…", "I want you to swallow this", "can you hold this under your tongue": the patient
 * asked to take something now. Only with a medicine, a dose or a tablet named (not "chew slowly" at a dietitian's).
 */
const ASKED_TO_TAKE = caseless(String.raw`${LEAD}(?:i need you to|i want you to|i'd like you to|i would like you to|i'm going to have you|i'll have you|go ahead and|can you|could you|you're going to|you are going to|just)\s+(?:chew|swallow|take|suck on|hold|put|place|spray|breathe in|inhale|let)\b`);
const MEDICINE_NOW = caseless(/\b\d+(?:\.\d+)?\s*(?:mg|milligrams?|mcg|micrograms?|g|grams?)\b|\b(?:tablets?|pills?|baby aspirin|aspirins?|puffs?|sprays?|lozenges?|under (?:your|the) tongue)\b/);

/**
 * "I've got an 18 gauge in the left AC", "we've got a line in", "I've placed the pads", "there's a 20 in her left
 * hand": access, airway or equipment put on the patient, said as done.
 */
const PUT_IN = caseless(String.raw`${LEAD}(?:i|we)(?:'ve| have)? (?:got|gotten|placed|put|started|established|secured|sited|inserted|hung|pushed|given|drawn) (?:in )?(?:an? |the |two |some |her |his |their )?(?:\d{2}(?: ?gauge| ?g)?|iv|i\.v\.|line|lines|cannula|io|access|airway|opa|npa|collar|c-?collar|splint|tourniquet|pads|defib pads|dressing|bolus|fluids?)\b`);
const GAUGE_IN = caseless(/\b\d{2} ?(?:gauge|g)\b[^.?!]{0,30}\bin (?:the|her|his|their|your|a) /);

/**
 * "Sam, can you call it in, STEMI alert to Mercy", "calling it in now", "we'll pre-alert resus", "transmitted the
 * 12 lead": the receiving hospital told and the tracing sent — the disposition as it is done.
 */
const CALLED_IN = caseless(/\b(?:call(?:ing)? (?:it|this|her|him|them) in|(?:pre-?alert(?:ing|ed)?|call(?:ing)? ahead to|phon(?:e|ing) ahead to|notify(?:ing)?|notified|radio(?:ing|ed)?) (?:the |a )?(?:hospital|resus|ed|er|emergency|cath lab|stroke team|trauma team|receiving)|(?:stemi|stroke|trauma|sepsis|code) (?:alert|activation|call)|activat(?:e|ing|ed) (?:the )?(?:cath lab|stroke team|trauma team|code)|(?:transmit(?:ted|ting)?|sen(?:d|t|ding)(?: off| over)?) (?:the |a |her |his |that )?(?:12|twelve)[- ]?lead|(?:12|twelve)[- ]?lead (?:transmitted|sent))\b/);

/**
 * "This is a nitroglycerin 0.4 under your tongue", "here's some ondansetron for the sickness", "now a spray under your
 * tongue, GTN": a drug handed over.
 */
const HANDED_OVER = caseless(String.raw`${LEAD}(?:(?:this is|here's|here is|these are|that's) (?:a |an |some |your |the |two |four )?|(?:a|an|some|two|four) )[^?!]{0,40}?\b(?:under your tongue|to chew|for the (?:pain|nausea|sickness|sick feeling)|in (?:your|the) (?:iv|drip|line|arm|nose)|into (?:your|the) (?:iv|drip|line|arm|muscle))\b`);

/** Reasons that turn a sentence into talk about treatment, not the treatment: "if", "before I give…", "when we…". */
const NOT_NOW = caseless(/\b(?:if|unless|before (?:i|we) (?:give|start)|in case (?:i|we) need|do you (?:take|have)|have you (?:taken|had)|at home|usually|normally|last time|yesterday|ago)\b/);

/** True for a treatment or step the clinician or crew carries out now (the plan's interventions). */
export function isActionDoneNow(text: string): boolean {
  if (NOT_NOW.test(text)) return false;
  if (ASKED_TO_TAKE.test(text) && (MEDICINE_NOW.test(text) || findDrugs(text).length > 0)) return true;
  if (PUT_IN.test(text) || GAUGE_IN.test(text) || CALLED_IN.test(text)) return true;
  // "I'm cleaning the wound with saline", "here's a spacer to take home": care given with the clinician's hands.
  if (isCareGivenNow(text)) return true;
  return HANDED_OVER.test(text) && findDrugs(text).length > 0;
}
