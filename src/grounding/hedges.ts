/**
 * Mentions that state neither presence nor absence: safety-netting ("call us if you get a fever"), advice and
 * side effects ("it can cause swelling"), what an examiner looks for ("let me check for any swelling"), hopes and
 * worries. Read in the clause around the mention only, so a long dictated exam is not silenced by one "would".
 */
import type { TermHit } from './clinical-terms.js';

/** Open a condition: what follows in the clause is hypothetical. */
const CONDITIONALS = new Set(['if', 'unless', 'whether', 'incase', 'lest', 'otherwise']);
/** Advice, warnings and concerns, before or just after the mention. */
const ADVISORY = new Set([
  'call', 'ring', 'return', 'monitor', 'watch', 'lookout', 'warning', 'warnings', 'precautions', 'precaution', 'flags', 'flag',
  'safety', 'develop', 'develops', 'developing', 'prevent', 'prevents', 'prevention', 'avoid', 'risk', 'risks', 'worried',
  'worry', 'worrying', 'concern', 'concerned', 'concerning', 'cause', 'causes', 'causing', 'effects', 'effect', 'notify',
  'contact', 'aware', 'educated', 'advised', 'advise', 'instructed', 'counseled', 'counselled', 'wish', 'hope', 'hopefully',
  'ensure', 'persist', 'persists', 'recur', 'recurs', 'exclude', 'excluded', 'netted', 'netting', 'emergency',
]);
/** Modal verbs: "you might get a fever", "it can cause swelling" — but not "i can feel some swelling". */
const MODALS = new Set(['should', 'could', 'would', 'might', 'may', 'can', 'will', "'ll", 'gonna', 'going']);
const EXAMINER = new Set(['i', 'we']);
/** An examiner's search, not a result: "check for", "look for", "test for", "rule out". */
const SEARCH_VERBS = new Set(['check', 'checking', 'look', 'looking', 'test', 'testing', 'screen', 'screening', 'feel', 'feeling', 'assess', 'assessing', 'evaluate', 'evaluating', 'examine', 'rule', 'ruling']);

const CONDITION_REACH = 30;
/** Words that open the question proper after a scene-setting clause. */
const QUESTION_OPENERS = new Set(['do', 'does', 'did', 'are', 'is', 'have', 'has', 'any', 'was', 'were']);
const CONDITION_ENDS = new Set(['so', 'okay', 'ok', 'alright', 'otherwise', '.', '?', ';']);
const ADVISORY_BEFORE = 8;
const ADVISORY_AFTER = 5;
const MODAL_REACH = 4;

export interface HedgeOptions {
  /** A question asks; its modals ("could you", "may have noticed") do not hedge. */
  question?: boolean;
}

function isSearch(tokens: readonly string[], hit: TermHit): boolean {
  for (let k = hit.index - 1; k >= Math.max(0, hit.index - 5); k -= 1) {
    const t = tokens[k] as string;
    if (t === 'for' || t === 'out') return SEARCH_VERBS.has(tokens[k - 1] ?? '') || SEARCH_VERBS.has(tokens[k - 2] ?? '') || SEARCH_VERBS.has(tokens[k - 3] ?? '');
    if (['.', ',', 'and', 'but', 'no', 'there', 'is', 'you'].includes(t)) return false;
  }
  return false;
}

function hasModalBefore(tokens: readonly string[], hit: TermHit): boolean {
  for (let k = hit.index - 1; k >= Math.max(0, hit.index - MODAL_REACH); k -= 1) {
    const t = tokens[k] as string;
    if (['.', 'and', 'but', 'or'].includes(t)) return false;
    if (MODALS.has(t)) {
      // "i can feel", "we can see": the examiner reporting; "going to" only as "gonna get".
      if (EXAMINER.has(tokens[k - 1] ?? '')) return false;
      if (t === 'going' && tokens[k + 1] !== 'to') return false;
      return true;
    }
  }
  return false;
}

/** Relatives: "my mother had breast cancer", "anyone in your family with bowel problems", "my wife has a cough". */
const FAMILY = new Set(['family', 'mother', 'father', 'mum', 'mom', 'dad', 'brother', 'brothers', 'sister', 'sisters', 'wife', 'husband', 'son', 'sons', 'daughter', 'daughters', 'grandmother', 'grandfather', 'grandma', 'grandpa', 'aunt', 'uncle', 'cousin', 'kids', 'children', 'relatives', 'parents', 'siblings', 'partner', 'fh']);
const FAMILY_REACH = 8;
const FAMILY_STOPS = new Set(['okay', 'ok', 'alright', '.', '?', ';', 'anyone', 'anybody']);

/** True when the mention is about someone else in the family, not the patient. */
export function isAboutRelative(tokens: readonly string[], hit: TermHit, question = false): boolean {
  // A question about the family ("in terms of your family history , anything related to kidneys , bowels ?") is all theirs.
  const from = question ? 0 : Math.max(0, hit.index - FAMILY_REACH);
  // After the mention, the family is reached only within its own sentence: "i'm not vomiting okay is anyone in your
  // family …" moves on to another question.
  const after = tokens.slice(hit.index + hit.length, hit.index + hit.length + FAMILY_REACH);
  const end = after.findIndex((t) => FAMILY_STOPS.has(t));
  const around = [...tokens.slice(from, hit.index + hit.length), ...(end < 0 ? after : after.slice(0, end))];
  return around.some((t) => FAMILY.has(t.replace(/'s$/, '')));
}

/** True when the mention at `hit` is hypothetical, advisory or a search. */
const LIST_REACH = 40;

/** The words before a mention back to the start of its sentence (or LIST_REACH words, in speech without stops). */
function readSentenceBefore(tokens: readonly string[], at: number): readonly string[] {
  let k = at - 1;
  while (k >= Math.max(0, at - LIST_REACH) && !['.', '?', '!', ';'].includes(tokens[k] as string)) k -= 1;
  return tokens.slice(k + 1, at);
}

export function isHedged(tokens: readonly string[], hit: TermHit, options: HedgeOptions = {}): boolean {
  const from = Math.max(0, hit.index - CONDITION_REACH);
  for (let k = hit.index - 1; k >= from; k -= 1) {
    // A long unpunctuated dictation moves on at "so", "okay", "otherwise": "… if you've had that in the past
    // otherwise regular rate and rhythm … your belly's slightly distended there's no tenderness".
    if (CONDITION_ENDS.has(tokens[k] as string)) break;
    // "when you get up and walk around , do you experience any chest pain ?": the condition sets the scene and the
    // question after it still asks, so its answer counts.
    if (options.question && tokens[k - 1] === ',' && QUESTION_OPENERS.has(tokens[k] as string)) break;
    // "if you get a fever", and the generic "when you have an insect bite , a rash is normal".
    if (CONDITIONALS.has(tokens[k] as string) || (tokens[k] === 'when' && tokens[k + 1] === 'you')) return true;
  }
  const end = hit.index + hit.length;
  // "does it cause any pain in your chest ? — no" asks whether it does: the cause is the question's, not a warning.
  const asksCause = options.question === true && / (?:does|did|do|is|has|was) (?:it|that|this|they|the \S+) (?:cause|causing|caused) (?:you )?(?:any |some )?/.test(` ${tokens.slice(Math.max(0, hit.index - ADVISORY_BEFORE), hit.index).join(' ')} `);
  // "no evidence of what we call hydronephrosis": a naming phrase, not a call for help.
  const start = Math.max(0, hit.index - ADVISORY_BEFORE);
  const naming = (k: number) => tokens[k] === 'call' && ['we', 'they', 'i', 'you', 'doctors'].includes(tokens[k - 1] ?? '') && ['what', "what's", 'whats'].includes(tokens[k - 2] ?? '');
  const nearAt = [...Array.from({ length: hit.index - start }, (_, k) => start + k), ...Array.from({ length: Math.max(0, Math.min(tokens.length, end + ADVISORY_AFTER) - end) }, (_, k) => end + k)];
  if (nearAt.some((k) => ADVISORY.has(tokens[k] as string) && !naming(k) && !(asksCause && /^caus/.test(tokens[k] as string)))) return true;
  // "look out for", "keep an eye on", "come back", "side effect".
  const joined = ` ${tokens.slice(Math.max(0, hit.index - ADVISORY_BEFORE), end + ADVISORY_AFTER).join(' ')} `;
  // "… just want to make sure you're not having any chest pain today ? — no" checks on now, which is asking.
  const checking = options.question === true && / (?:want(?:ed)? to|wanna|just|let me|i'll|i will|to) make sure (?:that )?(?:you're|you are|you|there's|there is|there are) /.test(joined);
  if (/ (?:look out|keep an eye|come back|side effects?|red flags?|in case|rule out|things to) /.test(joined) || (!checking && joined.includes(' make sure '))) return true;
  // "i discussed with him about any blind spots , weakness …": topics raised, not findings.
  if (/ (?:discussed|talked|asked|spoke|spoken|enquired|inquired) (?:\S+ ){0,3}about /.test(` ${tokens.slice(Math.max(0, hit.index - 16), hit.index).join(' ')} `)) return true;
  if (isSearch(tokens, hit)) return true;
  // "what i want you to watch for is those infections that don't stop … or any changes … severe diarrhea": a list of
  // what to watch for runs on past the advisory reach, to the end of its sentence.
  if (/ (?:watch (?:out )?for|look out for|keep an eye (?:out )?(?:for|on)|be aware of) /.test(` ${readSentenceBefore(tokens, hit.index).join(' ')} `)) return true;
  return !options.question && hasModalBefore(tokens, hit);
}

/** Words that may stand between a question's opening and the complaint it asks after: "did i (really) have a …". */
const ASKED_AFTER_GLUE = new Set(['i', 'he', 'she', 'it', 'this', 'that', 'we', 'they', 'you', 'have', 'had', 'got', 'get', 'be', 'been', 'a', 'an', 'any', 'some', 'another', 'the', 'really', 'just', 'ever', 'still', 'maybe', 'like']);
const OPENING_WORDS = new Set(['oh', 'so', 'and', 'but', 'um', 'uh', 'wait', 'sorry', 'then', 'well', ',', 'no']);
const QUESTION_AUXILIARIES = new Set(['did', 'do', 'does', 'have', 'has', 'had', 'is', 'was', 'am', 'are', 'could', 'can', 'might', 'would', 'will']);

/**
 * "Did I have a fit?", "Is it a migraine, then?", "Have I got an infection?": a patient's question whose verb takes
 * the complaint itself asks whether it was had, where "could that be why my stomach hurts?" presupposes it. The
 * tokens are one clause that ended in a question mark.
 */
export function isAskingWhetherHad(tokens: readonly string[], hit: TermHit): boolean {
  const at = tokens.findIndex((t) => !OPENING_WORDS.has(t));
  if (at < 0 || at >= hit.index || !QUESTION_AUXILIARIES.has(tokens[at] as string)) return false;
  const between = tokens.slice(at + 1, hit.index);
  return between.length > 0 && between.length <= 4 && ['i', 'he', 'she', 'it', 'this', 'that', 'we', 'they'].includes(between[0] as string) && between.every((t) => ASKED_AFTER_GLUE.has(t));
}
