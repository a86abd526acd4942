/**
 * Turns a closed question and its yes/no answer into the statement they make together, in the clinician's words:
 * "Are you still taking warfarin 5 mg every evening?" + "Yes." → "The patient is still taking warfarin 5 mg every
 * evening."; "Does he cough with food too?" + "Not really." → "He does not cough with food." Nothing is written that
 * either speaker did not say. (An open "how is…" question is read-how-is.ts's.)
 */
import type { Gender } from './rewrite-person.js';
import { rewriteClinicianSpeech, rewritePatientSpeech } from './rewrite-person.js';
import { conjugateThirdPerson, pastTense } from './verb-forms.js';
import { CLINICAL_TERMS, countMatches } from './clinical-lexicon.js';
import { DIAGNOSIS_TERM, findDrugs } from './clinical-vocabulary.js';
import { caseless } from '../text/caseless-pattern.js';
import { answerEchoes } from './question-topic.js';
import { readHedgedAnswer } from './read-hedged-answer.js';
import { LEAD, NO, QUALIFIED, SOCIAL, TAIL, YES } from './yes-no-words.js';


interface Subject { text: string; person: 'second' | 'third' }

function readSubject(word: string, addressee: string | undefined, gender: Gender): Subject | undefined {
  const w = word.toLowerCase();
  if (/^(?:your|his|her|the) /.test(w)) {
    const owned = rewriteClinicianSpeech(w, gender, addressee);
    return owned && !/\byou/.test(owned) ? { text: owned, person: 'third' } : undefined;
  }
  if (w === 'you') return { text: addressee ?? 'the patient', person: 'second' };
  if (w === 'he' || w === 'she' || w === 'it' || w === 'they') return { text: w, person: 'third' };
  return undefined;
}

/** What a body part or symptom does, in words the clinical lexicon leaves to context: "is the nipple cracked", "did the rash spread". */
const BODY_CHANGE = caseless(/\b(?:consciousness|pass(?:ed)? out|knocked out|cracked|sore|sick|spread\w*|appetite|itchy|bleed\w*|swollen|weeping|oozing|numb|tingl\w*|faint\w*|dizzy|breathless|stiff|lumps?|discharge|passing (?:wind|urine|water|stools?|motions|blood)|bowels? (?:open\w*|moving|working)|opened (?:your|his|her|their) bowels)\b/);

function hasClinicalContent(text: string): boolean {
  return countMatches(text, CLINICAL_TERMS) > 0 || DIAGNOSIS_TERM.test(text) || findDrugs(text).length > 0;
}

/** "slurred or confused" answered "a little slurred": only what the answer names. */
function narrowToAnswer(rest: string, answer: string): string {
  const m = /^(.*?)\b(\w+(?: \w+)?) or (\w+(?: \w+)?)$/i.exec(rest);
  if (!m) return rest;
  const named = [m[2]!, m[3]!].filter((item) => new RegExp(`\\b${item}\\b`, 'i').test(answer));
  return named.length === 1 ? `${m[1]}${named[0]}` : rest;
}

function finish(subject: string, predicate: string): string {
  const sentence = `${subject} ${predicate}`.replace(/\s+/g, ' ').trim();
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}

/** The answer takes up the question's own words, and the question points at nothing unnamed ("changed it or anything"). */
function echoedPlainly(predicate: string, answer: string): boolean {
  return answerEchoes(predicate, answer) && !/\b(?:it|that|this|them|those|anything|something|everything)\b/i.test(predicate);
}

/** "Does it sting…?" — "Yes, really stings.": a verb the tables lack, in the form the answer itself said. */
function formSaidInAnswer(verb: string, answer: string): string | undefined {
  const v = verb.toLowerCase();
  return (answer.toLowerCase().match(/[a-z]+/g) ?? []).find((w) => w === `${v}s` || w === `${v}es`);
}

/** Verbs whose past form is their base form: after "does", the present is meant ("does it hurt" → "it hurts"). */
const PRESENT_S: Readonly<Record<string, string>> = { hurt: 'hurts', cut: 'cuts', put: 'puts', set: 'sets', hit: 'hits', read: 'reads', let: 'lets', quit: 'quits', spread: 'spreads', cost: 'costs', burst: 'bursts' };

/** "Are you using the oxygen all day?" — "Most of the day, yes.": the question's words, then the answer as given. */
function readQualified(q: string, a: string, gender: Gender, addressee: string | undefined, maxWords = 8): YesNoReading | undefined {
  // "Has your weight gone up?" — "About five pounds in the last week.": the subject may be the patient's own measure.
  const owned = /^(?:has|have|is|are|did) (your|his|her) ((?:weight|blood pressure|sugar|blood sugar|temperature|fever|pain|swelling|appetite|sleep|cough|rash)) (.+)$/i.exec(q);
  if (owned && a.split(/\s+/).length <= 10 && /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|pounds?|kilos?|a little|a lot|some|much)\b/i.test(a) && !/\b(?:i|my|me|i'm)\b/i.test(a)) {
    const rest = owned[3]!.replace(/\b(?:at all|lately|recently)$/i, '').trim();
    return { text: `${owned[2]!.charAt(0).toUpperCase()}${owned[2]!.slice(1)} ${rest}: ${a.charAt(0).toLowerCase()}${a.slice(1)}.`, negative: false };
  }
  const m = /^(?:are|is|do|does|have|has) (?:you|he|she) (.+)$/i.exec(q);
  if (!m || a.split(/\s+/).length > maxWords || /\b(?:i|my|me|i'm)\b/i.test(a) || SOCIAL.test(m[1]!)) return undefined;
  const measured = /\b(?:every|daily|weekly|once|twice|times|\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|pounds?|kilos?)\b/i.test(a);
  if (!hasClinicalContent(m[1]!) && !measured) return undefined;
  if (!measured && !/\b(?:yes|yeah|no|most|some|all|half|part|every|not|never|sometimes|usually)\b/i.test(a)) return undefined;
  // "Do you know your BMI?" — "The nurse said it was 31.": the measure asked after is the topic, not the knowing.
  const rest = rewriteClinicianSpeech(m[1]!.replace(/^(?:happen to )?(?:know|remember) (?:what )?/i, ''), gender, addressee);
  if (!rest || /\byou\b/i.test(rest)) return undefined;
  return { text: `${rest.charAt(0).toUpperCase()}${rest.slice(1)}: ${a.charAt(0).toLowerCase()}${a.slice(1)}.`, negative: false };
}

const CONFIRMS = caseless(/^(?:yes|yeah|yep|yup|correct|that's (?:right|correct|it|the one)|that one|exactly|right|mm+[- ]?hm+|mhm+|uh-huh)\b/);
/** "You broke your wrist in March when you fell?": an event put to the patient as a statement, in the past. */
const STATED_EVENT = caseless(/^you (?:broke|fell|had|took|went|saw|came|got|hurt|cut|hit|lost|gave|began|started|stopped|injured|fractured|sprained|twisted|tripped|slipped|burned|burnt|was|were)\b/);
/** "You have hypothyroidism, correct?", "you're on metformin, right?": what the chart says, put to the patient to confirm. */
const STATED_STATE = caseless(/^you(?: (?:still |also )?(?:have|take|use|smoke|drink)| have got|'ve (?:still |also )?got| are (?:still |also )?(?:on|taking|allergic)|'re (?:still |also )?(?:on|taking|allergic))\b/);

const CHART_SAYS = /^(?:i (?:also )?see (?:here |in (?:your|the) (?:chart|notes|records?) )?(?:that )?(?:(?:your|the) (?:report|chart|notes|records?|referral|letter) (?:says|shows|mentions) (?:that )?)?|(?:your|the) (?:report|chart|notes|records?|referral|letter) (?:says|shows|mentions) (?:that )?|according to (?:your|the) (?:chart|notes|records?|report|referral),?\s+|it says (?:here )?(?:in (?:your|the) (?:chart|notes) )?(?:that )?)(?=you\b)/i;
/** A statement turned into a question by its tag: a present state put without one ("You have a cough?") is left alone. */
const CONFIRM_TAG = /,?\s*(?:is that (?:right|correct)|right|correct|yes|yeah)$/i;
/** "You're still taking the sertraline?" — "Yes, that one.": naming the thing back confirms it without a tag. */
const NAMES_BACK = /^(?:(?:yes|yeah),?\s+)?(?:that's the one|that one)\b/i;

/** "You broke your wrist in March when you fell in the garden?" + "That's right, I tripped." → the statement, confirmed. */
function readConfirmed(asked: string, a: string, gender: Gender, addressee: string | undefined): YesNoReading | undefined {
  // "I see your report says you have high blood pressure, correct?": the chart's statement, put to the patient.
  const q = asked.replace(CHART_SAYS, '');
  if (!(STATED_EVENT.test(q) || (STATED_STATE.test(q) && (CONFIRM_TAG.test(q) || NAMES_BACK.test(a)))) || !CONFIRMS.test(a) || NO.test(a) || /\bbut\b/i.test(a) || !hasClinicalContent(q)) return undefined;
  const said = rewriteClinicianSpeech(q.replace(/,?\s*(?:is that (?:right|correct)|right|correct|yes|yeah)$/i, ''), gender, addressee);
  if (!said || /\byou/i.test(said) || /\b(?:no|not|never)\b|n't\b/i.test(said)) return undefined;
  return { text: `${said.charAt(0).toUpperCase()}${said.slice(1)}.`, negative: false };
}

export type YesNoReading = { text: string; negative: boolean };

const ATTITUDE = /^(?:sadly|unfortunately|thankfully|luckily|fortunately|happily|actually|honestly),?\s+(?=\S)/i;

/**
 * "No fevers at all?" — "No, none.": a denial put to the patient and agreed with; the question already says what is
 * denied. A "yes" to it is left alone: English speakers use it both to agree ("yes, none") and to contradict.
 */
function readDenialAgreed(q: string, a: string, no: boolean): YesNoReading | undefined {
  const m = /^no ([a-z][a-z' -]{2,60})$/i.exec(q);
  const agreed = no || /^(?:that's (?:right|correct)|correct|exactly)\b/i.test(a);
  if (!m || !agreed || QUALIFIED.test(a) || a.split(/\s+/).length > 5 || !(hasClinicalContent(m[1]!) || BODY_CHANGE.test(m[1]!)) || /\b(?:you|your|i)\b/i.test(m[1]!)) return undefined;
  return { text: finish('no', m[1]!), negative: true };
}

/** When, how soon, how long or on what occasion, said first: the answer grants the question and says when it holds. */
const CIRCUMSTANCE = caseless(/^(?:straight away|right away|immediately|instantly|within (?:a|an|minutes|hours|seconds|\w+ (?:minutes|hours|days))|only (?:when|if|at|in|after|on|first thing|with)|first thing|in the (?:mornings?|evenings?|night|day)|at night|overnight|after (?:meals|eating|food|exercise|work|running|walking)|when(?:ever)? (?:i|i'm|he|she|he's|she's|it|they)\b|for (?:a few|a couple of|about|around|maybe|\d+|one|two|three|four|five|ten|twenty|thirty) (?:[\w-]+ ){0,2}?(?:seconds?|minutes?|hours?|days?|weeks?)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|last (?:night|week|weekend)|just (?:on|in|at|after|when|the once)|every (?:morning|night|evening|day|time)|since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last))\b/);

/** "Did it swell up?" — "Straight away, like a tennis ball.": the question granted, then the answer as its detail. */
function readCircumstance(q: string, a: string, gender: Gender, addressee: string | undefined, after: string): YesNoReading | undefined {
  const detail = a.replace(/[.!]+$/, '').trim();
  if (!CIRCUMSTANCE.test(detail) || detail.split(/\s+/).length > 14 || /\b(?:no|not|never|n't|don't|didn't)\b/i.test(detail)) return undefined;
  const granted = readPlainYesNo(q, 'Yes.', true, false, gender, addressee, after);
  if (!granted || granted.negative) return undefined;
  const said = rewritePatientSpeech(detail, gender);
  if (!said || /\b(?:i|my|me|i'm|i've|you)\b/i.test(said)) return undefined;
  return { text: `${granted.text.replace(/\.$/, '')} (${said.charAt(0).toLowerCase()}${said.slice(1)}).`, negative: false };
}

/** The statement a closed question and its answer make, or undefined when either is unclear. */
const ASKS_LEAVE = caseless(/^(?:(?:and|so|okay|now|right),?\s+)*(?:(?:do|would) you mind if (?:i|we)|(?:do you )?mind if (?:i|we)|is it (?:ok|okay|alright|all right|fine) (?:with you )?if (?:i|we)|(?:can|could|may) (?:i|we) (?:just )?(?:have|take|get) a (?:look|listen|feel))\b/);

export function readYesNo(question: string, answer: string, gender: Gender, addressee?: string, after = ''): YesNoReading | undefined {
  const q = question.replace(LEAD, '').replace(/[?.\s]+$/, '').replace(TAIL, '').trim();
  // "Do you mind if I take a look at the readings?" — "No, not a problem.": leave to go on is not the patient's history.
  if (ASKS_LEAVE.test(q)) return undefined;
  // "Sadly, I do.", "Unfortunately, yes.": how the patient feels about the answer does not change it.
  const a = answer.trim().replace(ATTITUDE, '');
  const yes = YES.test(a) && !NO.test(a);
  const no = NO.test(a);
  const confirmed = readConfirmed(q, a, gender, addressee) ?? readOrdinal(q, a, yes) ?? readDenialAgreed(q, a, no);
  if (confirmed) return confirmed;
  if (!yes && !no) return readQualified(q, a, gender, addressee) ?? readHedgedAnswer(q, a, gender, addressee) ?? readCircumstance(q, a, gender, addressee, after);
  const plain = readPlainYesNo(q, a, yes, no, gender, addressee, after) ?? readPassive(q, a, yes, no);
  // "Have you lost weight?" — "Yes, about a stone since the summer.": how much is the answer's news, kept after the yes
  // (typed in a chat without the comma: "yes 4 times a day").
  const amount = /^(?:yes|yeah|yep|(?:she|he|they) (?:has|have|did|does|do|is|are))(?:\s*,\s*|\s+)((?:about|around|roughly|nearly|almost|maybe|over|just over|at least|once|twice|(?:\d+|two|three|four|five|six|seven|eight|nine|ten) times) [^.?!]{2,50})[.!]?$/i.exec(a)?.[1];
  if (plain && yes && amount && !/\b(?:i|my|me|i'm|i've)\b/i.test(amount)) return { ...plain, text: `${plain.text.replace(/\.$/, '')}: ${amount}.` };
  // "Are you giving the insulin every twelve hours?" — "Yes, one and a half units twice a day.": the detail is the answer.
  if (!plain && yes && /^(?:yes|yeah|yep)\s*,\s*\S/i.test(a) && a.split(/\s+/).length >= 3) {
    return readQualified(q, a.replace(/^(?:yes|yeah|yep)\s*,\s*/i, ''), gender, addressee, 12);
  }
  // "Do you feel dizzy when you stand up?" — "A bit, yes, first thing in the morning especially.": the question, then
  // the answer as given.
  if (!plain && yes && /^(?:a bit|a little|a lot|sometimes|kind of|sort of)\s*,\s*(?:yes|yeah)\b/i.test(a)) return readQualified(q, a.replace(/[.!]+$/, ''), gender, addressee, 12);
  // "Is light bothering you?" — "A bit.": a degree of yes, kept with the question it grades.
  return plain ?? (yes ? readHedgedAnswer(q, a, gender, addressee) : undefined);
}

const ORDINAL = caseless(/^(?:no,?\s*)?(?:it's |this is |my |the )*(second|third|fourth|fifth|sixth)(?: one)?\b/);

/** "Is this your first pregnancy?" — "Second." → "Second pregnancy."; "Yes." → "First pregnancy." */
function readOrdinal(q: string, a: string, yes: boolean): YesNoReading | undefined {
  const m = /^is (?:this|it|that) (?:your|his|her|the) first ([a-z]+(?: [a-z]+)?)$/i.exec(q);
  if (!m || a.split(/\s+/).length > 8) return undefined;
  const nth = ORDINAL.exec(a)?.[1] ?? (yes && !QUALIFIED.test(a) && a.split(/\s+/).length <= 3 ? 'first' : undefined);
  return nth ? { text: finish(nth.toLowerCase(), m[1]!.toLowerCase()), negative: false } : undefined;
}

/** What a passive question asks about: "Were condoms used?", "Was the wound cleaned?". */
const PASSIVE = caseless(/^(was|were|is|are) ((?:the |any |a |an )?(?!(?:you|he|she|it|they|this|that|there|these|those|your|his|her)\b)[a-z]{3,}(?: [a-z]{3,})?) ((?:used|worn|taken|given|done|cleaned|checked|tested|vaccinated|treated|changed|offered|prescribed|needed|involved|broken|lost|injured|hurt))((?: [a-z]+){0,4})$/);
const PASSIVE_TOPIC = caseless(/\b(?:condoms?|protection|contraception|helmet|seat ?belts?|gloves|mask|dressing|wound|stitches|tablets|pills|inhaler|bandage|cast|splint|ambulance|police|drugs|alcohol|weapons?|airbags?)\b/);

/** "Were condoms used?" — "No." → "Condoms were not used." Only for a subject the note would name. */
function readPassive(q: string, a: string, yes: boolean, no: boolean): YesNoReading | undefined {
  const m = PASSIVE.exec(q);
  if (!m || QUALIFIED.test(a) || a.split(/\s+/).length > 4 || !(PASSIVE_TOPIC.test(m[2]!) || hasClinicalContent(`${m[2]!} ${m[3]!}`))) return undefined;
  if (!yes && !no) return undefined;
  const subject = m[2]!.replace(/^any /i, '');
  const plural = /^(?:were|are)$/i.test(m[1]!);
  const be = /^(?:was|were)$/i.test(m[1]!) ? (plural ? 'were' : 'was') : plural ? 'are' : 'is';
  return { text: finish(subject, `${be} ${no ? 'not ' : ''}${m[3]!}${m[4] ?? ''}`), negative: no };
}

/** The questioned person is the patient ("you") or one named in the third person. */
function isPersonAsked(word: string): boolean {
  return /^(?:you|he|she|they)$/i.test(word);
}

/** "You did, love.", "He does, though.": someone with the patient says the no is wrong, before the clinician speaks again. */
const CONTRADICTED = /(?:^|[.!?]\s+)(?:(?:yes|yeah|oh|well),?\s+)?(?:you|he|she) (?:did|do|does|have|has|had|was|were|is|are)(?: though| too)?\s*(?:[,.!]|$)/i;

function readPlainYesNo(q: string, a: string, yes: boolean, no: boolean, gender: Gender, addressee: string | undefined, after: string): YesNoReading | undefined {
  if (QUALIFIED.test(a) || a.split(/\s+/).length > 8) return undefined;
  const m0 = /^(are|is|was|were|do|does|did|have|has|can) (you|he|she|it|they|(?:your|his|her|the) (?!\w+ (?:of|to)\b)\w+) (.+)$/i.exec(q);
  // "Do the headaches wake you up at night, or are they worse when you cough?" — "No, they don't wake me up.": a second
  // question asked after "or" is not what a plain no answers; a yes could answer either, so it is not read.
  const second = /,?\s+or (?:are|is|was|were|do|does|did|have|has|can|would) (?:you|they|it|he|she)\b.*$/i;
  if (m0 && second.test(m0[3]!) && yes) return undefined;
  if (m0 && second.test(m0[3]!)) m0[3] = m0[3]!.replace(second, '');
  const m = m0;
  // A list question ("any fever or chills?") is the topic reader's; here only single statements.
  if (!m || SOCIAL.test(m[3]!) || !(hasClinicalContent(m[3]!) || BODY_CHANGE.test(m[3]!) || echoedPlainly(m[3]!, a)) || (yes && /\b(?:any|anything)\b/i.test(m[3]!))) return undefined;
  // "Did you say you didn't have…", "do you feel like you've been…": a clause inside the question has no safe statement form.
  if (/\b(?:not|no|never|n't)\b|n't\b|\b(?:say|said|mention\w*|think|feel like|mean)\b|\byou(?:'ve|'re|'d| have| are| were| had| feel| said)\b/i.test(m[3]!)) return undefined;
  // "Have you or anyone in your family had…": a second subject, which no single statement can carry.
  if (/^(?:or|and)\s/i.test(m[3]!)) {
    // "…or anyone in your family had blood clots or a stroke?" — "No.": neither has, which notes write as one line.
    const family = /^or anyone (?:else )?in (?:your|his|her|their|the) family (?:had|have|has|got|ever had) (.+)$/i.exec(m[3]!);
    const asked = family && no && isPersonAsked(m[2]!) ? readSubject(m[2]!, addressee, gender) : undefined;
    return asked ? { text: finish(asked.text, `denies ${family![1]!}, personally or in the family`), negative: true } : undefined;
  }
  const subject = readSubject(m[2]!, addressee, gender);
  if (!subject) return undefined;
  const aux = m[1]!.toLowerCase();
  // "Did you vomit?" — "No." — "Well, I vomited at the start": taken back, so no reading. "Did you hit your head?" —
  // "No." — (his wife) "You did, on the shelf.": a short word ("head", "fall") is the thing asked after as much.
  const head = m[3]!.split(/\s+/).find((w) => w.length >= 4 && !/^(?:still|every|really|taking|having|using|since|your|their|this|that|with|from|ever|been|have|them|they|some|much|more|feel|like|about)$/i.test(w));
  if (no && head && after.toLowerCase().includes(head.toLowerCase().slice(0, Math.max(4, head.length - 3)))) return undefined;
  if (no && CONTRADICTED.test(after.trim())) return undefined;
  const rest = rewriteClinicianSpeech(narrowToAnswer(m[3]!, a), gender, addressee);
  if (rest === undefined || /\byou\b/i.test(rest)) return undefined;
  // "Are your ankles swollen?": a plural noun keeps the question's plural verb.
  const plural = subject.text === 'they' || (/^(?:your|his|her|the) /i.test(m[2]!) && /^(?:are|were|have|do)$/i.test(aux));
  if (aux === 'are' || aux === 'is' || aux === 'was' || aux === 'were') {
    const be = aux === 'were' || aux === 'was' ? (plural ? 'were' : 'was') : plural ? 'are' : 'is';
    return { text: finish(subject.text, `${be} ${no ? 'not ' : ''}${rest}`), negative: no };
  }
  if (aux === 'have' || aux === 'has') {
    const have = plural ? 'have' : 'has';
    // "Have you ever fainted?" — "Never.": has never fainted, not "has not ever".
    if (no && /^ever\s/i.test(rest)) return { text: finish(subject.text, `${have} never ${rest.replace(/^ever\s+/i, '')}`), negative: true };
    // "Have you ever seen a doctor for it?" — "I have.": has seen one, not "has ever seen".
    return { text: finish(subject.text, `${have} ${no ? 'not ' : ''}${no ? rest : rest.replace(/^ever\s+/i, '')}`), negative: no };
  }
  // "Do you still get headaches?": the adverb stays before the verb ("still gets headaches").
  const adverb = /^((?:still|usually|also|ever|often|sometimes|always|really|normally|regularly)\s+)?/i.exec(rest)![1] ?? '';
  const [verb = '', ...others] = rest.slice(adverb.length).split(/\s+/);
  const tail = `${others.join(' ')}`;
  if (aux === 'can') return { text: finish(subject.text, `${no ? 'cannot' : 'can'} ${rest}`), negative: no };
  // "Did you hit your head when you fell?" — "Yes.": the verb in the past, when its form is known.
  if (aux === 'did' && !no) {
    const past = pastTense(verb);
    return past && !adverb ? { text: finish(subject.text, `${past}${tail === '' ? '' : ` ${tail}`}`), negative: false } : undefined;
  }
  if (aux === 'did') return { text: finish(subject.text, `did not ${rest}`), negative: true };
  // do / does
  if (no) return { text: finish(subject.text, `${plural ? 'do' : 'does'} not ${rest}`), negative: true };
  const conj = plural ? verb : PRESENT_S[verb.toLowerCase()] ?? conjugateThirdPerson(verb) ?? formSaidInAnswer(verb, a);
  return conj ? { text: finish(subject.text, `${adverb}${conj} ${tail}`), negative: false } : undefined;
}
