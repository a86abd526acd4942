/**
 * The offline pipeline: read speakers → pair questions with answers → clean sentences → place each by what it does
 * (or by the dictation's headings) → third person and measurement forms → merge duplicates → lay out by specialty.
 * Pure and deterministic; every sentence keeps its source lines.
 */
import type { EvidenceSentence, Role, SectionName, Turn, Utterance } from './types.js';
import { readTranscript } from '../text/parse-transcript.js';
import { extractUtterances } from './extract-utterances.js';
import { ANNOUNCED_TOPIC, classifyByPurpose, classifyUtterance, trackPhases, type Phase, type Slot } from './classify-utterance.js';
import { detectGender, rewriteClinicianSpeech, rewritePatientSpeech, type Gender } from './rewrite-person.js';
import { normalizeMeasurements } from './normalize-measurements.js';
import { mergeDuplicates, resetTokenMemo } from './merge-duplicates.js';
import { readAnswers } from './read-answers.js';
import { extractChiefComplaint } from './extract-chief-complaint.js';
import { polishSentence } from './polish-sentence.js';
import { dropHedges, normalizeAsrText, resetAsrMemo } from './normalize-asr-text.js';
import { selectWithinBudget, type BudgetedBlock } from './select-within-budget.js';
import { resolveDrugReferents } from './resolve-referents.js';
import { describeSpeaker } from './describe-speaker.js';
import { inlineHeading, readDictation, spokenHeading } from './read-dictation.js';
import { resetSentenceMemo, splitSentences } from './split-sentences.js';
import { chooseFamily, layoutFor, refineBlock, type BlockName, type Family } from './specialty-layout.js';
import { DIAGNOSIS_TERM, hasMeasuredValue, isDiagnosisStatement, isPlanStatement, isReturnPrecaution } from './clinical-vocabulary.js';
import { keepEnglishTurns } from './interpreted-turns.js';
import { caseless } from '../text/caseless-pattern.js';
import { placeCourseAnswer, type CourseQuestion } from './course-answer.js';
import { classifyPastLead } from './finding-lead.js';
import { isUnlabelledDialogue, unfoldUnlabelledDialogue } from './unlabelled-dialogue.js';

export type { BlockName } from './specialty-layout.js';

export interface DraftSentence extends EvidenceSentence { block: BlockName; spoken: string; order: number; clinician?: boolean }

export interface DraftNote { blocks: Record<BlockName, DraftSentence[]>; gender: Gender; family: Family; speakers: Record<string, Role> }

const BLOCKS: BlockName[] = ['chief_complaint', 'history', 'function', 'background', 'review', 'risk', 'exam', 'measures',
  'mental_status', 'scales', 'results', 'assessment', 'procedure', 'plan', 'home_program', 'disposition'];
const UNGRAMMATICAL = caseless(/\b(?:could|would|should|can|will|might|must|did|does|to)\s+(?:just\s+|not\s+|really\s+)?(?!been\b|\w*eed\b)\w+ed\b/);
const SHORT_VISIT = 45;
const SYMPTOM_WORDS = caseless(/\b(?:dizzy|pain|hurts?|ache|aching|swollen|swelling|bleeding|numb|tingling|nause\w*|vomit\w*|fever|cough\w*|short of breath|tired|rash|itch\w*|burning|sore)\b/);
/** "The patient … from under the patient": the same person as subject and object only reads as a quote. */
const SELF_AS_OBJECT = caseless(/^the patient\b.*\b(?:from|under|to|at|with|for|on|about|by|behind|into|onto|toward|against|near|over|off|around|out of|past) the patient\b(?!'s)/);
const FIRST_PERSON = caseless(/\b(i|my|me|i'm|i've|i'd|i'll|mine|myself)\b/);

interface Voice { gender: Gender; addressee: string | undefined; patientNames?: string[] }

/** "Mrs Bell", "Derek": a patient label that is a person's name, not a role. */
const ROLE_WORD = caseless(/^(?:patient|pt|client|caller|athlete|member|player|student|resident|guest|customer|participant|service user|traveller|traveler|mother|father|mum|mom|dad|parent|owner|carer|caregiver|speaker|spk|user)\b/);
function namesOfPatient(speakers: Record<string, Role>): string[] {
  return Object.entries(speakers)
    .filter(([label, role]) => role === 'patient' && !ROLE_WORD.test(label) && /^(?:(?:mr|mrs|ms|miss)\.?\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?$/.test(label))
    .flatMap(([label]) => label.split(/\s+/).filter((w) => !/^(?:mr|mrs|ms|miss)\.?$/i.test(w)));
}

/**
 * "Michael, I'd like to offer you a carer's assessment": where a sentence turns to someone named who is not the patient,
 * the index of that name (its "you" is theirs), or -1.
 */
function turnsToSomeoneElse(text: string, patientNames: string[] | undefined): number {
  if (!patientNames || patientNames.length === 0) return -1;
  const m = /(?:^|,\s+)(?:and\s+)?((?:(?:Mr|Mrs|Ms|Miss)\.?\s+)?[A-Z][a-z]+),\s+(?=[\w',\s]{0,80}\byou)/.exec(text);
  if (!m || /^(?:Yes|No|Okay|Ok|Well|Now|So|Sure|Right|Alright|Great|Good|Perfect|Also|Then|First|Next|Today|And|But|Hi|Hello|Oh|Yeah|Thanks|Sorry|Look|Listen|Again|Otherwise|Honestly|Actually|Finally|Lastly|Overall|Anyway|Okay)$/.test(m[1]!)) return -1;
  return m[1]!.split(/\s+/).some((w) => patientNames.includes(w)) ? -1 : m.index;
}

/**
 * "I was jumping on my kid's trampoline and i could just slipped out from under me": the clause that reads in third
 * person is rewritten and only the one that does not is quoted, from its verb ("…and \"just slipped out from under
 * me\""), so the note keeps the patient's words without the misheard ones before them.
 */
function rewriteGrammaticalPart(plain: string, gender: Gender): string | undefined {
  const m = /^(.{12,}?),?\s+(and|but|so|then)\s+(?:i|it|that|he|she)\s+(?:could|would|should|can|will|might|must|did|does)\s+((?:just\s+|really\s+)?(?!been\b|\w*eed\b)\w+ed\b.*)$/i.exec(plain);
  if (!m) return undefined;
  const first = rewritePatientSpeech(m[1]!, gender);
  if (!first || UNGRAMMATICAL.test(first) || SELF_AS_OBJECT.test(first) || FIRST_PERSON.test(first)) return undefined;
  return `${first.replace(/[.]$/, '')} ${m[2]!.toLowerCase()} "${m[3]!.replace(/[.]$/, '')}."`;
}

function toThirdPerson(u: Utterance, text: string, voice: Voice): string {
  if (u.role === 'patient') {
    // "So you mean you're telling me he didn't have a seizure": the patient answering the clinician's words, not a fact.
    if (/^(?:(?:so|and|but|oh|okay),?\s+)*you(?:'re| are)? (?:mean|said|say|saying|told|telling|think|thought|want|asked|asking)\b/i.test(text)) return '';
    const plain = dropHedges(text);
    const rewritten = rewritePatientSpeech(plain, voice.gender);
    // "The patient could just slipped out from under the patient" is no sentence: such rewrites are quoted instead.
    // "The patient took some ibuprofen and the patient put some ice on it": the subject is said once.
    if (rewritten && !UNGRAMMATICAL.test(rewritten) && !SELF_AS_OBJECT.test(rewritten)) return /^the patient\b/i.test(rewritten) ? rewritten.replace(/\b(and|but|so|then|and then) the patient (?!(?:'s|is)\b)(?=[a-z]+\b)/gi, '$1 ') : rewritten;
    const part = rewriteGrammaticalPart(plain, voice.gender);
    if (part) return part;
    return FIRST_PERSON.test(plain) ? `Patient states: "${polishSentence(plain, true)}"` : plain;
  }
  if (u.role === 'clinician') {
    // "You said that's been going on for months": the clinician's recap, written as what it says rather than as words
    // put in the patient's mouth ("the patient said …"), which the patient may have said otherwise.
    const recap = RECAP_FRAME.exec(text);
    const chart = CHART_REVIEW.exec(text);
    const said = chart ? chart[1]! : recap && RECAPPED_CLAUSE.test(text.slice(recap[0].length)) ? text.slice(recap[0].length) : text;
    // Its "you" is that person, not the patient: the words stay as said.
    const turn = turnsToSomeoneElse(said, voice.patientNames);
    // "Peter, can you take the stopped ones out of her blister pack?", "Dad, can you give him…": a request of a
    // companion or a colleague, written as the note writes one ("Peter asked to take…").
    const request = ASKED_OF.exec(said);
    const named = request?.[1]!.split(/\s+/).at(-1) ?? '';
    if (request && !(voice.patientNames ?? []).includes(named) && !/\byou(?:r|rs|rself)?\b/i.test(request[2]!)) {
      return `${request[1]!.charAt(0).toUpperCase()}${request[1]!.slice(1)} asked to ${request[2]!.replace(/[?.!\s]+$/, '')}.`;
    }
    if (turn === 0) return said;
    if (turn > 0) {
      const before = said.slice(0, turn);
      return `${rewriteClinicianSpeech(before, voice.gender, voice.addressee) ?? before}${said.slice(turn)}`;
    }
    return rewriteClinicianSpeech(said, voice.gender, voice.addressee) ?? said;
  }
  const who = u.label ? describeSpeaker(u.label) : undefined;
  // A companion with no name to give ("patient_guest") talking to the clinician as "you" cannot be put in third person.
  if (!who) return /\byou\b(?! know\b)/i.test(text) ? '' : text;
  // "It's my husband, his face is drooping": a companion's "my" is theirs; an "I" is quoted.
  const cleaned = text.replace(/^(?:she|he) says,? (?:that )?/i, '').replace(/\bmy\b/gi, (m) => (/\b(?:i|me|i'm|i've|i'd|i'll|mine|myself)\b/i.test(text) ? m : 'their'));
  if (FIRST_PERSON.test(cleaned)) return `${who.charAt(0).toUpperCase()}${who.slice(1)} states: "${polishSentence(cleaned, true)}"`;
  return `Per ${who}, ${/^(?:I\b|[A-Z]{2,})/.test(cleaned) ? cleaned : `${cleaned.charAt(0).toLowerCase()}${cleaned.slice(1)}`}`;
}

const ASKED_OF = /^((?:(?:Mr|Mrs|Ms|Miss|Nurse|Sister|Dr)\.? )?[A-Z][a-z]+|[Mm]um|[Mm]om|[Dd]ad|[Nn]an|[Gg]ran|[Gg]randma|[Gg]randad),\s+(?:can|could|would) you (?:please |just |also )?([a-z].{5,})$/;
const RECAP_FRAME = caseless(/^(?:(?:so|and|okay|now|but|alright),?\s+)*(?:[a-z]+,?\s+(?=i (?:see|know|understand|noticed|read)\b))?(?:you (?:said|mentioned|told me|were saying|reported|noted|described)(?: (?:earlier|before|last time|on the phone))?|i (?:see|know|understand|noticed|read)(?: (?:here|in (?:your|the) (?:chart|notes|records?)|from (?:your|the) (?:chart|notes)))?|it (?:says|looks like) (?:here )?in (?:your|the) (?:chart|notes)),?(?: that)?\s+/);
/** "…I'm looking through your chart and it looks like we're treating your diabetes": what the chart says, without the browsing. */
export const CHART_REVIEW = caseless(/\b(?:looking (?:through|at|over)|reviewing|went through|in|from) (?:your|the|his|her) (?:chart|notes|records?|file)(?: here)?,?\s+(?:and\s+)?(?:it looks like|i see(?: that)?|it says|it shows)\s+(\S+(?:\s+\S+){2,})$/);
/** What follows the frame is a clause of its own: "that's been going on for months", "your knee gives out". */
const RECAPPED_CLAUSE = caseless(/^(?:that|it|this|they|these|those|you|your \w+|the \w+|he|she|his \w+|her \w+)(?:'s|'re|'ve| \w+)? (?:is|are|was|were|has|have|had|'s|been|hurts?|started|gets?|goes|comes|keeps|gave|happens?)\b|^(?:that|it|this)'s\b|^you(?:'re|'ve| have| are| were| had| get| feel| take)\b/);

function emptyBlocks(): Record<BlockName, DraftSentence[]> {
  return Object.fromEntries(BLOCKS.map((b) => [b, []])) as unknown as Record<BlockName, DraftSentence[]>;
}

/** The clinician's "you" means the patient, unless only a companion answers (a parent, an owner, a caller). */
function chooseAddressee(speakers: Record<string, Role>): string | undefined {
  const roles = Object.values(speakers);
  if (roles.includes('patient')) return undefined;
  const other = Object.entries(speakers).find(([, r]) => r === 'other');
  return other ? describeSpeaker(other[0]) : undefined;
}

function draftDialogue(turns: Turn[], gender: Gender, speakers: Record<string, Role>): { drafts: DraftSentence[]; utterances: Utterance[] } {
  const addressee = chooseAddressee(speakers);
  const patientNames = namesOfPatient(speakers);
  const answers = readAnswers(turns, gender, { addressee });
  const covered = new Set(answers.flatMap((a) => a.covers.map((c) => `${a.turn}|${c}`)));
  const utterances = extractUtterances(turns);
  const phases = trackPhases(utterances);
  const resolved = resolveDrugReferents(utterances);
  const short = utterances.length <= SHORT_VISIT;
  const drafts: DraftSentence[] = [];
  const firstOfTurn = new Map<number, number>();
  utterances.forEach((u, i) => { if (!firstOfTurn.has(u.turn)) firstOfTurn.set(u.turn, i); });
  const informants = findInformantTurns(turns);
  let heard = '';
  let measuring = false;
  // "So, the colonoscopy. The lining of the rectum was red and inflamed…": a topic announced, then what it showed.
  let announced: { topic: string; turn: number } | undefined;
  let headed: { turn: number; block: BlockName | 'assessment_plan'; opens: boolean } | undefined;
  let asked: CourseQuestion | undefined;
  utterances.forEach((u0, i) => {
    if (u0.role !== 'clinician') heard = u0.text;
    if (u0.role !== 'clinician' && u0.question) asked = { turn: u0.turn, text: u0.text };
    const topicOnly = u0.role === 'clinician' ? ANNOUNCED_TOPIC.exec(u0.text) ?? TRIAL_TOPIC.exec(u0.text) : null;
    if (topicOnly) {
      announced = { topic: normalizeMeasurements((topicOnly[1] ?? topicOnly[2])!), turn: u0.turn };
      return;
    }
    const topic = announced && announced.turn === u0.turn && u0.role === 'clinician' ? announced.topic : undefined;
    if (u0.role === 'clinician' || u0.turn !== announced?.turn) announced = undefined;
    if (u0.role === 'clinician') measuring = MEASURE_NOW.test(u0.text);
    if (covered.has(`${u0.turn}|${u0.raw}`)) return;
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
    if (measuring && u.role !== 'clinician' && (hasMeasuredValue(normalizeMeasurements(u.text)) || /\d+\/\d+ mmHg/.test(normalizeMeasurements(u.text)))) {
      const measured = normalizeMeasurements(u.text);
      drafts.push({ block: 'exam', text: polishSentence(toThirdPerson(u, measured, { gender, addressee })), lines: [u.line], spoken: measured, order: i, clinician: false });
      return;
    }
    // A nurse or aide answering the clinician's question reports what they saw: history, in their name.
    if (informants.has(u.turn)) {
      // "Blood pressure 152/90, heart rate 98. Urine dip shows blood": what a colleague measured is a finding, not history.
      const measured = normalizeMeasurements(u.text);
      const found = hasMeasuredValue(measured) || /\b(?:shows?|showed|positive|negative)\b/i.test(u.text) ? classifyUtterance({ ...u, role: 'clinician' }, 'exam', true) : undefined;
      if ((found === 'exam' || found === 'results') && !/\b(?:ago|yesterday|last (?:night|week|month|year)|usually|normally|history of|(?:on|takes?|taking) (?:\w+ )?(?:mg|tablets?))\b/i.test(u.text)) {
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
    const purposes = readPurposes(u, phases[i]!, short);
    // "How long will it take?" — "Usually about 6 weeks to get back to sport.": what to expect, read with its question.
    const course = purposes.length === 0 ? placeCourseAnswer(u, asked, i - (firstOfTurn.get(u.turn) ?? i)) : undefined;
    if (course) purposes.push(course);
    // "How have you been?" — "The tablets make me feel sick.": the first words of an answer to the clinician's own
    // question about the patient are history, though the lexicon knows none of them.
    if (purposes.length === 0 && answersHistoryQuestion(u, turns, i - (firstOfTurn.get(u.turn) ?? i), phases[i]!)) purposes.push({ text: u.text, slot: 'history' });
    for (const [k, found] of purposes.entries()) {
      // "So that's high blood pressure and high cholesterol": repeating the condition the patient just named is history.
      const part = found.slot === 'assessment' && phases[i] === 'history' && u.role === 'clinician' && repeatsCondition(found.text, heard)
        ? { ...found, slot: 'history' as const } : found;
      const measured = normalizeMeasurements(part.text);
      const said = polishSentence(toThirdPerson(u, measured, { gender, addressee, patientNames }));
      const text = topic && k === 0 && (part.slot === 'results' || part.slot === 'exam') && !said.toLowerCase().includes(topic.toLowerCase())
        ? `${topic.charAt(0).toUpperCase()}${topic.slice(1)}: ${said.charAt(0).toLowerCase()}${said.slice(1)}` : said;
      if (text !== '') drafts.push({ block: part.slot, text, lines: [u.line], spoken: polishSentence(measured), order: i + k / 10, clinician: u.role === 'clinician' });
    }
  });
  for (const a of answers) {
    const order = (firstOfTurn.get(a.turn) ?? utterances.length) - 0.5;
    drafts.push({ block: a.block, text: polishSentence(a.text), lines: a.lines, spoken: a.text, order });
  }
  return { drafts, utterances };
}

const ASKS_ABOUT_PATIENT = caseless(/^(?:(?:and|so|okay|now|right),?\s+)*(?:how (?:have|has|are|is|do|did|does|long|often|much|far|bad)|what (?:happened|brings|brought|made|makes|do you|did you|have you|are you|is it|was it|sort|kind)|when (?:did|does|do|was|is)|where (?:is|does|do|did)|tell me (?:about|more)|do you|did you|have you|are you|were you|has (?:it|he|she)|does (?:it|he|she)|is (?:it|he|she|there)|any (?:other|family|problems|changes))\b/);
/** "I'm good, thank you", "been doing pretty well actually": how-are-you talk, not history. */
const PLEASANTRY = caseless(/^(?:(?:oh|well|um|uh|yeah|so),?\s+)*(?:i'm|i am|i've been|i have been|we're|we are|(?:i'm |i've been |been )?doing|been|feeling|it's been|things are|things have been)? ?(?:(?:really|pretty|quite|very|not too|not so) )?(?:good|well|fine|okay|ok|great|alright|all right|not bad|grand|feelin' great)(?:,? (?:actually|thanks?|thank you|thanks for asking|i guess|i think|overall|so far))*[.!]?$|\bthank(?:s| you)\b/);
const NOT_HISTORY = caseless(/^(?:(?:well|um|uh|so|oh),?\s+)*(?:i (?:don't|do not) (?:know|think so|remember)|i'm not sure|not sure|no idea|yes|yeah|no|okay|sure|right|thanks?|thank you|sorry|pardon|what do you mean|that's (?:it|all|right|fine|good))\b[.!]?$/);

/**
 * The first sentence of a patient's (or companion's) turn that answers the clinician's question about them: the
 * history asked for, in whatever words. Only in the history phase, only four words or more, never a question.
 */
function answersHistoryQuestion(u: Utterance, turns: Turn[], indexInTurn: number, phase: Phase): boolean {
  if (u.role === 'clinician' || u.question || indexInTurn !== 0 || phase !== 'history' || u.text.split(/\s+/).length < 4 || NOT_HISTORY.test(u.text) || PLEASANTRY.test(u.text)) return false;
  if (!/\b(?:i|my|me|i'm|i've|it|it's|we|our|she|he|her|his|they)\b/i.test(u.text)) return false;
  const before = turns[u.turn - 1];
  if (!before || before.role !== 'clinician') return false;
  const asked = splitSentences(normalizeAsrText(before.text)).at(-1) ?? '';
  return /\?\s*$/.test(asked) && ASKS_ABOUT_PATIENT.test(asked.replace(/^.{0,40}?,\s+(?=(?:how|what|when|where|do|did|have|are|any|tell)\b)/i, ''));
}

/** Turns in which one clinician (a nurse, an aide, a medic) answers another's question about the patient. */
function findInformantTurns(turns: Turn[]): Set<number> {
  const out = new Set<number>();
  for (let i = 1; i < turns.length; i++) {
    const q = turns[i - 1]!;
    const a = turns[i]!;
    if (q.role !== 'clinician' || a.role !== 'clinician' || !q.label || !a.label || q.label.toLowerCase() === a.label.toLowerCase()) continue;
    const last = splitSentences(normalizeAsrText(q.text)).at(-1) ?? '';
    if (/\?\s*$/.test(last) || /^(?:what have you (?:noticed|seen)|tell me)\b/i.test(last)) out.add(i);
  }
  return out;
}

/** "Now some mildly thick fluid, level 2. That's a clear voice…": what is tried next, then how it went. */
const TRIAL_TOPIC = caseless(/^(?:(?:now|next|and|then|okay),?\s+)*((?:some|a sip of|a spoonful of|a teaspoon of|a cup of) [a-z][a-z -]{2,40}?(?:, (?:level|grade|size|stage) (?:\d+|one|two|three|four|five|six|seven))?)[.:]?$/);

/** A clinician asking for a measurement now, on a video or phone visit: "can you take a reading now with your cuff?". */
const MEASURE_NOW = caseless(/\b(?:take|check|do|read|tell me)\b[^.?!]{0,30}\b(?:reading|blood pressure|temperature|temp|pulse|sugar|glucose|oxygen|weight|scale)\b[^.?!]{0,40}\b(?:now|right now|for me|while i (?:watch|wait)|while we're)\b|\bstep on (?:the|your) scale\b/);

/** What a dictating clinician did: "We gave aspirin 324 mg", "an IV was established", "placed in a sugar tong splint". */
const INTERVENTION = caseless(/^(?:we |i |he |she |patient )?(?:gave|given|administered|established|placed|started|activated|performed|applied|splinted|immobilized|transported|was given|were given|was placed|was started|was transported|was splinted)\b|\b(?:was|were) (?:given|administered|activated|placed|started|transported)\b/);

function repeatsCondition(clinician: string, patient: string): boolean {
  const condition = DIAGNOSIS_TERM.exec(clinician)?.[0];
  return condition !== undefined && patient.toLowerCase().includes(condition.toLowerCase());
}

/** Where a clinician's sentence turns from one purpose to the next: "You have strep throat, so I'm prescribing…". */
const PURPOSE_TURN = /(?:,|;)\s+(?:so|and so|which means|and|but)\s+(?:(?:today|now|then|also),?\s+)?(?=(?:there(?:'s| is) no reason|i|we|i'm|we're|i'll|we'll|let's|you'll|you should|you need|this is|it's|that's|you have|you've got|it looks|this looks|that looks|it sounds|(?:the|your|his|her) \w+ (?:sounds|looks|seems) like)\b)/i;

/**
 * A sentence left unplaced is read again with its spoken values as digits, as the note writes them: "grip on the right
 * is twelve kilos and the left is twenty eight" is a measured finding once it reads "12 kg".
 */
function readPurposes(u: Utterance, phase: Phase, short: boolean): { text: string; slot: Slot }[] {
  const found = splitPurposes(u, phase, short);
  if (found.length > 0 || u.role !== 'clinician') return found;
  // "…your triglycerides are a little raised at 2.4, which we'll keep an eye on": the watching to come does not make
  // the result a plan; the sentence is read without it and kept whole.
  const watched = /,\s*which (?:we|i)(?:'ll| will| can| need to| should)\b[^,.?!]*[.!]?$/i.exec(u.text);
  if (watched) {
    const slot = classifyUtterance({ ...u, text: u.text.slice(0, watched.index) }, phase, short);
    if (slot === 'exam' || slot === 'results' || slot === 'assessment') return [{ text: u.text, slot }];
  }
  const measured = normalizeMeasurements(u.text);
  if (measured === u.text || measured.split(/\s+/).length < 6 || !/\b(?:is|are|was|were|measures?|measured|reads?)\b/i.test(measured)) return found;
  // Only a reading is rescued so: the rest of what such a sentence could be was already weighed on its words.
  return splitPurposes({ ...u, text: measured }, phase, short).filter((p) => p.slot === 'exam' || p.slot === 'results');
}

/** One sentence, or its clauses when they do different things (a finding then a diagnosis, a diagnosis then a plan). */
function splitPurposes(u: Utterance, phase: Phase, short: boolean): { text: string; slot: Slot }[] {
  const whole = classifyUtterance(u, phase, short) ?? classifyPastLead(u, phase, short);
  if (u.role !== 'clinician' || u.text.split(/\s+/).length < 10 || !PURPOSE_TURN.test(u.text)) return whole ? [{ text: u.text, slot: whole }] : [];
  const parts = u.text.split(PURPOSE_TURN).map((t) => t.trim()).filter((t) => t !== '');
  const slots = parts.map((text) => classifyUtterance({ ...u, text }, phase, short));
  if (slots.some((s) => s === undefined) || new Set(slots).size === 1) return whole ? [{ text: u.text, slot: whole }] : [];
  return parts.map((text, k) => ({ text, slot: slots[k]! }));
}

const PROBLEM_NUMBER = caseless(/^(?:#\s*)?\d{1,2}[.)]\s*|^(?:problem|issue) (?:number )?(?:\d{1,2}|one|two|three|four|five|six)[:,.]?\s*/);
/** "This is Dr Lewis dictating a clinic letter for…": who dictates, not what was found. */
const SCRIBE_WORDS = caseless(/\b(?:use (?:my|the) (?:\w+ ){0,3}template|new paragraph|end (?:of )?dictation|scratch that)\b|^this is (?:dr\.? |doctor )?[a-z]+(?: [a-z]+)? dictating\b/);
/** An order or instruction as a problem list writes it: "Add amlodipine 5 mg", "Referral to…", "Home blood pressure log". */
const PLAN_ITEM = caseless(/^(?:add|increase|decrease|reduce|start|begin|initiate|stop|hold|continue|discontinue|resume|titrate|refer|referral|order|obtain|check|recheck|repeat|schedule|return|follow[- ]?up|switch|change|swap|wean|mobili[sz]e|aim|complete|chase|request|arrange|book|discharge|d\/c|tto|discussed|counsel\w*|educat\w*|encourage\w*|advise\w*|recommend\w*|consider|monitor|avoid|use|take|apply|home\b|labs?\b|acetaminophen|ibuprofen|physical therapy|pt\b|diet|exercise)\b|\b(?:referral|log|education|as needed|prn|mg|daily|twice|nightly|weeks?|months?)\b/);

/** A sentence under "Assessment and plan": the problem an item opens with, then what is done about it. */
function assessmentOrPlan(sentence: string, opensItem: boolean, numbered: boolean): BlockName {
  if (opensItem) return PLAN_ITEM.test(sentence) && !DIAGNOSIS_TERM.test(sentence.split(/[,.]/)[0]!) ? 'plan' : 'assessment';
  if (isDiagnosisStatement(sentence) && !PLAN_ITEM.test(sentence)) return 'assessment';
  if (isPlanStatement(sentence) || PLAN_ITEM.test(sentence) || FIRST_PERSON_ACTION.test(sentence)) return 'plan';
  return numbered ? 'plan' : 'assessment';
}

/**
 * A heading holds until the next one, but dictation often names only some sections: after "Assessment: …" come "I'm
 * adding gliclazide…", "Review in three months"; after "Exam: …" comes "I think this is a sprain". A sentence that plainly
 * does another section's work leaves the block (the history block, the patient's story, keeps everything).
 */
function leaveHeadedBlock(headed: BlockName, sentence: string): BlockName | undefined {
  const plans = isPlanStatement(sentence) || FIRST_PERSON_ACTION.test(sentence) || (PLAN_ITEM.test(sentence) && !DIAGNOSIS_TERM.test(sentence.split(/[,.]/)[0]!));
  if (headed === 'assessment') return plans && !isDiagnosisStatement(sentence) ? 'plan' : undefined;
  if (headed === 'exam' || headed === 'results') {
    if (JUDGED.test(sentence) && isDiagnosisStatement(sentence) && !hasMeasuredValue(sentence) && !plans && !/\b(?:shows?|showed|reveals?|revealed|demonstrates?|demonstrated)\b/i.test(sentence)) return 'assessment';
    if (plans && (isPlanStatement(sentence) || FIRST_PERSON_ACTION.test(sentence))) return 'plan';
  }
  return undefined;
}
/** "Patient reports the shoulder is less painful, 3/10 at worst": in dictation, what the patient told is history. */
const REPORTED = caseless(/^(?:the )?(?:patient|pt|client|she|he|mother|mum|mom|father|dad|parent|owner|caller|family|wife|husband) (?:reports|reported|states|stated|says|said|complains|complained|notes|noted|describes|described|denies|denied|endorses|endorsed|tells me|told me)\b/);
/**
 * A diagnosis judged in so many words ("I think this is a sprain", "consistent with…"). A finding under "Exam:" often
 * names a condition itself ("mild effusion", "pitting oedema", "tender over the plantar fascia insertion"): it stays.
 */
const JUDGED = caseless(/\b(?:i think|i suspect|i'm (?:fairly |pretty )?(?:sure|confident)|(?:most )?likely|probably|consistent with|in keeping with|suggest(?:s|ive of)|(?:looks|sounds|seems) like|(?:this|it|that)(?:'s| is) (?:a|an|likely|probably|most likely)|impression|diagnosis)\b/);
/** The headings that open what was found: an unlabelled opening before one of them is the history. */
const OBJECTIVE_HEADINGS: ReadonlySet<string> = new Set<BlockName>(['exam', 'measures', 'mental_status', 'scales', 'results', 'function']);
/** "I'm adding…", "we will refer…", "I have started…", "I've asked…": the dictating clinician's own action. */
const FIRST_PERSON_ACTION = caseless(/^(?:(?:so|and|then|also|today),?\s+)*(?:i|we)(?:'m| am|'ll| will|'re| are|'ve| have)? (?:also )?(?:going to )?(?:add|adding|added|start|starting|started|stop|stopping|stopped|increase|increasing|increased|decrease|decreasing|decreased|refer|referring|referred|order|ordering|ordered|prescribe|prescribing|prescribed|schedule|scheduling|scheduled|arrange|arranging|arranged|switch|switching|switched|book|booking|booked|recheck|rechecking|continue|continuing|give|giving|given|admit|admitting|admitted|send|sending|sent|review|asked|advised|marked)\b/);

/** Dictation: its headings decide; sentences before any heading, or in an "assessment and plan", by content. */
function draftDictation(turns: Turn[]): DraftSentence[] {
  const { pieces, headed: hasHeadings } = readDictation(turns);
  // Partly labelled dictation ("Follow-up visit, Mr. Okoye… Exam: … Assessment: …"): when the first heading opens the
  // findings, what comes before it is the history, the part left unlabelled. When it is the assessment or plan, the
  // opening holds the findings too ("…On examination the incisions are clean… Assessment: …") and is read by content.
  const firstHeading = pieces.find((p) => p.block !== undefined)?.block;
  const preambleIsHistory = hasHeadings && firstHeading !== undefined && OBJECTIVE_HEADINGS.has(firstHeading);
  const drafts: DraftSentence[] = [];
  let phase: Phase = 'history';
  // In a numbered problem list ("1. Hypertension, not at goal. Add amlodipine…") each item opens with its problem.
  let itemOpens = false;
  let numbered = false;
  pieces.forEach((piece, p) => {
    let headed: typeof piece.block = piece.block;
    for (const [k, raw] of splitSentences(normalizeAsrText(piece.text)).entries()) {
      const item = PROBLEM_NUMBER.exec(raw);
      if (item) {
        itemOpens = true;
        numbered = true;
      }
      const sentence = item ? raw.slice(item[0].length) : raw;
      if (sentence.trim() === '' || SCRIBE_WORDS.test(sentence)) continue;
      const spoken = k > 0 ? spokenHeading(sentence) : undefined;
      if (spoken) headed = spoken;
      let block: BlockName | undefined;
      if (INTERVENTION.test(sentence) && headed !== 'history') block = 'plan';
      else if (headed === 'assessment_plan') {
        block = assessmentOrPlan(sentence, itemOpens, numbered);
        itemOpens = false;
      }
      else if (headed) block = leaveHeadedBlock(headed, sentence) ?? headed;
      else if (preambleIsHistory || REPORTED.test(sentence)) block = 'history';
      else {
        const u: Utterance = { role: 'clinician', line: piece.line, turn: p, text: sentence, raw: sentence, question: false };
        if (/\b(?:on exam(?:ination)?|exam(?:ination)? (?:shows|reveals)|physical exam)\b/i.test(sentence)) phase = 'exam';
        if (/\b(?:impression|assessment|plan)\b/i.test(sentence)) phase = 'plan';
        block = classifyByPurpose(sentence, phase) ?? classifyUtterance(u, phase) ?? (phase === 'history' ? 'history' : undefined);
        // A letter with no headings: once the diagnosis is named after the findings, what follows is the plan's.
        if (block === 'assessment' && phase === 'exam') phase = 'plan';
      }
      if (!block) continue;
      const text = polishSentence(normalizeMeasurements(sentence));
      if (text !== '') drafts.push({ block, text, lines: [piece.line], spoken: text, order: p * 100 + k, clinician: true });
    }
  });
  return drafts;
}

export function draftNote(transcript: string, specialty?: string): DraftNote {
  resetAsrMemo();
  resetTokenMemo();
  resetSentenceMemo();
  const reading = readTranscript(transcript);
  const { speakers } = reading;
  // A visit pasted as prose with no labels, its questions answered in the first person, is read as the dialogue it is.
  const unfolded = !reading.labelled && isUnlabelledDialogue(reading.turns);
  const turns = reading.labelled ? keepEnglishTurns(reading.turns) : unfolded ? unfoldUnlabelledDialogue(reading.turns) : reading.turns;
  const gender = detectGender(transcript);
  const family = chooseFamily(specialty, speakers, transcript);
  const dialogue = reading.labelled || unfolded ? draftDialogue(turns, gender, speakers) : undefined;
  const drafts = dialogue ? dialogue.drafts : draftDictation(turns);
  const refined = drafts
    .map((d) => ({ ...d, block: refineBlock(d.block, d.text, family) }))
    .sort((a, b) => a.order - b.order);
  const merged = mergeDuplicates(refined);
  const blocks = emptyBlocks();
  for (const d of merged) blocks[d.block].push(d);
  if (dialogue && blocks.chief_complaint.length === 0) {
    const cc = extractChiefComplaint(dialogue.utterances);
    if (cc) blocks.chief_complaint.push({ block: 'chief_complaint', text: normalizeMeasurements(cc.text), lines: [cc.line], spoken: cc.text, order: -1 });
  }
  if (blocks.assessment.length === 0) blocks.assessment = borrowAssessment(blocks);
  for (const b of ['history', 'exam', 'results', 'assessment', 'plan'] as BudgetedBlock[]) blocks[b] = selectWithinBudget(blocks[b], b);
  return { blocks, gender, family, speakers };
}

const INTERPRETS = caseless(/\b(?:high|low|elevated|abnormal|above|below|range|concern\w*|worr\w*|fits|consistent|likely|probably|suggest\w*|explains?|means|because of|due to|from the|emergency|serious|needs? to be (?:seen|looked at|evaluated|checked)|(?:don't|doesn't) need)\b/);
const MAX_BORROWED = 2;
/** "Gonorrhoea negative, HIV negative": results that rule conditions out name no assessment. */
function isNegativeResultOnly(text: string): boolean {
  return /\b(?:negative|not detected)\b/i.test(text) && !/\b(?:positive|detected|shows?|showed|high|low|raised|elevated|abnormal)\b/i.test(text.replace(/\bnot detected\b/gi, ''));
}

/**
 * With no sentence of its own, the Assessment repeats the clinician's interpretation made elsewhere ("your LDL came
 * back at 168, which is high given your diabetes"), so the section is not empty when the transcript has its content.
 */
function borrowAssessment(blocks: Record<BlockName, DraftSentence[]>): DraftSentence[] {
  const pool = (['results', 'scales', 'exam', 'measures', 'mental_status', 'history', 'disposition', 'plan', 'procedure'] as BlockName[]).flatMap((b) => blocks[b]);
  return pool
    .filter((d) => d.clinician && (INTERPRETS.test(d.text) || DIAGNOSIS_TERM.test(d.text)) && !/\?$/.test(d.spoken) && !isReturnPrecaution(d.spoken)
      && !/^(?:no|denies|negative for|without)\b/i.test(d.text) && !isNegativeResultOnly(d.text))
    .sort((a, b) => Number(DIAGNOSIS_TERM.test(b.text)) - Number(DIAGNOSIS_TERM.test(a.text)) || a.order - b.order)
    .slice(0, MAX_BORROWED)
    .sort((a, b) => a.order - b.order)
    .map((d) => ({ ...d, block: 'assessment' as const, lines: [...d.lines] }));
}

/** The section each block belongs to, so a block a family's layout does not name is still written, not lost. */
const BLOCK_SECTION: Record<BlockName, SectionName> = {
  chief_complaint: 'subjective', history: 'subjective', function: 'subjective', background: 'subjective', review: 'subjective',
  risk: 'subjective', exam: 'objective', measures: 'objective', mental_status: 'objective', scales: 'objective',
  results: 'objective', assessment: 'assessment', procedure: 'plan', plan: 'plan', home_program: 'plan', disposition: 'plan',
};
const FALLBACK_HEADINGS: Partial<Record<BlockName, string>> = { risk: 'RISK ASSESSMENT', scales: 'SCALES', disposition: 'DISPOSITION' };

/** Section text with sub-headings, plus the flat evidence list in the same order. */
export function renderSection(draft: DraftNote, section: SectionName): { text: string; evidence: EvidenceSentence[] } {
  const named = layoutFor(draft.family)[section];
  const unnamed = (Object.keys(BLOCK_SECTION) as BlockName[])
    .filter((b) => BLOCK_SECTION[b] === section && !named.some(([n]) => n === b))
    .map((b): [BlockName, string] => [b, FALLBACK_HEADINGS[b] ?? '']);
  const layout = [...named, ...unnamed.filter(([b]) => draft.blocks[b].length > 0)];
  const parts: string[] = [];
  const evidence: EvidenceSentence[] = [];
  for (const [block, heading] of layout) {
    const sentences = draft.blocks[block];
    if (sentences.length === 0) continue;
    const useHeading = heading !== '' && layout.length > 1;
    parts.push([...(useHeading ? [heading] : []), ...sentences.map((s) => s.text)].join('\n'));
    for (const s of sentences) evidence.push({ text: s.text, lines: s.lines });
  }
  return { text: parts.join('\n\n'), evidence };
}
