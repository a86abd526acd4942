/**
 * Answers to the standing questions of a history that are only lists or fragments without their question: "Any other
 * medical problems?" — "Sleep apnoea. And my blood pressure."; "Have you had an anaesthetic before?" — "Yes, for my
 * gallbladder."; "How far can you walk?" — "One flight, slowly." Each is written under what was asked.
 */
import type { Gender } from './rewrite-person.js';
import { rewritePatientSpeech } from './rewrite-person.js';
import { NEGATIVE, POSITIVE, cleanAnswer, lowerFirst, statement, words, type AnswerLine, type Pair } from './answer-pair.js';
import { caseless } from '../text/caseless-pattern.js';

const MEDICAL_HISTORY_Q = caseless(/\b(?:any|have you got any|do you have any) (?:other )?(?:medical|health) (?:problems|conditions|issues)\b|\b(?:any|other) (?:long[- ]term|chronic|ongoing) (?:conditions|illnesses|problems)\b|\b(?:past|previous) medical history\b/);
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
