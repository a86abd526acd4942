/**
 * A clinician telling what another prescriber did before this visit: "So your GP started ramipril 5 mg for the blood
 * pressure", "the hospital put her on clopidogrel 75 mg after the stent". It names a medicine with its dose and often
 * how often, so it read as a prescription now (the plan); it is the medication history. A pharmacist's review, a
 * nurse's follow-up and any visit after a referral open this way.
 */
import { caseless } from '../text/caseless-pattern.js';
import { findDrugs } from './clinical-vocabulary.js';

const LEAD = String.raw`^(?:(?:so|and|okay|ok|right|now|thank you|thanks|i see),?\s+)*`;

/** Who prescribed before: another doctor, a team, a hospital. */
const PRESCRIBER = String.raw`(?:the|your|her|his|their) (?:(?:own|usual|hospital|heart|kidney|diabetes|memory|pain|mental health|stroke) )?(?:doctor|doctors|gp|consultant|hospital|cardiologist|specialist|team|surgeon|nurse|practice|prescriber|registrar|psychiatrist|rheumatologist|endocrinologist|neurologist|dermatologist|urologist|clinic|ward|discharge team|out of hours|walk-in centre|dentist|vet)`;

/** What they did with a medicine, said as done: started, prescribed, put on, changed. */
const PRESCRIBED_BEFORE = caseless(String.raw`${LEAD}${PRESCRIBER} (?:has |have |had )?(?:already |just |recently )?(?:started|prescribed|put (?:you|her|him|them) on|increased|reduced|lowered|raised|changed|switched|added|gave (?:you|her|him|them)|doubled|halved)\b`);

/** A prescriber's next step is the plan, not the history: "the GP will start…", "your consultant may increase…". */
const AHEAD = caseless(/\b(?:will|'ll|going to|may|might|could|should|would|wants? to|plans? to)\b/);

/** True when a clinician tells a medicine another prescriber started or changed before this visit. */
export function tellsPrescribedBefore(text: string): boolean {
  return !/\?\s*$/.test(text) && PRESCRIBED_BEFORE.test(text) && !AHEAD.test(text) && findDrugs(text).length > 0;
}

/**
 * "With her weight and kidneys the dose is correct", "20 mg is the right dose for you", "that dose is too high for
 * his age": a verdict on the medicine as it stands is the clinician's (often a pharmacist's) judgement, though it
 * names a drug and a dose as a prescription does.
 */
const DOSE_JUDGED = caseless(/\b(?:(?:the|this|that|your|her|his|their|current) (?:[a-z-]+ )?dose|\d+(?:\.\d+)? ?(?:mg|mcg|micrograms?|milligrams?|units)(?: (?:once|twice|\w+ times) (?:a|per) day| daily| at night)?) (?:is|'s|was|looks|seems) (?:(?:exactly|just|definitely|absolutely|still|a bit|a little|much|far) )?(?:correct|right|appropriate|safe|too (?:high|low|much|little|strong|weak)|the (?:right|correct) (?:dose|amount|strength)|(?:not|n't) (?:right|correct|appropriate|enough))\b/);

/** True for a verdict on a medicine's dose as it stands (not a dose to be set: "we'll make sure the dose is right"). */
export function judgesDose(text: string): boolean {
  return !/\?\s*$/.test(text) && DOSE_JUDGED.test(text) && !/\b(?:if|whether|make sure|check|will|'ll|going to|let's)\b/i.test(text);
}
