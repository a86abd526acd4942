/**
 * How a conversation says an allergy, beyond the word "allergic": which turns really talk of one (not "you've not had
 * a reaction to it before?"), which allergens it states ("so a plaster allergy"), and which belong to a relative
 * ("that's her brother, he's allergic to amoxicillin") when the patient's own allergies are denied.
 */

/** Words in a transcript turn that make it about allergies. */
const ALLERGY_CUE_RE = /\ballerg|\breaction|\breact\b|\bhives\b|\banaphyla|\bepi ?pen|\bcan'?t take\b|\bcan ?not take\b|\bca n't take\b|\bsensitiv|\bintoleran|\bbreak(?:s)? (?:me )?out\b|\bbroke out\b|\bswell|\bswoll|\brash\b/g;

/** A denial just before an allergy word: "not had a reaction", "no allergy to", "hasn't got any allergies". */
const DENIED_BEFORE_RE = /\b(?:no|not|never|none|without)\b[\w' ]{0,20}$|n't\b[\w' ]{0,20}$/;
/** "No allergies other than the plasters": a denial with an exception still names an allergy. */
const EXCEPTION_AFTER_RE = /^\w*\s+(?:other than|except|apart from|besides|but)\b/;

/**
 * Whether a line talks of an allergy the way an allergy is given: at least one allergy word in it is not denied.
 * A denied one ("you've not had a reaction to it before?") asks about a drug given now, not an allergy to it.
 */
export function isAllergyTalk(text: string): boolean {
  const lower = text.toLowerCase();
  for (const m of lower.matchAll(ALLERGY_CUE_RE)) {
    const at = m.index ?? 0;
    const before = lower.slice(Math.max(0, at - 28), at);
    if (!DENIED_BEFORE_RE.test(before) || EXCEPTION_AFTER_RE.test(lower.slice(at))) return true;
  }
  return false;
}

const RELATIVE_RE = /\b(?:brother|sister|son|daughter|mother|father|mum|mom|dad|husband|wife|partner|cousin|aunt|uncle|grandma|grandpa|grandmother|grandfather|sibling)s?\b/;

/** Whether a line names a relative: an allergy told there may be theirs. */
export function isAboutRelative(text: string): boolean {
  return RELATIVE_RE.test(text.toLowerCase());
}

/** Words before "allergy" that name no allergen: "any allergy", "a drug allergy". */
const NOT_ALLERGEN = new Set(['no', 'any', 'known', 'drug', 'food', 'medication', 'medicine', 'seasonal', 'other', 'an', 'a', 'the', 'severe', 'mild', 'real', 'true', 'big', 'bad', 'that']);

/**
 * The allergens a line states as the patient's: "I'm allergic to peanuts", "she is allergic to eggs", or a
 * clinician's summing-up "okay, so a plaster allergy". A question ("any penicillin allergy?") or a relative's
 * allergy states none.
 */
export function readStatedAllergens(text: string): string[] {
  const lower = text.toLowerCase();
  if (/\bnot allergic\b/.test(lower)) return [];
  const found: string[] = [];
  const direct = /\b(?:i'?m|i am|he's|she's|he is|she is) allergic to ([a-z ]{3,30})/.exec(lower);
  // "that's her brother. He's allergic to amoxicillin": the he or she beside a relative is the relative.
  if (direct && !(/\b(?:he|she)\b/.test(direct[0]) && isAboutRelative(lower))) found.push((direct[1] ?? '').trim());
  if (isAboutRelative(lower) || lower.trimEnd().endsWith('?')) return found;
  for (const m of lower.matchAll(/\b(?:a|an|the|your|my|this|his|her) ([a-z]+) allergy\b/g)) {
    const word = m[1] ?? '';
    if (!NOT_ALLERGEN.has(word) && !DENIED_BEFORE_RE.test(lower.slice(Math.max(0, (m.index ?? 0) - 20), m.index))) found.push(word);
  }
  return found;
}

/** "Zara hasn't got any allergies", "so no allergies for her", "no known allergies": the patient's allergies denied. */
const DENIED_ALLERGIES_RE = /\b(?:no (?:known )?allergies|(?:hasn't|has not|haven't|have not|doesn't have|does not have|don't have|do not have) (?:got )?any allergies|not allergic to anything)\b/;

/** Whether a line denies the patient any allergy at all (not only to drugs or foods). */
export function isAllergyDenied(text: string): boolean {
  const lower = text.toLowerCase();
  return DENIED_ALLERGIES_RE.test(lower) && !lower.trimEnd().endsWith('?');
}

/** Words that put a turn on allergies themselves (not a rash or a swelling, which may be the complaint). */
const ALLERGY_TOPIC_RE = /\ballerg|\banaphyla|\bintoleran|\breaction/;
/** "makes me throw up", "gives her hives", "brings him out in a rash": a reaction told of its cause. */
const REACTION_VERB_RE = /\b(?:makes?|made|gives?|gave|brings?|brought|turns?) (?:me|him|her|them|you)\b/;

/** How many clauses after the allergy question an answer or its recap may tell a reaction. */
const REACTION_REACH = 3;
/** The longest clause read as telling a reaction. */
const REACTION_CLAUSE_TOKENS = 20;

/**
 * The clauses that tell what a drug or allergen does to the patient, in answer to the allergy question or in its
 * recap ("Any allergies?" — "Codeine. Makes me throw up." — "Codeine, vomiting."): the vomiting there is the reaction,
 * not a symptom of the visit, and says nothing of whether the patient is vomiting now. Read by clause, not by line:
 * a transcript without speaker turns may hold the whole visit on one line.
 */
export function listToldReactions(clauses: readonly { tokens: readonly string[] }[], namesDrug: (tokens: readonly string[]) => boolean): Set<number> {
  const told = new Set<number>();
  let lastTopic = -Infinity;
  clauses.forEach((clause, k) => {
    const text = clause.tokens.join(' ');
    if (ALLERGY_TOPIC_RE.test(text) && isAllergyTalk(text)) lastTopic = k;
    // An answer telling a reaction is short; a long dictated clause that mentions "an allergic reaction in your
    // lungs" carries the exam and the plan too.
    if (k - lastTopic > REACTION_REACH || clause.tokens.length > REACTION_CLAUSE_TOKENS) return;
    if (namesDrug(clause.tokens) || REACTION_VERB_RE.test(text) || /\ballergic\b/.test(text)) told.add(k);
  });
  return told;
}
