/**
 * A step of treatment said as it is done, in the clipped words of a procedure or a crew at work: "Rubber dam on.",
 * "Access made, pulp removed.", "Wound irrigated and closed.", "Bloods sent.", or in the first person as it happens:
 * "I'm putting a cannula in your left hand", "we're giving you some oxygen". None opens with the "we'll…" the plan
 * readers look for, and few carry a word the lexicon knows, so they were dropped or read as findings; what was done
 * during the visit is the note's plan (interventions), whatever its tense. Read once the history is over, so a past
 * operation told ("appendix removed at 12") is never taken for one.
 */
import { caseless } from '../text/caseless-pattern.js';

const LEAD = String.raw`^(?:(?:okay|ok|so|and|now|right|good|great|then|next|first|lovely|perfect|alright),?\s+)*`;

/** What is put on, into or onto the patient, or handed over: the object of a step as it happens. */
const THING_GIVEN = String.raw`(?:cannula|line|drip|iv|venflon|needle|dressing|bandage|splint|sling|collar|pads|leads|electrodes|dots|monitor|mask|oxygen|nebuli[sz]er|catheter|tube|filling|crown|dam|stitch(?:es)?|sutures?|steri-?strips?|glue|local|anaesthetic|anesthetic|block|injection|jab|vaccine|drops|cream|ointment|spray|tablets?|fluids?|bolus|tourniquet|cast|plaster|strapping|tape|packing|gauze|swab|sample|bloods?)`;
const PROGRESSIVE = caseless(new RegExp(String.raw`${LEAD}(?:i'm|i am|we're|we are) (?:just |now |also |quickly )?(?:putting|giving|placing|inserting|siting|starting|applying|injecting|numbing|cleaning|dressing|spraying|flushing|irrigating|packing|suturing|stitching|bandaging|strapping|splinting|taping|attaching|connecting|hooking|popping|drawing|taking) (?:(?:you|him|her|them)\s+)?(?:on |in |up )?(?:a |an |some |the |two |your |his |her |their |this |that )?(?:[a-z0-9-]+ ){0,3}?${THING_GIVEN}\b`));

/** "Pulp removed", "canals irrigated", "rubber dam on", "IV access is in": a step named with what became of it. */
const DONE = String.raw`(?:placed|removed|irrigated|made|applied|given|sited|inserted|cleaned|dressed|sutured|stitched|closed|packed|flushed|sent|secured|attached|cemented|extracted|drained|incised|debrided|injected|administered|shaped|filled|sealed|polished|splinted|bandaged|strapped|in|on|off)`;
const STEP = new RegExp(String.raw`^(?!(?:it|that|this|he|she|they|you|we|i|everything|all)\b)(?:(?:the|a|an|his|her|your|their)\s+)?(?:[a-z0-9-]+\s+){0,4}?[a-z0-9-]+\s+(?:is\s+|are\s+|now\s+|all\s+|been\s+|has been\s+|have been\s+)*${DONE}(?:\s+and\s+${DONE})?$`, 'i');
/** What a patient takes off or puts on for the exam, and the room's things, are no treatment: "Shoes off.", "Lights on." */
const NOT_TREATMENT = /\b(?:shoes?|socks?|top|shirt|jumper|jacket|coat|trousers|clothes|glasses|lights?|tv|phone|kettle|music|camera|video|mic|microphone|sound|hat|boots?|heating|fan|door|window)\b/i;
/** A report or a plan: "the cast came off last week", "your stitches will be removed". */
const NOT_NOW = /\b(?:was|were|had|will|'ll|going to|need(?:s)? to|should|last|ago|yesterday|when|if|before|after|years?|months?|weeks?|as a (?:child|kid|baby))\b/i;

/** A clause of the sentence, without its lead-in: "Access made", "pulp removed". */
function clausesOf(text: string): string[] {
  return text.replace(/[.!]\s*$/, '').split(/,\s*|;\s*/).map((c) => c.replace(new RegExp(LEAD.slice(1), 'i'), '').trim()).filter((c) => c !== '');
}

/** True for a treatment step said as it is done: in the first person as it happens, or clipped ("pulp removed"). */
export function isStepDoneNow(text: string): boolean {
  if (/\?\s*$/.test(text) || NOT_NOW.test(text)) return false;
  if (PROGRESSIVE.test(text)) return true;
  const clauses = clausesOf(text);
  // Every clause a step, or a number said with it ("18 gauge, IV access is in"): a run of steps, not a finding's "on".
  const steps = clauses.filter((c) => STEP.test(c) && !NOT_TREATMENT.test(c));
  const numbers = clauses.filter((c) => /^\d+(?:\.\d+)?\s*(?:gauge|g|mg|mcg|ml|micrograms?|milligrams?|units?)$/i.test(c));
  return steps.length > 0 && steps.length + numbers.length === clauses.length && clauses.every((c) => c.split(/\s+/).length <= 7);
}
