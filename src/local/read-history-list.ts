/**
 * Answers to the standing questions of a history that are only lists or fragments without their question: "Any other
 * medical problems?" — "Sleep apnoea. And my blood pressure."; "Have you had an anaesthetic before?" — "Yes, for my
 * gallbladder."; "How far can you walk?" — "One flight, slowly." Each is written under what was asked.
 */
import type { Gender } from './rewrite-person.js';
import { rewritePatientSpeech } from './rewrite-person.js';
import { NEGATIVE, POSITIVE, cleanAnswer, lowerFirst, statement, words, type AnswerLine, type Pair } from './answer-pair.js';
import { caseless } from '../text/caseless-pattern.js';

const MEDICAL_HISTORY_Q = caseless(/\b(?:any|have you got any|do you have any) (?:other )?(?:(?:past|previous) )?(?:medical|health) (?:problems|conditions|issues|concerns)\b|\b(?:any|other) (?:long[- ]term|chronic|ongoing) (?:conditions|illnesses|problems)\b|\b(?:past|previous) medical history\b/);
const KNOWN_BESIDES = caseless(/(?:^|[.?!]\s+)(?:(?:and|so|okay)[,\s]+)?(?:besides|apart from|other than|aside from) (?:the |your |his |her )?([a-z][\w' -]{2,40}?),\s*(?=any\b)/);
const NOTHING_ELSE = caseless(/\b(?:nothing else|no others?|nothing other|just that|only that|that's it|that's all|that's the only)\b/);
const HAD_BEFORE_Q = caseless(/^(?:(?:and|so|okay|now)[,\s]+)?(?:have|has) (?:you|he|she) (?:ever )?had (?:an? |any )?((?:[a-z]+ ){0,2}?(?:anaesthetic|anesthetic|general anaesthetic|operations?|surgery|surgeries|procedures?|blood transfusions?|stitches|scans?|x-?rays?|physio(?:therapy)?|counselling|therapy))(?: before| in the past| previously)?\??$/);
const EXERCISE_Q = caseless(/\bhow far can (?:you|he|she) walk\b|\bcan (?:you|he|she) (?:manage|climb|walk up|get up) (?:a|one|two|three|\d+) flights? of stairs\b/);

/** A list item in the patient's words, "my" read as the patient's: "And my blood pressure." → "blood pressure". */
function readListItem(sentence: string, gender: Gender): string | undefined {
  const item = cleanAnswer(sentence).replace(/^(?:and|also|plus|oh and)\s+/i, '');
  if (item === '' || words(item) > 12 || /\?$/.test(sentence)) return undefined;
  if (!/\b(?:i|me|i'm|i've)\b/i.test(item)) return item.replace(/\bmy\b/gi, 'the').replace(/^the\s+/i, '');
  const third = rewritePatientSpeech(item, gender);
  return third && !/\b(?:could|would|should|can|will|did|does|to)\s+\w+ed\b/i.test(third) ? third : undefined;
}

export function readHistoryList(pair: Pair, gender: Gender, who: string | undefined): AnswerLine[] {
  const first = cleanAnswer(pair.answers[0] ?? '');
  if (first === '' || who) return [];
  const question = pair.question.trim();
  // (The question's lead-in is cut off before it reaches here: it is read from the whole turn.)
  const known = KNOWN_BESIDES.exec(pair.q.text);
  // "Besides cleft palate, any other past medical history?" — "Yeah, nothing else. Just that.": the one the clinician named.
  if (known && MEDICAL_HISTORY_Q.test(question) && NOTHING_ELSE.test(pair.answers.slice(0, 2).join(' ')) && words(known[1]!) <= 5) {
    return [statement('background', `Medical history: ${known[1]!.toLowerCase()}; nothing else.`, pair, pair.answers.slice(0, 2))];
  }
  // "Any medical concerns or issues in the past?" — "No.": a plain no to the whole history.
  if (MEDICAL_HISTORY_Q.test(question) && NEGATIVE.test(first) && words(first) <= 3) {
    return [statement('background', `No ${/\b(?:other|else)\b/i.test(question) ? 'other' : 'past'} medical problems.`, pair, [pair.answers[0]!])];
  }
  if (MEDICAL_HISTORY_Q.test(question) && !NEGATIVE.test(first) && !POSITIVE.test(first)) {
    const taken = pair.answers.slice(0, 3);
    const items: string[] = [];
    for (const sentence of taken) {
      const item = readListItem(sentence, gender);
      if (!item) break;
      items.push(item);
    }
    if (items.length === 0) return [];
    return [statement('background', `Medical history: ${items.map(lowerFirst).join('; ')}.`, pair, taken.slice(0, items.length))];
  }
  const before = HAD_BEFORE_Q.exec(question);
  const detail = /^(?:yes|yeah|yep|once|twice),?\s+((?:for|when|after|with|in|years ago|as a)\b[^.?!]{2,50})$/i.exec(first);
  if (before && detail) {
    const what = before[1]!.toLowerCase().replace(/^(?:an?|any)\s+/, '');
    const item = readListItem(detail[1]!, gender) ?? detail[1]!;
    return [statement('history', `Previous ${what}: yes, ${lowerFirst(item)}.`, pair, [pair.answers[0]!])];
  }
  if (EXERCISE_Q.test(question) && words(first) <= 14 && !NEGATIVE.test(first)) {
    const item = readListItem(pair.answers[0]!, gender);
    // "Can you manage a flight of stairs?" — "One flight, slowly.": the flight is of stairs.
    const stairs = /\bstairs\b/i.test(question) && !/\bstairs\b/i.test(item ?? '') ? (item ?? '').replace(/\b(flights?)\b/i, '$1 of stairs') : item;
    if (stairs) return [statement('history', `Exercise tolerance: ${lowerFirst(stairs.replace(/^the patient's\s+/i, 'the '))}.`, pair, [pair.answers[0]!])];
  }
  return [];
}
