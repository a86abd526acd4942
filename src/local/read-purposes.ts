/** The purposes of one clinician's sentence: the whole, or its clauses when they do different things. */
import type { Utterance } from './types.js';
import { classifyUtterance } from './classify-utterance.js';
import type { Phase, Slot } from './track-phases.js';
import { classifyPastLead } from './finding-lead.js';
import { normalizeMeasurements } from './normalize-measurements.js';
import { DIAGNOSIS_TERM, hasMeasuredValue, VALUE_NAMES } from './clinical-vocabulary.js';
import { JUDGED } from './read-headed-block.js';

/** Where a clinician's sentence turns from one purpose to the next: "You have strep throat, so I'm prescribing…". */
const PURPOSE_TURN = /(?:,|;)\s+(?:so|and so|which means|and|but)\s+(?:(?:today|now|then|also),?\s+)?(?=(?:(?:you|she|he|they)(?:'re|'s| are| is) (?:\w+ ){0,2}(?:\w+(?:aemic|emic|penic)|diabetic|septic)|there(?:'s| is) no reason|i|we|i'm|we're|i'll|we'll|let's|you'll|you should|you need|this is|it's|that's|you have|you've got|it looks|this looks|that looks|it sounds|(?:the|your|his|her) \w+ (?:sounds|looks|seems) like)\b)/i;

/** "That's supination, …", "this is the flexion": a sentence that names what was just measured. */
const NAMES_WHAT = /^(?:(?:so|and|okay|now|right),?\s+)?(?:that's|that is|this is|it's|it is)\s+(?:the |your )?[a-z-]+,/i;

/**
 * A sentence left unplaced is read again with its spoken values as digits, as the note writes them: "grip on the right
 * is twelve kilos and the left is twenty eight" is a measured finding once it reads "12 kg".
 */
export function readPurposes(u: Utterance, phase: Phase, short: boolean): { text: string; slot: Slot }[] {
  const found = rereadAsMeasured(u, phase, short) ?? splitPurposes(u, phase, short);
  // "That's supination, only twenty degrees": a sentence that names what was measured, with its value in words, is the
  // finding once the value reads "20 degrees", unless it names a condition or judges one.
  if (phase === 'exam' && u.role === 'clinician' && found.length === 1 && found[0]!.slot === 'assessment' && NAMES_WHAT.test(u.text) && !DIAGNOSIS_TERM.test(u.text) && !JUDGED.test(u.text)
    && !/\b(?:well|better|worse|progress\w*|improv\w*|good|great|reassuring)\b/i.test(u.text)) {
    const digits = normalizeMeasurements(u.text);
    if (digits !== u.text && hasMeasuredValue(digits) && classifyUtterance({ ...u, text: digits }, phase, short) === 'exam') return [{ text: u.text, slot: 'exam' }];
  }
  if (found.length > 0 || u.role !== 'clinician') return found;
  // "…your triglycerides are a little raised at 2.4, which we'll keep an eye on": the watching to come does not make
  // the result a plan; the sentence is read without it and kept whole.
  const watched = /,\s*which (?:we|i)(?:'ll| will| can| need to| should)\b[^,.?!]*[.!]?$/i.exec(u.text);
  if (watched) {
    const slot = classifyUtterance({ ...u, text: u.text.slice(0, watched.index) }, phase, short);
    if (slot === 'exam' || slot === 'results' || slot === 'assessment') return [{ text: u.text, slot }];
  }
  const measured = normalizeMeasurements(u.text);
  // "First reading, one-sixty-two on ninety-four": a value that now carries its unit is a reading, verb or not.
  const unitNow = /\d ?(?:mmHg|bpm|\/min)/.test(measured) && !/\d ?(?:mmHg|bpm|\/min)/.test(u.text);
  // "That's about a hundred and twenty-five degrees": in the exam, a short value said in words is the reading too.
  const examValue = phase === 'exam' && hasMeasuredValue(measured) && !hasMeasuredValue(u.text);
  if (measured === u.text || (!unitNow && !examValue && (measured.split(/\s+/).length < 6 || !/\b(?:is|are|was|were|measures?|measured|reads?|(?:it|that)'s)\b/i.test(measured)))) return found;
  // Only a reading is rescued so: the rest of what such a sentence could be was already weighed on its words.
  return splitPurposes({ ...u, text: measured }, phase, short).filter((p) => p.slot === 'exam' || p.slot === 'results');
}

/**
 * "Your kidney function is normal, eGFR seventy-eight, potassium four point three": results read out in words look
 * like talk about the patient until their values read as digits; a clinician's sentence that is history in words but
 * a result or finding in digits is the result.
 */
const namedValue = new RegExp(String.raw`\b${VALUE_NAMES}\b,?\s+(?:\w+\s+){0,3}?\d`, 'i');

function rereadAsMeasured(u: Utterance, phase: Phase, short: boolean): { text: string; slot: Slot }[] | undefined {
  if (u.role !== 'clinician' || u.question) return undefined;
  const measured = normalizeMeasurements(u.text);
  if (measured === u.text || !hasMeasuredValue(measured) || hasMeasuredValue(u.text) || !namedValue.test(measured)) return undefined;
  const asSaid = classifyUtterance(u, phase, short);
  if (asSaid !== undefined && asSaid !== 'history') return undefined;
  const asRead = classifyUtterance({ ...u, text: measured }, phase, short);
  return asRead === 'results' || asRead === 'exam' ? [{ text: u.text, slot: asRead }] : undefined;
}

/** One sentence, or its clauses when they do different things (a finding then a diagnosis, a diagnosis then a plan). */
function splitPurposes(u: Utterance, phase: Phase, short: boolean): { text: string; slot: Slot }[] {
  const whole = classifyUtterance(u, phase, short) ?? classifyPastLead(u, phase, short);
  if (u.role !== 'clinician' || u.text.split(/\s+/).length < 10 || !PURPOSE_TURN.test(u.text)) return whole ? [{ text: u.text, slot: whole }] : [];
  const parts = u.text.split(PURPOSE_TURN).map((t) => t.trim()).filter((t) => t !== '');
  // "…this is stress held in the body, and it's disturbing your sleep pattern": "it" is the condition just named, so
  // what it does is more of the assessment, not a finding on the body.
  const slots = parts.map((text, k) => {
    const said = classifyUtterance({ ...u, text }, phase, short);
    // "…, so that's four centimetres difference": a clause whose value is said in words is read as the note writes it.
    const digits = normalizeMeasurements(text);
    const asRead = said === 'assessment' && digits !== text && hasMeasuredValue(digits) && !DIAGNOSIS_TERM.test(text) ? classifyUtterance({ ...u, text: digits }, phase, short) : undefined;
    const slot = asRead === 'exam' || asRead === 'results' ? asRead : said;
    return k > 0 && whole === 'assessment' && slot === 'exam' && /^(?:it's|it is)\s+\w+ing\b/i.test(text) ? 'assessment' : slot;
  });
  if (slots.some((s) => s === undefined) || new Set(slots).size === 1) return whole ? [{ text: u.text, slot: whole }] : [];
  return parts.map((text, k) => ({ text, slot: slots[k]! }));
}
