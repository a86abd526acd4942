/**
 * A script's action lines (screenplay-cues.ts) set down what the writer saw: "A stack of unpaid bills on the table.",
 * "The kitchen is bare, the heating off.", "Joan notes he is short of breath on the stairs.". Those that tell how
 * things are, not what someone does next, are observations of the visit; the stage business ("Sam opens the
 * cupboard.", "He nods.", "She sits down again.") says nothing about the patient and is left out, and so is any line
 * in the first or second person, which is no narrator's.
 */
import { caseless } from '../text/caseless-pattern.js';

/** Verbs after a subject that tell a state or what was noticed, not an action. */
const STATE_VERBS = new Set(['is', 'are', 'was', 'were', 'looks', 'seems', 'appears', 'remains', 'stays', 'notes', 'notices', 'observes', 'sees', 'has', 'have']);
/** "The nurse writes…", "He nods…": a subject and the word after it (its verb, when the subject is one). */
const SUBJECT_VERB = /^((?:(?:the|a|an|her|his|their)\s+)?[\p{L}'’-]+)(?:\s+\([^)]{1,20}\))?(?:,[^,]{1,40},)?\s+([\p{Ll}'’-]+)\b/u;
const PERSONAL = caseless(/\b(?:i|i'm|i've|me|my|we|we're|us|our|you|you're|your)\b/);
const PRONOUN_OR_DETERMINED = /^(?:he|she|they|it|(?:the|a|an|her|his|their)\s+\S+)$/i;

/**
 * True when a script's action sentence states what is there or how someone is, so it belongs with the findings.
 * `names` are the script's speakers: a sentence opened by one of them ("Rosa opens…") is about what they do, while one
 * opened by another capitalised word ("Empty bottles under it.") is a noun phrase, not a subject and its verb.
 */
export function isSceneObservation(sentence: string, names: readonly string[] = []): boolean {
  const t = sentence.trim();
  if (t === '' || /\?\s*$/.test(t) || PERSONAL.test(t) || !/\p{Ll}/u.test(t)) return false;
  const m = SUBJECT_VERB.exec(t);
  if (!m) return true;
  const subject = m[1]!.toLowerCase();
  const known = names.length === 0 || PRONOUN_OR_DETERMINED.test(subject) || names.some((n) => n.toLowerCase().split(/[\s(),]+/).includes(subject));
  const verb = m[2]!.toLowerCase();
  // A verb in the present tense third person ends in -s; a noun phrase ("A pile of post on the sideboard") has none.
  if (!known || !/[^s]s$|ies$|ches$|shes$|sses$|xes$/.test(verb)) return true;
  return STATE_VERBS.has(verb);
}
