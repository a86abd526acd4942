/**
 * Findings said after what they were found with or where: "On the left there's a prominent vessel on Little's area",
 * "From the picture naming, he's replacing the back sounds with front sounds", "She got up without using her arms, but
 * her walking is slow and a bit unsteady". Read whole, such a sentence has no cue; read past its lead, or clause by
 * clause during the exam, it is what the clinician found.
 */
import type { Utterance } from './types.js';
import { classifyUtterance } from './classify-utterance.js';
import type { Phase, Slot } from './track-phases.js';
import { caseless } from '../text/caseless-pattern.js';

/** A short lead naming a side, a place on the body or the instrument or test the finding came from. */
const LEAD = caseless(/^(?:(?:so|and|okay|now|right),?\s+)*(?:from|on|with|in|under|through|at|looking (?:at|in|into|through)) (?:the |your |his |her |this |that |my )?((?:[a-z'-]+ ){0,14}?[a-z'-]+)(?:,\s+|\s+(?=there(?:'s| is| are| was)\b|i can (?:see|feel|hear)\b))/);
/** The same lead ended by its comma, tried first: "…and what I can see on the video, there are…". */
const LEAD_TO_COMMA = caseless(/^(?:(?:so|and|okay|now|right),?\s+)*(?:from|on|with|in|under|through|at|looking (?:at|in|into|through)) (?:the |your |his |her |this |that |my )?((?:[a-z'-]+ ){0,14}?[a-z'-]+),\s+/);
const SOURCE_WORD = caseless(/\b(?:left|right|side|front|back|top|bottom|inside|outside|base|edges?|lamp|scope|light|otoscope|ophthalmoscope|fluorescein|dermatoscope|doppler|picture|pictures|naming|assessment|test|testing|tests|exam|examination|screen|screening|scan|monitor|trace|ctg|ultrasound|x-?ray|swab|dipstick|palpation|auscultation|inspection|observation|camera|video|photos?|recording|sample|probe)\b/);
const FUTURE = caseless(/\b(?:going to|will|'ll|let's|want (?:you|her|him) to|should|need to|if|may|might|can(?!'t)|could(?!n't)|would)\b/);
/** What a finding is said of: a part, a side, the patient, or "there is". */
const FINDING_SUBJECT = caseless(/^(?:there(?:'s| is| are| was)|(?:he|she)(?:'s| is)|(?:his|her|their|the|your|both) (?:(?:left|right|upper|lower) )?(?!(?:other |first |second |last |good |bad |main |only )?(?:one|ones|thing|things|news|plan|idea|point|way|reason|problem|issue|question|answer|rest|results?)\b)[a-z-]+(?: [a-z-]+)? (?:is|are|was|were|looks?|feels?|seems?|has|have))\b/);

/** The exam or results slot of a sentence whose finding follows a lead or a first clause; undefined otherwise. */
export function classifyPastLead(u: Utterance, phase: Phase, short: boolean): Slot | undefined {
  if (u.role !== 'clinician' || u.question) return undefined;
  // "From the photos … and what I can see on the video, there are…": the lead's own "can see" is no talk of the future.
  for (const lead of [LEAD_TO_COMMA.exec(u.text), LEAD.exec(u.text)]) {
    if (!lead || !SOURCE_WORD.test(lead[1]!)) continue;
    const rest = u.text.slice(lead[0].length);
    if (FUTURE.test(rest) || rest.split(/\s+/).length < 4 || !FINDING_SUBJECT.test(rest)) continue;
    const slot = classifyUtterance({ ...u, text: `${rest.charAt(0).toUpperCase()}${rest.slice(1)}` }, 'exam', short);
    if (slot === 'exam' || slot === 'results') return slot;
  }
  if (phase !== 'exam' || FUTURE.test(u.text)) return undefined;
  // "…, but her walking is slow and a bit unsteady": a clause of its own that the exam would keep.
  // "It hasn't opened up and I can't feel any collection underneath": a clause of what the examiner feels, too.
  const clauses = u.text.split(/,\s+(?:but|and|though|although|while)\s+|\s+(?:and|but)\s+(?=i (?:can|can't|cannot|could|couldn't) (?:see|feel|hear)\b)/i).filter((c) => c.split(/\s+/).length >= 4);
  if (clauses.length < 2) return undefined;
  const slots = clauses.map((c) => classifyUtterance({ ...u, text: `${c.charAt(0).toUpperCase()}${c.slice(1)}` }, phase, short));
  const found = clauses.some((c, k) => slots[k] === 'exam' && (FINDING_SUBJECT.test(c) || /^i (?:can|can't|cannot|could|couldn't) (?:see|feel|hear)\b/i.test(c)) && !/^there\b/i.test(c));
  return found && slots.every((s) => s === undefined || s === 'exam' || s === 'results') ? 'exam' : undefined;
}
