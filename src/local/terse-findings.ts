/**
 * What a clinician says in a few words: of the body between manoeuvres ("No swelling.", "full extension", "that's
 * irregularly irregular", "reflexes are brisk"), or while listing the differential and the plan ("Gout's unlikely.",
 * "Physio referral."), as patterns classify-utterance.ts reads them with.
 */
import { caseless } from '../text/caseless-pattern.js';

export const BODY_STATE_NOW = caseless(/^(?:(?:so|and|okay|now|on examination|on exam),?\s+)?(?:the|your|his|her|their|both) (?:(?:left|right|upper|lower|small|big) )?[a-z]+(?: and (?:the )?(?:(?:left|right) )?[a-z]+)? (?:is|are) (?:(?:very|quite|a bit|a little|slightly|mildly|markedly|visibly) )?(?:swollen|tender|red|hot|warm|inflamed|thickened|boggy|deformed|restricted|stiff|weak|wasted|bruised|effused)\b/);
export const COUNTED_FINDING = caseless(/^(?:(?:so|and|okay|now),?\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:[\w-]+ )?(?:joints?|teeth|nodes?|lesions?|moles?|spots?|areas?|sites?|points?|trigger points?|ulcers?) (?:are |is )?(?:swollen|tender|affected|involved|decayed|enlarged|palpable|present|red|active|inflamed)\b/);
/** Parts seen only on examination, never reported by a patient as such. */
export const EXAMINED_PART = caseless(/\b(?:ear ?drums?|drums?|tympanic membranes?|ear canals?|canals?|conjunctivae?|corneas?|lens|lenses|retinas?|optic discs?|discs?|fundi|fundus|pupils?|irises|sclerae?|septum|turbinates?|tonsils?|uvula|pharynx|larynx|vocal (?:cords?|folds?)|cervix|os|prostate|wound edges|edges|incision|wound bed|granulation|slough|sinus tract|lymph nodes?|nail beds?|gums?|gingivae?|mucosa)\b/);
export const TERSE_FINDING = caseless(/^(?:(?:and|so|okay),?\s+)?(?:(?:no|nil) (?:swelling|tenderness|effusion|redness|bruising|deformity|crepitus|oedema|edema|warmth|rash|wheeze|crackles|murmurs?|guarding|clubbing|cyanosis|discharge|pus|lumps?|nodes?|drift|droop|tremor|nystagmus|ptosis|clonus|ataxia|weakness|facial (?:droop|weakness|asymmetry))|(?:the )?(?!(?:that|this|which|what)\b)[a-z]+(?:'s| is| are) (?:normal|clear|fine|intact|stable))[.!]?$/);
export const TERSE_RANGE = /^(?:(?:great|good|lovely|okay|ok|so|and|right|now|yes|yeah),?\s+)*(?:(?:that's|it's|that is|it is|it|that|knee's|elbow's|hip's|shoulder's)\s+(?:going|goes|bending|bends|moving|moves|getting|gets)?\s*)?(?:(?:still|now)\s+)?(?:(?:a bit|a little|slightly|quite|very|really|nice and)\s+)?(?:(?:nearly |near )?full (?:extension|flexion|range|movement|rotation|power|strength|squat|grip|abduction)|fully (?:straight|bent|up|down|extended|flexed|back)|limited|restricted|reduced|tight|stiff|straight)\b[^?]{0,50}$/i;
/** "Temperature 38.6.", "Pulse 88.", "Weight 32 kg": a reading called out in two words. */
export const SHORT_READING = /^(?:(?:his|her|their|your|the) )?(?:temperature|temp|pulse|heart rate|weight|sats|saturations?|spo2|glucose|sugar|bm|gcs|rr|respirations|height|bmi|lactate|ketones|cbg)(?:'s| is|:)?\s+\d+(?:\.\d+)?\s*(?:kg|lb|%|bpm|\u00b0[cf])?[.!]?$/i;
export const PULSE_FELT = /^(?:(?:well|so|okay|right|and|now|hmm),?\s+)*(?:that's|that is|it's|it is|pulse is|your pulse is|the pulse is) (?:(?:very|quite|a bit|a little|really)\s+)?(?:irregularly irregular|irregular|regular|fast|slow|rapid|thready|bounding|faint|weak)\b(?![^.?!]*\b(?:will|'ll|going to|if)\b)/i;
/** "Collateral ligaments feel stable", "reflexes are brisk": structures only an examiner tests, and how they are now. */
export const TESTED_STRUCTURE = caseless(/^(?:(?:and|so|now|okay),?\s+)?(?:the |both |his |her |your )?(?:[a-z-]+ ){0,2}(?:ligaments?|tendons?|reflexes|pulses|tone|power|sensation|joints?|muscles?) (?:feel|feels|are|is|look|looks|seem|seems) (?:(?:all |both |quite |fully )?)(?:stable|intact|normal|symmetrical|equal|full|brisk|lax|absent|reduced|preserved|palpable)\b/);
/** "Physio referral.", "Bloods.", "And an X-ray.": a plan item listed without a verb. */
export const TERSE_ORDER = /^(?:(?:and|then|plus|also),?\s+)?(?:an? |some )?(?:[a-z-]+\s+)?(?:referral|bloods|blood tests?|x-?rays?|scan|ecg|ekg|swab|urine sample|physio(?:therapy)?)[.!]?$/i;
/** "Gout's unlikely.", "Clot possible.": a condition weighed in two words, while listing the differential. */
export const TERSE_LIKELIHOOD = /^(?:[a-z-]+(?:'s| is)|[a-z-]+) (?:very |quite |less |more |still )?(?:unlikely|likely|possible|probable|ruled out)[.!]?$/i;
/** "He has pain extending the knee", "she has discomfort on flexion": pain the examiner's manoeuvre brings on now. */
export const PAIN_ELICITED = caseless(/^(?:(?:so|and|okay|now|yes),?\s+)?(?:he|she|they|you|it)(?: has| have|'s got|'ve got| does have| definitely has)? (?:some |a bit of |a little |a lot of |obvious )?(?:pain|discomfort)(?: (?:on|with) (?:[a-z]+ )?[a-z]+| [a-z]+ing)\b/);
