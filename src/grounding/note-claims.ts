/**
 * The symptoms and findings a note statement affirms or denies. Lexicon terms are read with the note's own negation
 * ("Denies fever, chills", "has not had any seizures", "McMurray and Lachman tests are negative"); outside the
 * lexicon, a review-of-systems or exam frame ("Endorses X", "X present", "Positive Hoffman's", "Rapid strep test:
 * positive") states one too. Hedged and time-course mentions ("return if fever", "history of …") are not claims.
 */
import type { TermHit } from './clinical-terms.js';
import { findAllTerms } from './site-pains.js';
import { isNegatedBefore, NOTE_NEGATION_STOPS, readAfter, readSystemName } from './negation-reach.js';
import { IMAGING_RE, type Polarity } from './polarity-reading.js';
import { isSameSite, readNoteSites } from './sites.js';
import { splitTokens } from './tokenize.js';
import { readFrameClaims, type TermClaim } from './frame-claims.js';

/** In a note, these start a new assertion and end the reach of an earlier "denies". */
const NOTE_CLAUSE_BREAKS = new Set(['.', ';', ':', 'but', 'however', 'although', 'though', 'except']);
/** The note's hedges: advice, safety-netting, what to look for. */
const NOTE_HEDGES = new Set([
  'if', 'unless', 'whether', 'should', 'could', 'would', 'might', 'may', 'call', 'return', 'monitor', 'watch', 'risk', 'risks',
  'prevent', 'avoid', 'precautions', 'warning', 'develop', 'develops', 'advised', 'educated', 'instructed', 'counseled',
  'counselled', 'effects', 'effect', 'aware', 'notify', 'contact', 'lookout', 'wish', 'hope', 'worried', 'worry', 'concern',
  'concerned', 'cause', 'causes', 'causing', 'rule', 'exclude', 'screen', 'flags', 'safety', 'netted', 'netting', 'persist',
  'persists', 'recur', 'recurs', 'ensure', 'sure', 'try', 'trying', 'seek', 'emergency', 'asked', 'ask', 'query', 'queried', 'can',
  // "Bear in mind the symptoms I mentioned, the fever and the vomiting": safety-netting, not a symptom had.
  'mind',
  // "Any signs of a stroke, face drooping, arm weakness, that's 999 too": what to ring an emergency number for.
  '999', '911', '112',
]);
/** Note words that make a mention a time course or history rather than a current claim. */
const NOTE_TIME_CUES = new Set([
  'history', 'hx', 'prior', 'previous', 'previously', 'past', 'ago', 'resolved', 'improved', 'improving', 'worse', 'worsening', 'better',
  'initially', 'before', 'earlier', 'since', 'until', 'anymore', 'longer', 'first', 'last', 'yesterday', 'then', 'assess',
  'examine', 'evaluate', 'evaluation', 'investigate', 'screening', 'elsewhere',
]);
/** Written shorthand that carries a polarity: "afebrile" is no fever, "nontender" is no tenderness. */
const EXPANSIONS: Readonly<Record<string, string[]>> = {
  afebrile: ['no', 'fever'], nontender: ['non', 'tender'], nad: ['no', 'acute', 'distress'], sx: ['symptoms'],
};
/** Words that make a denial one of change: "no new", "no further", "no more", "no worsening". */
const DENIED_CHANGE = new Set(['new', 'further', 'more', 'additional', 'worsening', 'increased', 'increasing', 'recurrent', 'recurrence']);
/** What holds a denial to a moment, a condition or a period ("no falls since the surgery"). */
const DENIAL_LIMIT_RE = / (?:at rest|right now|at the moment|at present|currently|on exertion|on lying|when lying|at night|during the day|since) /;
/** Symptoms an examiner observes too: in the objective section they are findings ("wheezes bilaterally"). */
const OBSERVABLE = new Set(['wheezing', 'rash', 'bruising', 'tremor', 'leg swelling', 'joint swelling', 'facial droop', 'speech disturbance', 'neck stiffness', 'confusion', 'pain with movement', 'stiffness', 'weakness', 'numbness', 'bleeding', 'cough']);

export type { TermClaim } from './frame-claims.js';

/** GP shorthand of several tokens: "N/V", "D&V", "CP". */
const SHORTHAND_RE: readonly [RegExp, string][] = [
  [/\bN\s?\/\s?V\b/gi, 'nausea or vomiting'], [/\bD\s?(?:&|and|\+)\s?V\b/g, 'diarrhoea or vomiting'], [/\bCP\b/g, 'chest pain'],
  // "No wt loss", "no palps", "no temps": a GP's clipped words.
  // "going up/downstairs", "walking up hills / stairs": climbing either.
  [/\bup\s?\/\s?down\s?stairs\b/gi, 'up and down stairs'], [/\bhills\s?\/\s?stairs\b/gi, 'hills and stairs'],
  [/\bwt\.? (loss|gain)\b/gi, 'weight $1'], [/\bpalps\b/gi, 'palpitations'], [/\btemps\b/gi, 'fevers'],
  // "Normal sex drive", "libido unchanged": no loss of it.
  [/\b(?:normal|good|intact|preserved|unchanged) (?:libido|sex drive)\b|\b(?:libido|sex drive) (?:is |has been |remains )?(?:normal|fine|ok|okay|good|intact|preserved|unchanged)\b/gi, 'no decreased libido'],
];

/** Written marks of an affirmation: "+ chills" and "+SOB" have them ("c/o" is spelled out before tokens are split). */
const AFFIRMING_MARKS: Readonly<Record<string, string[]>> = { '+': ['positive'] };

function prepareTokens(statement: string): string[] {
  const text = SHORTHAND_RE.reduce((t, [re, by]) => t.replace(re, by), statement)
    // "No c/o cough" denies the cough; "(-) fever", "Fever (-)", "-ve for fever", "Fever neg." deny; "(+)", "+ve" affirm.
    // "+/- nausea", "± nausea", "with or without nausea" say nothing of the nausea: a hedge that starts its own clause,
    // so what comes before it ("Abdominal pain +/- nausea") is still read as stated.
    .replace(/\+\s?\/\s?-|\u00b1|\bwith or without\b/gi, ' ; whether ')
    .replace(/\b(no|denies|without)\s+c\s?\/\s?o\b/gi, '$1')
    .replace(/\bc\s?\/\s?o\b/gi, 'complains of')
    .replace(/\(\s*-\s*\)|(?<![a-z])-ve\b|\bneg\b\.?/gi, ' negative ')
    .replace(/\(\s*\+\s*\)|(?<![a-z])\+ve\b/gi, ' positive ')
    // "Denies N+V, fevers": a plus between two letters joins a pair; read as a mark it would affirm the rest of the list.
    .replace(/\b([a-z])\s?\+\s?([a-z])\b/gi, '$1 $2');
  return splitTokens(text).flatMap((t) => EXPANSIONS[t] ?? AFFIRMING_MARKS[t] ?? [t]);
}

/** "murmur that is unchanged from prior exam", "stable compared with previous": the finding is had now. */
function isComparedWithBefore(tokens: readonly string[], at: number): boolean {
  return ['prior', 'previous', 'last'].includes(tokens[at] as string) && tokens.slice(Math.max(0, at - 3), at).some((t) => ['unchanged', 'stable', 'compared', 'similar', 'same'].includes(t));
}

/** Words after "before" that open a clause of their own ("never hurt it before she fell") or end its time. */
const SEQUENCE_NOT_AFTER = new Set(['and', 'but', 'with', 'then', 'that', 'this', 'now', 'when', 'last', 'today', 'yesterday', 'too', 'also', 'she', 'they', 'you', 'there', 'which', 'who', 'since', 'because', 'after', 'while', 'once', 'although', 'though', 'just', 'ever', 'either', 'though', 'was', 'were', 'had', 'has', 'have', 'and']);

/**
 * "Aura before headaches", "nausea before meals": "before" with what it comes before orders the complaint against
 * another event, now, where "had this before" (ending its clause) is history.
 */
function isSequenceBefore(tokens: readonly string[], at: number): boolean {
  const next = tokens[at + 1] ?? '';
  return tokens[at] === 'before' && /^[a-z]{3,}$/.test(next) && !SEQUENCE_NOT_AFTER.has(next);
}

/** "vomiting since presentation", "no headache since onset": the whole episode, which is now, not a time course. */
function isSinceOnset(tokens: readonly string[], at: number): boolean {
  const next = ['the', 'its', 'their'].includes(tokens[at + 1] as string) ? tokens[at + 2] : tokens[at + 1];
  return tokens[at] === 'since' && ['presentation', 'onset', 'admission', 'arrival'].includes(next as string);
}

/** "1/7 previously", "3 days ago", "2 weeks prior": a count of time before the word, which dates an onset. */
function isOnsetDating(tokens: readonly string[], at: number): boolean {
  if (!['ago', 'previously', 'prior'].includes(tokens[at] as string)) return false;
  return tokens.slice(Math.max(0, at - 3), at).some((t) => /^\d/.test(t));
}

/** Events are had once, at a time: "a fall two weeks ago" states the fall, where "nausea two weeks ago" is a time course. */
const EVENT_TERMS = new Set(['fall']);

/** Values of a field that say the answer is not known: "Fever: unsure", "Fever - ?". */
const UNKNOWN_VALUES = new Set(['unsure', 'unknown', 'uncertain', 'unclear', '?', 'query', 'equivocal']);

/**
 * "?fever" (a query, in UK shorthand) and "Fever: unsure" state neither presence nor absence; the clause reader stops
 * at the field's colon, so the value after it is read here.
 */
function isQueriedOrUnknown(tokens: readonly string[], hit: TermHit): boolean {
  if (tokens[hit.index - 1] === '?') return true;
  const k = hit.index + hit.length;
  if (tokens[k] !== ':' && tokens[k] !== '-') return false;
  const value = tokens[k + 1] ?? '';
  return UNKNOWN_VALUES.has(value) || (value === 'not' && tokens[k + 2] === 'sure');
}

/** Words that open a list item of their own after a comma: "…, denies X", "…, no Y", "…, reports Z". */
const ITEM_VERBS = new Set(['no', 'denies', 'denied', 'reports', 'reported', 'endorses', 'nil', 'not', 'without', 'complains', 'admits']);

function isItemStart(tokens: readonly string[], i: number): boolean {
  return tokens[i - 1] === ',' && ITEM_VERBS.has(tokens[i] as string);
}

/** A span of months or more after a denied complaint: "for years", "in 5 years", "for over a decade", "in many months". */
const LONG_SPAN_RE = /^(?:for|in) (?:(?:well |just )?(?:over|under|about|nearly|almost|around) )?(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|many|some|a few|\d+(?:\.\d+)?) )?(?:years?|yrs?|months?|decades?|a long time|ages)\b/;

/**
 * "No bad episode for years", "no fits in over a decade": a denial held to a long span before now says nothing of the
 * visit itself, which may be the very episode that ended the span.
 */
function isHeldToSpan(tokens: readonly string[], hit: TermHit): boolean {
  const rest: string[] = [];
  for (let k = hit.index + hit.length; k < tokens.length && !NOTE_CLAUSE_BREAKS.has(tokens[k] as string) && tokens[k] !== ','; k += 1) rest.push(tokens[k] as string);
  // The span may follow a word or two of the complaint's own ("no fits of that kind for years").
  return rest.slice(0, 5).some((_, k) => LONG_SPAN_RE.test(rest.slice(k).join(' ')));
}

/**
 * "Denied chest pain when asked", "reports nausea on direct questioning … on being asked": what was said in answer
 * to the clinician's asking is the claim, not a hedge on it (as "asked to return if fever" is).
 */
function isAnsweredWhenAsked(tokens: readonly string[], i: number): boolean {
  return ['asked', 'ask'].includes(tokens[i] as string) && (['when', 'once', 'upon'].includes(tokens[i - 1] as string) || (tokens[i - 1] === 'being' && ['on', 'upon', 'when'].includes(tokens[i - 2] as string)));
}

function readNotePolarity(tokens: readonly string[], hits: readonly TermHit[], hit: TermHit): Polarity | 'skip' {
  const timed = !EVENT_TERMS.has(hit.term);
  const inClause = (from: number, step: number) => {
    let comma = false;
    for (let i = from; i >= 0 && i < tokens.length && !NOTE_CLAUSE_BREAKS.has(tokens[i] as string); i += step) {
      if (tokens[i] === ',') comma = true;
      // "Cough 1/7 previously, productive of green sputum": a time that dates the complaint's start keeps to its own
      // part of the list; what the next part says of the complaint is had now.
      if (comma && isOnsetDating(tokens, i)) continue;
      if ((NOTE_HEDGES.has(tokens[i] as string) && !isAnsweredWhenAsked(tokens, i)) || (timed && NOTE_TIME_CUES.has(tokens[i] as string) && !isComparedWithBefore(tokens, i) && !isSinceOnset(tokens, i) && !isSequenceBefore(tokens, i))) return true;
      // "reports saddle numbness, no fever … or hx of cancer": a list item with its own verb is a claim of its own.
      if (isItemStart(tokens, step > 0 ? i + 1 : i)) break;
    }
    return false;
  };
  if (inClause(hit.index - 1, -1) || inClause(hit.index + hit.length, 1)) return 'skip';
  if (isQueriedOrUnknown(tokens, hit)) return 'skip';
  // "thought she was going to faint", "felt about to be sick": what was feared or about to happen, not what did.
  if (tokens[hit.index - 1] === 'to' && ['going', 'about', 'gonna'].includes(tokens[hit.index - 2] ?? '')) return 'skip';
  const system = readSystemName(tokens, hit);
  if (system !== undefined) return system === 'unknown' ? 'skip' : system;
  // "does it feel tender": a question quoted in the note states nothing.
  const lead = ` ${tokens.slice(Math.max(0, hit.index - 6), hit.index).join(' ')} `;
  if (/ (?:does|do|did|is|are|was|have|has) (?:it|you|they|he|she) /.test(lead) && !/ (?:not|n't|no|never) /.test(lead)) return 'skip';
  const after = readAfter(tokens, hit, hits);
  // "No effusion present": the denial before outweighs the "present" after.
  if (hit.negatedInside || isNegatedBefore(tokens, hits, hit, 6, NOTE_NEGATION_STOPS)) return isHeldToSpan(tokens, hit) ? 'skip' : 'absent';
  if (after !== 'unknown') return after;
  // "been experiencing any fever": a question written into the note, not a statement.
  return tokens.slice(Math.max(0, hit.index - 2), hit.index).includes('any') ? 'skip' : 'present';
}

/** Words that close a clause with a denial of the complaint before them: "cough, none now", "edema absent". */
const CLOSING_DENIALS = new Set(['none', 'absent', 'negative', 'nil']);
/** How far after a complaint a closing denial is looked for. */
const CLOSING_DENIAL_REACH = 12;

/** Words between a complaint and its closing denial that add no circumstance of their own. */
const LIST_GLUE = new Set([',', 'and', 'or', '-']);

/**
 * "Palpitations, absent at the moment": the clause's closing denial is held to a moment or a condition ('held'), and
 * when the complaint comes with a circumstance of its own — "dyspnoea climbing stairs, none at rest", "thoughts of
 * self-harm during the worst weeks, none now" — the complaint is affirmed under it ('affirmed').
 */
function readHeldDenial(tokens: readonly string[], hits: readonly TermHit[], hit: TermHit): 'held' | 'affirmed' | undefined {
  const inHit = (k: number) => hits.some((h) => k >= h.index && k < h.index + h.length);
  for (let k = hit.index + hit.length; k < Math.min(tokens.length, hit.index + hit.length + CLOSING_DENIAL_REACH); k += 1) {
    if (NOTE_CLAUSE_BREAKS.has(tokens[k] as string)) return undefined;
    if (!CLOSING_DENIALS.has(tokens[k] as string)) continue;
    if (!DENIAL_LIMIT_RE.test(` ${tokens.slice(k + 1, k + 5).join(' ')} `)) return undefined;
    const between = tokens.slice(hit.index + hit.length, k).filter((t, j) => !LIST_GLUE.has(t) && !inHit(hit.index + hit.length + j));
    return between.length > 0 ? 'affirmed' : 'held';
  }
  return undefined;
}

/** Review-of-systems headings name a system, not a place: "Skin: Denies redness" says nothing of where. */
const SYSTEM_HEADINGS = new Set(['skin', 'integumentary', 'musculoskeletal', 'msk', 'cardiovascular', 'respiratory', 'gastrointestinal', 'gi', 'genitourinary', 'gu', 'neurological', 'neuro', 'constitutional', 'psychiatric', 'endocrine', 'hematologic', 'lymphatic', 'cardiac', 'pulmonary']);

function blankSystemHeading(tokens: readonly string[]): string[] {
  const colon = tokens.indexOf(':');
  if (colon < 1 || colon > 3 || !tokens.slice(0, colon).some((t) => SYSTEM_HEADINGS.has(t))) return [...tokens];
  return tokens.map((t, i) => (i <= colon ? '.' : t));
}

/** The symptoms and findings a note statement asserts or denies; hypothetical and time-course mentions are skipped. */
/** A heading of advice: "Safety netting advice given re: fever, SOB", "Red flags:", "SN:", "Watch for signs of bleeding:". */
const ADVICE_LEAD_RE = /^[^:]*\b(?:safety|netting|netted|sn|advice|advised|flags?|warning|precautions|educated|education|counsel\w*|watch(?: out)? for|look(?: out)? for|(?:call|return|seek (?:care|help)) (?:if|for|with))\b[^:]*:/i;

/** A history's red-flag or risk screen, answered: "Red flags: denies bladder change, reports saddle numbness". */
// "Safety: denies suicidal thoughts" in a history is the risk screen's answer, not safety-netting advice.
const SCREENED_FLAGS_RE = /^\s*(?:red flags?(?: screen)?|safety|risk|risk assessment)\s*:\s*(?:denies|denied|reports|reported|endorses|no|nil|none|negative|neg)\b/i;

const LUNGS_CLEAR_NOTE_RE = /\b(?:clear to auscultation|CTAB?|(?:lungs?|chest|breath sounds|air entry)\b(?: (?!but\b|not\b|no\b|except\b|heart\b|abdomen\b)[\w',:-]+){0,5} (?:clear|good air entry))\b/i;

export function findTermClaims(statement: string, section?: string): TermClaim[] {
  // What comes after a heading of advice names what to look out for, not what the patient has.
  if (ADVICE_LEAD_RE.test(statement) && !(section === 'subjective' && SCREENED_FLAGS_RE.test(statement))) return [];
  const tokens = prepareTokens(statement);
  const hits = findAllTerms(tokens);
  const siteTokens = section === 'subjective' ? blankSystemHeading(tokens) : tokens;
  const claims: TermClaim[] = [];
  for (const hit of hits) {
    // Hay fever is an allergy, which the allergy check reads; it is named here only so "fever" is not read inside it.
    if (hit.term === 'hay fever') continue;
    // "seen in fracture clinic", "the falls service": a clinic named for what it treats asserts nothing of the patient.
    if (['clinic', 'clinics', 'service', 'liaison', 'team', 'unit'].includes(tokens[hit.index + hit.length] ?? '')) continue;
    const polarity = readNotePolarity(tokens, hits, hit);
    if (polarity === 'skip') continue;
    // "Nil new bowel sx", "no further episodes of chest pain": what is denied is a change, which an old complaint
    // ("i usually have problems with my bowels") does not contradict.
    if (polarity === 'absent' && tokens.slice(Math.max(0, hit.index - 3), hit.index).some((t) => DENIED_CHANGE.has(t))) continue;
    // "no SOB at rest", "doesn't feel anxious right now": a denial held to a moment or a condition is not contradicted
    // by the complaint said in general.
    if (polarity === 'absent' && DENIAL_LIMIT_RE.test(` ${tokens.slice(hit.index + hit.length, hit.index + hit.length + 4).join(' ')} `)) continue;
    // "breathless on the stairs, none at rest": a closing denial held to a moment says the complaint is had otherwise.
    const held = polarity === 'absent' ? readHeldDenial(tokens, hits, hit) : undefined;
    if (held === 'held') continue;
    // "denies unintentional weight loss": weight the patient is trying to lose is another matter.
    if (polarity === 'absent' && /weight loss/.test(hit.term) && tokens.slice(Math.max(0, hit.index - 1), hit.index + 1).some((t) => /^(?:unintentional|unintended|unexplained|involuntary)/.test(t))) continue;
    // "tenderness with flexion or extension" is pain on movement, not on palpation.
    const onMovement = hit.term === 'tenderness' && ['with', 'on'].includes(tokens[hit.index + hit.length] ?? '') && /^(?:flexion|extension|movement|motion|range)$/.test(tokens[hit.index + hit.length + 1] ?? '');
    const term = onMovement ? 'pain with movement' : hit.term;
    const kind = section === 'objective' && OBSERVABLE.has(term) ? 'finding' : hit.kind;
    claims.push({ term, kind, polarity: held === 'affirmed' ? 'present' : polarity, phrase: tokens.slice(hit.index, hit.index + hit.length).join(' '), sites: readNoteSites(siteTokens, hit, hits) });
  }
  // "Lungs: clear to auscultation bilaterally", "CTAB": lungs an examiner calls clear deny the added sounds, as the
  // same words said at the bedside do; not a clear image ("chest x-ray clear").
  if (section === 'objective' && LUNGS_CLEAR_NOTE_RE.test(statement) && !IMAGING_RE.test(statement.toLowerCase())) {
    for (const term of ['wheezing', 'crackles', 'rhonchi']) {
      if (!claims.some((c) => c.term === term)) claims.push({ term, kind: 'finding', polarity: 'absent', phrase: term, sites: ['lung'] });
    }
  }
  // Clauses without a lexicon term may still state something in a frame ("… but notes signs of apnea").
  claims.push(...readFrameClaims(statement, section, (clause) => findAllTerms(prepareTokens(clause)).length > 0));
  // "Endorsed tingling until Sunday, denies tingling today": both polarities of one phrase in a statement are a time
  // course; "endorses melena; denies hematochezia" are two claims of one term, each read on its own, and so are
  // "tender over the lateral epicondyle; no tenderness at the olecranon": one finding at two places.
  return claims.filter((c) => !claims.some((o) => o.term === c.term && o.phrase === c.phrase && o.polarity !== c.polarity && isSameSite(c.sites, o.sites)));
}
