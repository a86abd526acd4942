/**
 * Family history asked as "does anyone in your family have…?": "Does anyone in your family have diabetes?" — "Yes,
 * my mother." → "Family history of diabetes: mother."; "— No." → "No family history of diabetes." A short "How about
 * heart disease?" right after one asks the same of another condition.
 */
import { CLINICAL_TERMS, countMatches } from './clinical-lexicon.js';
import { DIAGNOSIS_TERM } from './clinical-vocabulary.js';
import { NEGATIVE, POSITIVE, cleanAnswer, statement, words, type AnswerLine, type Pair } from './answer-pair.js';
import { caseless } from '../text/caseless-pattern.js';

// "Anyone in your family had bowel cancer?": the auxiliary is often dropped when the question is spoken.
const FAMILY_Q = caseless(/(?:\b(?:does|do|did|has|have|is there) |^(?:(?:and|so|okay),?\s+)?)(?:anyone|anybody|someone|somebody|any(?:one)? of your (?:relatives|family)|any (?:relatives|family members))(?: else)?(?: (?:in|from) (?:your|his|her|the) (?:immediate |close )?family| (?:related to|blood[- ]related to) (?:you|him|her))? (?:have|has|had|get|got|suffer(?:ed)? (?:from|with)|been diagnosed with|ever had|die of|died of) (?:a |an |any )?(?:history of )?([a-z][\w' -]{2,40}?)(?: (?:in|from) (?:your|his|her|the) (?:immediate |close )?family)?[?.]*$/);
const FOLLOW_ON_Q = caseless(/^(?:(?:and|okay|so),?\s+)?(?:how|what) about (?:any )?([a-z][\w' -]{2,30}?)[?.]*$/);
const RELATIVE = caseless(/\b(?:my|his|her|our|their|the)\s+((?:great[- ])?(?:grand)?(?:mother|mom|mum|father|dad|parents?|sisters?|brothers?|siblings?|aunts?|auntie|uncles?|cousins?|sons?|daughters?|children|kids|grandparents?|nan|nana|granny|grandma|grandpa|grandad|twin|husband|wife)(?:'s (?:side|sister|brother|mother|father|mom|mum|dad))?)\b/, 'g');
const HEDGED_NO = caseless(/\bnot that i (?:know|am aware|'m aware)|\bi don't (?:think|know)\b/);

function isCondition(topic: string): boolean {
  return countMatches(topic, CLINICAL_TERMS) > 0 || DIAGNOSIS_TERM.test(topic);
}

/** What a family question asks about, or the condition a follow-on "How about…?" adds after a family answer. */
function readFamilyTopic(question: string, previous: AnswerLine | undefined): string | undefined {
  const m = FAMILY_Q.exec(question.trim()) ?? (previous && /^(?:No )?(?:known )?[Ff]amily history of /.test(previous.text) ? FOLLOW_ON_Q.exec(question.trim()) : null);
  const topic = m?.[1]?.trim().toLowerCase();
  return topic && isCondition(topic) ? topic : undefined;
}

export function readFamilyAnswer(pair: Pair, previous: AnswerLine | undefined): AnswerLine[] {
  const topic = readFamilyTopic(pair.question, previous);
  const first = cleanAnswer(pair.answers[0] ?? '');
  if (!topic || first === '') return [];
  if (NEGATIVE.test(first) && !/\b(?:but|except)\b/i.test(first)) {
    return [statement('background', `${HEDGED_NO.test(first) ? 'No known' : 'No'} family history of ${topic}.`, pair, [pair.answers[0]!])];
  }
  const relatives = [...new Set([...RELATIVE.matchAll(first)].map((r) => r[1]!.toLowerCase()))];
  const detail = first.replace(POSITIVE, '').replace(/^[\s,]+/, '').replace(/^(?:sadly|unfortunately|actually|i'm afraid|afraid so|of course)$/i, '');
  if (relatives.length > 0) return [statement('background', `Family history of ${topic}: ${relatives.join(', ')}.`, pair, [pair.answers[0]!])];
  if (!POSITIVE.test(first) && !/^(?:oh )?(?:yeah|yes)\b/i.test(first)) return [];
  // "Oh yeah, quite a few relatives actually.": how many, in the answer's words, when it says no more than that.
  const said = detail !== '' && words(detail) <= 6 && !/\b(?:i|me|my|i'm|you)\b/i.test(detail) ? `: ${detail.replace(/,?\s*actually$/i, '')}` : '';
  return [statement('background', `Family history of ${topic}${said}.`, pair, [pair.answers[0]!])];
}
