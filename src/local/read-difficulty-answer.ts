/**
 * "What's hardest at home?" — "Opening jars. Turning a key. Um, carrying a pot.": a question about what the patient
 * finds hard, answered as a run of short fragments. No fragment is a sentence the note could keep alone (each is a
 * few words with no symptom in it), yet together they are the functional history a therapist or a doctor writes down:
 * "Difficulties at home: opening jars, turning a key, carrying a pot."
 */
import type { Gender } from './rewrite-person.js';
import { rewritePatientSpeech } from './rewrite-person.js';
import { caseless } from '../text/caseless-pattern.js';
import { cleanAnswer, statement, words, type AnswerLine, type Pair } from './answer-pair.js';

/**
 * "What's hardest at home?", "What's the most difficult thing day to day?", "What do you struggle with at work?",
 * "What can't you do now that you could before?", "What gives you the most trouble?": where the difficulty lies (the
 * place, if named) is the label.
 */
const ASKS_DIFFICULTY = caseless(/^(?:(?:and|so|okay|now|tell me),?\s+)*(?:what(?:'s| is| are| has been|'s been)(?: the)? (?:hardest|most difficult|most challenging|toughest|hard(?:est)? to do|difficult(?: to do)?|trickiest)(?: things?| part| bits?)?(?: for you| to do)?|what (?:do|does) (?:you|he|she|they) (?:struggle|have (?:trouble|difficulty)|find (?:hard|difficult)) (?:with|doing)?|what (?:can't|cannot|can not) (?:you|he|she|they) do|what gives (?:you|him|her|them) (?:the most )?(?:trouble|bother|problems))\b(?:(?:,| now| these days| right now| most)*)( (?:at home|at work|at school|around the house|day to day|day-to-day|in the kitchen|in the garden|in the day))?(?: now| these days| right now)?\??$/);

/** A fragment, not a clause: what is hard, said without "I" or another subject and verb of its own. */
const HAS_CLAUSE = caseless(/\b(?:i|i'm|i've|it's|he's|she's|they're|we)\b|\b(?:is|are|was|were|can|can't|could|couldn't|do|does|don't|did|didn't)\b/);
const LEAD = caseless(/^(?:(?:um+|uh+|er+m?|erm|and|oh|well|like|mostly|probably|definitely|also)[,\s]+)+/);
const MAX_FRAGMENT_WORDS = 7;

export function readDifficultyAnswer(pair: Pair, gender: Gender): AnswerLine[] {
  const m = ASKS_DIFFICULTY.exec(pair.question.trim());
  if (!m) return [];
  const used: string[] = [];
  const items: string[] = [];
  for (const answer of pair.answers) {
    const said = cleanAnswer(answer).replace(LEAD, '').trim();
    if (said === '' || words(said) > MAX_FRAGMENT_WORDS || HAS_CLAUSE.test(said) || /\?$/.test(answer.trim())) break;
    const third = /\b(?:my|me)\b/i.test(said) ? rewritePatientSpeech(said, gender) : said;
    if (!third) break;
    items.push(third.charAt(0).toLowerCase() + third.slice(1));
    used.push(answer);
  }
  // One fragment is left to the other readers ("Stairs." answers as a topic would); two or more make the list.
  if (items.length < 2) return [];
  const where = m[1]?.trim() ?? '';
  return [statement('history', `Difficulties${where === '' ? '' : ` ${where}`}: ${items.join(', ')}.`, pair, used)];
}
