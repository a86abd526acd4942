/**
 * A dictated paragraph that opens with the name of what was examined or tried, as its own short sentence: "oral
 * mechanism exam. right facial droop…", "Cranial nerve exam: intact", "swallow trials. thin liquid by cup…",
 * "strength testing. 4/5 hip flexion…". Dictating clinicians head their findings with the examination's own name far
 * more often than with "Exam:" or "Objective:", and each specialty names its own (oral mechanism, cranial nerves,
 * range of motion, cognitive screen); without this the whole paragraph stayed under the history heading before it.
 * The name must end in an examining word, so "no new findings." or "his tests." read as sentences, not headings.
 */
import { caseless } from '../text/caseless-pattern.js';

/** The examining word a heading ends in. "Assessment" is left out: in dictation it heads the impression. */
const EXAMINING_WORD = String.raw`(?:exam|examination|screen|screening|testing|tests|trials?|findings|observations?|inspection|palpation|measurements|mechanism)`;
/** One to three words before it: "oral mechanism", "range of motion", "swallow", "cranial nerve", "PO". */
const TOPIC_WORDS = String.raw`(?:[a-z][a-z/-]*\s+){0,4}`;
const TOPIC_HEADING = caseless(String.raw`^(${TOPIC_WORDS}${EXAMINING_WORD})\s*[.:]\s+(?=\S)`);
/** Words that make the phrase a sentence about findings, not their heading: "no new findings", "her exam". */
const SENTENCE_WORDS = caseless(/\b(?:no|not|any|normal|abnormal|unremarkable|some|all|these|those|this|that|her|his|my|our|your|their|the|a|an|with|and|was|were|is|are|had|has|did|will|further|repeat|more|previous|prior|recent|today's)\b/);
const MAX_WORDS = 5;

/** "oral mechanism exam. right facial droop…" → the findings after the heading; undefined when no such heading opens it. */
export function readExamTopicHeading(piece: string): { rest: string } | undefined {
  const m = TOPIC_HEADING.exec(piece);
  if (!m) return undefined;
  const name = m[1]!;
  if (name.split(/\s+/).length > MAX_WORDS || SENTENCE_WORDS.test(name)) return undefined;
  return { rest: piece.slice(m[0].length).trim() };
}
