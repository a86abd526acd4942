/**
 * The visit's phases (history → exam → plan) as the clinician's transitions mark them, and the slots a sentence is
 * placed in.
 */
import type { Utterance } from './types.js';
import { caseless } from '../text/caseless-pattern.js';
import { DIAGNOSIS_TERM, findDrugs, hasMeasuredValue } from './clinical-vocabulary.js';
import { describesBodyInExam, placesBody } from './spoken-observations.js';
import { announcedMeasure, namedExamTopic } from './spoken-readings.js';
import { asksToExamine } from './exam-requests.js';
import { normalizeMeasurements } from './normalize-measurements.js';
import { sumsUp, tellsPlan } from './plan-turn-markers.js';
import { asksForStory, concludesExam, statesFinding } from './exam-not-begun.js';

export type Slot = 'history' | 'exam' | 'results' | 'assessment' | 'plan';
export type Phase = 'history' | 'exam' | 'plan';

// "That's exactly what I've been hearing today": what the clinician observed in the session comes next (therapy,
// speech and language, mental health), though nothing is examined by hand.
const EXAM_START = caseless(/\b((?:face (?:down|up)|on your (?:back|front|side|tummy|stomach)) for me|(?:up|down|back|over) (?:on|onto) (?:the|this) (?:stool|couch|bed|table|plinth|chair|mat|footrest) for me|let's try (?:some |a (?:little |bit of )?|a few )(?:water|sips?|fluids?|thin fluids|thickened fluids?|yogh?urt|puree|biscuit|cracker|teaspoons?)\b|(?:do|try|show me) (?:a|an|some|the) (?:single[- ]leg |double[- ]leg |deep |half )?(?:squats?|lunges?|hops?|balance|heel raises?|step[- ]downs?|bridges?|walk) for me|physical exam|examine|(?:do|run through) (?:a (?:few|couple of)|some) (?:quick )?(?:checks|tests)(?: on (?:the )?(?:camera|video|screen))?|exam (you|now)|take a (quick )?look|take a listen|let's do (a|an|your)|vital signs|your vitals|on exam|hop up|check you out|let me (look|listen|press|feel|check|see)|let's (check|see|measure|test|take a look|weigh)|let's see how you move|check (her|him) over|on mental status|mental status exam|show me (?:how|your)|(?:can|could) you show me|have a look|(?:looking at|from) (?:the|your|this|that) photos?\b(?! (?:of|from) (?:last|before|your (?:last|previous)))|(?:the|your) (?:photos?|pictures?|images?) (?:you(?:'ve)? (?:sent|uploaded|shared|attached)|(?:has|have) (?:come through|arrived|uploaded))|i can see (?:it|them)(?= *[.!,]| now| clearly| well)|bring the (?:phone|camera)|(?:up )?to the camera|let's (?:do|try) the \w+ (?:task|test)|have a listen|i'm (?:measuring|checking|examining|testing|feeling|listening|looking)|(?:i'm going to|i'm gonna|i'll|i will|let me) (?:just |now )?(?:look at|look you over|check) (?:you|him|her|them)(?: over)?(?: now)?(?=[.,!]|$)|let me (?:count|examine|inspect|bend|move|test)(?: (?:it|your|the|this|that|his|her)\b)|close your eyes(?:,? [\w.]+(?: \w+)?,)? (?:and|for me)|say (?:yes|now|when) (?:when|if) you (?:feel|can feel)|i'm counting|(?:let me|i'll|i'm going to) (?:connect|plug) (?:in )?to (?:the|your) (?:device|pacemaker|monitor|pump|sensor|meter)|i(?:'ve| have) been (?:hearing|seeing|noticing|watching|observing) (?:today|in (?:the|this|today's) session|while)|what i(?:'m| am) (?:hearing|seeing|noticing) today|(?:in|during) (?:today's|this) (?:session|assessment|observation),)\b/);
// "So, um, this is the plan going forward": a GP turning to the plan says so in plain words ("So the plan is…" reaches
// here as "the plan is…", its "so" taken off as a filler).
const PLAN_START = caseless(/^(?:the|my|our) plan (?:is|for (?:now|today) is)\b|\b(assessment and plan|(?:this is|here's|here is) (?:the|my|our) plan|the plan (?:going forward|from here|from now on)|so the plan is|putting (?:it|this|that|everything) (?:all )?together|my (assessment|impression|plan)|let's talk about|(first|next|second|third|last|other) (problem|issue)|in summary|for your (first|second|next|last|third)\b|what (that|this|all that) means|my recommendation|treatment plan|impression|here's how i see (?:it|things)|the way i see it|here(?:'s| is) what i(?:'d| would) (?:suggest|recommend|advise|do)|what i(?:'d| would) (?:suggest|recommend) is)\b/);
/** "Homework.", "So, your homework for this week:", "Right, the plan.", "So for the plan.": the plan announced by its name alone. */
const HOMEWORK_START = /^(?:(?:so|okay|right|now|and),?\s+)?(?:(?:(?:your|the) )?home ?work(?: for (?:this|next) week)?|(?:(?:as )?for |on to |onto )?(?:the|my|our) plan(?: (?:then|now|from here|for (?:today|now|the next \w+ weeks)))?)[.:!]?$/i;

/** "So, the results.", "The colonoscopy.": a clinician naming what comes next, and nothing else. */
export const ANNOUNCED_TOPIC = caseless(/^(?:(?:so|okay|now|right|and),?\s+(?:the|your) ([a-z][\w-]*(?: (?!(?:is|are|was|looks?|feels?|seems?|sounds?)\b)[a-z][\w-]*)?)|(?:the|your) ([a-z][\w-]*))[.:]?$/);

/**
 * "I've got your sensor download up", "I have the report here in front of me": results about to be read out. The
 * chart, notes or record opened at the start of a call hold no result yet: the history is still to be taken.
 */
const HAS_IN_FRONT = caseless(/^(?:\w+,? )?(?:i(?:'ve)?|we(?:'ve)?) (?:also |now |just )?(?:have|got|pulled up) (?:the|your) (?![\w -]{0,20}\b(?:chart|notes|records?|file|details|account|profile|appointments?|booking|referral|referral letter|letter)\b)[\w -]{1,30}? (?:up|here|in front of me|back|on (?:my|the) screen)\b/);

/**
 * "Based on your history, and having listened to your story, I wonder whether you've had a flare-up…", "from what
 * you've told me, it sounds like…": a clinician summing up what they heard turns to their judgement and the plan,
 * though no exam was announced (a phone or video consultation has often none). "So what I think has happened is…"
 * opens the judgement as plainly.
 */
const SUMS_UP = caseless(/\b(?:based on (?:your|what|everything|all (?:of )?that|the (?:history|story|symptoms))|having (?:listened|heard|spoken|talked|examined)|from (?:what|everything|all) (?:you(?:'ve| have)? )?(?:(?:told|said|described|mentioned)|you(?:'re| are) (?:telling|saying|describing))|i(?:'m)? wonder(?:ing)? (?:whether|if) (?:you(?:'ve| have)|this|it|that|what)|the (?:most )?likely (?:diagnosis|cause|explanation) (?:is|here)|putting all (?:of )?that together|what i think (?:has happened|happened|is (?:going on|happening)|'s (?:going on|happening|happened)|(?:this|it) is))\b/);

/** "So to sum up.", "All in all…": after the exam, a clinician summing up turns to what it means and what to do. */
const SUMMING_UP = caseless(/^(?:(?:so|okay|right|and|well|now),?\s+)*(?:(?:just |briefly |quickly )?to (?:sum (?:it |things |that |everything )?up|summari[sz]e)|summing up|all in all)\b/);
/**
 * "So what do you think it is?", "Is that serious?", "What does that mean?": once examined, a patient who asks for the
 * verdict gets the clinician's judgement next, though the clinician never says "my impression".
 */
const ASKS_VERDICT = caseless(/^(?:(?:so|and|okay|right|well|oh|doctor|doc|hmm),?\s+)*(?:what(?:'s| is) the (?:verdict|diagnosis|damage)|what (?:do you think )?(?:is it|it is|it could be|is wrong|'s wrong|is going on|'s going on|is causing (?:it|this|that)|'s causing (?:it|this|that))|what do you think|is (?:it|that|this) (?:serious|dangerous|something serious|anything serious|cancer)|what does (?:that|this|it|all that) mean|do you know what (?:it is|'s causing it|is causing it)|so is it (?:a |an |the )?[a-z' -]{3,30})\??$/);

/** "What does that mean?", "Is that serious?": a question about the finding just said, not the verdict on the visit. */
const ASKS_OF_FINDING = /^(?:(?:so|and|okay|right|well|oh|sorry),?\s+)*(?:what does (?:that|this) mean|is (?:that|this) (?:serious|dangerous|something serious|anything serious|bad|normal))\b/i;

/** "Is it arthritis?", "Could it be gout?": the patient's own guess at the diagnosis, asked once examined. */
const ASKS_IF_CONDITION = caseless(/^(?:(?:so|and|okay|right|well|oh|doctor|doc),?\s+)*(?:is it|is this|is that|could it be|could this be|might it be|do i have|have i got) (?:a |an |the |some )?[a-z' -]{3,30}\??$/);

/**
 * Works out the visit phase at each sentence from the clinician's transitions; it never moves backwards, but for an
 * exam opened and not begun (exam-not-begun.ts).
 */
export function trackPhases(utterances: Utterance[]): Phase[] {
  let phase: Phase = 'history';
  // Whether the exam, once opened, has shown anything yet; whether it was opened only to settle the patient.
  let found = false;
  let settled = false;
  // "What does that mean?" asked of a finding mid-exam: the clinician's answer is a judgement, but the exam may not be
  // over. A plan such a question opened gives way to the exam again when the clinician goes on examining; one the
  // clinician opens, or a question for the verdict ("what's the verdict?"), is the plan for good.
  let askedInto = false;
  // An exam phase opened only by results read out ("I have the bloods here. Your HbA1c was 8.4") is no examination yet.
  let resultsOnly = false;
  return utterances.map((u, i) => {
    if (phase === 'exam' && !found && asksForStory(u)) [phase, settled] = ['history', true];
    // Back in the history, the exam begins with the first thing found ("So there's swelling over the outside…").
    else if (phase === 'history' && settled && statesFinding(u)) [phase, found] = ['exam', true];
    const before = phase;
    // A topic named on its own ("So, the colonoscopy.") opens a review of results when the same turn goes on to state one.
    const next = utterances[i + 1];
    const opensResults = ANNOUNCED_TOPIC.test(u.text) && next !== undefined && next.turn === u.turn && !next.question;
    if (u.role === 'clinician') {
      // "Right knee. Big effusion…": a site named alone opens the exam when the same turn goes on to say what it shows.
      const examined = namesWhatIsExamined(u) && next !== undefined && next.turn === u.turn && !next.question;
      // (plan-turn-markers.ts: the turn said in the words of a visit that never announces a plan.)
      const nextSaid = next !== undefined && next.turn === u.turn ? next.text : undefined;
      if ((PLAN_START.test(u.text) && !asksWhatPatientKnows(u)) || HOMEWORK_START.test(u.text) || (!u.question && SUMS_UP.test(u.text)) || (phase === 'exam' && !u.question && (SUMMING_UP.test(u.text) || namesConditionFound(u.raw ?? u.text)))
        || (phase !== 'plan' && !u.question && (tellsPlan(u.text) || sumsUp(u.text, phase === 'exam', nextSaid))) || (phase === 'exam' && found && concludesExam(u))) [phase, askedInto] = ['plan', false];
      else if ((phase === 'history' || askedInto) && (EXAM_START.test(withoutLookingUp(u.text)) || placesBody(u.text) || (!u.question && asksToExamine(u.text)) || opensResults || ANNOUNCES_RESULTS.test(u.text) || HAS_IN_FRONT.test(u.text) || measuresNow(u, heardBefore(utterances, i)) || examined)) {
        resultsOnly = phase === 'history' && (opensResults || ANNOUNCES_RESULTS.test(u.text) || HAS_IN_FRONT.test(u.text)) && !EXAM_START.test(withoutLookingUp(u.text)) && !placesBody(u.text) && !measuresNow(u, heardBefore(utterances, i)) && !examined;
        [phase, askedInto] = ['exam', false];
      }
      // "…the fasting glucose was 9.1." … "What do you do for work?": after results read out, the history goes on.
      else if (phase === 'exam' && resultsOnly && resumesHistory(u)) phase = 'history';
      else if (phase === 'exam' && resultsOnly && (EXAM_START.test(withoutLookingUp(u.text)) || placesBody(u.text))) resultsOnly = false;
      else if (askedInto && !u.question && describesBodyInExam(u.text)) [phase, askedInto] = ['exam', false];
    }
    else if (phase === 'exam' && found && u.question && (ASKS_VERDICT.test(u.text) || (ASKS_IF_CONDITION.test(u.text) && DIAGNOSIS_TERM.test(u.text)))) [phase, askedInto] = ['plan', ASKS_OF_FINDING.test(u.text)];
    found = phase === 'exam' && (found || (before === 'exam' && statesFinding(u)));
    return phase;
  });
}

/**
 * "What do you understand about what that means?", "Do you know what the A1c is?": the clinician asking what the
 * patient already knows is still taking the history, though the question names what a plan would explain.
 */
const ASKS_WHAT_KNOWN = caseless(/\b(?:do|did|does) (?:you|he|she|they) (?:already )?(?:know|understand|remember|think)\b|\b(?:what|how much)(?:'s| is)? (?:your|his|her|their) understanding\b|\bwhat have you (?:been told|heard|read)\b/);
function asksWhatPatientKnows(u: Utterance): boolean {
  return u.question && ASKS_WHAT_KNOWN.test(u.text);
}

/**
 * "So Maya has an ear infection on the left", "so you've got a sprained ankle": once examined, a "so" that gives the
 * patient a condition is the verdict the exam led to, and the plan follows.
 */
const SO_GIVES_CONDITION = /^(?:(?:okay|ok|right|alright|well|good),?\s+)*so,?\s+(?:[A-Z][a-z]+|he|she|you|they|your [a-z]+|his [a-z]+|her [a-z]+)(?:'s got|'ve got| has got| has| have)\s/i;
function namesConditionFound(text: string): boolean {
  return SO_GIVES_CONDITION.test(text) && DIAGNOSIS_TERM.test(text);
}

/**
 * "What do you do for work?", "How often do you eat out?", "Can you walk me through a normal day?": a question about the
 * patient's life and history, as asked before any examination ("Can you feel this?" is asked while examining).
 */
const ASKS_HISTORY = caseless(/^(?:(?:and|so|okay|ok|right|now|well|good|great),?\s+)*(?:(?:what|when|how) (?:do|did|are|were|have) you\b(?! (?:feel|notice) (?:this|that|it|here|there)\b)|how (?:often|much|many|long|old)\b|(?:do|did|have) you (?:ever |usually |normally |still |also )?(?!feel (?:this|that|it|here|there)\b|mind\b)[a-z]+|are you (?:still |currently )?(?:taking|on|using|working|eating|drinking|smoking|living|married|allergic)\b|(?:can|could) you (?:walk|talk|take) me through\b|tell me (?:about|more)\b|any (?:other|family|past|previous|allergies|history)\b)/);
function resumesHistory(u: Utterance): boolean {
  return u.question && ASKS_HISTORY.test(u.text) && !EXAM_START.test(u.text);
}

/**
 * "It's been — let me look — about seven weeks since I saw you": a "let me look" set off as an aside is the clinician
 * looking something up (the chart, the date), not the examination beginning (a sentence may open on it, once split).
 */
const LOOKING_UP = /(?:\s*(?:[\u2014\u2013]|--?|,)\s*let me (?:just )?(?:look|see|check|think)\s*(?:[\u2014\u2013]|--?|,)|^let me (?:just )?(?:look|see|check|think)\s*(?:[\u2014\u2013]|--?))\s*/gi;
function withoutLookingUp(text: string): string {
  return text.replace(LOOKING_UP, ' ');
}

/** "Right knee.", "Lachman.", "Let's do a peak flow.", "Pressure first.": the examiner names what is examined or measured now. */
function namesWhatIsExamined(u: Utterance): boolean {
  return !u.question && (namedExamTopic(u.text) !== undefined || announcedMeasure(u.text) !== undefined);
}

/**
 * "Resting sats 94 percent, heart rate 82", "temperature is 37.4": a clinician who reads out a vital sign now has begun
 * the examination, though no "let me examine you" was said (rehab, nursing, therapy).
 */
function measuresNow(u: Utterance, heard = ''): boolean {
  if (u.question || /\b(?:going to|will|'ll|let's|last (?:time|visit|week|month)|ago|you (?:said|mentioned|told)|used to|history of|usually)\b/i.test(u.text)) return false;
  // "Sugar's two point one": read with its spoken numbers as digits.
  const text = normalizeMeasurements(u.text);
  if (!hasMeasuredValue(text) || !VITALS.test(u.text) || findDrugs(u.text).length > 0) return false;
  // "I took it just now, 37.4." — "Temperature 37.4, okay.": a reading said back on a call is the patient's, no exam.
  const numbers = text.match(/\d+(?:\.\d+)?/g) ?? [];
  const said = normalizeMeasurements(heard);
  return !numbers.every((n) => new RegExp(`(?<![\\d.])${n.replace('.', '\\.')}(?![\\d]|\\.\\d)`).test(said));
}

/** What the other party said in the turn just before utterance i (where a reading said back was heard). */
function heardBefore(utterances: readonly Utterance[], i: number): string {
  const turn = utterances[i]!.turn;
  const before = utterances.slice(0, i).filter((p) => p.turn !== turn);
  const last = before.at(-1);
  return last && last.role !== 'clinician' ? before.filter((p) => p.turn === last.turn).map((p) => p.text).join(' ') : '';
}

export const VITALS = caseless(/\b(?:blood pressure|blood sugar|sugar|glucose|bm|cbg|gcs|heart rate|pulse|temperature|temp|oxygen|saturation|sats|respiratory rate|breathing rate|resp(?:iratory)? rate|weight|bmi|weigh(?:s|ed)?|height|mmhg|bpm)\b/);
/** "I have all your labs back", "I also have the blood work from last week": what comes next is the result. */
export const ANNOUNCES_RESULTS = caseless(/^(?:(?:mr|mrs|ms|dr)\.? \w+,? |\w+, )?(?:i(?:'ve)?|we(?:'ve)?) (?:also |now )?(?:have|got|received|gotten) (?:all |both |some )?(?:of )?(?:your|the|his|her|their) (?:lab\w*|results?|blood ?work|bloods|blood (?:tests?|results)|tests?|x-?rays?|imaging|scans?|reports?)(?: results)?(?: (?:back|in|here|today|from (?:last|this|the) \w+))*\.?$/);
