/**
 * Answers that carry a value: an allergen and its reaction, a pain score, a medication list, smoking and alcohol, how
 * long, since when, how often, how much. "Any allergies?" + "Penicillin." → "Allergies: penicillin."
 */
import type { Gender } from './rewrite-person.js';
import { rewriteClinicianSpeech, rewritePatientSpeech } from './rewrite-person.js';
import { spokenNumberToDigits } from './spoken-numbers.js';
import { describeSpeaker } from './describe-speaker.js';
import { DIAGNOSIS_TERM, findDrugs } from './clinical-vocabulary.js';
import { FREQUENCY, NEGATIVE, NUMBERISH, POSITIVE, cleanAnswer, lowerFirst, statement, words, type AnswerLine, type Pair } from './answer-pair.js';
import { caseless } from '../text/caseless-pattern.js';
import { isUptalk } from './extract-utterances.js';
import { dropHedgeTail, readDiagnosedTopic, readDurationState, readDurationTopic } from './timed-topics.js';
import { pastTense } from './verb-forms.js';
import { readTakenFor } from './read-treatment-answers.js';

const PAIN_Q = caseless(/\b(?:scale|out of (?:10|ten)|(?:zero|0|one|1) (?:to|and) (?:10|ten)|rate (?:it|the|your|that|this)|how (?:bad|severe) (?:is|was|would)|pain score|number)\b/);
/** An allergy question; "Have you seen a doctor for your allergies?" asks about the doctor, not whether there are any. */
const ALLERGY_Q = caseless(/^(?!.*\b(?:for|about|with|from|of|to|treat\w*|help\w*|manag\w*) (?:your|his|her|their|the|these|those) (?:\w+ )?allerg).*\ballerg/);
const REACTION_Q = caseless(/\bwhat (?:happens|happened|kind of reaction|reaction|does it do|did it do|sort of reaction)|\bhow do you react\b/);
/** "What have you been taking?", "What did you take for it?" — "Ibuprofen.": a medicine named in the answer. */
const TAKEN_Q = caseless(/^(?:(?:and|so|okay|now|right),?\s+)*what (?:have|has|did|do|does) (?:you|he|she|they) (?:been )?(?:taking|taken|take|using|used|tried|trying)\b/);
const MEDS_Q = caseless(/\b(?:(?:what|which|any|other) (?:medications?|medicines?|meds|pills|prescriptions?|blood thinners|supplements|vitamins)|(?:are you|is (?:he|she)) (?:taking|on) (?:any|anything)|^(?:(?:and|so|okay|now|right),?\s+)*(?:taking|using|tried) (?:any|anything)|blood thinners|what (?:are you|is (?:he|she)) (?:taking|on)|anything else,? (?:vitamins|over the counter))\b/);
const HOUSEHOLD_Q = /\b(?:anyone|anybody|someone|somebody|household|at home|in the (?:house|home|car)|around (?:him|her|them|the baby|the children))\b/i;
const SMOKE_Q = /\b(?:smoke|smoking|smoker|tobacco|cigarettes|vape)\b/i;
const ALCOHOL_Q = /\b(?:alcohol|drink(?:ing)? (?:alcohol|much|at all)|how about alcohol|do you drink|how much (?:are|do) you drink\w*|beers?|wine)\b/i;
const DRUGS_Q = /\b(?:recreational|street|illicit) drugs|\bdrug use\b|\bmarijuana\b/i;
const DURATION_Q = caseless(/\bhow long\b|\bsince when\b|\bhow many (?:days|weeks|months|years)\b/);
const ONSET_Q = caseless(/\bwhen did (?:it|this|that|they|these|you|he|she|the [\w ]{1,25}?) (?:first )?(?:start|begin|happen|come on|notice)/);
const EFFORT_SCALE_Q = caseless(/\b(?:on|using|with) the (borg|rpe|dyspnoea|dyspnea|breathlessness|exertion|effort|mrc) (?:scale|score|rating)\b/);
const LOCATION_Q = caseless(/^(?:(?:okay|so|and|alright|now)[,\s]+)*(?:which (?:knee|side|eye|ear|arm|leg|hand|foot|shoulder|hip|ankle|wrist|elbow|breast|one)\b|(?:what|which) part of (?:the|your|his|her) [a-z]+\b|where (?:exactly )?(?:is|does) (?:it|the pain)\b)/);
const PAIN_KINDS = '(?:sharp|dull|throbbing|burning|stabbing|aching|achy|cramping|crampy|shooting|gnawing|squeezing|crushing|tight|pressure|pressing|pulsing|pounding|stinging|tingling|electric|colicky)';
/** "What does it feel like?", "Sharp, dull, throbbing?", "Is it sharp or dull?": the kind of pain asked, or offered. */
const CHARACTER_Q = caseless(new RegExp(`\\bwhat (?:does|did) (?:the pain|it) feel like\\b|\\bwhat (?:kind|sort|type) of pain\\b|\\bhow would you describe (?:the|your|this) pain\\b|\\b${PAIN_KINDS}(?:,| or)\\s+(?:[a-z]+(?:,| or)\\s+)*${PAIN_KINDS}\\?`));
const CHARACTER_A = caseless(new RegExp(`^(?:(?:um|uh|oh|it's|it is|more|mostly|kind of|sort of|like|a)\\s+)*(${PAIN_KINDS})(?:\\s+(?:pain|ache|feeling|mostly|really))?[.!]?$`));
// ("Bottom left.", "upper right": a quadrant named as the mouth or the belly is divided, its side after its level.)
const LOCATION_A = caseless(/^(?:(?:kind of|sort of|mostly|just|it's|it is|it was|on|in)\s+)*((?:my|the|that)\s+(?:[a-z]+\s+){0,4}?[a-z]+|(?:(?:top|bottom|upper|lower|front|back|inner|outer)\s+)?(?:left|right|both)(?:\s+[a-z]+){0,2})$/);
/** "What makes it worse?", "Does anything help?": what brings the complaint on or eases it. */
const MODIFIER_Q = caseless(/\b(?:what|anything (?:that)?|does anything) (?:makes?|made|brings?|sets?) (?:it|the pain|them|this|that|your \w+|the \w+)(?: any)? (worse|better|on|off)\b|\b(?:what|anything (?:that)?|does anything) (helps?|eases?|relieves?|triggers?|provokes?|sets? off)\b/);
/** "Where exactly does the pain go?", "Does it spread anywhere?": where the pain travels. */
const RADIATION_Q = caseless(/\bwhere (?:exactly )?does (?:it|the pain|the ache) (?:go|spread|travel|radiate|move|shoot)\b|\bdoes (?:it|the pain) (?:go|spread|travel|radiate|move|shoot) anywhere\b/);
/** "When did you last have sex?" — "About a week ago." → "Last had sex: about a week ago." */
const LAST_DID_Q = caseless(/\bwhen did (?:you|he|she|they) last ([a-z]+)((?: [a-z'-]+){0,5})$/);
const LAST_Q = caseless(/\bwhen (?:was|is) (?:your|his|her|the) (last|first|most recent|next) ([a-z][\w -]{2,30})$/);
const HOW_MANY_TIMES_Q = caseless(/\bhow many times (?:has|have|did|does|do|is) (?:she|he|you|it|they) (\w+)/);
const HOW_OFTEN_Q = caseless(/\bhow (?:often|frequently|many times (?:a|per) (?:day|week|night|month))\b/);
const HOW_OFTEN_USE_Q = caseless(/\bhow (?:often|many times|much|frequently) (?:are|do|did|have|is|was) (?:you|he|she) (?:been )?(\w+)(?: (.+?))?(?: (?:a|per) (?:day|week|month))?$/);
const HOW_TAKEN_Q = caseless(/\bhow (?:are|do|did|is) (?:you|he|she) (taking|using|applying) (it|them|that|this|[a-z][\w -]{2,30})$/);
const QUANT_Q = caseless(/\bhow (?:high|much|many|often|far|low)\b|\bwhat (?:numbers|readings|sugars|blood pressures?) (?:are|have|were) you (?:getting|seeing|been getting)\b|\bwhat (?:was|is|'s) (?:the|your|her|his) (?:highest |lowest |last )?(?:temperature|temp|fever|reading|number|weight|sugar|blood sugar)|\bwhat kind of numbers\b|\bwhat (?:were|are) (?:the|your) (?:numbers|readings)\b/);
const AGE_Q = caseless(/\bhow old (?:are you|is (?:he|she|your \w+|the patient)|is (?:he|she) now)\b|\bwhat(?:'s| is) (?:your|his|her) age\b/);
const TIME_WORDS = caseless(/\b(?:days?|weeks?|months?|years?|hours?|minutes?|(?:some|a long|a while|quite some) time|a while|ages|yesterday|last night|this morning|tonight|today|ago|since|fall|autumn|spring|summer|winter|january|february|march|april|june|july|august|september|october|november|december|childhood|as a (?:kid|child|teenager|teen|baby|toddler)|(?:19|20)\d\d|sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/);

const COUNTED_UNIT = /^(?:seconds?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|wks?|months?|years?|yrs?|times?|tablets?|pills?|doses?|puffs?|mg|ml|kg|lbs?|pounds?|kilos?|miles?|blocks?|flights?|steps?|cups?|glasses?|drinks?|cigarettes?)$/;

/** "So about two hours.": a short count of time, said on its own. */
function isReckonedDuration(sentence: string): boolean {
  return words(sentence) <= 6 && NUMBERISH.test(sentence) && /\b(?:minutes?|hours?|days?|weeks?|months?|years?)\b/i.test(sentence) && !/\b(?:i|my|me|ago|you)\b/i.test(sentence);
}

/** "About a six" → "6"; "six or seven" → "6-7"; undefined without a 0–10 number (or with one that counts a unit). */
export function readPainScore(answer: string): string | undefined {
  const tokens = answer.toLowerCase().replace(/[^a-z0-9.\s/-]/g, ' ').split(/[\s-]+/).filter((t) => t !== '');
  const values: number[] = [];
  for (let i = 0; i < tokens.length && values.length < 2; i++) {
    const t = tokens[i]!;
    if (/^\d+\/10$/.test(t)) return t.split('/')[0];
    const digits = /^\d+(\.\d)?$/.test(t) ? t : spokenNumberToDigits(t);
    if (digits === undefined) continue;
    const v = Number(digits);
    // "2 days. No fever, no back pain." (to "Any fever or back pain?") counts days, not a score.
    if (v < 0 || v > 10 || COUNTED_UNIT.test(tokens[i + 1] ?? '')) return undefined;
    // "out of ten" names the scale, not the score.
    if (v === 10 && tokens[i - 1] === 'of') continue;
    values.push(v);
    if (!['or', 'to', 'and'].includes(tokens[i + 1] ?? '')) break;
    i += 1;
  }
  if (values.length === 0) return undefined;
  return values.length === 2 && values[1]! > values[0]! ? `${values[0]}-${values[1]}` : String(values[0]);
}

/** What a 0–10 rating is asked of besides pain. */
const RATED = new Set('mood anxiety sleep energy stress confidence motivation cravings craving fatigue tiredness nausea itch itching dizziness stiffness breathing appetite focus concentration worry'.split(' '));

/** "About a four.", "Four out of ten.", "Six or seven.": a score said as a sentence of its own. */
const SCORE_ALONE = /^(?:(?:about|maybe|like|around|probably|roughly|say)\s+)*(?:an?\s+)?(?:\d+|zero|one|two|three|four|five|six|seven|eight|nine|ten)(?:\s+(?:or|to)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten))?(?:\s+(?:out of|over)\s+(?:10|ten))?$/i;

function painHeading(question: string): string {
  const m = /\b(?:your |the |that |this |his |her )?((?:\w+ ){0,1})pain\b/i.exec(question);
  const qualifier = m?.[1]?.trim().toLowerCase() ?? '';
  const known = /^(?:throat|back|knee|neck|chest|head|shoulder|hip|ankle|wrist|foot|heel|stomach|abdominal|belly|ear|tooth|jaw|leg|arm|elbow|joint|pelvic)$/.test(qualifier);
  const worst = /\bat (?:its )?worst\b/i.test(question) ? ' at worst' : /\b(?:right now|today|now)\b/i.test(question) ? ' today' : '';
  return `${known ? `${qualifier.charAt(0).toUpperCase()}${qualifier.slice(1)} pain` : 'Pain'}${worst}`;
}

/** A patient's reaction sentence as a short third-person phrase: "I get hives all over" → "gets hives all over". */
/** Where an allergy answer goes on to the reaction: "Sulfa drugs, I get a rash", "penicillin, it makes me swell up". */
const REACTION_AFTER_COMMA_RE = /(?:,|\s[-–—])\s*(?:and\s+)?(?=(?:(?:i|it|they|he|she|my)\s+)?(?:get|gets|got|had|break|breaks|broke|come|comes|came|make|makes|made|give|gives|gave|swell|swelled|throat|face|lips)\b)/i;

function describeReaction(sentence: string, gender: Gender): string | undefined {
  if (!/\b(?:rash|hives|swell\w*|itch\w*|throat|breath\w*|anaphyla\w*|vomit\w*|nause\w*|diarrh\w*|welts|blisters?|face|lips?|tongue|upset)\b/i.test(sentence)) return undefined;
  const third = rewritePatientSpeech(cleanAnswer(sentence), gender);
  if (!third) return undefined;
  return third.replace(/^(?:the patient|he|she)\s+/i, '').replace(/^(?:the patient's|his|her|their)\s+/i, '').replace(/^it makes (?:the patient|him|her|them) /i, '');
}

const HUNDRED_SCALE = /\b(?:(?:nought|naught|zero|0) (?:to|and) (?:a |one )?(?:hundred|100)|out of (?:a |one )?(?:hundred|100))\b/i;
const RATED_NOW = /^(?:(?:and|so|okay),?\s+)?(?:where(?:'s| is) (?:it|that)|what(?:'s| is) (?:it|that)|and) now\??$/i;
const ANXIOUS: Record<string, string> = { anxious: 'anxiety', worried: 'worry', distressed: 'distress', scared: 'fear', frightened: 'fear', upset: 'distress', sad: 'sadness', angry: 'anger' };

function readHundredRating(question: string, answer: string, recent: AnswerLine[]): string | undefined {
  const m = /^(?:(?:about|maybe|like|around|probably|a|um|uh),?\s+)*([a-z]+(?:[- ][a-z]+)?|\d{1,3})(?:\s*(?:percent|%))?[.?!]?$/i.exec(answer.trim());
  const value = m ? (/^\d+$/.test(m[1]!) ? m[1]! : spokenNumberToDigits(m[1]!.toLowerCase())) : undefined;
  if (value === undefined || Number(value) > 100) return undefined;
  if (HUNDRED_SCALE.test(question)) {
    const word = question.toLowerCase().split(/[^a-z]+/).find((w) => RATED.has(w) || w in ANXIOUS);
    const name = word ? ANXIOUS[word] ?? word : 'Rating';
    return `${name.charAt(0).toUpperCase()}${name.slice(1)} ${value} (0-100).`;
  }
  const before = recent.map((r) => /^([A-Z][a-z]+) \d{1,3} \(0-100\)\.$/.exec(r.text)).filter((r) => r !== null).at(-1);
  return before && RATED_NOW.test(question.trim()) ? `${before[1]} ${value} (0-100) afterwards.` : undefined;
}

export function readValueAnswer(pair: Pair, gender: Gender, previous: AnswerLine | undefined, recent: AnswerLine[] = []): AnswerLine[] {
  const { question } = pair;
  const first = cleanAnswer(pair.answers[0] ?? '');
  if (first === '' || POSITIVE.test(first) && words(first) <= 2) return [];
  const negative = NEGATIVE.test(first);
  // ("The number for the heart rate?" asks for a vital sign, not a rating.)
  const painAsked = (PAIN_Q.test(question) && /\b(?:pain|hurt|bad|scale|(?<!(?:heart|pulse|breathing|respiratory|resp) )rate)\b/i.test(question)) || /\b(?:zero|0|one|1) to (?:10|ten)\b/i.test(question)
    // ("How many of the Oramorph, the liquid for breakthrough pain, has he needed?" — "Five doses yesterday." is a count.)
    || (/\bpain\b/i.test(question) && !/\bhow (?:many|much|often|long)\b/i.test(question) && words(first) <= 4 && /^(?:(?:about|maybe|like|around|probably|a|an)\s+)*(?:\d+|zero|one|two|three|four|five|six|seven|eight|nine|ten)\b/i.test(first))
    // "If nought is no pain and ten is the worst, where is it?" — "7 out of 10.": the answer names its own scale.
    || (/\b(?:pain|hurt\w*|worst)\b/i.test(pair.q.text) && /^(?:(?:about|maybe|like|around|probably|a|an)\s+)*(?:\d+|zero|one|two|three|four|five|six|seven|eight|nine|ten)(?: or (?:\d+|[a-z]+))? (?:out of|over) (?:10|ten)\b/i.test(first));
  // "Your mood overall, out of ten?" — "Maybe a five.": a rating of something other than pain, under its own name.
  const rated = !/\b(?:pain|hurt\w*)\b/i.test(question) && /\b(?:out of (?:10|ten)|(?:zero|0|one|1) (?:to|and) (?:10|ten)|scale)\b/i.test(question)
    ? question.toLowerCase().split(/[^a-z]+/).find((w) => RATED.has(w)) : undefined;
  // "How anxious, nought to a hundred?" — "Seventy.": a rating on a 0–100 scale (distress, belief), and "Where's it
  // now?" — "Thirty." after it, the same rating again.
  const hundred = readHundredRating(question, first, recent);
  // (rated in the session, as a scale is scored there: a finding, not a report)
  if (hundred) return [statement('exam', hundred, pair, [pair.answers[0]!])];
  if (rated) {
    const score = readPainScore(first.split(/\s+/).slice(0, 8).join(' '));
    if (score !== undefined) return [statement('history', `${rated.charAt(0).toUpperCase()}${rated.slice(1)} ${score}/10.`, pair, [pair.answers[0]!])];
  }
  if (painAsked) {
    // The score must come early in the answer, where the question's scale still frames it.
    const score = readPainScore(first.split(/\s+/).slice(0, 8).join(' '));
    if (score !== undefined) return [statement('history', `${painHeading(question)} ${score}/10.`, pair, [pair.answers[0]!])];
  }
  // "Any pain?" — "When you change it, it stings. About a four. Four out of ten.": the score said alone after what the
  // pain is like is its score all the same (the first sentence is left to be written on its own).
  const later = /\bpain\b/i.test(question) && !negative && !/\bhow (?:many|much|often|long)\b/i.test(question) ? pair.answers.slice(1, 3).find((s) => SCORE_ALONE.test(cleanAnswer(s))) : undefined;
  const laterScore = later === undefined ? undefined : readPainScore(cleanAnswer(later));
  if (later !== undefined && laterScore !== undefined) return [statement('history', `${painHeading(question)} ${laterScore}/10.`, pair, [later])];
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
    // "Sulfa drugs, I get a rash.": the allergen, then what it does, in one sentence.
    const [named = first, said] = first.split(REACTION_AFTER_COMMA_RE);
    const allergen = named.replace(/^(?:i'm |i am |she's |he's )?(?:allergic to|just|only|yes,?|yeah,?)\s*/i, '').replace(/^(?:the |to )/i, '');
    const trimmed = allergen.replace(/,?\s*(?:i (?:believe|think)|i guess|as far as i know)$/i, '').trim();
    if (trimmed !== '' && words(trimmed) <= 6 && !/\b(?:i|my|me|not sure|don't know)\b/i.test(trimmed)) {
      const inline = said ? describeReaction(`${said.trim()}.`, gender) : undefined;
      const reaction = inline ?? (pair.answers[1] ? describeReaction(pair.answers[1], gender) : undefined);
      const covers = reaction ? pair.answers.slice(0, 2) : [pair.answers[0]!];
      return [statement('background', `Allergies: ${lowerFirst(trimmed)}${reaction ? ` (${reaction})` : ''}.`, pair, covers)];
    }
  }
  if (ALLERGY_Q.test(question) && negative) {
    // "Allergies to any kind of cats or dogs?" / "no food allergies?": the denial is of what was asked about.
    const asked = /\ballerg(?:ic|y|ies) to (?:any (?:(?:kind|sort) of,?\s*)?)?([a-z][\w ,-]{1,50}?)(?:,? or anything(?: like that)?)?\s*[?.]*$/i.exec(question)?.[1];
    const kind = /\b(food|drug|medication|medicine|seasonal|environmental|latex|pet|animal|nut|peanut|shellfish|egg|milk|dairy|insect|bee|sting|pollen|dust)\s+allerg/i.exec(question)?.[1];
    const specific = asked && !/^(?:any|anything|something|things?|medications?|medicines?|meds|drugs?)\b/i.test(asked) ? `Not allergic to ${asked}`
      : kind ? `Denies ${kind.toLowerCase()} allergies` : undefined;
    const text = specific ? `${specific}${pair.a.role === 'other' && pair.a.label ? ` per ${describeSpeaker(pair.a.label) ?? 'the speaker'}` : ''}.`
      : describeAllergyDenial(question);
    return [statement('background', text, pair, [pair.answers[0]!])];
  }
  const takenFor = readTakenFor(pair, first, negative);
  if (takenFor.length > 0) return takenFor;
  if ((MEDS_Q.test(question) || (TAKEN_Q.test(question) && findDrugs(first).length > 0)) && !negative && words(first) <= 14 && !/\b(?:i don't|not sure|don't know)\b/i.test(first)) {
    const meds = first.replace(/^(?:i(?:'m| am) (?:taking|on)|i take|just|only|yes,?|yeah,?)\s*/i, '');
    // "Any medical conditions, or prescription medicines?" — "High blood pressure.": a condition, not a medicine.
    const conditionOnly = DIAGNOSIS_TERM.test(meds) && findDrugs(meds).length === 0;
    if (meds !== '' && !conditionOnly && !/\b(?:i|me|my)\b/i.test(meds)) return [statement('background', `Medications: ${lowerFirst(meds)}.`, pair, [pair.answers[0]!])];
  }
  // "Does anyone smoke at home, or in the car?" — "No, nobody smokes.": the household's smoking, not the patient's.
  if (SMOKE_Q.test(question) && HOUSEHOLD_Q.test(question) && words(first) <= 12) {
    const said = first.replace(/^(?:no|yes|yeah|nope),?\s+(?=\S)/i, '').replace(/[.!\s]+$/, '');
    const text = /^(?:no|nope)$/i.test(said) ? 'No one smokes at home.' : `Smoking at home: ${lowerFirst(said)}.`;
    return [statement('background', text, pair, [pair.answers[0]!])];
  }
  for (const [re, name, denial] of [[SMOKE_Q, 'Smoking', 'smoking'], [ALCOHOL_Q, 'Alcohol', 'alcohol use'], [DRUGS_Q, 'Drug use', 'drug use']] as const) {
    if (!re.test(question) || (name === 'Alcohol' && /\b(?:coffee|tea|water|soda|pop|caffeine|energy drinks?|juice|milk|fluids)\b/i.test(question))) continue;
    if (negative && words(first) <= 10 && !/\b(?:but|used to|quit|stopped|occasionally|sometimes|socially)\b/i.test(first)) {
      return [statement('background', `Denies ${denial}.`, pair, [pair.answers[0]!])];
    }
    // "I did, I stopped two years ago.", "Used to, gave up in 2019.": a former smoker, and since when.
    const quit = QUIT.exec(first);
    if (name === 'Smoking' && quit && !/\b(?:again|started|back on)\b/i.test(first) && words(first) <= 14) {
      return [statement('background', `Ex-smoker; ${lowerFirst(quit[0].replace(/^i\s+/i, ''))}.`, pair, [pair.answers[0]!])];
    }
    if (!negative && words(first) <= 12 && !/\b(?:i|me|my)\b/i.test(first.replace(/^i (?:quit|used to|stopped)/i, ''))) {
      const text = first.replace(/^i (quit|used to|stopped)/i, '$1');
      return [statement('background', `${name}: ${lowerFirst(text)}.`, pair, [pair.answers[0]!])];
    }
    return [];
  }
  // "How old are you?" — "Fifty-eight.": the age, in the answer's own number.
  if (AGE_Q.test(question) && words(first) <= 6 && /^(?:i'm |i am |(?:he|she)(?:'s| is) |about |almost |just )*(?:\d+|[a-z]+(?:[- ][a-z]+)?)(?: (?:years?|months?|weeks?)(?: old)?)?$/i.test(first) && NUMBERISH.test(first)) {
    const age = first.replace(/^(?:i'm |i am |(?:he|she)(?:'s| is) )/i, '');
    // "Forty seven." — a bare number is the age in years, written as notes write it ("47 years old").
    const years = spokenNumberToDigits(age.toLowerCase().replace(/[.!]+$/, '').replace(/\s+/g, '-')) ?? (/^\d+$/.test(age.replace(/[.!]+$/, '')) ? age.replace(/[.!]+$/, '') : undefined);
    if (years !== undefined && Number(years) > 0 && Number(years) < 120) return [statement('background', `${years} years old.`, pair, [pair.answers[0]!])];
    return [statement('background', `Age: ${lowerFirst(age)}.`, pair, [pair.answers[0]!])];
  }
  // "How hard does that feel on the Borg scale?" — "About 13, somewhat hard.": a rating taken in the session, on a named
  // scale that is not 0-10, is a measure of the session.
  const scale = EFFORT_SCALE_Q.exec(question);
  if (scale && words(first) <= 8 && NUMBERISH.test(first) && !/\b(?:i|me|my)\b/i.test(first)) {
    const name = /^(?:rpe|mrc)$/i.test(scale[1]!) ? scale[1]!.toUpperCase() : `${scale[1]!.charAt(0).toUpperCase()}${scale[1]!.slice(1).toLowerCase()}`;
    return [statement('exam', `${name} scale: ${lowerFirst(first)}.`, pair, [pair.answers[0]!])];
  }
  // "Which knee was it?" — "My right knee.", "What part of the knee?" — "Kind of the inside part of my kneecap.":
  // where the problem is, with the patient's "my" read as the body part's article.
  const where = LOCATION_Q.test(question) && words(first) <= 10 && !negative ? LOCATION_A.exec(first) : null;
  if (where && !/\b(?:i|me|i'm|i've)\b/i.test(first)) {
    const place = where[1]!.replace(/\b(?:my|that)\b/gi, 'the').replace(/^the\s+(?=(?:left|right|both)\b)/i, '');
    return [statement('history', `Location: ${lowerFirst(place)}.`, pair, [pair.answers[0]!])];
  }
  // "What does the pain feel like? Sharp, dull, throbbing?" — "Throbbing.": the kind of pain, chosen from those offered.
  const character = CHARACTER_A.exec(first);
  // ("What does it feel like?" — "Throbbing.": asked plainly, any kind of pain answers it; asked earlier in the turn, only one offered.)
  if (character && words(first) <= 4 && !negative && (CHARACTER_Q.test(question) || (CHARACTER_Q.test(pair.q.text) && new RegExp(`\\b${character[1]!.toLowerCase()}\\b`).test(pair.q.text.toLowerCase())))) {
    return [statement('history', `Character: ${character[1]!.toLowerCase()}.`, pair, [pair.answers[0]!])];
  }
  // "What makes it worse?" — "Sitting.", "Where does the pain go?" — "From my left buttock down to my calf.": the
  // answer under what was asked, the patient's "my" read as the body part's article.
  const modifier = MODIFIER_Q.exec(question);
  const described = words(first) <= 16 && !negative && !/\b(?:i|me|i'm|i've|you)\b/i.test(first) && !/\?$/.test(first);
  if ((modifier || RADIATION_Q.test(question)) && described) {
    // ("Does anything set it off?" asks what brings it on, as "what makes it worse?" does, not what eases it.)
    const heading = !modifier ? 'Radiation' : /^(?:worse|on|off|triggers?|provokes?|sets? off)$/i.test(modifier[1] ?? modifier[2] ?? '') ? 'Worse with' : 'Better with';
    return [statement('history', `${heading}: ${lowerFirst(first.replace(/\bmy\b/gi, 'the').replace(/[.!]+$/, ''))}.`, pair, [pair.answers[0]!])];
  }
  const timed = TIME_WORDS.test(first) && words(first) <= 12 && !/\b(?:i|my|me)\b/i.test(first);
  const hedged = dropHedgeTail(first);
  // "How long have you been on the floor?" — "What time is it? … It was the news, about half five. So about two hours.":
  // the duration can come after the patient works it out; the first short timed sentence of the answer is it.
  // ("Twenty years?" is the duration said with a rising tone, not a question back.)
  const asksBack = /\?\s*$/.test(pair.answers[0] ?? '') && !isUptalk(pair.answers[0]!);
  const reckoned = DURATION_Q.test(question) && (!timed || asksBack) ? pair.answers.slice(1, 4).find((a) => isReckonedDuration(cleanAnswer(a))) : undefined;
  if (DURATION_Q.test(question) && ((timed && !asksBack) || reckoned !== undefined || (hedged !== first && TIME_WORDS.test(hedged) && words(hedged) <= 12 && !/\b(?:i|my|me)\b/i.test(hedged)))) {
    const topic = readDurationTopic(question);
    const state = topic ? undefined : readDurationState(question);
    const heading = state ? `${state.charAt(0).toUpperCase()}${state.slice(1)}` : !topic ? 'Duration' : findDrugs(topic).length > 0 ? `Taking ${topic}` : `Duration of ${topic}`;
    const said = reckoned === undefined ? hedged : cleanAnswer(reckoned).replace(/^(?:so|then|that's|that makes it),?\s+/i, '');
    return [statement('history', `${heading}: ${lowerFirst(said)}.`, pair, [reckoned ?? pair.answers[0]!])];
  }
  // "When did you get diagnosed with diabetes?" — "It was last fall." → "Diabetes diagnosed: last fall."
  const diagnosed = readDiagnosedTopic(question);
  const when = hedged.replace(/^(?:it was|that was|it's been|i was|i think it was|about|around)\s+(?=\S)/i, (lead) => (/^(?:about|around)/i.test(lead) ? lead : ''));
  if (diagnosed && TIME_WORDS.test(when) && words(when) <= 8 && !/\b(?:i|my|me)\b/i.test(when)) {
    return [statement('background', `${diagnosed.charAt(0).toUpperCase()}${diagnosed.slice(1)} diagnosed: ${lowerFirst(when)}.`, pair, [pair.answers[0]!])];
  }
  if (ONSET_Q.test(question) && timed) return [statement('history', `Onset: ${lowerFirst(first)}.`, pair, [pair.answers[0]!])];
  // "When was the first day of your last period?" asks when the last period was.
  const last = LAST_Q.exec(question.replace(/[?.\s]+$/, '').replace(/\bthe first day of (your|his|her|the) (last|most recent)\b/i, '$1 $2'));
  // "When was the last time you had methotrexate?": the time asked of is the patient's, not "you".
  const what = last && /\byou\b/i.test(last[2]!) ? rewriteClinicianSpeech(last[2]!, gender) : last?.[2];
  if (last && what && !/\byou\b/i.test(what) && words(first) <= 12 && !/\b(?:i|my|me)\b/i.test(first)) {
    return [statement('history', `${last[1]!.charAt(0).toUpperCase()}${last[1]!.slice(1).toLowerCase()} ${what}: ${lowerFirst(first)}.`, pair, [pair.answers[0]!])];
  }
  const lastDid = LAST_DID_Q.exec(question.replace(/[?.\s]+$/, ''));
  const did = lastDid ? pastTense(lastDid[1]!) : undefined;
  if (lastDid && did && TIME_WORDS.test(when) && words(when) <= 8 && !/\b(?:i|my|me|you|your)\b/i.test(`${when} ${lastDid[2]!}`)) {
    return [statement('history', `Last ${did}${lastDid[2]!}: ${lowerFirst(when)}.`, pair, [pair.answers[0]!])];
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
    return [statement('history', `How often: ${lowerFirst(first)}.`, pair, [pair.answers[0]!])];
  }
  const times = HOW_MANY_TIMES_Q.exec(question);
  if (times && NUMBERISH.test(first) && words(first) <= 10 && !/\b(?:i|my|me)\b/i.test(first)) {
    return [statement('history', `${times[1]!.charAt(0).toUpperCase()}${times[1]!.slice(1)} ${lowerFirst(first)}.`, pair, [pair.answers[0]!])];
  }
  // "How much coffee?" — "Four or five cups a day, plus energy drinks when I'm on night shift.": the answer in third person.
  const quantAnswer = /\b(?:i|my|me|i'm|i've)\b/i.test(first) && /^(?:(?:about|maybe|like|around|probably)\s+)?(?:\d|zero|one|two|three|four|five|six|seven|eight|nine|ten|a couple|a few)/i.test(first)
    ? rewritePatientSpeech(first, gender) : first;
  if (QUANT_Q.test(question) && quantAnswer && NUMBERISH.test(first) && words(first) <= 16 && !/\b(?:i|my|me)\b/i.test(quantAnswer)) {
    // "You've been checking your blood pressure at home. What numbers are you getting?": the measure is named just before.
    const measure = /\b(fever|temperature|temp|blood sugars?|sugars?|blood pressure|pressure|weight)\b/i;
    // "How much do you weigh?": the measure is the verb's.
    const noun = measure.exec(question)?.[1] ?? (/\bhow much (?:do|does|did) (?:you|he|she|they) weigh\b/i.test(question) ? 'weight' : undefined)
      ?? (/\b(?:numbers|readings?)\b/i.test(question) ? measure.exec(pair.q.text)?.[1] : undefined)
      ?? /\b(readings?|numbers)\b/i.exec(question)?.[1]
      ?? /\bhow (?:much|many) (?:of (?:the|your|his|her) )?([a-z]+(?: [a-z]+)?(?: (?:in|over) the (?:last|past) (?:\w+ )?(?:days?|weeks?|months?|years?))?)(?:\s+(?:do|are|have|did|is|a|per|today|this|so far)\b|,|[?.]*$)/i.exec(question)?.[1]
      ?? /\b(?:you|he|she) (?:\w+ )?(?:getting|seeing|gotten|had|have)\b/i.exec(question)?.[0];
    if (noun && !/\b(?:you|he|she)\b/i.test(noun)) {
      return [statement('history', `${noun.charAt(0).toUpperCase()}${noun.slice(1).toLowerCase()}: ${lowerFirst(quantAnswer)}.`, pair, [pair.answers[0]!])];
    }
  }
  return [];
}

const QUIT = /\b(?:i\s+)?(?:stopped|quit|gave (?:it |them )?up|packed (?:it|them) in)\b[^,.;!?]{0,40}/i;

// "Any other allergies?" — "No.": none besides the one just named; a plain denial is written as clinicians chart it
// ("No known drug allergies" when the question was about medicines).
function describeAllergyDenial(question: string): string {
  if (/\bother allerg/i.test(question)) return 'No other allergies.';
  return /\b(?:drugs?|medicines?|medications?|meds|tablets)\b/i.test(question) ? 'No known drug allergies.' : 'No known allergies.';
}
