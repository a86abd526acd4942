/**
 * Answers about a medicine's purpose and the treatment tried so far: "What do you take the apixaban for?" — "The heart
 * rhythm. Atrial fibrillation."; "Have you given her anything for it?" — "No, nothing for it."
 */
import { findDrugs } from './clinical-vocabulary.js';
import { cleanAnswer, lowerFirst, statement, words, type AnswerLine, type Pair } from './answer-pair.js';
import { caseless } from '../text/caseless-pattern.js';

const TAKEN_FOR_Q = caseless(/^(?:(?:and|so|okay|now|right),?\s+)*what (?:do|does|did|are|is) (?:you|he|she|they) (?:take|taking|use|using|on|have) (?:the |your |his |her |their )?([a-z][\w -]{2,30}?) for$/);

const TRIED_Q = caseless(/^(?:(?:and|so|okay|now|right),?\s+)*(?:have|did|has) (?:you|he|she|they) (?:given|give|tried|try|taken|take|used|use|had|put) (?:(?:him|her|them|it) )?(?:anything|something)(?: (?:on|for) (?:it|that|this|the [a-z]+|his [a-z]+|her [a-z]+|your [a-z]+))?$/);

/**
 * "Have you given her anything for it?" — "No, nothing for it.", "Have you tried anything?" — "Just paracetamol.":
 * the treatment so far, in the answer's words (read when no other reader took the pair).
 */
export function readTreatmentSoFar(pair: Pair): AnswerLine[] {
  if (!TRIED_Q.test(pair.question.replace(/[?.\s]+$/, ''))) return [];
  const first = cleanAnswer(pair.answers[0] ?? '');
  const said = first.replace(/^(?:no|nope|yes|yeah),?\s+(?=\S)/i, '').replace(/[.!\s]+$/, '');
  if (said === '' || words(said) > 8 || /\b(?:i|my|me|i'm|i've|we)\b/i.test(said)) return [];
  const text = /^(?:no|nope|not really|nothing)$/i.test(said) ? 'Treatment so far: none.' : `Treatment so far: ${lowerFirst(said)}.`;
  return [statement('history', text, pair, [pair.answers[0]!])];
}

/** "What do you take the apixaban for?" — "The heart rhythm. Atrial fibrillation.": the medicine and what it is for. */
export function readTakenFor(pair: Pair, first: string, negative: boolean): AnswerLine[] {
  const takenFor = TAKEN_FOR_Q.exec(pair.question.replace(/[?.\s]+$/, ''));
  if (!takenFor || findDrugs(takenFor[1]!).length === 0 || negative || words(first) > 8 || /\b(?:i|my|me|not sure|don't know)\b/i.test(first)) return [];
  // A condition named after the answer ("Atrial fibrillation.") is part of it.
  const next = pair.answers[1] ? cleanAnswer(pair.answers[1]) : '';
  const more = next !== '' && words(next) <= 4 && !/\b(?:i|my|me|is|are|was|were|it's)\b/i.test(next) ? `, ${lowerFirst(next)}` : '';
  const drug = takenFor[1]!.trim();
  const covers = more ? pair.answers.slice(0, 2) : [pair.answers[0]!];
  return [statement('background', `${drug.charAt(0).toUpperCase()}${drug.slice(1)} for: ${lowerFirst(first)}${more}.`, pair, covers)];
}
