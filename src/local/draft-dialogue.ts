/** A labelled visit drafted turn by turn: answers read with their questions, each other sentence placed by what it does. */
import type { Role, Turn, Utterance } from './types.js';
import { caseless } from '../text/caseless-pattern.js';
import { classifyUtterance } from './classify-utterance.js';
import { isClinicalJudgement } from './clinical-judgements.js';
import { ANNOUNCED_TOPIC, type Phase, trackPhases } from './track-phases.js';
import { DIAGNOSIS_TERM, hasMeasuredValue } from './clinical-vocabulary.js';
import { countMatches, EXAM_CUES } from './clinical-lexicon.js';
import { type CourseQuestion, answersWhatToDo, placeCourseAnswer } from './course-answer.js';
import { describeSpeaker } from './describe-speaker.js';
import type { DraftSentence } from './draft-sentence.js';
import { extractUtterances } from './extract-utterances.js';
import { normalizeAsrText } from './normalize-asr-text.js';
import { normalizeMeasurements } from './normalize-measurements.js';
import { polishSentence } from './polish-sentence.js';
import { readAnswers } from './read-answers.js';
import { askedMeasure, askedObservation, askedPressure, asksReadingNow, isObservationReply, letsReadingGoOn, nameObserved, readHomeReading, readMeasureAnswer, readPressureAnswer } from './read-measure-answer.js';
import { inlineHeading } from './read-dictation.js';
import { assessmentOrPlan, JUDGED } from './read-headed-block.js';
import { readPurposes } from './read-purposes.js';
import { isAppraisalShape } from './appraisal-shapes.js';
import { restateOfferedStep } from './offered-steps.js';
import { restateProposal } from './proposals.js';
import { resolveDrugReferents } from './resolve-referents.js';
import { resolveNamedScores } from './named-scores.js';
import { dropLayGloss } from './lay-glosses.js';
import type { Gender } from './rewrite-person.js';
import type { BlockName, Family } from './specialty-layout.js';
import { splitSentences } from './split-sentences.js';
import { answersLearner, findInformantTurns, findReadBacks } from './colleague-turns.js';
import { announcedMeasure, isLabName, namedExamTopic, namedSide, readBareReading, readNamedReading } from './spoken-readings.js';
import { namesOfPatient, toThirdPerson } from './third-person-voice.js';
import { IDENTITY_CHECK, findIdentityAnswers } from './identity-checks.js';
import { announcesItems, readListedItem } from './announced-items.js';
import { opensMedicineReview, readReviewedMedicine } from './reviewed-medicines.js';
import { readEchoedDenial, readEchoedStatement } from './echoed-answers.js';
import { announcesCauses, isNumberedCause } from './numbered-causes.js';
import { asksAsQuestion, continuesHistoryAnswer, readsWholeAnswers } from './answer-turn-history.js';
import { restateAskedTask } from './read-advice.js';
import { isSceneObservation } from './scene-observations.js';
import { sumsUp } from './plan-turn-markers.js';

const SHORT_VISIT = 45;
const SYMPTOM_WORDS = caseless(/\b(?:dizzy|pain|hurts?|ache|aching|swollen|swelling|bleeding|numb|tingling|nause\w*|vomit\w*|fever|cough\w*|short of breath|tired|rash|itch\w*|burning|sore)\b/);
/** The clinician's "you" means the patient, unless only a companion answers (a parent, an owner, a caller). */
export function chooseAddressee(speakers: Record<string, Role>): string | undefined {
  const roles = Object.values(speakers);
  if (roles.includes('patient')) return undefined;
  // An interpreter speaks the patient's words in the first person: the clinician's "you" is the patient, not them.
  const other = Object.entries(speakers).find(([label, r]) => r === 'other' && !/\b(?:interpret\w*|translat\w*|int)\b/i.test(label));
  return other ? describeSpeaker(other[0]) : undefined;
}

export function draftDialogue(turns: Turn[], gender: Gender, speakers: Record<string, Role>, options: { family?: Family } = {}): { drafts: DraftSentence[]; utterances: Utterance[]; phases: Phase[]; readBacks: Set<number> } {
  const addressee = chooseAddressee(speakers);
  const patientNames = namesOfPatient(speakers);
  const checks = findIdentityAnswers(turns);
  const answers = readAnswers(turns, gender, { addressee }).filter((a) => !checks.has(a.turn) && !turns[a.turn]?.scene && !answersLearner(turns, a.turn));
  const covered = new Set(answers.flatMap((a) => a.covers.map((c) => `${a.turn}|${c}`)));
  const utterances = extractUtterances(turns);
  const phases = trackPhases(utterances);
  const resolved = resolveDrugReferents(utterances);
  // "…the PHQ-9. Your score today is 16.": the score written with the scale just named (named-scores.ts).
  for (const [i, text] of resolveNamedScores(utterances)) if (!resolved.has(i)) resolved.set(i, text);
  // "Your affect, the way your face goes along with things, is constricted": the finding without its gloss (lay-glosses.ts).
  utterances.forEach((u, i) => {
    const plain = u.role === 'clinician' && !u.question ? dropLayGloss(resolved.get(i) ?? u.text) : undefined;
    if (plain !== undefined && plain !== (resolved.get(i) ?? u.text)) resolved.set(i, plain);
  });
  const short = utterances.length <= SHORT_VISIT;
  const drafts: DraftSentence[] = [];
  const firstOfTurn = new Map<number, number>();
  utterances.forEach((u, i) => { if (!firstOfTurn.has(u.turn)) firstOfTurn.set(u.turn, i); });
  const informants = findInformantTurns(turns);
  const readBacks = findReadBacks(turns);
  let heard = '';
  let measuring = false;
  let readingAsked: { name: string; unit: string; turn: number; label?: string; pair?: true } | undefined;
  let observationAsked: { turn: number; topic: string } | undefined;
  const readAloud = new Set<string>();
  // "So, the colonoscopy. The lining of the rectum was red and inflamed…": a topic announced, then what it showed.
  let announced: { topic: string; turn: number } | undefined;
  // The rest of that turn: what the topic showed, read out as amounts ("Plenty of yeast, a few cocci").
  let readOut: { topic: string; turn: number; first: boolean } | undefined;
  let headed: { turn: number; block: BlockName | 'assessment_plan'; opens: boolean } | undefined;
  let asked: CourseQuestion | undefined;
  let reading: { name: string; turn: number; side?: string } | undefined;
  const readTurns = new Set<number>();
  // The test or site named alone, whose turn goes on with what it showed: findings, not judgements.
  let findings: { topic: string; turn: number } | undefined;
  // The turn in which the clinician announced how many things they recommend ("I'd recommend three.").
  let listing: number | undefined;
  // The turn in which the clinician opened the patient's medicines to read them out ("Let's look at the pills.").
  let reviewing: number | undefined;
  // The turn in which the clinician said how many things are driving the problem ("Two things are likely driving it.").
  let causes: number | undefined;
  // The turn in which the clinician began to sum up ("So, to put it all together.").
  let summedUp: number | undefined;
  utterances.forEach((u0, i) => {
    // A script's action line is the writer's account: what it shows of the patient and their home is observed.
    if (turns[u0.turn]?.scene) {
      const seen = isSceneObservation(u0.text, Object.keys(speakers)) ? polishSentence(normalizeMeasurements(u0.text)) : '';
      if (seen !== '') drafts.push({ block: 'exam', text: seen, lines: [u0.line], spoken: seen, order: i, clinician: true });
      return;
    }
    if (checks.has(u0.turn) || readBacks.has(u0.turn) || (u0.role === 'clinician' && u0.question && IDENTITY_CHECK.test(u0.text))) return;
    if (u0.role !== 'clinician') heard = u0.text;
    if (u0.role !== 'clinician' && u0.question) asked = { turn: u0.turn, text: u0.text };
    // "Let's do a peak flow." … "Two hundred and ten.": a measure announced, then its value said bare.
    const measure = u0.role === 'clinician' ? announcedMeasure(u0.text) : undefined;
    if (reading && (u0.turn - reading.turn > 3 || (u0.role === 'clinician' && namedExamTopic(u0.text)))) reading = undefined;
    if (measure) {
      reading = { name: measure, turn: u0.turn };
      // "And the number for the heart rate?": asked of whoever holds the meter, whose answer is its value.
      const held = u0.question ? askedMeasure(u0.text) ?? askedPressure(u0.text) : undefined;
      if (held) readingAsked = { ...held, turn: u0.turn, label: u0.label };
      if (!/\d/.test(normalizeMeasurements(u0.text))) return;
    }
    const side = reading && u0.role === 'clinician' ? namedSide(u0.text) : undefined;
    if (reading && side) {
      reading = { ...reading, side, turn: u0.turn };
      return;
    }
    const bare = reading && u0.role === 'clinician' && !u0.question ? readBareReading(u0.text) : undefined;
    // "CRP, 24.": a measure and its value said together, in a clinician's turn of readings or results.
    const named = !bare && u0.role === 'clinician' && !u0.question ? readNamedReading(u0.text) : undefined;
    if ((reading && bare) || named) {
      const what = named ? named.name : reading!.name;
      const name = `${what.charAt(0).toUpperCase()}${what.slice(1)}${!named && reading!.side ? ` (${reading!.side})` : ''}`;
      const value = polishSentence(normalizeMeasurements(`${name} ${named ? named.value : bare}`));
      drafts.push({ block: isLabName(what) ? 'results' : 'exam', text: value, lines: [u0.line], spoken: value, order: i, clinician: true });
      readTurns.add(u0.turn);
      // A measure named with its value is not announced for the bare values after it ("Temp 38." then "Fourteen kilos.").
      reading = named ? undefined : { ...reading!, turn: u0.turn };
      return;
    }
    // "Lachman. Lots more movement than the other side…": a test or site named alone opens what it showed.
    const examTopic = u0.role === 'clinician' && phases[i] === 'exam' ? namedExamTopic(u0.text) : undefined;
    if (examTopic) {
      announced = { topic: examTopic, turn: u0.turn };
      findings = { topic: examTopic, turn: u0.turn };
      return;
    }
    const topicOnly = u0.role === 'clinician' ? ANNOUNCED_TOPIC.exec(u0.text) ?? readTrialTopic(u0.text) : null;
    if (topicOnly) {
      announced = { topic: normalizeMeasurements((topicOnly[1] ?? topicOnly[2])!), turn: u0.turn };
      readOut = { ...announced, first: true };
      return;
    }
    const topic = announced && announced.turn === u0.turn && u0.role === 'clinician' ? announced.topic : undefined;
    if (u0.role === 'clinician' || u0.turn !== announced?.turn) announced = undefined;
    // "Did you do the home readings?" — "Shall I read them out?" — "Please." — "Monday, one fifty-two over ninety-four…":
    // a clinician who only lets the patient go on leaves the reading asked for open.
    // "Jen, could you get a temp?" — the nurse: "Thirty-six point eight.": a colleague reads out the measure asked for.
    const byColleague = readingAsked && u0.role === 'clinician' && u0.label !== undefined && readingAsked.label !== undefined
      && u0.label !== readingAsked.label && u0.turn > readingAsked.turn && !u0.question ? readColleagueReading(readingAsked, u0.text) : undefined;
    if (byColleague) {
      drafts.push({ block: 'exam', text: byColleague, lines: [u0.line], spoken: byColleague, order: i, clinician: true });
      readAloud.add(`${u0.turn}|${u0.raw}`);
      readingAsked = undefined;
      return;
    }
    const goesOn = u0.role === 'clinician' && letsReadingGoOn(u0.text);
    if (u0.role === 'clinician') measuring = asksReadingNow(u0.text) || (measuring && goesOn);
    if (u0.role === 'clinician') {
      const m = askedMeasure(u0.text) ?? askedPressure(u0.text);
      // The colleague's own "Right." before the value leaves the reading asked of them open for the rest of their turn.
      const colleagueStarts = readingAsked !== undefined && readingAsked.label !== undefined && u0.label !== undefined && u0.label !== readingAsked.label && u0.turn === readingAsked.turn + 1;
      readingAsked = m ? { ...m, turn: u0.turn, label: u0.label } : readingAsked?.turn === u0.turn || colleagueStarts ? readingAsked : readingAsked && goesOn ? { ...readingAsked, turn: u0.turn } : undefined;
    }
    // "Have you taken your temperature today?" — "Thirty eight point one this morning.": a reading taken and read out.
    // The patient may first say they are fetching it ("Shall I read some out?"), so any patient turn before the
    // clinician speaks again reads the value.
    const value = readingAsked && !readingAsked.pair && u0.role !== 'clinician' && u0.turn > readingAsked.turn ? readMeasureAnswer(readingAsked, u0.text) : undefined;
    if (value) {
      drafts.push({ block: 'exam', text: value, lines: [u0.line], spoken: value, order: i, clinician: false });
      readAloud.add(`${u0.turn}|${u0.raw}`);
      return;
    }
    // "Could you have a look at her gums for me?" — "Yeah, they're pink, not swollen.": seen at the clinician's asking.
    if (u0.role === 'clinician') {
      const topic = askedObservation(u0.text);
      observationAsked = topic !== undefined ? { turn: u0.turn, topic } : observationAsked?.turn === u0.turn ? observationAsked : undefined;
    } else if (observationAsked && u0.turn === observationAsked.turn + 1 && isObservationReply(u0.text, u0.question)) {
      const measured = normalizeMeasurements(u0.text);
      const seen = nameObserved(observationAsked.topic, polishSentence(toThirdPerson(u0, measured, { gender, addressee })));
      if (seen !== '') {
        drafts.push({ block: 'exam', text: seen, lines: [u0.line], spoken: measured, order: i, clinician: false });
        readAloud.add(`${u0.turn}|${u0.raw}`);
        return;
      }
    }
    if (covered.has(`${u0.turn}|${u0.raw}`)) return;
    // "…would you try to cut down, say keep it to weekends?": a change proposed as a question, once the plan is under way.
    const proposal = u0.role === 'clinician' && u0.question && phases[i] === 'plan' ? restateProposal(u0.text) : undefined;
    if (proposal) {
      const measured = normalizeMeasurements(proposal);
      drafts.push({ block: 'plan', text: measured, lines: [u0.line], spoken: measured, order: i, clinician: true });
      return;
    }
    const u = resolved.has(i) ? { ...u0, text: resolved.get(i)! } : u0;
    // "Plan: mildly thick fluids…; sit upright…": a heading written into a clinician's turn places the rest of the turn.
    const heading = u.role === 'clinician' ? inlineHeading(u.text) : undefined;
    if (heading) headed = { turn: u.turn, block: heading.block, opens: true };
    else if (headed && (headed.turn !== u.turn || u.role !== 'clinician')) headed = undefined;
    if (headed) {
      const text = heading ? heading.rest : u.text;
      const block = headed.block === 'assessment_plan' ? assessmentOrPlan(text, headed.opens, false) : headed.block;
      headed = { ...headed, opens: false };
      const measured = normalizeMeasurements(text);
      const said = polishSentence(toThirdPerson({ ...u, text }, measured, { gender, addressee, patientNames }));
      if (said !== '') drafts.push({ block, text: said, lines: [u.line], spoken: polishSentence(measured), order: i, clinician: true });
      return;
    }
    // "Is that why I feel dizzy when I stand up?": a patient's question can carry a symptom; it is quoted as asked.
    if (u.role !== 'clinician' && u.question && /\b(?:i|my|me)\b/i.test(u.text) && SYMPTOM_WORDS.test(u.text) && u.text.split(/\s+/).length >= 5) {
      const who = u.role === 'patient' ? 'Patient' : u.label ? describeSpeaker(u.label) : undefined;
      if (who) drafts.push({ block: 'history', text: `${who.charAt(0).toUpperCase()}${who.slice(1)} asks: "${u.text.replace(/[.?]*$/, '?')}"`, lines: [u.line], spoken: u.text, order: i, clinician: false });
      return;
    }
    // "Can you take a reading now with your cuff?" — "It says 148 over 92": measured in the visit, so Objective.
    // "It says 108 over 66": a pair of numbers read off the cuff asked for is a blood pressure, though not called one.
    const reread = measuring && u.role !== 'clinician' ? readHomeReading(u.text) : undefined;
    if (reread !== undefined && (hasMeasuredValue(reread) || /\d+\/\d+ mmHg/.test(reread))) {
      const measured = reread;
      drafts.push({ block: 'exam', text: polishSentence(toThirdPerson(u, measured, { gender, addressee })), lines: [u.line], spoken: measured, order: i, clinician: false });
      return;
    }
    // A nurse or aide answering the clinician's question reports what they saw: history, in their name.
    if (informants.has(u.turn)) {
      // "Blood pressure 152/90, heart rate 98. Urine dip shows blood": what a colleague measured is a finding, not history.
      const measured = normalizeMeasurements(u.text);
      // Read with its values as digits ("Temp thirty-eight point four" is "Temp 38.4"), as the note writes them.
      const found = hasMeasuredValue(measured) || /\d ?(?:mmHg|bpm|\/min|%|mL)/.test(measured) || /\b(?:shows?|showed|positive|negative)\b/i.test(u.text) ? classifyUtterance({ ...u, text: measured, role: 'clinician' }, 'exam', true) ?? classifyUtterance({ ...u, role: 'clinician' }, 'exam', true)
        // "Sugar's two point one.": a value read out in two words is the reading itself.
        ?? (hasMeasuredValue(measured) && measured.split(/\s+/).length <= 4 ? 'exam' : undefined) : undefined;
      // "Weight 32 kilos, up from 30 last year": the earlier value it is compared with does not make the reading history.
      // "Temp 36.9 this morning, she hasn't spiked since yesterday": only the clause with the value says when it was taken.
      const now = valueClause(u.text.replace(COMPARED_WITH_BEFORE, ''));
      if ((found === 'exam' || found === 'results') && !/\b(?:ago|yesterday|last (?:night|week|month|year)|usually|normally|history of|(?:on|takes?|taking) (?:\w+ )?(?:mg|tablets?))\b/i.test(now)) {
        drafts.push({ block: found, text: polishSentence(measured), lines: [u.line], spoken: measured, order: i, clinician: true });
        return;
      }
      const asOther: Utterance = { ...u, role: 'other' };
      if (classifyUtterance(asOther, 'history', true)) {
        const measured = normalizeMeasurements(u.text);
        drafts.push({ block: 'history', text: polishSentence(toThirdPerson(asOther, measured, { gender, addressee })), lines: [u.line], spoken: measured, order: i, clinician: false });
      }
      return;
    }
    // "Let's go through the boxes." — "A blister pack…" — "Right. Amlodipine 10 mg, once a day.": the review goes on
    // past the patient's answers, in the clinician's later turns, as long as the history is being taken.
    if (reviewing !== undefined && reviewing !== u.turn && phases[i] !== 'history') reviewing = undefined;
    const taken = reviewing !== undefined && u.role === 'clinician' && !u.question ? readReviewedMedicine(u.text) : undefined;
    if (taken) {
      const said = polishSentence(normalizeMeasurements(taken));
      drafts.push({ block: 'history', text: said, lines: [u.line], spoken: said, order: i, clinician: true });
      return;
    }
    if (u.role === 'clinician' && opensMedicineReview(u.text)) reviewing = u.turn;
    if (causes !== undefined && (causes !== u.turn || u.role !== 'clinician')) causes = undefined;
    if (causes !== undefined && !u.question && isNumberedCause(u.text)) {
      const said = polishSentence(toThirdPerson(u, normalizeMeasurements(u.text), { gender, addressee, patientNames }));
      if (said !== '') drafts.push({ block: 'assessment', text: said, lines: [u.line], spoken: said, order: i, clinician: true });
      return;
    }
    if (u.role === 'clinician' && !u.question && announcesCauses(u.text)) causes = u.turn;
    if (listing !== undefined && (listing !== u.turn || u.role !== 'clinician')) listing = undefined;
    const listed = listing !== undefined ? readListedItem(u.text) : undefined;
    if (listed) {
      const said = polishSentence(toThirdPerson(u, normalizeMeasurements(listed), { gender, addressee, patientNames }));
      if (said !== '') drafts.push({ block: 'plan', text: said, lines: [u.line], spoken: listed, order: i, clinician: true });
      return;
    }
    if (u.role === 'clinician' && !u.question && announcesItems(u.text)) listing = u.turn;
    const underTopic = findings && findings.turn === u.turn && u.role === 'clinician' && !u.question;
    if (findings && !underTopic) findings = undefined;
    const toDo = answersWhatToDo(u, asked, i - (firstOfTurn.get(u.turn) ?? i));
    const purposes = readPurposes(u, phases[i]!, short)
      .map((p) => (underTopic && p.slot === 'assessment' && !JUDGED.test(p.text) && !NAMES_IT.test(p.text) && !isAppraisalShape(p.text, false, true) ? { ...p, slot: 'exam' as const } : p))
      // ("Do I need antibiotics?" — "No, antibiotics won't help this kind of pain": the decision, though it gives its reason.)
      .map((p) => (toDo && (p.slot !== 'assessment' || (toDo !== 'what' && i === firstOfTurn.get(u.turn))) ? { ...p, slot: 'plan' as const } : p));
    if ((toDo === 'what' || toDo === 'whether') && purposes.length === 0) purposes.push({ text: u.text, slot: 'plan' });
    if (underTopic && purposes.length === 0 && u.text.split(/\s+/).length >= 3) purposes.push({ text: u.text, slot: NAMES_IT.test(u.text) ? 'assessment' : 'exam' });
    if (readOut && (readOut.turn !== u.turn || u.role !== 'clinician')) readOut = undefined;
    const shown = readOut && purposes.length === 0 && !u.question && READ_OUT_AMOUNT.test(u.text) ? readOut : undefined;
    if (shown) {
      const said = polishSentence(normalizeMeasurements(u.text));
      drafts.push({ block: 'results', text: shown.first ? `${shown.topic.charAt(0).toUpperCase()}${shown.topic.slice(1)}: ${said.charAt(0).toLowerCase()}${said.slice(1)}` : said, lines: [u.line], spoken: said, order: i, clinician: true });
      readOut = { ...shown, first: false };
      return;
    }
    else if (purposes.length === 0 && u.role === 'clinician' && !u.question && phases[i] !== 'history' && NAMES_IT.test(u.text) && DIAGNOSIS_TERM.test(u.text)) purposes.push({ text: u.text, slot: 'assessment' });
    // "How long will it take?" — "Usually about 6 weeks to get back to sport.": what to expect, read with its question.
    const course = purposes.length === 0 ? placeCourseAnswer(u, asked, i - (firstOfTurn.get(u.turn) ?? i)) : undefined;
    if (course) purposes.push(course);
    // "How have you been?" — "The tablets make me feel sick.": the first words of an answer to the clinician's own
    // question about the patient are history, though the lexicon knows none of them.
    if (purposes.length === 0 && answersHistoryQuestion(u, turns, i - (firstOfTurn.get(u.turn) ?? i), phases[i]!, options.family)) purposes.push({ text: u.text, slot: 'history' });
    // "Everything. I was completely independent.": the rest of that answer, a few sentences on (answer-turn-history.ts).
    if (purposes.length === 0 && readsWholeAnswers(u.role, options.family) && continuesHistoryAnswer(u, turns, i - (firstOfTurn.get(u.turn) ?? i), phases[i]!, readsUnmarkedQuestions(options.family))) purposes.push({ text: u.text, slot: 'history' });
    const denied = purposes.length === 0 && phases[i] !== 'plan' ? readEchoedDenial(u, turns) : undefined;
    if (denied === 'history') purposes.push({ text: u.text, slot: 'history' });
    // ("Is she indoor only?" — "Indoor only.": a short answer in the question's own words, echoed-answers.ts.)
    else if (purposes.length === 0 && phases[i] === 'history' && readEchoedStatement(u, turns)) purposes.push({ text: u.text, slot: 'history' });
    // (a denial to a safety question goes with the other answers about risk, in the words said)
    if (denied === 'risk') {
      const said = polishSentence(u.text);
      drafts.push({ block: 'risk', text: said, lines: [u.line], spoken: said, order: i, clinician: false });
      return;
    }
    // "So, to put it all together. … The toe is an ingrown nail, caught early.": what the clinician says in the turn
    // that sums up is what they make of it, though it is said in a finding's words.
    if (u.role === 'clinician' && !u.question && sumsUp(u.text, phases[i] !== 'history')) summedUp = u.turn;
    else if (summedUp !== u.turn) summedUp = undefined;
    if (summedUp === u.turn && u.role === 'clinician' && !u.question) {
      for (const [k, p] of purposes.entries()) if (p.slot === 'exam' && !hasMeasuredValue(normalizeMeasurements(p.text))) purposes[k] = { ...p, slot: 'assessment' };
    }
    for (const [k, found] of purposes.entries()) {
      // "So that's high blood pressure and high cholesterol": repeating the condition the patient just named is history.
      // ("If you carry it you'd have a higher risk of bowel cancer" weighs the condition named: still the judgement.)
      const part = found.slot === 'assessment' && phases[i] === 'history' && u.role === 'clinician' && repeatsCondition(found.text, heard) && !isClinicalJudgement(found.text, false)
        ? { ...found, slot: 'history' as const } : found;
      const measured = normalizeMeasurements(part.slot === 'plan' && u.question ? restateOfferedStep(restateAskedTask(part.text)) : part.text);
      const said = polishSentence(toThirdPerson(u, measured, { gender, addressee, patientNames }));
      const text = topic && k === 0 && (part.slot === 'results' || part.slot === 'exam') && !said.toLowerCase().includes(topic.toLowerCase())
        ? `${topic.charAt(0).toUpperCase()}${topic.slice(1)}: ${said.charAt(0).toLowerCase()}${said.slice(1)}` : said;
      if (text !== '') drafts.push({ block: part.slot, text, lines: [u.line], spoken: polishSentence(measured), order: i + k / 10, clinician: u.role === 'clinician' });
    }
  });
  for (const a of answers) {
    const order = (firstOfTurn.get(a.turn) ?? utterances.length) - 0.5;
    // "And his urine?" — the nurse: "Catheter's only drained thirty mls in the last hour": a colleague's measured answer.
    // A value already written as a reading ("Temperature?" — "Thirty-eight point nine.") is not repeated as history.
    if (readBacks.has(a.turn) || (readTurns.has(a.turn) && informants.has(a.turn)) || (a.covers.length > 0 && a.covers.every((c) => readAloud.has(`${a.turn}|${c}`)))) continue;
    const measured = informants.has(a.turn) && a.block === 'history' ? normalizeMeasurements(a.text) : undefined;
    if (measured !== undefined && (hasMeasuredValue(measured) || /\d ?(?:mL|mmHg|bpm|%)/.test(measured))) {
      drafts.push({ block: 'exam', text: polishSentence(measured), lines: a.lines, spoken: a.text, order });
      continue;
    }
    drafts.push({ block: a.block, text: polishSentence(a.text), lines: a.lines, spoken: a.text, order });
  }
  return { drafts, utterances, phases, readBacks };
}

const ASKS_ABOUT_PATIENT = caseless(/^(?:(?:and|so|okay|now|right),?\s+)*(?:how (?:have|has|are|is|do|did|does|long|often|much|far|bad)|what (?:happened|brings|brought|made|makes|do you|did you|have you|are you|is it|was it|sort|kind)|when (?:did|does|do|was|is)|where (?:is|does|do|did)|tell me (?:about|more)|do you|did you|have you|are you|were you|any chance|has (?:it|he|she)|does (?:it|he|she)|is (?:it|he|she|there)|any (?:other|family|problems|changes)|what can (?:we|i) do|how can (?:we|i) help|what(?:'s| is| has) (?:been )?(?:going on|the (?:problem|matter|trouble)))\b/);
/** "I'm good, thank you", "been doing pretty well actually": how-are-you talk, not history. */
const PLEASANTRY = caseless(/^(?:(?:oh|well|um|uh|yeah|so),?\s+)*(?:i'm|i am|i've been|i have been|we're|we are|(?:i'm |i've been |been )?doing|been|feeling|it's been|things are|things have been)? ?(?:(?:really|pretty|quite|very|not too|not so) )?(?:good|well|fine|okay|ok|great|alright|all right|not bad|grand|feelin' great)(?:,? (?:actually|thanks?|thank you|thanks for asking|i guess|i think|overall|so far))*[.!]?$|\bthank(?:s| you)\b/);
const NOT_HISTORY = caseless(/^(?:(?:well|um|uh|so|oh),?\s+)*(?:i (?:don't|do not) (?:know|think so|remember)|i'm not sure|not sure|no idea|yes|yeah|no|okay|sure|right|thanks?|thank you|sorry|pardon|what do you mean|that's (?:it|all|right|fine|good))\b[.!]?$/);

/**
 * The first sentence of a patient's (or companion's) turn that answers the clinician's question about them: the
 * history asked for, in whatever words. Only in the history phase, only four words or more, never a question.
 */
/**
 * Unpunctuated speech-to-text asks without a mark ("any chance he ate something"): its answer is read as one only outside
 * medicine. In ACI-Bench's unpunctuated medical visits it read every aside into the history (a patient's favourite
 * crisps), for ROUGE-1 -0.02 on train with no fact gained there.
 */
function readsUnmarkedQuestions(family: Family | undefined): boolean {
  return family !== undefined && family !== 'medical';
}

function answersHistoryQuestion(u: Utterance, turns: Turn[], indexInTurn: number, phase: Phase, family?: Family): boolean {
  if (u.role === 'clinician' || u.question || indexInTurn !== 0 || phase !== 'history' || u.text.split(/\s+/).length < 4 || NOT_HISTORY.test(u.text) || PLEASANTRY.test(u.text)) return false;
  if (!/\b(?:i|my|me|i'm|i've|it|it's|we|our|she|he|her|his|they)\b/i.test(u.text)) return false;
  const before = turns[u.turn - 1];
  if (!before || before.role !== 'clinician') return false;
  const asked = splitSentences(normalizeAsrText(before.text)).at(-1) ?? '';
  return asksAsQuestion(asked, readsUnmarkedQuestions(family)) && ASKS_ABOUT_PATIENT.test(asked.replace(/^.{0,40}?,\s+(?=(?:how|what|when|where|do|did|have|are|any|tell)\b)/i, ''));
}

function valueClause(text: string): string {
  return text.split(/[,;]\s+/).find((c) => hasMeasuredValue(normalizeMeasurements(c))) ?? text;
}

/** A colleague's value is measured in the room, not at home: the measure's name without the home device. */
function readColleagueReading(asked: { name: string; unit: string; pair?: true }, text: string): string | undefined {
  if (asked.pair) return readPressureAnswer(text);
  return readMeasureAnswer({ ...asked, name: asked.name.replace(/ \(home [a-z]+\)$/, '') }, text);
}

/** ", up from 30.1 last year", ", down from 88 in March": a reading's earlier value, given to compare. */
const COMPARED_WITH_BEFORE = /,?\s*\b(?:up|down|compared (?:to|with)|same as|from)\b(?:[^,.;]|\.\d){0,30}?\b(?:ago|yesterday|last (?:night|week|month|year|time|visit)|before|previously)\b/gi;

/** "Now some mildly thick fluid, level 2. That's a clear voice…": what is tried next, then how it went. */
const TRIAL_TOPIC = caseless(/^(?:(?:now|next|and|then|okay),?\s+)*((?:some|a sip of|a spoonful of|a teaspoon of|a cup of) [a-z][a-z -]{2,40}?(?:, (?:level|grade|size|stage) (?:\d+|one|two|three|four|five|six|seven))?)[.:]?$/);

/** What an examiner finds on the body, as a noun ("some swelling", "a little redness"), not a thing tried. */
const FINDING_NOUN = caseless(/\b(?:swelling|redness|bruising|warmth|wasting|crusting|scaling|discharge|spasm|guarding|clicking|grating)\b/);

/** "Some tenderness over the left flank.": a finding named without a verb is what was found, not a thing tried next. */
function readTrialTopic(text: string): RegExpExecArray | null {
  const m = TRIAL_TOPIC.exec(text);
  return m && countMatches(m[1]!, EXAM_CUES) === 0 && !FINDING_NOUN.test(m[1]!) ? m : null;
}

/** "That one's a seborrhoeic keratosis": the lesion just described, named as a condition, is the assessment. */
/**
 * "Plenty of yeast, and a few cocci", "no rods", "I didn't see any crystals": what a test named alone showed, read out
 * as amounts or as what the examiner did or did not find in it.
 */
const READ_OUT_AMOUNT = /^(?:(?:and|so|okay|also|but),?\s+)*(?:(?:lots|plenty|loads|a lot|a few|a couple|masses|a small number|a large number|numbers) of |(?:some|no|moderate|scant|scanty|occasional|numerous|many|few|rare|heavy|light|mixed|\d+) (?!(?:more|longer|need|problem|worries|idea)\b)[a-z]|i (?:did(?: not|n't)|could(?: not|n't)|can(?:not|'t)) (?:see|find|spot) any\b|i (?:saw|found|can see) (?:some|a few|lots|plenty|no)\b)/i;
const NAMES_IT = caseless(/^(?:(?:so|and|okay|now),?\s+)?(?:that|this|it)(?: one| lesion| spot| mole| lump)?(?:'s| is) (?:a |an )?(?:probably |likely |just |simply |a benign |benign )?(?:[a-z-]+ ){0,2}[a-z-]+(?:itis|osis|oma|ma|cyst|keratosis|naevus|nevus|wart|tag|lesion)s?\.?$/);

function repeatsCondition(clinician: string, patient: string): boolean {
  const condition = DIAGNOSIS_TERM.exec(clinician)?.[0];
  return condition !== undefined && patient.toLowerCase().includes(condition.toLowerCase());
}
