/**
 * Reads a short answer with the question it answers and writes one statement from both, using only words that
 * were said: "Any allergies?" + "Penicillin." → "Allergies: penicillin."; "zero to ten?" + "About a six." →
 * "Pain 6/10."; "Any nausea?" + "No." → "The patient denies nausea."; "How long?" + "Two days." → "Duration: 2 days."
 */
import type { Turn } from './types.js';
import type { Gender } from './rewrite-person.js';
import { rewriteClinicianSpeech, rewritePatientSpeech } from './rewrite-person.js';
import { findDrugs } from './clinical-vocabulary.js';
import { normalizeAsrText } from './normalize-asr-text.js';
import { splitSentences } from './split-sentences.js';
import { splitCheckedFindings } from './checked-findings.js';
import { isQuestion } from './extract-utterances.js';
import { describeSpeaker } from './describe-speaker.js';
import { readHowIs } from './read-how-is.js';
import { readDifficultyAnswer } from './read-difficulty-answer.js';
import { readStatusQuestion } from './read-status-question.js';
import { readYesNo } from './read-yes-no.js';
import { NEGATIVE, POSITIVE, cleanAnswer, lowerFirst, statement, words, type AnswerLine, type Pair } from './answer-pair.js';
import { readValueAnswer } from './read-value-answer.js';
import { readTreatmentSoFar } from './read-treatment-answers.js';
import { readTopicAnswer } from './read-topic-answer.js';
import { readBareTopic } from './question-topic.js';
import { readFamilyAnswer } from './read-family-answer.js';
import { readManoeuvreReaction } from './read-manoeuvre-reaction.js';
import { readHistoryList } from './read-history-list.js';
import { readAcceptedProposal } from './read-proposal.js';
import { splitCompoundAnswer } from './compound-questions.js';
import { caseless } from '../text/caseless-pattern.js';
import { CLINICAL_TERMS, countMatches } from './clinical-lexicon.js';

export type { AnswerBlock, AnswerLine } from './answer-pair.js';
export { readPainScore } from './read-value-answer.js';

function labelKeyOf(label: string): string {
  return label.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/**
 * "I want to ask you directly, have you had…": the question is what follows the lead-in; "…, is that right?" is a tag,
 * not one; "Any fevers, any chills?" is one question of two items, not a lead-in.
 */
const LEAD_IN = caseless(/^(?!(?:(?:and|so|okay|also|now)[,\s]+)?any\b[^,]{1,40},\s*(?:or\s+)?any\b).{0,60}?,\s*(?=(?:have|has|had|do|does|did|are|is|was|were|any|can|could|how|what|when|where)\b)(?!(?:is|was) that (?:right|correct|so|true)\b|(?:do|did|have|are|were|is|was|does) (?:you|i|we|she|he|it)\?*$)/);
const CLARIFY = caseless(/^(?:pardon|sorry|what was that|come again|say that again|excuse me|i'm sorry|say again)\W*$/);

/** "You're still taking the lisinopril 10 mg every morning?" + "Yes." → the clinician's statement, confirmed. */
function readConfirmation(pair: Pair, gender: Gender, addressee: string | undefined): AnswerLine[] {
  const first = cleanAnswer(pair.answers[0] ?? '');
  // "The nurse says it's your right eye?" — "Yeah, about three days ago I started…": the yes confirms; the rest is
  // read as the patient's own sentence.
  const goesOn = /^(?:yes|yeah|yep|that's right|right),\s+\S/i.test(pair.answers[0] ?? '') && words(first) > 6;
  if (!POSITIVE.test(first) || (words(first) > 6 && !goesOn)) return [];
  const q = pair.question.replace(/[?.\s]+$/, '').replace(/,?\s*(?:right|correct|is that right|is that correct|yes|yeah|okay)$/i, '').replace(/^(?:and|so|okay|now)[,\s]+/i, '');
  // "There was no blood, is that right?" — "Yeah… no": a yes to a negative statement is ambiguous in English.
  if (/\b(?:no|not|never|nothing|none)\b|n't\b/i.test(q)) return [];
  if (/^(?:do|did|does|have|has|are|is|was|were|can|could|would|will|any)\b/i.test(q) || /\b(?:how|what|when|where|whereabouts|which|why|who|whose)\b/i.test(q) || words(q) < 4) return [];
  const third = rewriteClinicianSpeech(q.replace(RECAP_LEAD, ''), gender, addressee);
  if (!third || /\byou\b/i.test(third) || /^I\b/.test(third)) return [];
  // "…you fell and hurt your wrist?" — "Yes, two weeks ago today.": the yes, with the when it adds.
  const added = goesOn ? '' : first.replace(POSITIVE, '').replace(/^[\s,]+/, '').replace(/[.!\s]+$/, '');
  const when = added !== '' && words(added) <= 6 && !/\b(?:i|my|me|you|but|not|no)\b/i.test(added) && TIME_DETAIL.test(added) ? `, ${added}` : '';
  // "…your leg's swollen?" — "Yes, it's my left calf.": detail that is not a when is left to be read as said.
  const detailed = added !== '' && when === '' && words(added) >= 2;
  return [statement('history', `${third.charAt(0).toUpperCase()}${third.slice(1)}${when}.`, pair, goesOn || detailed ? [] : [pair.answers[0]!])];
}

/** "Mrs Whitaker, just to remind me of the story, you fell…": the address and the reason for asking are no part of it. */
const RECAP_LEAD = /^(?:(?:(?:mr|mrs|ms|miss|dr)\.? )?[A-Z][a-z]+,\s+)?(?:(?:so|and|okay|now),?\s+)?(?:just )?(?:to remind me(?: of the story)?|to recap|remind me|to confirm|to check|checking),\s+/i;
const TIME_DETAIL = /\b(?:ago|today|yesterday|since|last|this (?:morning|week|month)|days?|weeks?|months?|years?|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/i;

// ("Tender over the left hip, here?", "Sore just there?": the examiner names the place pressed, with "here" or "there".)
const PROVOKED = caseless(/\bwhen i (?:press|push|touch|squeeze|move|bend|pull|tap|twist|turn|lift)\b|\b(?:does|did) (?:this|that) (?:hurt|feel (?:sore|tender|painful))\b|^(?:(?:and|so|okay|now),?\s+)*(?:is it |is that |any )?(?:tender|sore|painful)\b[^?]{0,40}\b(?:here|there|just there|right there)\W*$/);

/** "Are you right or left handed?" — "Right-handed.": a choice answered by naming one option, not a yes. */
const CHOICE = caseless(/^(?:(?:and|so|okay)[,\s]+)?(?:are|is|was|were|do|does|did|have|has|would|will) [^?]*?\b([a-z]+) or ([a-z]+)\b[^?]*\??$/);

/** "What does the blood look like? Bright red, or darker?": the options offered alone, after the question they answer. */
const OFFERED_OPTIONS = caseless(/^(?:(?:and|so|okay)[,\s]+)?([a-z]+(?: [a-z]+)?),? or (?:is it |more )?([a-z]+(?: [a-z]+)?)\?$/);

function readChoice(pair: Pair, answer: string): AnswerLine[] {
  const m = CHOICE.exec(pair.question.trim()) ?? OFFERED_OPTIONS.exec(pair.question.trim());
  if (!m || words(answer) > 4 || NEGATIVE.test(answer)) return [];
  const named = [m[1]!, m[2]!].filter((option) => new RegExp(`^(?:the |a |an )?${option}\\b`, 'i').test(answer));
  if (named.length !== 1 || /\b(?:i|my|me)\b/i.test(answer)) return [];
  return [statement('history', `${answer.charAt(0).toUpperCase()}${answer.slice(1)}.`, pair, [pair.answers[0]!])];
}

function readClosedQuestion(pair: Pair, gender: Gender, who: string | undefined, addressee: string | undefined): AnswerLine[] {
  const first = cleanAnswer(pair.answers[0] ?? '');
  const choice = readChoice(pair, first);
  if (choice.length > 0) return choice;
  // "Yes, and two other kids were sick last week": the yes answers the question; what follows is its own statement.
  // "Yes, I have to lie down in a dark room": the yes answers; the rest, in the patient's words, is written on its own.
  // "No, I stopped two years ago": the no answers; what follows is its own statement too.
  const lead = /^((?:yes|yeah|yep|no|nope)),\s+and\s+(.+)$/i.exec(first) ?? /^((?:yes|yeah|yep)),\s+((?:i|my|i'm|i've|it|it's|they|they're|he|she|he's|she's|his|her)\b.+)$/i.exec(first)
    ?? /^((?:no|nope)),\s+((?:i|i've|i'd)\s+(?:stopped|quit|gave up|used to|haven't since|came off)\b.+)$/i.exec(first)
    // "Have you been checking your sugars?" — "Yes, fasting is usually 7 to 9.": a clause of its own after the yes.
    ?? /^((?:yes|yeah|yep)),\s+((?!(?:since|for|from|every|most|about|around|only|mostly|sometimes|usually|on|a|just|please|thanks|that|this|it's|there)\b)[a-z]+(?: [a-z]+)? (?:is|are|was|were|has been|have been|runs?|ran|goes|went)\b[^?!]{3,80})$/i.exec(first);
  // "Yes, since yesterday afternoon": the yes answers; when it started or how often belongs to the same statement.
  const qualified = lead ? null : /^((?:yes|yeah|yep)),\s+((?:since|for|from|every|most|about|around|only|mostly|sometimes|usually|on and off)\b[^.?!]{2,40})$/i.exec(first);
  // "Have you had any fever, chills, feeling unwell?" — "No fever.": a no that names one item of a list denies that
  // one, as said, not the whole list.
  const namedNo = NAMED_DENIAL.exec(first);
  if (namedNo && /,|\bor\b/i.test(pair.question)) {
    const said = first.replace(/[.!]*$/, '.');
    return [statement('review', who ? `${said.replace(/\.$/, '')} per ${who}.` : `${said.charAt(0).toUpperCase()}${said.slice(1)}`, pair, [pair.answers[0]!])];
  }
  const whole = readYesNo(pair.question, lead ? lead[1]! : first, gender, addressee, pair.after);
  const yesOnly = whole || !qualified ? undefined : readYesNo(pair.question, qualified[1]!, gender, addressee, pair.after);
  const closed = whole ?? yesOnly;
  if (closed) {
    const base = yesOnly && qualified && !closed.negative ? `${closed.text.replace(/\.$/, '')}, ${qualified[2]!.replace(/[.!\s]+$/, '')}.` : closed.text;
    // ("The father gave him medication": a statement whose subject is the speaker needs no "per the father".)
    const text = who && !base.toLowerCase().startsWith(who.toLowerCase()) ? `${base.replace(/\.$/, '')} per ${who}.` : base;
    // "Does it hurt when I push here?" — "Yeah, right there.": pain on the examiner's touch is a finding.
    const block = PROVOKED.test(pair.question) ? 'exam' : closed.negative ? 'review' : 'history';
    // A qualifier the yes/no reading left out ("since yesterday afternoon") is still read on its own.
    const leftOut = qualified !== null && !text.toLowerCase().includes(qualified[2]!.toLowerCase().slice(0, 12));
    return [statement(block, text, pair, lead || leftOut ? [] : [pair.answers[0]!])];
  }
  const how = readHowIs(pair.question, first, gender, addressee);
  if (how) return [statement('history', how, pair, [pair.answers[0]!])];
  const status = readStatusQuestion(pair.question, first);
  return status ? [statement('review', status, pair, [pair.answers[0]!])] : [];
}

const ASKS_MEDICINE = caseless(/^(?:are|is|have|has) (you|he|she|they) (?:been )?(?:still |currently |now )?(taking|using|on) (.+)$/);

/**
 * "Is she taking the methotrexate 15 mg every week?" — "She says she missed some weeks in the summer…": the medicine
 * and dose asked about are history too, so the answer is written under them; a plain yes or no is left to the
 * yes/no readers.
 */
function readMedicineQuestion(pair: Pair, gender: Gender, addressee: string | undefined): AnswerLine[] {
  const q = pair.question.replace(/[?.\s]+$/, '').replace(/^(?:and|so|okay|now)[,\s]+/i, '');
  const m = ASKS_MEDICINE.exec(q);
  if (!m || findDrugs(m[3]!).length === 0) return [];
  const first = cleanAnswer(pair.answers[0] ?? '').replace(/^(?:she|he|they) says,? (?:that )?/i, '');
  if (first === '' || words(first) < 4 || words(first) > 24 || NEGATIVE.test(first) || POSITIVE.test(first) || /\?$/.test(first)) return [];
  // An answer that names the medicine itself says it all ("I already started taking my iron pills").
  if (findDrugs(first).length > 0 || findDrugs(m[3]!).some((d) => first.toLowerCase().includes(d.toLowerCase()))) return [];
  const told = /\b(?:i|my|me|i'm|i've)\b/i.test(first) ? rewritePatientSpeech(first, gender) : first;
  const asked = rewriteClinicianSpeech(`${m[2]!} ${m[3]!}`, gender, addressee);
  if (!told || !asked || /\byou\b/i.test(asked) || /^the patient\b/i.test(told) && /\b(?:could|would|should|can|will|did|does|to)\s+\w+ed\b/i.test(told)) return [];
  return [statement('history', `${asked.charAt(0).toUpperCase()}${asked.slice(1)}: ${lowerFirst(told.replace(/[.!]+$/, ''))}.`, pair, [pair.answers[0]!])];
}

/** "And your diabetes, that's type 2,", "and the brown one, the Clenil,": a topic put before the question that asks of it. */
const FRONTED = caseless(/^(?:(?:and|so|now|okay|right),?\s+)*((?:the|your|his|her|their) [a-z][\w-]*(?: [a-z][\w-]*)?)(?:,\s*(?:(the [a-z][\w-]*)|[^,]{1,40}))?,\s*$/);

/**
 * "And your diabetes, that's type 2, how's it been?" asks how the diabetes has been; "…the Clenil, is he taking that
 * every day?" asks of the Clenil: the question's "it" or "that" is the topic put before it.
 */
function resolveFrontedTopic(sentence: string): string {
  const lead = LEAD_IN.exec(sentence);
  // "Before we do, what about the bus, have you been on the bus this week?": a second lead that only names the topic.
  const question = sentence.replace(LEAD_IN, '').replace(/^(?:what|how) about [^,?]{1,40},\s*(?=(?:have|has|do|does|did|are|is|was|were|any|can|could)\b)/i, '');
  const topic = lead ? FRONTED.exec(lead[0]) : null;
  if (!topic) return question;
  const name = topic[2] ?? topic[1]!;
  // "And your waterworks, any problems there?" asks of the waterworks.
  const there = /^any (problems|issues|trouble|changes?)(?: there| at all| with (?:that|them|those|it))?\s*\??$/i.exec(question);
  if (there) return `Any ${there[1]!.toLowerCase()} with ${name}?`;
  const pronoun = /^(?:how(?:'s| is| has| have)|is (?:he|she)|are you|do you|does (?:he|she)|did you|has (?:he|she)|have you)\b[^?]*?\b(it|that|them)\b/i.exec(question);
  if (!pronoun) return question;
  const at = pronoun.index + pronoun[0].length - pronoun[1]!.length;
  return `${question.slice(0, at)}${name.charAt(0).toLowerCase()}${name.slice(1)}${question.slice(at + pronoun[1]!.length)}`;
}

/** Pairs each clinician question with the next speaker's answer and writes what the pair states. */
/**
 * The question a clinician turn ends on, with any framing said after it ("…on a scale of one to ten? With ten being
 * the worst."); a bare "Pardon?" repeats the question before it.
 */
function findQuestion(turn: Turn, previous: string): string {
  const sentences = splitSentences(normalizeAsrText(turn.text)).flatMap(splitCheckedFindings);
  if (sentences.length === 1 && CLARIFY.test(sentences[0]!)) return previous;
  // "Where does it hurt?" — "My left hip." — "Out of ten, ten the worst?": a scale asked on its own turn grades the pain
  // just asked about.
  if (sentences.length === 1 && SCALE_ALONE.test(sentences[0]!) && PAIN_ASKED.test(previous)) return `How bad is the pain, ${sentences[0]!.charAt(0).toLowerCase()}${sentences[0]!.slice(1)}`;
  for (let k = sentences.length - 1; k >= Math.max(0, sentences.length - 2); k--) {
    if (!isQuestion(sentences[k]!)) continue;
    // "How's the pain today? Out of ten?": the scale alone asks for the score of the question before it.
    if (k > 0 && SCALE_ONLY.test(sentences[k]!) && isQuestion(sentences[k - 1]!)) return `${sentences[k - 1]!.replace(/\?\s*$/, '')}, ${sentences[k]!.charAt(0).toLowerCase()}${sentences[k]!.slice(1)}`;
    return [resolveFrontedTopic(sentences[k]!), ...sentences.slice(k + 1)].join(' ');
  }
  // "and any problems with your bowels any diarrhea": an unpunctuated question opening with "and" or "so".
  const opened = /^(?:and|so|okay|also)\s+(any\b.+)$/i.exec(sentences.at(-1) ?? '');
  if (opened && !/[.!?]$/.test(opened[1]!) && isQuestion(opened[1]!)) return opened[1]!;
  // "right knee okay and when did this happen": ASR runs the echo of the last answer into the next question.
  const last = sentences.at(-1) ?? '';
  const echoed = /^(?:[a-z']+\s+){0,5}?(?:okay|ok|alright|so)\s+(?:and\s+|so\s+)?((?:when|how|what|where|which|did|do|does|have|has|are|is|was|were)\s+\S+(?:\s+\S+)+)$/i.exec(last);
  if (echoed && isQuestion(echoed[1]!)) return echoed[1]!;
  return '';
}

const SCALE_ALONE = /^(?:(?:and|so|okay|ok|now|right),?\s+)?(?:out of (?:ten|10)|on a scale (?:of|from) (?:zero|0|one|1|nought) to (?:ten|10)|(?:from )?(?:zero|0|one|1|nought) to (?:ten|10))(?:,?\s*(?:with |where )?(?:(?:ten |10 )?(?:being |is )?(?:the )?(?:worst|highest|most)[\w ]{0,20}|(?:zero|0|one|1) (?:being |is )?(?:no pain|none|nothing|the least)[\w ,]{0,30}))?\s*\?$/i;
const PAIN_ASKED = /\b(?:hurt|hurts|hurting|pain|painful|sore|soreness|ache|aching)\b/i;
const SCALE_ONLY = /^(?:(?:and|so),?\s+)?(?:out of (?:ten|10|five|5|a hundred|100)|(?:on a scale (?:of )?)?(?:from )?(?:zero|0|one|1|nought) to (?:ten|10)|on a scale(?: of (?:ten|10))?)\s*\?$/i;

/** "No nausea or vomiting": a denial of a few named items, no clause of its own. */
const NAMING_NO = caseless(/^no,?\s+(?:[a-z'-]+[,\s]+){0,5}[a-z'-]+[.!]?$/);
const PLAIN_NO = caseless(/^(?:no|nope|none|nothing|not that i(?:'ve)? noticed)(?:,?\s*(?:nothing|none) (?:like that|of that|of those))?$/);

/** The other yes/no questions of the same turn, before the one the answer was paired with. */
function earlierQuestions(turn: Turn, asked: string): string[] {
  const sentences = splitSentences(normalizeAsrText(turn.text));
  const at = sentences.findIndex((s) => asked.startsWith(s.replace(LEAD_IN, '')) || s.endsWith(asked));
  // ("Nausea? Vomiting?": a symptom named alone asks as plainly as "Any nausea?".)
  return sentences.slice(Math.max(0, at - 2), Math.max(0, at)).filter((s) => isQuestion(s) && (/^(?:(?:and|so|also)\s+)?any\b/i.test(s) || readBareTopic(s) !== undefined));
}

const HESITATION = caseless(/^(?:i dunno|i don't know|i'm not sure|not sure|hmm+|um+|uh+|let me (?:think|check|see|have a look|look)|hang on|hold on|one sec(?:ond)?|give me a (?:sec(?:ond)?|minute)|good question|gosh|honestly)[.?!,]*$/);
const NOT_A_TOPIC = new Set('and so okay right sorry pardon what why how really yes no yeah thanks okay? alright good great'.split(' '));

/**
 * "Condoms?" — "Not every time.": a question that is only its topic, answered in a few words, is written as the
 * topic and the answer, both in the speakers' own words.
 */
const ACTIVITY_Q = caseless(/^(?:(?:and|so|okay|now),?\s+)*(?:do|did|are|have) you (?:still |currently |ever |normally |usually |back )?(use|wear|take|eat|drink|smoke|vape|drive|work|exercise|play|do|[a-z]{3,}ing)\b(?: any| much| a lot of| some)?((?: [a-z][\w-]*){0,3}?)(?: yet| at the moment| now| these days| at all| at the minute)?\??$/);
const GERUND: Record<string, string> = { smoke: 'smoking', vape: 'vaping', drive: 'driving', work: 'working', exercise: 'exercising', drink: 'drinking' };
const ANSWER_OPENS = caseless(/^(?:i (?:use|wear|take|eat|drink|smoke|vape|drive|work|exercise|play|do|gave up|stopped|quit|only|just|try|mostly|still|used to)\b|(?:not yet|not really|only|just|sometimes|occasionally|mostly|most days|every day|once|twice|about|hardly|rarely|never)\b)/);

/**
 * "Do you use any makeup?" — "I use foundation most days.", "Are you driving yet?" — "Not yet, I'm scared to.", "Do you
 * smoke?" — "I gave up ten years ago.": an answer about a habit, written under what was asked.
 */
function readActivityQuestion(pair: Pair, gender: Gender): AnswerLine[] {
  const m = ACTIVITY_Q.exec(pair.question.trim());
  if (!m) return [];
  const object = m[2]!.trim();
  const verb = m[1]!.toLowerCase();
  const topic = object !== '' && !/^(?:it|that|them|this|those|these|anything|something|much|well|okay)$/i.test(object) ? object : GERUND[verb] ?? (/ing$/.test(verb) ? verb : undefined);
  const first = cleanAnswer(pair.answers[0] ?? '');
  if (!topic || first === '' || words(first) > 14 || words(first) < 2 || !ANSWER_OPENS.test(first) || /\?$/.test(first)) return [];
  const third = /\b(?:i|my|me|i'm|i've)\b/i.test(first) ? rewritePatientSpeech(first, gender) : first;
  if (!third || /\b(?:could|would|should|can|will|did|does|to)\s+\w+ed\b/i.test(third)) return [];
  const said = third.replace(/^(?:the patient|he|she|they)\s+/i, '').replace(/[.!]+$/, '');
  return [statement('history', `${topic.charAt(0).toUpperCase()}${topic.slice(1)}: ${lowerFirst(said)}.`, pair, [pair.answers[0]!])];
}

/** How a patient feels, in words the lexicon leaves to context: "achy", "shivery", "wiped out". */
const FELT_UNWELL = /\b(?:achy|aching|sore|tired|exhausted|wiped out|dizzy|breathless|sick|nauseous|itchy|stiff|wheezy|feverish|shivery|sweaty|run down|weak|faint)\b/i;

const MEDICINES_TOPIC = /^(?:any )?(?:medications?|medicines?|meds|tablets|pills|regular (?:medications?|medicines?|meds))$/i;

function readNounQuestion(pair: Pair): AnswerLine[] {
  const q = pair.question.trim().replace(/^(?:and|so|okay|now)[,\s]+/i, '');
  const topic = q.replace(/[?.\s]+$/, '');
  const qWords = topic.toLowerCase().split(/\s+/);
  if (!/\?\s*$/.test(q) || qWords.length > 3 || qWords.some((w) => NOT_A_TOPIC.has(w)) || isQuestion(`${topic} you`) || /\b(?:you|your|i|me|he|she|it|this|that|there)\b/i.test(topic)) return [];
  // "Any medical history? Medications?" — "He had a heart attack in 2019. He's on bisoprolol…": the medicines are in
  // the sentence that names them, not in the reply's first.
  const medicines = MEDICINES_TOPIC.test(topic);
  const first = cleanAnswer((medicines ? pair.answers.find((a) => findDrugs(a).length > 0) : pair.answers[0]) ?? '');
  // A yes or a no ("Nausea, vomiting? — No.") is the yes/no readers' to write as a denial; a list is no topic.
  if (first === '' || words(first) > 8 || /\b(?:i|my|me|i'm|i've|you)\b/i.test(first) || NEGATIVE.test(first) || /^(?:or|and)\b|,/i.test(topic)) return [];
  // "Feeling tired still?" — "Mm-hm, very.": a symptom named alone and granted, with how much if the answer says.
  if (POSITIVE.test(first)) {
    const detail = first.replace(POSITIVE, '').replace(/^[\s,]+/, '').replace(/[.!]+$/, '');
    if ((countMatches(topic, CLINICAL_TERMS) === 0 && !FELT_UNWELL.test(topic)) || words(first) > 4) return [];
    return [statement('history', `${topic.charAt(0).toUpperCase()}${topic.slice(1)}${detail === '' ? '' : `: ${detail.toLowerCase()}`}.`, pair, [pair.answers[0]!])];
  }
  const said = pair.answers.find((a) => cleanAnswer(a) === first) ?? pair.answers[0]!;
  return [statement('history', `${topic.charAt(0).toUpperCase()}${topic.slice(1)}: ${first.charAt(0).toLowerCase()}${first.slice(1)}.`, pair, [said])];
}

/** A question put to the colleague by name or about their own wishes ("Shall I…", "Do you want…"). */
function asksColleagueOwnWish(question: string, answererLabel: string): boolean {
  const last = question.split(/(?<=[.!?])\s+/).filter((s) => s.endsWith('?')).at(-1) ?? '';
  const name = answererLabel.replace(/^(?:dr|doctor|nurse|mr|mrs|ms|miss)\.?\s+/i, '').split(/\s+/)[0] ?? '';
  const named = name.length >= 3 && new RegExp(`\\b${name.replace(/[^\w]/g, '')}\\b`, 'i').test(last);
  return named || /^(?:(?:and|so|okay),?\s+)?(?:do you want|would you like|shall i|should i|do you need|want me to)\b/i.test(last);
}

export function readAnswers(turns: Turn[], gender: Gender, options: { addressee?: string } = {}): AnswerLine[] {
  const out: AnswerLine[] = [];
  let lastQuestion = '';
  for (let i = 1; i < turns.length; i++) {
    const q = turns[i - 1]!;
    const a = turns[i]!;
    // A clinician answering another clinician's question (an EMS handoff, a nurse reporting to the doctor) speaks of the patient.
    const colleague = a.role === 'clinician' && a.label !== undefined && q.label !== undefined && labelKeyOf(a.label) !== labelKeyOf(q.label);
    if (q.role !== 'clinician' || (a.role === 'clinician' && !colleague)) continue;
    // "Do you want the x-ray, Dr Sandhu?" — "Yes please.": a colleague asked what they want speaks for themselves.
    if (colleague && asksColleagueOwnWish(q.text, a.label!)) continue;
    const question = findQuestion(q, lastQuestion);
    lastQuestion = question;
    if (question === '') {
      out.push(...readManoeuvreReaction(q, a, i));
      continue;
    }
    const said = splitSentences(normalizeAsrText(a.text));
    // "I dunno. Maybe five hours?": a first sentence that only hesitates leaves the answer to the next one.
    const answers = said.length > 1 && HESITATION.test(said[0]!) ? said.slice(1) : said;
    if (answers.length === 0) continue;
    const who = a.role === 'other' && a.label ? describeSpeaker(a.label) : undefined;
    let after = '';
    for (let k = i + 1; k < turns.length && turns[k]!.role !== 'clinician'; k++) after += ` ${turns[k]!.text}`;
    const addressee = a.role === 'other' ? options.addressee : undefined;
    for (const part of splitCompoundAnswer(q, question, answers) ?? [{ question, answers }]) {
      out.push(...readPair({ question: part.question, answers: part.answers, q, a, turn: i, after }, gender, who, addressee, out));
    }
  }
  return out;
}

/** "You're going to collapse: 60%.": a line that still speaks to the patient outside a quote is no note's line. */
function isThirdPerson(line: AnswerLine): boolean {
  return !/\byou(?:'re|'ve|'ll|'d)?\b/i.test(line.text.replace(/"[^"]*"/g, ''));
}

/** "Any giving way? Any locking?" — "No giving way. No locking.": each "No X." denies the item of the questions it names. */
const NAMED_DENIAL = /^no\s+((?:[a-z-]+\s+){0,2}[a-z-]+)[.!]?$/i;
function readNamedDenials(pair: Pair, who: string | undefined): AnswerLine[] {
  const asked = [...earlierQuestions(pair.q, pair.question), pair.question].join(' ').toLowerCase();
  const lines: AnswerLine[] = [];
  for (const answer of pair.answers) {
    const m = NAMED_DENIAL.exec(cleanAnswer(answer));
    const what = m?.[1]!.toLowerCase();
    const head = what?.split(/\s+/).find((w) => w.length > 3);
    if (!what || !head || !asked.includes(head.slice(0, Math.max(4, head.length - 2)))) break;
    // In the speaker's own words ("No warning at all."): a denial reads as said, and "denies warning" would not.
    const said = cleanAnswer(answer).replace(/[.!]*$/, '.');
    lines.push(statement('review', who ? `${said.replace(/\.$/, '')} per ${who}.` : `${said.charAt(0).toUpperCase()}${said.slice(1)}`, pair, [answer]));
  }
  return lines.length >= 2 ? lines : [];
}

/** One question and its answer, read by the first reader that understands it. */
function readPair(pair: Pair, gender: Gender, who: string | undefined, addressee: string | undefined, out: AnswerLine[]): AnswerLine[] {
  const { q, question, answers } = pair;
  const read = [
    () => readNamedDenials(pair, who),
    () => readDifficultyAnswer(pair, gender),
    () => readValueAnswer(pair, gender, out.at(-1), out.slice(-4)),
    () => readHistoryList(pair, gender, who),
    () => readFamilyAnswer(pair, out.at(-1)),
    () => readMedicineQuestion(pair, gender, addressee),
    () => readTopicAnswer(pair, gender, who, addressee),
    () => readAcceptedProposal(pair, gender, addressee),
    () => readClosedQuestion(pair, gender, who, addressee),
    () => readConfirmation(pair, gender, addressee),
    () => (who ? [] : readActivityQuestion(pair, gender)),
    () => readNounQuestion(pair),
    () => readTreatmentSoFar(pair),
  ].reduce<AnswerLine[]>((found, next) => (found.length > 0 ? found : next().filter(isThirdPerson)), [])
    // (Whichever reader took it, pain granted at the place the examiner presses is the exam's finding.)
    .map((r) => (r.block === 'history' && PROVOKED.test(question) ? { ...r, block: 'exam' as const } : r));
  // "Any numbness between your legs? Any trouble passing water?" — "No, nothing like that.": a plain no denies each.
  // "Nausea? Vomiting?" — "No nausea, no vomiting.": a short denial that names an earlier item denies it too.
  const first = cleanAnswer(answers[0]!);
  const names = (earlier: string) => NAMING_NO.test(first) && (readBareTopic(earlier) ?? earlier).toLowerCase().split(/\W+/).some((w) => w.length > 3 && first.toLowerCase().includes(w));
  if (read.length > 0 && read.every((r) => r.block === 'review' || r.block === 'risk') && (PLAIN_NO.test(first) || earlierQuestions(q, question).some(names))) {
    const more = earlierQuestions(q, question).filter((earlier) => PLAIN_NO.test(first) || names(earlier))
      .flatMap((earlier) => readTopicAnswer({ ...pair, question: earlier, answers: PLAIN_NO.test(first) ? answers : ['No.'] }, gender, who, addressee))
      .filter((r) => r.block === 'review' || r.block === 'risk');
    return [...more.map((r) => ({ ...r, covers: [] })), ...read];
  }
  return read;
}
