/**
 * Diagnoses: every condition the assessment names must be named or clearly described in the transcript. A condition
 * is found in three ways: a row of the condition lexicon (with its synonyms and lay words), a word shaped like a
 * diagnosis ("-itis", "-osis", "-emia", "-pathy" …), or a phrase headed by a disease word ("… syndrome", "… disease")
 * or introduced by a diagnostic cue ("complicated by …", "consistent with …").
 */
import { CONDITION_ROWS } from './condition-names.js';
import { RELATED_CONDITIONS } from './related-conditions.js';
import { RAISED_BY } from './differential-cues.js';
import { isWordSaid, namesRelative, saysAffirmed, saysNearly, saysWithTrouble } from './condition-support.js';
import { findHistorySpan, findResultSpan, GENERIC_WORDS, HEAD_NOUNS, isConditionWord, isDietaryLevel, isLastKnown, isProcedureWord, SELF_NAMING_HEADS } from './condition-shapes.js';
import type { Mention } from './polarity-reading.js';
import { findAllTerms } from './site-pains.js';
import { splitTokens } from './tokenize.js';
import { linesSaying, saysWordStart, saysWordsTogether, stemPhrase, stemToken, type WordIndex } from './word-index.js';
import { listMentionHints } from './clinical-terms.js';
import { CLASS_NAMES, type Indication } from './medication-names.js';

interface ConditionName {
  row: number;
  stems: string[];
}

/** Short names ("MS", "PE", "MI") count only in capitals, so "Ms. Diaz" and a "PE" that is a physical exam are not read as diagnoses. */
function isAbbreviationWritten(statement: string, stems: readonly string[]): boolean {
  const only = stems.length === 1 ? (stems[0] as string) : '';
  if (only.length === 0 || only.length > 3) return true;
  return new RegExp(`\\b${only.toUpperCase()}s?\\b(?!\\.\\s+[A-Z])`).test(statement);
}

interface ConditionRow {
  names: string[];
  /** Descriptions that also support it ("headache" for migraine). */
  described: string[];
  /** Everyday words that support it only with a word of trouble or treatment nearby. */
  hints: string[];
}

const ROWS: readonly ConditionRow[] = CONDITION_ROWS.map((row) => {
  const [names = '', described = ''] = row.split('||');
  const all = names.split('|');
  return { names: all.filter((n) => !n.startsWith('~')), hints: all.filter((n) => n.startsWith('~')).map((n) => n.slice(1)), described: described ? described.split('|') : [] };
});

const NAMES: readonly ConditionName[] = ROWS.flatMap(({ names }, row) => names.map((name) => ({ row, stems: stemPhrase(name) })))
  .filter((n) => n.stems.length > 0)
  .sort((a, b) => b.stems.length - a.stems.length);

const NAMES_BY_FIRST: ReadonlyMap<string, ConditionName[]> = (() => {
  const map = new Map<string, ConditionName[]>();
  for (const n of NAMES) map.set(n.stems[0] as string, [...(map.get(n.stems[0] as string) ?? []), n]);
  return map;
})();

/** Phrases that introduce a diagnosis the note asserts. */
const CUES: readonly string[][] = [
  'complicated by', 'secondary to', 'consistent with', 'suggestive of', 'concerning for', 'concern for', 'diagnosis of',
  'diagnosed with', 'underlying', 'in the setting of', 'history of', 'likely', 'probable', 'possible', 'suspected',
  'presumed', 'new diagnosis of', 'compatible with', 'indicative of', 'known', 'background of', 'in a patient with',
  'comorbid', 'along with',
].map((c) => c.split(' '));

/**
 * "Lake water is the likely trigger", "stress the probable cause": after a cue, a word for the part a thing plays names
 * no condition; the thing itself is said before it.
 */
const CAUSE_ROLES = new Set(['cause', 'causes', 'trigger', 'triggers', 'culprit', 'culprits', 'source', 'factor', 'factors', 'contributor', 'contributors', 'driver', 'drivers', 'explanation', 'reason', 'precipitant', 'aetiology', 'etiology', 'origin']);

/** A condition the note only rules out or denies is not asserted. */
const NEGATING = new Set(['no', 'not', 'never', 'without', 'negative', 'denies', 'denied', 'unlikely', 'excluded', 'exclude', 'doubt', 'absent', 'ruled', 'rule', 'r/o', 'nil']);
const CLAUSE_BREAKS = new Set(['.', ';', ':', ',', 'but', 'however']);
/** A differential or a query ("DDx: MI, PE", "?UTI") names what to exclude, not what the patient has. */
const HEDGED_STATEMENT_RE = /^\W*(?:ddx|differentials?|differential diagnos[ie]s|to exclude|rule out|r\/o)\b|\?\s*$/i;

export interface ConditionMention {
  phrase: string;
  /** Lexicon row, when the condition is in the lexicon. */
  row?: number;
  /** Words that must be said for the condition to count as mentioned (for phrases outside the lexicon). */
  content: string[];
  /** Headed by a disease word ("sick sinus syndrome"): every content word must be said. */
  headed?: boolean;
  index: number;
  /** Named in a differential or with a "?" ("DDx: MI, PE", "?UTI"): raised, not asserted. */
  queried?: boolean;
}

/** Words that open a new claim: a denial before them does not reach past them ("no fever in the setting of known …"). */
const SCOPE_BREAKS = new Set(['setting', 'known', 'background', 'history', 'complicated', 'secondary', 'patient']);

/** "eg", "e.g.", "such as", "including", "ie": what follows is an instance of what came before. */
function isExampleLead(tokens: readonly string[], at: number): boolean {
  const [a, b, c] = [tokens[at], tokens[at + 1], tokens[at + 2]];
  return a === 'eg' || a === 'ie' || a === 'including' || (a === 'such' && b === 'as') || ((a === 'e' || a === 'i') && b === '.' && (c === 'g' || c === 'e'));
}

function isNegated(tokens: readonly string[], index: number): boolean {
  for (let i = index - 1; i >= 0 && i >= index - 10; i -= 1) {
    const t = tokens[i] as string;
    // "to exclude any systemic disease , eg antiphospholipid syndrome": an example stays in the denial's reach.
    if (t === ',' && isExampleLead(tokens, i + 1)) continue;
    if (CLAUSE_BREAKS.has(t) || SCOPE_BREAKS.has(t)) return false;
    // "with or without" is no denial.
    if (t === 'without' && tokens[i - 1] === 'or') continue;
    if (NEGATING.has(t) || t.endsWith("n't")) return true;
  }
  return false;
}

/**
 * "PE less likely", "MS unlikely but needs excluding": a doubt after the name, in its clause, raises it only; so does
 * one after a pair ("make common bile duct obstruction and pancreatitis unlikely"), but not one after a clause of its
 * own ("gastritis and the ulcer unlikely").
 */
function isDoubtedAfter(tokens: readonly string[], index: number): boolean {
  for (let i = index + 1; i < tokens.length && i <= index + 8; i += 1) {
    const t = tokens[i] as string;
    if (CLAUSE_BREAKS.has(t) || (t === 'and' && ['the', 'a', 'an', 'his', 'her', 'is', 'was'].includes(tokens[i + 1] ?? ''))) return false;
    if (t === 'and' && i > index + 5) return false;
    if (t === 'unlikely' || t === 'excluded' || (t === 'likely' && ['less', 'not'].includes(tokens[i - 1] ?? ''))) return true;
  }
  return false;
}

function matchRow(stems: readonly string[], i: number): ConditionName | undefined {
  return (NAMES_BY_FIRST.get(stems[i] as string) ?? []).find((n) => n.stems.every((s, k) => stems[i + k] === s));
}

/** The content words before a head noun ("Lyme" in "Lyme disease"), up to three. */
function readModifiers(tokens: readonly string[], head: number, covered: ReadonlySet<number>): number {
  // "complex regional pain syndrome", "myofascial pain syndrome": "pain" before the head is part of the name, and the
  // words before it tell which syndrome (alone, "pain" would end the name and leave it with no content).
  const compound = tokens[head - 1] === 'pain' && !covered.has(head - 1) ? 1 : 0;
  let start = head - compound;
  while (start > 0 && head - start < 3 + compound) {
    const t = tokens[start - 1] as string;
    if (!/^[a-z][a-z0-9'-]*$/.test(t) || covered.has(start - 1) || (GENERIC_WORDS.has(t) && !['chronic'].includes(t))) break;
    start -= 1;
  }
  return start;
}

/** A family history names the relatives' conditions: "FH: diabetes", "for family history , there's thyroid disease". */
const FAMILY_HISTORY_RE = /^\W*(?:fh|fhx|family history)\b|\bfamily history\b/i;

/**
 * The conditions a statement asserts; with `withQueried`, also the ones it only raises ("DDx: MI, PE", "?UTI"),
 * marked `queried` and read from the lexicon and disease-shaped words alone (no loose cue phrases).
 */
export function findConditions(statement: string, readCues = true, withQueried = false): ConditionMention[] {
  const hedged = HEDGED_STATEMENT_RE.test(statement);
  if ((hedged && !withQueried) || FAMILY_HISTORY_RE.test(statement)) return [];
  const tokens = splitTokens(statement).map((t) => t.replace(/'s$/, ''));
  const stems = tokens.map(stemToken);
  const covered = new Set<number>();
  const found: ConditionMention[] = [];
  // "Imp: viral URTI, ddx LRTI, covid", "… vs early cellulitis": what follows a differential's word is raised too.
  const raisedFrom = tokens.findIndex((t) => ['ddx', 'differential', 'differentials', 'vs', 'versus'].includes(t));
  const isQueried = (i: number) => hedged || tokens[i - 1] === '?' || (raisedFrom >= 0 && i > raisedFrom) || isDoubtedAfter(tokens, i);
  for (let i = 0; i < stems.length; i += 1) {
    const name = matchRow(stems, i);
    if (!name || !isAbbreviationWritten(statement, name.stems)) continue;
    for (let k = 0; k < name.stems.length; k += 1) covered.add(i + k);
    const queried = isQueried(i);
    if (!isNegated(tokens, i) && !isDietaryLevel(tokens, i, name.stems.length) && (withQueried || !queried)) found.push({ phrase: tokens.slice(i, i + name.stems.length).join(' '), row: name.row, content: [], index: i, ...(queried ? { queried } : {}) });
    i += name.stems.length - 1;
  }
  tokens.forEach((token, i) => {
    if (covered.has(i) || isNegated(tokens, i)) return;
    if (isQueried(i)) {
      if (withQueried && isConditionWord(token)) found.push({ phrase: token, content: [token], index: i, queried: true });
      covered.add(i);
      return;
    }
    if (isConditionWord(token)) {
      covered.add(i);
      found.push({ phrase: token, content: [token], index: i });
    } else if (HEAD_NOUNS.has(stems[i] as string) && !covered.has(i - 1)) {
      const start = readModifiers(tokens, i, covered);
      const modifiers = tokens.slice(start, i).filter((t) => !GENERIC_WORDS.has(t));
      // "essential tremor", "mild dementia": a head that names a condition by itself is its own content.
      const content = modifiers.length === 0 && SELF_NAMING_HEADS.has(stems[i] as string) ? [token] : modifiers;
      for (let k = start; k <= i; k += 1) covered.add(k);
      if (content.length > 0) found.push({ phrase: tokens.slice(start, i + 1).join(' '), content, index: start, headed: true });
    }
  });
  // "… complicated by hepatic flare": the words after a diagnostic cue, when nothing above covered them.
  for (let i = 0; readCues && !hedged && i < tokens.length; i += 1) {
    const cue = CUES.find((c) => c.every((w, k) => tokens[i + k] === w));
    if (!cue || isLastKnown(tokens, i)) continue;
    const start = i + cue.length;
    let end = start;
    while (end < tokens.length && end - start < 4 && /^[a-z][a-z'-]*$/.test(tokens[end] as string) && !['and', 'or', 'which', 'that', 'with', 'for', 'in', 'on', 'at', 'but', 'who', 'as', 'given', 'because', 'since', 'after', 'to'].includes(tokens[end] as string)) end += 1;
    const span = Array.from({ length: end - start }, (_, k) => start + k);
    // Words that only qualify a condition named right after them ("stage III non-small cell lung cancer").
    const qualifiesNext = [end, end + 1, end + 2].some((k) => covered.has(k));
    if (span.length === 0 || qualifiesNext || span.some((k) => covered.has(k) || isProcedureWord(tokens[k] as string))) continue;
    const content = span.map((k) => tokens[k] as string).filter((t) => !GENERIC_WORDS.has(t) && !CAUSE_ROLES.has(t) && t.length >= 3);
    span.forEach((k) => covered.add(k));
    if (content.length > 0) found.push({ phrase: span.map((k) => tokens[k]).join(' '), content, index: start });
  }
  // "viral URTI", "bacterial tonsillitis": the cause a clinician gives a condition is part of that condition's name.
  return found.filter((m) => !(QUALIFYING_CAUSES.has(m.phrase) && found.some((o) => o !== m && o.index > m.index && o.index <= m.index + 2))).sort((a, b) => a.index - b.index);
}

const QUALIFYING_CAUSES = new Set(['viral', 'bacterial', 'fungal']);

/** True when the transcript names the condition or describes it in one of the lexicon's words. */
export function isConditionSupported(mention: ConditionMention, index: WordIndex, ofRelative = false): boolean {
  const row = mention.row === undefined ? undefined : ROWS[mention.row];
  if (row) {
    // "PVD" is peripheral vascular disease to one clinician and a posterior vitreous detachment to another: an
    // abbreviation two rows share is supported by either's words.
    return rowsSharing(mention.row as number, mention.phrase).some((r) => [...r.names, ...r.described].some((name) => saysAffirmed(index, stemPhrase(name), ofRelative) || saysNearly(index, stemPhrase(name)))
      || r.hints.some((hint) => saysWithTrouble(index, stemPhrase(hint))));
  }
  // A phrase headed by a disease word needs all its words ("sick sinus syndrome" is not "feel sick"); loose words
  // after a cue are paraphrased in conversation, so one of them is enough.
  const said = (word: string) => isWordSaid(index, word) || saysNearly(index, [word]) || isClassSaid(index, word);
  const content = mention.content.filter((w) => !CAUSE_LINKS.has(w));
  return mention.headed ? content.every(said) : content.some((w) => said(w) || isFindingTold(index, w));
}

/**
 * "Maceration secondary to exudate" where the nurse saw it "weeping": a finding named after a cue is told in the
 * everyday words the polarity reader knows it by.
 */
function isFindingTold(index: WordIndex, word: string): boolean {
  const terms = findAllTerms([word]).filter((h) => h.index === 0 && h.length === 1).map((h) => h.term);
  return terms.some((term) => listMentionHints(term).some((h) => (h.includes(' ') ? saysWordsTogether(index, h.split(' ')) : saysWordStart(index, h, h.length))));
}

/** The row a condition was read from, and any other row that lists the same short name. */
function rowsSharing(row: number, phrase: string): ConditionRow[] {
  const own = ROWS[row] as ConditionRow;
  if (phrase.includes(' ') || phrase.length > 4) return [own];
  return [own, ...ROWS.filter((r, k) => k !== row && r.names.includes(phrase))];
}

/** "NSAID-related", "opioid-induced": words that tie a condition to its cause, said of the cause, not the condition. */
const CAUSE_LINKS = new Set(['related', 'induced', 'associated']);

/** "likely NSAID-related": a cause named by its drug class is said by any member ("the ibuprofen", "anti-inflammatories"). */
function isClassSaid(index: WordIndex, word: string): boolean {
  const row = CLASS_NAMES.find(([names]) => names.includes(word));
  return row !== undefined && [...row[0], ...row[1]].some((name) => saysWordsTogether(index, stemPhrase(name)));
}

/** The condition is said in any way, denied or not. */
function isSpokenOf(mention: ConditionMention, index: WordIndex): boolean {
  const row = mention.row === undefined ? undefined : ROWS[mention.row];
  if (row && [...row.names, ...row.described].some((name) => saysWordsTogether(index, stemPhrase(name)))) return true;
  return mention.content.length > 0 && mention.content.every((word) => isWordSaid(index, word));
}

/** Words too general to tie a raised condition to the talk ("disease", "infection" said of anything). */
const UNTELLING_QUERY_WORDS = new Set(['pain', 'problem', 'problems', 'condition', 'blood', 'high', 'pressure', 'sugar', 'heart', 'chest', 'stomach', 'tummy', 'water']);

/**
 * A condition raised in a differential or with a "?" is the clinician's thinking on what was talked about: any telling
 * word of its names, descriptions or everyday words said anywhere ("?labyrinthitis" after talk of dizziness and the
 * inner ear) ties it to the conversation. One nothing in the conversation comes near was made up.
 */
function isQueriedSupported(mention: ConditionMention, index: WordIndex): boolean {
  if (isConditionSupported(mention, index)) return true;
  const row = mention.row === undefined ? undefined : ROWS[mention.row];
  if (row && (RAISED_BY.get(row.names[0] ?? '') ?? []).some((p) => saysWordsTogether(index, stemPhrase(p)))) return true;
  const phrases = row ? [...row.names, ...row.described, ...row.hints] : mention.content;
  const words = phrases.flatMap((p) => p.toLowerCase().split(/[^a-z]+/)).filter((w) => w.length >= 4 && !GENERIC_WORDS.has(w) && !HEAD_NOUNS.has(w) && !UNTELLING_QUERY_WORDS.has(w));
  // "?sinusitis", "?tonsillitis" after talk of the sinuses or the tonsils: an inflammation is raised of the organ said.
  const organs = words.map((w) => /^(\w{4,}?)(?:itis|osis|opathy|algia)$/.exec(w)?.[1]).filter((w): w is string => w !== undefined);
  return words.some((w) => isWordSaid(index, w)) || organs.some((o) => saysWordStart(index, o, Math.min(5, o.length)));
}

/**
 * The conditions a statement asserts the patient has: every one in an assessment; in the history, those a
 * past-medical-history line lists or a history cue introduces ("a history of …", "diagnosed with …"); in the
 * objective, those a test or an image is said to show ("ECG shows atrial fibrillation").
 */
export function findAssertedConditions(statement: string, section: string): ConditionMention[] {
  if (section === 'assessment') return findConditions(statement, true, true);
  // A GP's plan may carry a history ("No hx GI sx/asthma" before prescribing naproxen): its history cues count there too.
  if (section !== 'subjective' && section !== 'objective' && section !== 'plan') return [];
  const tokens = splitTokens(statement);
  const span: { start: number; end: number; loose?: boolean } | undefined = section === 'objective' ? findResultSpan(tokens) : findHistorySpan(tokens);
  if (span === undefined) return [];
  const inSpan = findConditions(statement).filter((m) => m.index >= span.start && m.index < span.end);
  // After a bare "has", a condition that is also a symptom ("nocturia", "headaches") is left to the polarity check.
  return span.loose ? inSpan.filter((m) => !isSymptomTerm(m.phrase)) : inSpan;
}

function isSymptomTerm(phrase: string): boolean {
  const words = splitTokens(phrase);
  return findAllTerms(words).some((h) => h.index === 0 && h.length === words.length);
}

/**
 * A condition that is also a symptom ("dysuria", "orthopnea", "insomnia") is supported by the patient having it in any
 * of the words the polarity reader knows ("a painful burning feeling when I pee").
 */
function isHadAsSymptom(mention: ConditionMention, mentions: ReadonlyMap<string, readonly Mention[]>, index: WordIndex): boolean {
  // Only a condition that is the symptom, word for word: "migraine" is not had because a headache is, nor heart
  // failure because of weakness.
  const words = splitTokens(mention.phrase);
  const terms = findAllTerms(words).filter((h) => h.index === 0 && h.length === words.length).map((h) => h.term);
  if (terms.some((term) => (mentions.get(term) ?? []).some((m) => m.polarity === 'present'))) return true;
  // Its telling words said together, and never denied: "burning … when I pee" for dysuria.
  const hinted = terms.some((term) => listMentionHints(term).some((h) => h.includes(' ') && saysWordsTogether(index, h.split(' '))));
  return hinted && !terms.some((term) => (mentions.get(term) ?? []).some((m) => m.polarity === 'absent'));
}

/**
 * A condition the lexicon describes by a symptom ("pharyngitis" by "sore throat") is supported by the patient having
 * that symptom in any words the polarity reader knows ("now my throat hurts").
 */
function isDescribedAsHad(mention: ConditionMention, mentions: ReadonlyMap<string, readonly Mention[]>): boolean {
  const row = mention.row === undefined ? undefined : ROWS[mention.row];
  if (!row) return false;
  const terms = [...row.names, ...row.described].flatMap((phrase) => {
    const words = splitTokens(phrase);
    return findAllTerms(words).filter((h) => h.index === 0 && h.length === words.length).map((h) => h.term);
  });
  return terms.some((term) => (mentions.get(term) ?? []).some((m) => m.polarity === 'present' && m.role !== 'clinician' && !m.exam));
}

/**
 * A chronic condition a history lists that the patient takes a drug for ("PMH: heartburn" where the patient takes "a
 * Rennie if I need to"; "hypertension" and "my amlodipine"): the drug named says what it treats. Not in the
 * assessment, which must name or describe what it concludes.
 */
function isTreated(mention: ConditionMention, treated: ReadonlySet<Indication>): boolean {
  const row = mention.row === undefined ? undefined : ROWS[mention.row];
  if (!row || treated.size === 0) return false;
  const words = new Set([...row.names, ...row.hints].map((n) => n.toLowerCase()));
  return [...treated].some((indication) => indication.for.some((f) => words.has(f)));
}

function hasRelatives(phrase: string): boolean {
  return RELATED_CONDITIONS.some((family) => family.some((member) => member.written.test(phrase)));
}

const ROOT_DENIALS = new Set(['no', 'not', 'without', 'nil', 'never'].map(stemToken));
const ROOT_SUFFIX_RE = /^([a-z]{6,}?)(?:itis|algia|o?pathy|osis)$/;
const TROUBLE_STEMS = new Set(['pain', 'painful', 'tender', 'tenderness', 'sore', 'swollen', 'swelling', 'hurt', 'hurts', 'ache', 'aching', 'inflamed', 'stiff'].map(stemToken));

/**
 * "Lateral epicondylalgia" where the examiner found the patient "tender over the lateral epicondyle": a one-word
 * condition built on the name of a body part, whose part the conversation names with pain or tenderness in the same
 * line, is described (the root must be six letters or more, so "gastr-" or "hepat-" alone never counts).
 */
function isRootTroubled(mention: ConditionMention, index: WordIndex): boolean {
  const words = mention.phrase.toLowerCase().split(/\s+/);
  const root = words.map((w) => ROOT_SUFFIX_RE.exec(w)?.[1]).find((r) => r !== undefined);
  if (!root) return false;
  const start = root.slice(0, -1);
  // "No radicular signs": the part's word denied just before it describes nothing had.
  const denied = (ws: readonly string[], k: number) => ws.slice(Math.max(0, k - 2), k).some((t) => ROOT_DENIALS.has(t));
  return index.joined.split('|').some((line) => {
    const ws = line.trim().split(' ');
    return ws.some((w, k) => w.startsWith(start) && w.length <= root.length + 3 && !denied(ws, k)) && ws.some((w) => TROUBLE_STEMS.has(w));
  });
}

/** A statement that denies anything itself ("has never tried clindamycin for her acne") is left to the other checks. */
const STATEMENT_DENIAL_RE = /\b(?:no|not|never|denies|denied|without|nil)\b|n't\b/i;
const PAST_WORDS = new Set(['ever', 'before', 'past', 'previous', 'previously', 'history', 'prior', 'never'].map(stemToken));
const PAST_HAD_WORDS = new Set(['ago', 'year', 'history', 'had', 'before', 'previous', 'previously', 'childhood', 'when'].map(stemToken));

/**
 * The condition was asked about in the past ("have you ever been diagnosed with …", "… before ?") and answered "no",
 * and no line that names it without a denial speaks of the past.
 */
function isPastDenied(mention: ConditionMention, index: WordIndex): boolean {
  const stems = stemPhrase(mention.phrase);
  if (stems.length === 0) return false;
  const lines = index.joined.split('|').map((l) => l.trim().split(' '));
  const says = (words: readonly string[]) => words.some((_, k) => stems.every((s, j) => words[k + j] === s));
  let denied = false;
  for (const [ordinal, words] of lines.entries()) {
    if (!says(words)) continue;
    if (index.deniedLines.has(ordinal) && words.some((w) => PAST_WORDS.has(w))) denied = true;
    else if (words.some((w) => PAST_HAD_WORDS.has(w)) && !words.some((w) => ['no', 'not', 'never', 'ever'].includes(w))) return false;
  }
  return denied;
}

export function checkDiagnoses(statement: string, index: WordIndex, section = 'assessment', mentions: ReadonlyMap<string, readonly Mention[]> = new Map(), treated: ReadonlySet<Indication> = new Set()): { phrase: string; reason: string; lines: number[] }[] {
  const problems: { phrase: string; reason: string; lines: number[] }[] = [];
  const ofRelative = namesRelative(statement);
  for (const mention of findAssertedConditions(statement, section)) {
    // "a history of … previously treated Lyme disease" where "have you ever been diagnosed with lyme disease before ?"
    // got "i have not": the past denied outweighs talk of it now.
    if (section === 'subjective' && !mention.queried && !ofRelative && !STATEMENT_DENIAL_RE.test(statement) && isPastDenied(mention, index)) {
      problems.push({ phrase: mention.phrase, reason: `the history names "${mention.phrase}", which the patient said they never had before`, lines: linesSaying(index, stemPhrase(mention.phrase)) });
      continue;
    }
    if (mention.queried ? isQueriedSupported(mention, index) : isConditionSupported(mention, index, ofRelative)) continue;
    // A result's condition the conversation speaks of at all ("no fractures") is judged by its polarity (negation-check).
    if (section === 'objective' && isSpokenOf(mention, index)) continue;
    if (isHadAsSymptom(mention, mentions, index)) continue;
    if (isDescribedAsHad(mention, mentions)) continue;
    // A drug the patient takes for it names the condition in the assessment too ("ADHD, improving" on lisdexamfetamine),
    // unless the condition has relatives the same drug treats ("GERD" for "gastritis" on a PPI): there the
    // conversation's own word must decide.
    if (section !== 'objective' && isTreated(mention, treated) && (section !== 'assessment' || !hasRelatives(mention.phrase))) continue;
    if (isRootTroubled(mention, index)) continue;
    const others = mention.row === undefined ? [] : (ROWS[mention.row]?.names ?? []).filter((n) => n !== mention.phrase).slice(0, 3);
    const names = mention.queried ? 'raises' : 'names';
    problems.push({
      phrase: mention.phrase,
      reason: `the ${({ assessment: 'assessment', objective: 'result' } as Record<string, string>)[section] ?? 'history'} ${names} "${mention.phrase}", ${isSpokenOf(mention, index) ? 'which the transcript names but never affirms' : `which the transcript never mentions${others.length ? ` (nor ${others.join(', ')})` : ''}`}`,
      lines: linesSaying(index, mention.content.map(stemToken)),
    });
  }
  return problems;
}
