/**
 * Reads a short answer with the question it answers and writes one statement from both, using only words that
 * were said: "Any allergies?" + "Penicillin." → "Allergies: penicillin."; "zero to ten?" + "About a six." →
 * "Pain 6/10."; "Any nausea?" + "No." → "The patient denies nausea."; "How long?" + "Two days." → "Duration: 2 days."
 */
import type { Turn } from './types.js';
import type { Gender } from './rewrite-person.js';
import { rewriteClinicianSpeech, rewritePatientSpeech } from './rewrite-person.js';
import { normalizeAsrText } from './normalize-asr-text.js';
import { splitSentences } from './split-sentences.js';
import { isQuestion } from './extract-utterances.js';
import { normalizeMeasurements } from './normalize-measurements.js';
import { spokenNumberToDigits } from './spoken-numbers.js';
import { describeSpeaker } from './describe-speaker.js';
import { extractTopic, splitTopicItems } from './question-topic.js';
import { readHowIs, readYesNo } from './read-yes-no.js';
import { findDrugs } from './clinical-vocabulary.js';

export type AnswerBlock = 'history' | 'review' | 'background' | 'risk';

export interface AnswerLine {
  block: AnswerBlock;
  text: string;
  lines: number[];
  /** Index of the answering turn, for ordering. */
  turn: number;
  /** Answer sentences (by their cleaned text) this statement already covers, so they are not written twice. */
  covers: string[];
}

const NEGATIVE = /^(?:no|nope|nah|not really|never|none|negative|nothing|i don't|i do not|i haven't|i have not|i didn't|i'm not|not that (?:i|we)|no,)\b/i;
const POSITIVE = /^(?:yes|yeah|yep|yup|i do|i have|i did|a little|a bit|sometimes|uh-huh|mm-hmm|correct|definitely|right|sure|kind of|sort of|i think so|occasionally)\b/i;
/** "I want to ask you directly, have you had…": the question is what follows the lead-in. */
const LEAD_IN = /^.{0,60}?,\s*(?=(?:have|has|had|do|does|did|are|is|was|were|any|can|could|how|what|when|where)\b)/i;
const CLARIFY = /^(?:pardon|sorry|what was that|come again|say that again|excuse me|i'm sorry|say again)\W*$/i;
const LEAD_FILLER = /^(?:(?:um+|uh+|er+|well|so|oh|hmm+|honestly|i mean|i guess|like)[,\s]+)+/i;

const PAIN_Q = /\b(?:scale|out of (?:10|ten)|(?:zero|0|one|1) (?:to|and) (?:10|ten)|rate (?:it|the|your|that|this)|how (?:bad|severe) (?:is|was|would)|pain score|number)\b/i;
const ALLERGY_Q = /\ballerg/i;
const REACTION_Q = /\bwhat (?:happens|happened|kind of reaction|reaction|does it do|did it do|sort of reaction)|\bhow do you react\b/i;
const MEDS_Q = /\b(?:(?:what|which|any|other) (?:medications?|medicines?|meds|pills|prescriptions?|blood thinners|supplements|vitamins)|(?:are you|is (?:he|she)) (?:taking|on) (?:any|anything)|blood thinners|what (?:are you|is (?:he|she)) (?:taking|on)|anything else,? (?:vitamins|over the counter))\b/i;
const SMOKE_Q = /\b(?:smoke|smoking|smoker|tobacco|cigarettes|vape)\b/i;
const ALCOHOL_Q = /\b(?:alcohol|drink(?:ing)? (?:alcohol|much|at all)|how about alcohol|do you drink|how much (?:are|do) you drink\w*|beers?|wine)\b/i;
const DRUGS_Q = /\b(?:recreational|street|illicit) drugs|\bdrug use\b|\bmarijuana\b/i;
const DURATION_Q = /\bhow long\b|\bsince when\b|\bhow many (?:days|weeks|months|years)\b/i;
const ONSET_Q = /\bwhen did (?:it|this|that|they|these|you|he|she|the [\w ]{1,25}?) (?:first )?(?:start|begin|happen|come on|notice)/i;
const LAST_Q = /\bwhen (?:was|is) (?:your|his|her|the) (last|first|most recent|next) ([a-z][\w -]{2,30})$/i;
const HOW_MANY_TIMES_Q = /\bhow many times (?:has|have|did|does|do|is) (?:she|he|you|it|they) (\w+)/i;
const HOW_OFTEN_Q = /\bhow (?:often|frequently|many times (?:a|per) (?:day|week|night|month))\b/i;
const HOW_OFTEN_USE_Q = /\bhow (?:often|many times|much|frequently) (?:are|do|did|have|is|was) (?:you|he|she) (?:been )?(\w+)(?: (.+?))?(?: (?:a|per) (?:day|week|month))?$/i;
const HOW_TAKEN_Q = /\bhow (?:are|do|did|is) (?:you|he|she) (taking|using|applying) (it|them|that|this|[a-z][\w -]{2,30})$/i;
const QUANT_Q = /\bhow (?:high|much|many|often|far|low)\b|\bwhat (?:was|is|'s) (?:the|your|her|his) (?:highest |lowest |last )?(?:temperature|temp|fever|reading|number|weight|sugar|blood sugar)|\bwhat kind of numbers\b|\bwhat (?:were|are) (?:the|your) (?:numbers|readings)\b/i;
const FREQUENCY = /\b(?:once|twice|\w+ times|every (?:day|night|week|morning)|daily|weekly|nightly|a day|a week|a night|a month|ever|never|rarely|hardly|sometimes|occasionally|usually|always|most days)\b/i;
const NUMBERISH = /\b(?:\d+|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|half|a couple|few|several)\b/i;
const TIME_WORDS = /\b(?:days?|weeks?|months?|years?|hours?|minutes?|yesterday|last night|this morning|tonight|today|ago|since|sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i;
const RISK_TOPIC = /\b(?:suicid\w*|harm\w*|hurt\w* (?:yourself|himself|herself|themselves|anyone|someone|others)|kill\w*|ending (?:your|his|her|their) life|self-harm|homicid\w*)\b/i;

function cleanAnswer(sentence: string): string {
  return sentence.replace(LEAD_FILLER, '').replace(/[.?!,;]+$/, '').trim();
}

function words(text: string): number {
  return text.split(/\s+/).filter((w) => w !== '').length;
}

/** "About a six" → "6"; "six or seven" → "6-7"; undefined without a 0–10 number. */
export function readPainScore(answer: string): string | undefined {
  const tokens = answer.toLowerCase().replace(/[^a-z0-9.\s/-]/g, ' ').split(/[\s-]+/).filter((t) => t !== '');
  const values: number[] = [];
  for (let i = 0; i < tokens.length && values.length < 2; i++) {
    const t = tokens[i]!;
    if (/^\d+\/10$/.test(t)) return t.split('/')[0];
    const digits = /^\d+(\.\d)?$/.test(t) ? t : spokenNumberToDigits(t);
    if (digits === undefined) continue;
    const v = Number(digits);
    if (v < 0 || v > 10) return undefined;
    // "out of ten" names the scale, not the score.
    if (v === 10 && tokens[i - 1] === 'of') continue;
    values.push(v);
    if (!['or', 'to', 'and'].includes(tokens[i + 1] ?? '')) break;
    i += 1;
  }
  if (values.length === 0) return undefined;
  return values.length === 2 && values[1]! > values[0]! ? `${values[0]}-${values[1]}` : String(values[0]);
}

function painHeading(question: string): string {
  const m = /\b(?:your |the |that |this |his |her )?((?:\w+ ){0,1})pain\b/i.exec(question);
  const qualifier = m?.[1]?.trim().toLowerCase() ?? '';
  const known = /^(?:throat|back|knee|neck|chest|head|shoulder|hip|ankle|wrist|foot|heel|stomach|abdominal|belly|ear|tooth|jaw|leg|arm|elbow|joint|pelvic)$/.test(qualifier);
  const worst = /\bat (?:its )?worst\b/i.test(question) ? ' at worst' : /\b(?:right now|today|now)\b/i.test(question) ? ' today' : '';
  return `${known ? `${qualifier.charAt(0).toUpperCase()}${qualifier.slice(1)} pain` : 'Pain'}${worst}`;
}

function lowerFirst(text: string): string {
  return /^(?:I\b|[A-Z]{2,})/.test(text) ? text : `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}

/** A patient's reaction sentence as a short third-person phrase: "I get hives all over" → "gets hives all over". */
function describeReaction(sentence: string, gender: Gender): string | undefined {
  if (!/\b(?:rash|hives|swell\w*|itch\w*|throat|breath\w*|anaphyla\w*|vomit\w*|nause\w*|diarrh\w*|welts|blisters?|face|lips?|tongue|upset)\b/i.test(sentence)) return undefined;
  const third = rewritePatientSpeech(cleanAnswer(sentence), gender);
  if (!third) return undefined;
  return third.replace(/^(?:the patient|he|she)\s+/i, '').replace(/^(?:the patient's|his|her|their)\s+/i, '').replace(/^it makes (?:the patient|him|her|them) /i, '');
}

interface Pair { question: string; answers: string[]; q: Turn; a: Turn; turn: number; /** What the same side says next, before the clinician speaks again. */ after: string }

function statement(block: AnswerBlock, text: string, pair: Pair, covers: string[]): AnswerLine {
  return { block, text: normalizeMeasurements(text.replace(/\s+/g, ' ').trim()), lines: [pair.q.line, pair.a.line], turn: pair.turn, covers };
}

const items = splitTopicItems;

/** The words that name an item: "periods of racing thoughts" → periods|thoughts, "blood in the urine" → blood|urine. */
function headWord(item: string): string {
  const content = (part: string) => part.toLowerCase().replace(/[^a-z\s]/g, '').split(/\s+/).filter((w) => w.length > 2 && !/^(?:not|any|the|your|his|her|with|and|lot|very)$/.test(w));
  const before = content(item.split(/\s+(?:in|of|with|on|at|from|to|for|around|down|when|while)\s+/i)[0] ?? item).at(-1);
  const last = content(item).at(-1);
  return [...new Set([before, last].filter((w): w is string => Boolean(w)))].join('|') || item;
}

/** "Any vomiting?" — "No." — "Well, I vomited at the start": a denial taken back right after is no denial. */
function mentionsAgain(topicItems: string[], after: string): boolean {
  const said = after.toLowerCase();
  return topicItems.some((item) => {
    const head = item.split(/\s+/).find((w) => w.length > 3) ?? item;
    return head.length >= 4 && said.includes(head.slice(0, Math.max(4, head.length - 3)));
  });
}

function readTopicAnswer(pair: Pair, gender: Gender, who: string | undefined, addressee: string | undefined): AnswerLine[] {
  const topic = extractTopic(pair.question);
  if (!topic) return [];
  const third = rewriteClinicianSpeech(topic, gender, addressee);
  if (third === undefined || /\byou\b/i.test(third)) return [];
  const block: AnswerBlock = RISK_TOPIC.test(topic) ? 'risk' : 'review';
  const first = cleanAnswer(pair.answers[0] ?? '');
  const rest = first.replace(NEGATIVE, '').replace(/^[\s,]+/, '');
  const subject = who ? undefined : 'The patient';
  const deny = (what: string) => (subject ? `${subject} denies ${what}.` : `No ${what} per ${who}.`);
  const report = (what: string) => (subject ? `${subject} reports ${what}.` : `${what.charAt(0).toUpperCase()}${what.slice(1)} per ${who}.`);
  if (NEGATIVE.test(first)) {
    // "No, just my elbows": not a denial of the whole question; quoted with what was asked.
    if (/^(?:just|only|but|except|apart from|other than|mostly|mainly)\b/i.test(rest)) {
      return [statement(block, `Asked about ${third}: "${cleanAnswer(pair.answers[0]!)}."`, pair, [pair.answers[0]!])];
    }
    if (words(first) > 10 || mentionsAgain(items(topic), pair.after)) return [];
    // "No fever, just a dry cough": a qualified answer denies only what follows its "no".
    if (/\b(?:but|just|only|except|some|a little|although|though|mostly)\b/i.test(rest)) {
      const denied = items(topic).filter((it) => cleanAnswer(pair.answers[0]!).split(/,\s*|\s+but\s+|\s+just\s+/i)
        .some((piece) => /^(?:no|not|never|without)\b/i.test(piece.trim()) && piece.toLowerCase().includes(it.split(/\s+/)[0]!.toLowerCase())));
      return denied.map((it) => statement(block, deny(rewriteClinicianSpeech(it, gender, addressee) ?? it), pair, []));
    }
    // "Any vomiting or diarrhea?" — "No vomiting.": only what the answer names is denied.
    const listed = items(topic);
    const named = listed.filter((it) => rest !== '' && new RegExp(`\\b(?:${headWord(it)})\\b`, 'i').test(rest));
    if (listed.length > 1 && named.length > 0 && named.length < listed.length) {
      return named.map((it) => statement(block, deny(rewriteClinicianSpeech(it, gender, addressee) ?? it), pair, [pair.answers[0]!]));
    }
    return [statement(block, deny(third), pair, [pair.answers[0]!])];
  }
  if (POSITIVE.test(first) && words(first) <= 6) return [statement(block, report(third), pair, [pair.answers[0]!])];
  if (POSITIVE.test(first) && words(first) <= 16) {
    // "Yes, in the back of my head, most afternoons": the report, with the detail in third person.
    const detail = first.replace(POSITIVE, '').replace(/^[\s,]+/, '').replace(/^(?:and|so)\s+/i, '');
    const detailThird = /\b(?:i|my|me)\b/i.test(detail) ? (who ? undefined : rewritePatientSpeech(detail, gender)) : detail;
    if (detailThird && !/^the patient\b/i.test(detailThird)) {
      const text = who ? `${third.charAt(0).toUpperCase()}${third.slice(1)} per ${who}, ${lowerFirst(detailThird)}.` : `${subject} reports ${third}, ${lowerFirst(detailThird)}.`;
      return [statement(block, text, pair, [pair.answers[0]!])];
    }
  }
  // "Any vomiting?" — "Maybe once a week.": how often, under the topic's name.
  if (FREQUENCY.test(first) && words(first) <= 10 && !/\b(?:i|my|me)\b/i.test(first)) {
    const named = `${third.charAt(0).toUpperCase()}${third.slice(1)}: ${lowerFirst(first)}`;
    return [statement(block, who ? `${named} per ${who}.` : `${named}.`, pair, [pair.answers[0]!])];
  }
  // "Nausea, no vomiting." / "I get headaches some mornings. No chest pain.": each item the answer names.
  const listed = splitTopicItems(topic);
  if (listed.length < 2) return [];
  const out: AnswerLine[] = [];
  for (const sentence of pair.answers.slice(0, 3)) {
    for (const piece of cleanAnswer(sentence).split(/,\s*|\s+but\s+|\s+and\s+/i)) {
      const negated = /^(?:no|not|never|without)\s+/i.test(piece);
      const core = piece.replace(/^(?:no|not|never|without)\s+(?:any\s+)?/i, '').trim().toLowerCase();
      const item = listed.find((it) => it === core || (negated && core !== '' && it.startsWith(core)));
      if (!item) continue;
      const itemThird = rewriteClinicianSpeech(item, gender, addressee) ?? item;
      out.push(statement(block, negated ? deny(itemThird) : report(itemThird), pair, negated ? [sentence] : []));
    }
  }
  return out;
}

function readValueAnswer(pair: Pair, gender: Gender, previous: AnswerLine | undefined): AnswerLine[] {
  const { question } = pair;
  const first = cleanAnswer(pair.answers[0] ?? '');
  if (first === '' || POSITIVE.test(first) && words(first) <= 2) return [];
  const negative = NEGATIVE.test(first);
  const painAsked = (PAIN_Q.test(question) && /\b(?:pain|hurt|bad|scale|rate)\b/i.test(question)) || /\b(?:zero|0|one|1) to (?:10|ten)\b/i.test(question)
    || (/\bpain\b/i.test(question) && words(first) <= 4 && /^(?:(?:about|maybe|like|around|probably|a|an)\s+)*(?:\d+|zero|one|two|three|four|five|six|seven|eight|nine|ten)\b/i.test(first));
  if (painAsked) {
    // The score must come early in the answer, where the question's scale still frames it.
    const score = readPainScore(first.split(/\s+/).slice(0, 8).join(' '));
    if (score !== undefined) return [statement('history', `${painHeading(question)} ${score}/10.`, pair, [pair.answers[0]!])];
  }
  if (REACTION_Q.test(question) && previous && /^Allergies: /.test(previous.text) && !/\(/.test(previous.text)) {
    const reaction = describeReaction(pair.answers[0]!, gender);
    if (reaction) {
      previous.text = `${previous.text.replace(/\.$/, '')} (${reaction}).`;
      previous.lines.push(pair.a.line);
      previous.covers.push(pair.answers[0]!);
      return [];
    }
  }
  if (ALLERGY_Q.test(question) && !negative) {
    const allergen = first.replace(/^(?:i'm |i am |she's |he's )?(?:allergic to|just|only|yes,?|yeah,?)\s*/i, '').replace(/^(?:the |to )/i, '');
    const trimmed = allergen.replace(/,?\s*(?:i (?:believe|think)|i guess|as far as i know)$/i, '').trim();
    if (trimmed !== '' && words(trimmed) <= 6 && !/\b(?:i|my|me|not sure|don't know)\b/i.test(trimmed)) {
      const reaction = pair.answers[1] ? describeReaction(pair.answers[1], gender) : undefined;
      const covers = reaction ? pair.answers.slice(0, 2) : [pair.answers[0]!];
      return [statement('background', `Allergies: ${lowerFirst(trimmed)}${reaction ? ` (${reaction})` : ''}.`, pair, covers)];
    }
  }
  if (ALLERGY_Q.test(question) && negative) {
    const asked = /\ballergic to ([a-z][\w -]{1,30}?)\s*[?.]*$/i.exec(question)?.[1];
    const specific = asked && !/^(?:any|anything)\b/i.test(asked) ? `No allergy to ${asked}` : undefined;
    const text = specific ? `${specific}${pair.a.role === 'other' && pair.a.label ? ` per ${describeSpeaker(pair.a.label) ?? 'the speaker'}` : ''}.`
      : /not that (?:i|we) know|no known/i.test(first) ? 'No known allergies.' : 'Denies allergies.';
    return [statement('background', text, pair, [pair.answers[0]!])];
  }
  if (MEDS_Q.test(question) && !negative && words(first) <= 14 && !/\b(?:i don't|not sure|don't know)\b/i.test(first)) {
    const meds = first.replace(/^(?:i(?:'m| am) (?:taking|on)|i take|just|only|yes,?|yeah,?)\s*/i, '');
    if (meds !== '' && !/\b(?:i|me|my)\b/i.test(meds)) return [statement('background', `Medications: ${lowerFirst(meds)}.`, pair, [pair.answers[0]!])];
  }
  for (const [re, name, denial] of [[SMOKE_Q, 'Smoking', 'smoking'], [ALCOHOL_Q, 'Alcohol', 'alcohol use'], [DRUGS_Q, 'Drug use', 'drug use']] as const) {
    if (!re.test(question)) continue;
    if (negative && words(first) <= 10 && !/\b(?:but|used to|quit|stopped|occasionally|sometimes|socially)\b/i.test(first)) {
      return [statement('background', `Denies ${denial}.`, pair, [pair.answers[0]!])];
    }
    if (!negative && words(first) <= 12 && !/\b(?:i|me|my)\b/i.test(first.replace(/^i (?:quit|used to|stopped)/i, ''))) {
      const text = first.replace(/^i (quit|used to|stopped)/i, '$1');
      return [statement('background', `${name}: ${lowerFirst(text)}.`, pair, [pair.answers[0]!])];
    }
    return [];
  }
  const timed = TIME_WORDS.test(first) && words(first) <= 12 && !/\b(?:i|my|me)\b/i.test(first);
  if (DURATION_Q.test(question) && timed) return [statement('history', `Duration: ${lowerFirst(first)}.`, pair, [pair.answers[0]!])];
  if (ONSET_Q.test(question) && timed) return [statement('history', `Onset: ${lowerFirst(first)}.`, pair, [pair.answers[0]!])];
  const last = LAST_Q.exec(question.replace(/[?.\s]+$/, ''));
  if (last && words(first) <= 12 && !/\b(?:i|my|me)\b/i.test(first)) {
    return [statement('history', `${last[1]!.charAt(0).toUpperCase()}${last[1]!.slice(1).toLowerCase()} ${last[2]}: ${lowerFirst(first)}.`, pair, [pair.answers[0]!])];
  }
  const usage = HOW_OFTEN_USE_Q.exec(question.replace(/[?.\s]+$/, ''));
  if (usage && (NUMBERISH.test(first) || FREQUENCY.test(first)) && words(first) <= 12 && !/\b(?:i|my|me)\b/i.test(first)) {
    const thing = (usage[2] ?? usage[1]!).replace(/^(?:your|his|her|the|their|any)\s+/i, '').trim();
    const named = /^(?:it|them|that|this)$/i.test(thing) ? findDrugs(pair.q.text).at(-1) : thing;
    if (named && words(named) <= 5) return [statement('history', `${named.charAt(0).toUpperCase()}${named.slice(1)}: ${lowerFirst(first)}.`, pair, [pair.answers[0]!])];
  }
  const howTaken = HOW_TAKEN_Q.exec(question.replace(/[?.\s]+$/, ''));
  if (howTaken && words(first) <= 12 && !/\b(?:i|my|me)\b/i.test(first) && !negative) {
    const drug = /^(?:it|them|that|this)$/i.test(howTaken[2]!) ? findDrugs(pair.q.text).at(-1) : howTaken[2];
    if (drug) return [statement('history', `${howTaken[1]!.charAt(0).toUpperCase()}${howTaken[1]!.slice(1).toLowerCase()} ${drug}: ${lowerFirst(first)}.`, pair, [pair.answers[0]!])];
  }
  if (HOW_OFTEN_Q.test(question) && (NUMBERISH.test(first) || FREQUENCY.test(first)) && words(first) <= 12 && !/\b(?:i|my|me)\b/i.test(first)) {
    return [statement('history', `Frequency: ${lowerFirst(first)}.`, pair, [pair.answers[0]!])];
  }
  const times = HOW_MANY_TIMES_Q.exec(question);
  if (times && NUMBERISH.test(first) && words(first) <= 10 && !/\b(?:i|my|me)\b/i.test(first)) {
    return [statement('history', `${times[1]!.charAt(0).toUpperCase()}${times[1]!.slice(1)} ${lowerFirst(first)}.`, pair, [pair.answers[0]!])];
  }
  if (QUANT_Q.test(question) && NUMBERISH.test(first) && words(first) <= 12 && !/\b(?:i|my|me)\b/i.test(first)) {
    const noun = /\b(fever|temperature|temp|blood sugars?|sugars?|readings?|numbers|blood pressure|pressure|weight)\b/i.exec(question)?.[1]
      ?? /\bhow (?:much|many) ([a-z]+(?: [a-z]+)?)(?:\s+(?:do|are|have|did|is|a|per|today|this|so far)\b|[?.]*$)/i.exec(question)?.[1]
      ?? /\b(?:you|he|she) (?:\w+ )?(?:getting|seeing|gotten|had|have)\b/i.exec(question)?.[0];
    if (noun && !/\byou|he|she\b/i.test(noun)) {
      return [statement('history', `${noun.charAt(0).toUpperCase()}${noun.slice(1).toLowerCase()}: ${lowerFirst(first)}.`, pair, [pair.answers[0]!])];
    }
  }
  return [];
}

/** "You're still taking the lisinopril 10 mg every morning?" + "Yes." → the clinician's statement, confirmed. */
function readConfirmation(pair: Pair, gender: Gender, addressee: string | undefined): AnswerLine[] {
  const first = cleanAnswer(pair.answers[0] ?? '');
  if (!POSITIVE.test(first) || words(first) > 6) return [];
  const q = pair.question.replace(/[?.\s]+$/, '').replace(/,?\s*(?:right|correct|is that right|is that correct|yes|yeah|okay)$/i, '').replace(/^(?:and|so|okay|now)[,\s]+/i, '');
  if (/^(?:do|did|does|have|has|are|is|was|were|can|could|would|will|any)\b/i.test(q) || /\b(?:how|what|when|where|whereabouts|which|why|who|whose)\b/i.test(q) || words(q) < 4) return [];
  const third = rewriteClinicianSpeech(q, gender, addressee);
  if (!third || /\byou\b/i.test(third) || /^I\b/.test(third)) return [];
  return [statement('history', `${third.charAt(0).toUpperCase()}${third.slice(1)}.`, pair, [pair.answers[0]!])];
}

function readClosedQuestion(pair: Pair, gender: Gender, who: string | undefined, addressee: string | undefined): AnswerLine[] {
  const first = cleanAnswer(pair.answers[0] ?? '');
  // "Yes, and two other kids were sick last week": the yes answers the question; what follows is its own statement.
  const lead = /^((?:yes|yeah|yep|no|nope)),\s+and\s+(.+)$/i.exec(first);
  const closed = readYesNo(pair.question, lead ? lead[1]! : first, gender, addressee, pair.after);
  if (closed) {
    const text = who ? `${closed.text.replace(/\.$/, '')} per ${who}.` : closed.text;
    return [statement(closed.negative ? 'review' : 'history', text, pair, lead ? [] : [pair.answers[0]!])];
  }
  const how = readHowIs(pair.question, first, gender, addressee);
  return how ? [statement('history', how, pair, [pair.answers[0]!])] : [];
}

/** Pairs each clinician question with the next speaker's answer and writes what the pair states. */
/**
 * The question a clinician turn ends on, with any framing said after it ("…on a scale of one to ten? With ten being
 * the worst."); a bare "Pardon?" repeats the question before it.
 */
function findQuestion(turn: Turn, previous: string): string {
  const sentences = splitSentences(normalizeAsrText(turn.text));
  if (sentences.length === 1 && CLARIFY.test(sentences[0]!)) return previous;
  for (let k = sentences.length - 1; k >= Math.max(0, sentences.length - 2); k--) {
    if (isQuestion(sentences[k]!)) return [sentences[k]!.replace(LEAD_IN, ''), ...sentences.slice(k + 1)].join(' ');
  }
  return '';
}

export function readAnswers(turns: Turn[], gender: Gender, options: { addressee?: string } = {}): AnswerLine[] {
  const out: AnswerLine[] = [];
  let lastQuestion = '';
  for (let i = 1; i < turns.length; i++) {
    const q = turns[i - 1]!;
    const a = turns[i]!;
    if (q.role !== 'clinician' || a.role === 'clinician') continue;
    const question = findQuestion(q, lastQuestion);
    lastQuestion = question;
    if (question === '') continue;
    const answers = splitSentences(normalizeAsrText(a.text));
    if (answers.length === 0) continue;
    const who = a.role === 'other' && a.label ? describeSpeaker(a.label) : undefined;
    let after = '';
    for (let k = i + 1; k < turns.length && turns[k]!.role !== 'clinician'; k++) after += ` ${turns[k]!.text}`;
    const pair: Pair = { question, answers, q, a, turn: i, after };
    const addressee = a.role === 'other' ? options.addressee : undefined;
    const read = [
      () => readValueAnswer(pair, gender, out.at(-1)),
      () => readTopicAnswer(pair, gender, who, addressee),
      () => readClosedQuestion(pair, gender, who, addressee),
      () => readConfirmation(pair, gender, addressee),
    ].reduce<AnswerLine[]>((found, next) => (found.length > 0 ? found : next()), []);
    out.push(...read);
  }
  return out;
}
