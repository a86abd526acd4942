/**
 * How far a negation reaches, in a transcript and in a note: across the other items of a list ("denies fever,
 * chills or nausea"), through auxiliaries ("has not had any seizures", "i'm not no longer having any numbness",
 * "doesn't think he has had any tingling"), but not past a new assertion ("no fever , some chills") nor into what
 * a treatment is for ("has not taken anything for the wheeze" presupposes the wheeze). A predicate after the mention
 * ("straight leg raise is negative", "lachman and mcmurray tests are all negative") counts too.
 */
import type { TermHit } from './clinical-terms.js';

const NEGATION_CUES = new Set(['no', 'nil', 'not', 'nothing', 'denies', 'denied', 'deny', 'denying', 'without', 'never', 'nor', 'none', 'negative', 'negatives', 'absence', 'absent', 'free', 'non', 'neither', 'resolved']);
/** Words that make a note's mention hypothetical or advisory (the note's own hedges). */
export const HYPOTHETICAL_CUES = new Set([
  'if', 'unless', 'whether', 'should', 'could', 'would', 'might', 'may', 'can', 'call', 'return', 'monitor', 'watch', 'risk',
  'prevent', 'avoid', 'precautions', 'warning', 'signs', 'develop', 'develops', 'advised', 'educated', 'instructed',
  'counseled', 'counselled', 'effects', 'effect', 'aware', 'report', 'notify', 'contact', 'lookout', 'wish', 'hope',
  'worried', 'worry', 'concern', 'concerned', 'cause', 'causes', 'causing', 'rule', 'exclude', 'check', 'checking', 'test',
  'tests', 'testing', 'screen', 'red', 'flags', 'flag', 'safety', 'netted', 'netting', 'persist', 'persists', 'recur', 'recurs',
  'ensure', 'sure', 'trying', 'try',
]);
/** Words that open the setting of a symptom ("during the headaches", "when passing urine"). */
const SETTING_WORDS = ['during', 'when', 'whenever', 'while', 'whilst'];
/** Words that stop a negation from reaching further: "no fever , some chills", "nothing for the pain". */
const NEGATION_STOPS = new Set([
  'some', 'slight', 'slightly', 'little', 'but', 'just', 'mild', 'mildly', 'moderate', 'severe', 'trace', 'positive', 'reports',
  'endorses', 'complains', 'admits', 'notes', 'noted', 'occasional', 'frequent', 'significant', 'still', 'also', 'except',
  'apart', 'for', 'because', 'from', 'after', 'small', 'amount', 'bit', 'i', 'we', 'you', "there's", 'appreciate', 'see',
  'feel', 'hear', 'notice', 'noticed', 'have', 'has', 'got', "i've", "you've", 'though', 'although', 'whereas',
  // "denies weakness or numbness during the headaches": what follows "during" or "when" is the setting of the
  // denied symptoms, not one of them.
  ...SETTING_WORDS,
]);
/** In a note, a new subject or verb starts a new assertion: "No surgeries; he has had back pain". */
export const NOTE_NEGATION_STOPS = new Set([...NEGATION_STOPS, 'complain', 'complaining', 'experiencing', 'experiences', 'endorsing', 'reporting', 'describes', 'he', 'she', 'they', 'patient', 'has', 'had', 'is', 'are', 'was', 'were', 'there', 'states', 'reports', 'feels', 'gets', 'got', 'due', 'since', 'secondary', '(', ')', 'note', "it's", "that's", "he's", "she's"]);
const SYSTEM_NEGATION_STOPS = new Set([...NOTE_NEGATION_STOPS].filter((w) => !SETTING_WORDS.includes(w)));
/** Auxiliaries a negation works through: "has not had", "is not having", "does not have". */
const AUXILIARIES = new Set(['suffer', 'suffers', 'suffering', 'has', 'had', 'have', 'having', 'is', 'are', 'was', 'were', 'been', 'be', 'gets', 'got', 'get', 'feels', 'feel', 'felt', 'experienced', 'experiencing', 'noticed', 'notice', 'reported', 'reports', 'see', 'seen', 'hear', 'appreciate', 'find', 'found', 'think']);
/** First words of a term that only qualify it: "non-productive cough" is a cough, "non-tender to palpation" is not tender. */
const MODIFIERS = new Set(['productive', 'pitting', 'radiating', 'healing', 'exertional', 'specific', 'focal', 'acute', 'severe']);
/** Tokens a negation reaches across: other items of the list it heads. */
const LIST_GLUE = new Set([',', 'and', 'or', 'any', 'no', 'nor', '/', 'of', 'a', 'the', 'other', 'signs', 'symptoms']);

/** Degrees that stop a negation reaching on ("no fever , significant chills") but not when the denial heads them. */
const DENIED_DEGREES = new Set(['significant', 'major', 'severe', 'moderate']);

/** Words that say how far a finding spreads ("wheeze throughout", "crackles bilaterally"): only a found one has an extent. */
const EXTENT_WORDS = new Set(['throughout', 'bilaterally', 'widespread', 'diffusely', 'everywhere', 'scattered']);

/** Denials that may close an item ("fever negative , chills positive") rather than head a list. */
const CLOSING_DENIALS = new Set(['negative', 'absent', 'nil', 'none', 'denied', 'denies']);

export function isNegationCue(token: string, next?: string): boolean {
  // "i ca n't stop itching" affirms the itch.
  if (next === 'stop' || next === 'help') return false;
  return NEGATION_CUES.has(token) || token.endsWith("n't");
}

const HESITATIONS = new Set(['um', 'umm', 'uh', 'er', 'erm', 'hmm']);

function isNegationWord(tokens: readonly string[], j: number): boolean {
  const t = tokens[j] ?? '';
  return t === 'not' || t === 'never' || t.endsWith("n't") || (t === 'no' && tokens[j + 1] === 'longer');
}

/** "has not", "hasn't had", "doesn't think … has had": a negation governing the auxiliary at `k`. */
function isAuxiliaryNegated(tokens: readonly string[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 8); j -= 1) {
    const t = tokens[j] as string;
    // "i don't , feel , um , massively anxious": a hesitation between the negation and its verb does not end it.
    if (t === ',' && isNegationWord(tokens, j - 1)) continue;
    if (['.', ';', ',', 'but'].includes(t)) return false;
    if (isNegationWord(tokens, j)) {
      const between = tokens.slice(j + 1, k).filter((w) => w !== ',' && !HESITATIONS.has(w));
      // Close before the auxiliary, or raising a "think"/"believe" ("doesn't think the patient has had").
      return between.length <= 1 || between.some((w) => ['think', 'believe', 'recall', 'remember', 'say', 'feel', 'seem', 'seems', 'know'].includes(w));
    }
    if (HESITATIONS.has(t)) continue;
    if (t === 'denies' || t === 'denied') return true;
  }
  return false;
}

/**
 * "i have never felt this kind of joint pain before", "never had pain like this": what is denied is that it was ever
 * like this, which affirms it now (and denies it before: the transcript reader keeps both readings).
 */
export function isNoveltyDenied(tokens: readonly string[], hit: TermHit): boolean {
  const before = tokens.slice(Math.max(0, hit.index - 3), hit.index).join(' ');
  const after = tokens.slice(hit.index + hit.length, hit.index + hit.length + 3).join(' ');
  const likeThis = /^(?:like (?:this|that)|quite like)\b/.test(after);
  const thisOne = /\b(?:this|that|such)(?: (?:kind|sort|type|level) of| bad| much)?$/.test(before);
  const never = tokens.slice(Math.max(0, hit.index - 8), hit.index).includes('never') || /\bbefore\b/.test(after);
  return (likeThis || thisOne) && never;
}

/** A negation before the mention, reaching back across the other items of a list and through auxiliaries. */
const LYING = new Set(['lie', 'lay', 'lying', 'laying']);
const UNABLE = new Set(["can't", 'cannot', "couldn't", 'unable', 'not', "n't"]);

/** "i can't lie flat", "unable to lie flat": not being able to is the orthopnoea, not a denial of it. */
function isInabilityToLieFlat(tokens: readonly string[], hit: TermHit): boolean {
  if (!LYING.has(tokens[hit.index] ?? '')) return false;
  const before = tokens[hit.index - 1] === 'to' ? hit.index - 2 : hit.index - 1;
  const word = tokens[before] ?? '';
  return UNABLE.has(word) || word.endsWith("n't") || (word === 'able' && UNABLE.has(tokens[before - 1] ?? ''));
}

export function isNegatedBefore(tokens: readonly string[], hits: readonly TermHit[], hit: TermHit, reach = 6, stops: ReadonlySet<string> = NEGATION_STOPS): boolean {
  if (isNoveltyDenied(tokens, hit)) return false;
  if (isInabilityToLieFlat(tokens, hit)) return false;
  const inOtherHit = (k: number) => hits.some((h) => h !== hit && k >= h.index && k < h.index + h.length);
  const spread = EXTENT_WORDS.has(tokens[hit.index + hit.length] ?? '');
  let budget = reach;
  for (let k = hit.index - 1; k >= 0 && budget > 0; k -= 1) {
    const token = tokens[k] as string;
    if (inOtherHit(k)) continue;
    // "his diabetes is not controlled , and the numbness is …": "and the" starts a new assertion.
    if (token === 'and' && ['the', 'his', 'her', 'their', 'your', 'my'].includes(tokens[k + 1] ?? '')) return false;
    if (token === 'for' && ['negative', 'positive'].includes(tokens[k - 1] ?? '')) continue;
    // "fever negative , chills positive": a "negative" that closes the item before is that item's, not a list head.
    if (CLOSING_DENIALS.has(token) && [',', ';'].includes(tokens[k + 1] ?? '') && /[a-z]/.test(tokens[k - 1] ?? '') && !LIST_GLUE.has(tokens[k - 1] ?? '')) return false;
    if (token === 'from' && /^suffer/.test(tokens[k - 1] ?? '')) continue;
    // "no evidence of what we call hydronephrosis", "no sign of something called X": a naming phrase passes the
    // denial on to the name.
    if (token === 'call' || token === 'called') {
      let j = k - 1;
      while (j >= 0 && NAMING_WORDS.has(tokens[j] as string)) j -= 1;
      if (j < k - 1 && ['what', "what's", 'whats', 'something', 'so'].includes(tokens[j + 1] as string)) {
        k = j + 1;
        continue;
      }
    }
    // "not like i'm gonna faint": "like" after a negation carries it.
    if (token === 'like' && isNegationCue(tokens[k - 1] ?? '')) return true;
    if (AUXILIARIES.has(token) && isAuxiliaryNegated(tokens, k)) return true;
    // "denies … anyone around the patient with diarrhoea": "the patient" after a preposition is an object, no new subject.
    if (token === 'patient' && tokens[k - 1] === 'the' && OBJECT_PREPOSITIONS.has(tokens[k - 2] ?? '')) continue;
    // "no significant bleeding", "without major swelling": a degree right after the denial is what it denies.
    if (DENIED_DEGREES.has(token) && isNegationCue(tokens[k - 1] ?? '')) return true;
    if (stops.has(token) || token === '.' || token === ';') return false;
    if (isAgentClause(tokens, k)) return false;
    // "non-healing ulcer": "non" negates only the word right after it — and in "non-productive cough" that word is
    // the modifier, so the cough stands.
    if (token === 'non' && k !== hit.index - 1) continue;
    if (token === 'non' && hit.length > 1 && MODIFIERS.has(tokens[hit.index] ?? '')) return false;
    // "without sounding good , like diarrhoea": a "without" that governs a verb ends at the comma after it.
    if (token === 'without' && /ing$/.test(tokens[k + 1] ?? '') && !AUXILIARIES.has(tokens[k + 1] ?? '') && tokens.slice(k + 1, hit.index).includes(',')) return false;
    // "i don't know , constipated i guess", "not sure": uncertainty, not a denial of what follows.
    if (isNegationCue(token, tokens[k + 1]) && ['know', 'sure'].includes(tokens[k + 1] ?? '')) return false;
    // "no , i have a cough": a bare "no ," answers the question before; it does not negate what follows.
    if (isNegationCue(token, tokens[k + 1]) && !(token === 'no' && [',', 'i', 'we', 'he', 'she', 'they'].includes(tokens[k + 1] ?? ''))) return true;
    // "no stridor , chest wheeze throughout": a finding given its extent is found, not one more item of the denial.
    if (token === ',' && spread) return false;
    if (!LIST_GLUE.has(token)) budget -= 1;
    // "The patient denies yellowing of their skin or eyes, dark urine, pale stools": in a note, where a new assertion
    // brings its own subject or verb (the note's stops), each comma-separated item of a denial is in its reach, and
    // each item joined by "or" ("denies numbness around their bottom or their private parts or weakness in their legs").
    if ((token === ',' || token === 'or' || token === 'nor') && stops === NOTE_NEGATION_STOPS) budget = reach;
  }
  return false;
}

/** Participles that need no "-ed" to be one: "brought on by", "made worse by", "set off by". */
const IRREGULAR_PARTICIPLES = new Set(['brought', 'made', 'set', 'driven', 'caught', 'kept', 'held']);
/** Particles between a participle and its agent: "brought on by", "made worse by", "set off by". */
const AGENT_PARTICLES = new Set(['on', 'off', 'worse', 'better', 'up', 'mainly', 'mostly', 'only', 'often', 'usually']);

/**
 * "Migraine without aura, triggered by shift work, poor sleep and stress", "no fever, relieved by rest and heat": a
 * participle with its agent ("triggered by", "brought on by", "associated with") opens a new assertion about what
 * came before it; its agents are told as present, whatever was denied earlier in the sentence.
 */
function isAgentClause(tokens: readonly string[], k: number): boolean {
  const word = tokens[k] ?? '';
  if (!/^[a-z]{3,}ed$/.test(word) && !IRREGULAR_PARTICIPLES.has(word)) return false;
  const next = AGENT_PARTICLES.has(tokens[k + 1] ?? '') ? tokens[k + 2] : tokens[k + 1];
  return next === 'by' || (word === 'associated' && next === 'with');
}

/** The words of a naming phrase before "call"/"called": "what we call", "what's called", "something called", "so called". */
const NAMING_WORDS = new Set(['what', "what's", 'whats', 'we', 'they', 'i', 'you', 'doctors', 'is', "it's", 'its', 'something', 'so', 'a']);

const OBJECT_PREPOSITIONS = new Set(['around', 'to', 'with', 'near', 'for', 'from', 'about', 'by', 'beside']);

/** Words between a list of tests and its predicate: "lachman , anterior drawer and mcmurray tests are all negative". */
const PREDICATE_GLUE = new Set([',', 'and', 'or', 'your', 'the', 'his', 'her', 'test', 'tests', 'sign', 'signs', 'maneuver', 'maneuvers', 'both', 'all', 'also', 'were', 'was', 'is', 'are', 'be', 'been', 'entirely', 'completely', 'bilaterally', 'today', 'again', '-', ':', 'uh', 'um', 'er']);

const SYSTEM_TERMS = new Set(['urinary symptoms', 'bowel symptoms']);
const NORMAL_WORDS = new Set(['ok', 'okay', 'fine', 'normal', 'good', 'alright', 'regular', 'unremarkable']);
const NORMAL_GLUE = new Set(['are', 'is', 'been', 'have', 'has', 'working', 'all', 'fine', 'totally', 'completely', 'pretty', 'quite', 'now', 'still', ',', 'ok', 'okay']);

/** Verbs that say a symptom is over. */
const ENDED = new Set(['stopped', 'resolved', 'gone', 'settled', 'subsided', 'disappeared', 'ceased']);

/** "diarrhea , no", "straight leg raise is negative", "edema absent", "mcmurray tests are all negative". */
/**
 * "Vomiting denied on direct questioning", "fever reported by his mother", "rash denied when asked": how the answer
 * was had closes the field as the clause's end would.
 */
const HOW_TOLD_RE = /^(?:by (?:the |his |her |their )?[a-z]+|(?:on|upon|when|once) (?:being |direct |further |specific )?(?:asked|questioning|questioned|enquiry|inquiry|review))\b/;

function isHowItWasTold(tokens: readonly string[], at: number): boolean {
  return HOW_TOLD_RE.test(tokens.slice(at, at + 4).join(' '));
}

export function readAfter(tokens: readonly string[], hit: TermHit, hits: readonly TermHit[] = []): 'present' | 'absent' | 'unknown' {
  const inHit = (k: number) => hits.some((h) => k >= h.index && k < h.index + h.length);
  let k = hit.index + hit.length;
  let words = 0;
  while (k < tokens.length && words < 14 && (PREDICATE_GLUE.has(tokens[k] as string) || inHit(k))) {
    if (!inHit(k)) words += 1;
    k += 1;
  }
  const word = tokens[k];
  // "polyuria , nil else": the denial is of everything else.
  if (['else', 'other', 'others'].includes(tokens[k + 1] ?? '')) return 'unknown';
  // "positive for fever and chills , negative for nausea": a "negative for" heads the next list, it says nothing of this one.
  if ((word === 'negative' || word === 'positive') && tokens[k + 1] === 'for') return 'unknown';
  // GP "nil" heads lists as often as it closes a field: "dry cough, nil sputum", "usual headaches, nil different" say
  // nothing of the cough or the headaches; "Fever: nil." and "fever - nil, cough +" close theirs.
  if (word === 'nil' && /[a-z0-9]/.test(tokens[k + 1] ?? '.')) return 'unknown';
  if (word === 'negative' || word === 'absent' || word === 'none' || word === 'nil') return 'absent';
  // "Cough: denies.", "Fever - denied", "SOB: endorses": a review-of-systems field closed by its verb.
  const closing = tokens.slice(k + 1).every((t) => /^[^a-z0-9]+$/.test(t)) || ['.', ';', ','].includes(tokens[k + 1] ?? '') || isHowItWasTold(tokens, k + 1);
  if (closing && (word === 'denies' || word === 'denied')) return 'absent';
  // "SI: denies thoughts of self-harm or ending life": a field whose value opens with the denial denies its label,
  // whatever the value goes on to spell out.
  const labelled = tokens[hit.index + hit.length] === ':' && k === hit.index + hit.length + 1;
  if (labelled && (word === 'denies' || word === 'denied')) return 'absent';
  if (closing && (word === 'endorses' || word === 'endorsed' || word === 'reports' || word === 'reported')) return 'present';
  // "ulceration not identified", "edema is not present", "murmur not appreciated".
  if (word === 'not' && /^(?:identified|seen|present|appreciated|noted|found|detected|palpable|visible|evident)$/.test(tokens[k + 1] ?? '')) return 'absent';
  // "diarrhea , no": a "no" that ends the clause answers for the item before it.
  // "Fever: no. Chills: yes.": so does one that ends its field.
  if ((word === 'no' || word === 'nope') && closing && k - (hit.index + hit.length) <= 1) return 'absent';
  if (word === 'positive' || word === 'present') return 'present';
  // "no , the bleeding stopped two weeks ago", "the rash has gone", "the pain went away": over, so not had now.
  const ended = tokens.slice(hit.index + hit.length, hit.index + hit.length + 4).filter((t) => !['has', 'had', 'have', 'is', 'was', 'all', 'completely', 'now', 'since', 'kind', 'of', 'pretty', 'much'].includes(t));
  // "…keep using it for two weeks after the rash has gone": a time to come, not an end already reached.
  const timed = tokens.slice(Math.max(0, hit.index - 2), hit.index).some((t) => ['after', 'until', 'till', 'once', 'when', 'unless', 'before'].includes(t));
  if (!timed && (ENDED.has(ended[0] ?? '') || (ended[0] === 'went' && ended[1] === 'away') || (ended[0] === 'cleared' && ended[1] === 'up'))) return 'absent';
  // "your bowels are working ok", "passing urine fine": a system said to be normal has no symptoms.
  if (SYSTEM_TERMS.has(hit.term)) {
    const rest = tokens.slice(hit.index + hit.length, hit.index + hit.length + 5);
    const normal = rest.findIndex((t) => NORMAL_WORDS.has(t));
    if (normal >= 0 && rest.slice(0, normal).every((t) => NORMAL_GLUE.has(t))) return 'absent';
  }
  return 'unknown';
}

/** Bare names of a body system ("your bowels", "passing urine") bring it up without saying anything is wrong. */
const SYSTEM_NAMES = new Set(['bowels', 'bowel movements', 'bowel movement', 'waterworks', 'urine', 'passing urine', 'pass urine', 'urinating', 'urination', 'peeing', 'bowel']);
const PROBLEM_WORDS = new Set(['difficulty', 'trouble', 'problem', 'problems', 'issue', 'issues', 'pain', 'burning', 'changes', 'change', 'blood', 'difficulties']);

/**
 * A system named bare: normal ("bowels working ok") denies its symptoms, a problem with it ("difficulty urinating")
 * affirms them, anything else ("tell me about your bowels", "not peeing right") says neither. Undefined when the
 * mention is not a bare system name.
 */
export function readSystemName(tokens: readonly string[], hit: TermHit): 'present' | 'absent' | 'unknown' | undefined {
  const said = tokens.slice(hit.index, hit.index + hit.length).join(' ');
  if (!SYSTEM_NAMES.has(said)) return undefined;
  if (tokens[hit.index + hit.length] === 'sounds') return 'unknown';
  const after = readAfter(tokens, { ...hit, term: 'urinary symptoms' });
  if (after === 'absent') return 'absent';
  if (tokens.slice(Math.max(0, hit.index - 4), hit.index).some((t) => PROBLEM_WORDS.has(t))) {
    // "denies pain or burning while passing urine": the problem the system is named in is denied, setting and all.
    return isNegatedBefore(tokens, [hit], hit, 6, SYSTEM_NEGATION_STOPS) ? 'absent' : 'present';
  }
  return 'unknown';
}
