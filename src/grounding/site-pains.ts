/**
 * Pain said of a place, in any of the ways people say it: "knee pain", "pain in my left knee", "my knee hurts",
 * "the knee is sore", "no pain in chest". Read the same way in notes and transcripts, so "Denies right hand pain" is
 * compared with "does your hand hurt ? — no". A place the lexicon already names a pain for ("chest pain", "back
 * pain") takes that term; any other is "<part> pain".
 */
import { findTerms, type TermHit } from './clinical-terms.js';
import { readBodyPart } from './body-parts.js';
import { stemToken } from './word-index.js';

const PAIN_WORDS = new Set(['pain', 'pains', 'painful', 'hurt', 'hurts', 'hurting', 'ache', 'aches', 'aching', 'achy', 'sore', 'soreness', 'discomfort', 'killing']);
/** Words that may sit between the pain and its place: "pain in the left knee", "my right knee is sore". */
const BETWEEN = new Set(['in', 'on', 'of', 'at', 'around', 'to', 'the', 'my', 'your', 'his', 'her', 'their', 'that', 'this', 'left', 'right', 'both', 'lower', 'upper', 'is', 'are', 'was', 'were', 'has', 'been', 'feels', 'still', 'kind', 'a', 'bit', 'little', 'sided', 'side', 'front', 'back', 'inside', 'outside', 'over',
  'does', 'do', 'did', "doesn't", "don't", "didn't", "n't", 'not', 'really', 'even', 'never', 'no', 'any', 'longer', 'usually',
  'just', 'were', 'are', 'both']);
const NEGATIONS = new Set(["doesn't", "don't", "didn't", "n't", 'not', 'never', 'no']);
/** Places whose pain the lexicon names, and the term it names. */
const NAMED: Readonly<Record<string, string>> = {
  chest: 'chest pain', back: 'back pain', neck: 'neck pain', abdomen: 'abdominal pain', stomach: 'abdominal pain', belly: 'abdominal pain',
  tummy: 'abdominal pain', abdominal: 'abdominal pain', quadrant: 'abdominal pain', ear: 'ear pain', calf: 'calf pain', joint: 'joint pain', head: 'headache', throat: 'sore throat',
};
const TRUNK_WORDS: Readonly<Record<string, string>> = { stomach: 'stomach', belly: 'belly', tummy: 'tummy', abdomen: 'abdomen', abdominal: 'abdominal', joint: 'joint', joints: 'joint', head: 'head', throat: 'throat', back: 'back' };
const REACH = 4;

function readPlace(stems: readonly string[], tokens: readonly string[], i: number): string | undefined {
  const word = TRUNK_WORDS[tokens[i] ?? ''];
  if (word) return word === 'back' && !['my', 'your', 'his', 'her', 'the', 'lower', 'upper', 'low', 'mid'].includes(tokens[i - 1] ?? '') ? undefined : word;
  const part = readBodyPart(stems[i], tokens[i - 1], tokens[i + 1]);
  return part && part.name !== 'side' ? part.name : undefined;
}

function termOf(place: string): string {
  return NAMED[place] ?? `${place} pain`;
}

/** Pain-of-a-place mentions in a token list, skipping spans other hits already cover. */
export function findSitePains(tokens: readonly string[], stems: readonly string[], covered: readonly TermHit[]): TermHit[] {
  const taken = (k: number) => covered.some((h) => k >= h.index && k < h.index + h.length);
  const hits: TermHit[] = [];
  tokens.forEach((token, i) => {
    if (!PAIN_WORDS.has(token) || taken(i)) return;
    // "my knees were just killing me" is pain; "killing" alone is not.
    if (token === 'killing' && tokens[i + 1] !== 'me') return;
    // "i hurt my knee skiing", "have you ever hurt your left foot": an injury, not a pain ("it hurts my knee" is one).
    if (token === 'hurt' && ['my', 'his', 'her', 'your', 'their'].includes(tokens[i + 1] ?? '')) return;
    // "pain in my left knee": the place after the pain.
    for (let k = i + 1; k <= i + REACH && k < tokens.length; k += 1) {
      const place = readPlace(stems, tokens, k);
      if (place && !taken(k)) {
        hits.push({ term: termOf(place), kind: 'symptom', index: i, length: k - i + 1 });
        return;
      }
      if (!BETWEEN.has(tokens[k] as string)) break;
    }
    // "knee pain", "my knee hurts", "the knee is sore".
    for (let k = i - 1; k >= i - REACH && k >= 0; k -= 1) {
      const place = readPlace(stems, tokens, k);
      if (place && !taken(k)) {
        const negatedInside = tokens.slice(k + 1, i).some((t) => NEGATIONS.has(t) || t.endsWith("n't"));
        hits.push({ term: termOf(place), kind: 'symptom', index: k, length: i - k + 1, ...(negatedInside ? { negatedInside } : {}) });
        return;
      }
      if (!BETWEEN.has(tokens[k] as string)) break;
    }
  });
  return hits;
}

/** Lexicon terms and pains of a place, in the order they are said. */
export function findAllTerms(tokens: readonly string[]): TermHit[] {
  const stems = tokens.map(stemToken);
  const hits = findTerms(stems);
  return [...hits, ...findSitePains(tokens, stems, hits)].sort((a, b) => a.index - b.index);
}

/** "where's the pain?", "where does it hurt?", "whereabouts is it sore?": a question that asks the pain's place. */
const WHERE_PAIN_RE = /\b(?:where|whereabouts)(?:'s| is| does| do| did| was| are)?\b(?: \S+){0,3} (?:pain|hurt|hurts|hurting|sore|ache|aching|discomfort)\b/;
/** An answer that first refuses the premise: "no pain now", "nowhere", "it doesn't". */
const REFUSED_RE = /^(?:no|nowhere|not|none|it doesn't|it does n't|doesn't)\b/;

/**
 * The pain an answer places when asked where the pain is: "where's the pain? — Here. Middle of my chest." is chest
 * pain, though pain and chest are said in two turns (the place within the first few words of the answer).
 */
export function readAnsweredPain(question: readonly string[], answer: readonly string[]): string | undefined {
  if (!WHERE_PAIN_RE.test(` ${question.join(' ')} `) || REFUSED_RE.test(answer.join(' '))) return undefined;
  const stems = answer.map(stemToken);
  for (let k = 0; k < Math.min(answer.length, 12); k += 1) {
    const place = readPlace(stems, answer, k);
    if (place) return termOf(place);
  }
  return undefined;
}
