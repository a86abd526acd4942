/**
 * Turns a clinician's yes/no symptom question and the patient's short answer into one review-of-systems line:
 * "any chest pain?" + "no" → "The patient denies chest pain." The symptom words are the clinician's own.
 */
import type { Turn } from './types.js';
import type { Gender } from './rewrite-person.js';
import { rewriteClinicianSpeech } from './rewrite-person.js';
import { normalizeAsrText } from './normalize-asr-text.js';
import { splitSentences } from './split-sentences.js';
import { CLINICAL_TERMS, countMatches } from './clinical-lexicon.js';

export interface ReviewLine { text: string; lines: number[]; negative: boolean }

const TOPIC_QUESTION = /^(?:(?:and|so|okay|now|alright|all right|um|uh|well)[\s,]+)*(?:(?:have|had) you (?:had|noticed|been having|experienced|felt|got|gotten|seen)|(?:do|did) you (?:have|get|feel|notice|experience|had|see)|are you (?:having|experiencing|feeling|getting)|were you (?:having|experiencing|feeling)|is there|you have|how about|what about|any other|any)\s+(?:any\s+|some\s+|a\s+)?(.+?)[?.]?$/i;
const NEGATIVE_ANSWER = /^(?:no|nope|nah|not really|never|none|negative|i don't|i haven't|i have not|i didn't|i do not|not that i)\b/i;
const POSITIVE_ANSWER = /^(?:yes|yeah|yep|yup|i do|i have|i did|a little|sometimes|uh-huh|mm-hmm|correct|definitely)\b/i;
const TOPIC_TAIL = /\s*(?:,?\s*(?:or anything( like that| else)?|at all|lately|recently|that you've noticed|or not))+$/i;

function extractTopic(question: string): string | undefined {
  const m = TOPIC_QUESTION.exec(question.trim());
  if (!m) return undefined;
  const topic = m[1]!.replace(TOPIC_TAIL, '').replace(/[?.,]+$/, '').trim();
  const words = topic.split(/\s+/).length;
  if (words > 8 || countMatches(topic, CLINICAL_TERMS) === 0) return undefined;
  if (/\b(i|we|me|us|questions?|concerns?|medications? (for|that))\b/i.test(topic)) return undefined;
  return topic;
}

export function composeSymptomReview(turns: Turn[], gender: Gender): ReviewLine[] {
  const out: ReviewLine[] = [];
  for (let i = 1; i < turns.length; i++) {
    const q = turns[i - 1]!;
    const a = turns[i]!;
    if (q.role !== 'clinician' || a.role === 'clinician') continue;
    const lastQuestion = splitSentences(normalizeAsrText(q.text)).at(-1) ?? '';
    const answer = normalizeAsrText(a.text);
    const answerWords = answer.split(/\s+/).length;
    const negative = NEGATIVE_ANSWER.test(answer) && answerWords <= 8;
    const positive = !negative && POSITIVE_ANSWER.test(answer) && answerWords <= 5;
    if (!negative && !positive) continue;
    const topic = extractTopic(lastQuestion);
    if (!topic) continue;
    const thirdPerson = rewriteClinicianSpeech(topic, gender);
    if (thirdPerson === undefined || /\byou\b/i.test(thirdPerson)) continue;
    out.push({
      text: `The patient ${negative ? 'denies' : 'reports'} ${thirdPerson}.`,
      lines: [q.line, a.line],
      negative,
    });
  }
  return out;
}
