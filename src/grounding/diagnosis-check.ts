/**
 * Diagnoses: every condition the assessment names must be named or clearly described in the transcript. A condition
 * is found in three ways: a row of the condition lexicon (with its synonyms and lay words), a word shaped like a
 * diagnosis ("-itis", "-osis", "-emia", "-pathy" …), or a phrase headed by a disease word ("… syndrome", "… disease")
 * or introduced by a diagnostic cue ("complicated by …", "consistent with …").
 */
import { CONDITION_ROWS } from './condition-names.js';
import { splitTokens } from './tokenize.js';
import { linesSaying, saysWordStart, saysWordsTogether, stemPhrase, stemToken, type WordIndex } from './word-index.js';

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
}

const ROWS: readonly ConditionRow[] = CONDITION_ROWS.map((row) => {
  const [names = '', described = ''] = row.split('||');
  return { names: names.split('|'), described: described ? described.split('|') : [] };
});

const NAMES: readonly ConditionName[] = ROWS.flatMap(({ names }, row) => names.map((name) => ({ row, stems: stemPhrase(name) })))
  .filter((n) => n.stems.length > 0)
  .sort((a, b) => b.stems.length - a.stems.length);

const NAMES_BY_FIRST: ReadonlyMap<string, ConditionName[]> = (() => {
  const map = new Map<string, ConditionName[]>();
  for (const n of NAMES) map.set(n.stems[0] as string, [...(map.get(n.stems[0] as string) ?? []), n]);
  return map;
})();

/** Word shapes that name a condition. */
const CONDITION_SUFFIX_RE = /(?:itis|osis|iasis|emia|aemia|oma|pathy|algia|ectasis|plasia|trophy|megaly|penia|cytosis|rrhea|rrhoea|uria|plegia|paresis|lithiasis|sclerosis|stenosis|phobia|ism|itides)$/;
const NOT_CONDITIONS = new Set([
  'diagnosis', 'prognosis', 'hypnosis', 'osmosis', 'symbiosis', 'diploma', 'aroma', 'stoma', 'empathy', 'sympathy', 'telepathy',
  'homeopathy', 'osteopathy', 'naturopathy', 'nostalgia', 'mechanism', 'organism', 'metabolism', 'optimism', 'criticism',
  'tourism', 'journalism', 'realism', 'baptism', 'exorcism', 'mechanisms', 'organisms', 'trophy', 'autism', 'prism', 'schism',
  'rheumatism', 'anism', 'racism', 'sexism', 'ageism', 'truism', 'activism', 'alcoholism', 'plasma', 'glaucoma', 'physiotherapy',
]);

/** Words that head a condition phrase: "Lyme disease", "Cushing's syndrome", "adrenal insufficiency". */
const HEAD_NOUNS = new Set([
  'disease', 'syndrome', 'disorder', 'deficiency', 'insufficiency', 'failure', 'cancer', 'carcinoma', 'tumor', 'tumour',
  'palsy', 'aneurysm', 'embolism', 'thrombosis', 'fibrillation', 'flutter', 'infarction', 'obstruction', 'degeneration',
  'dysfunction', 'neuralgia', 'hernia', 'ulcer', 'fracture', 'tear', 'rupture', 'infection', 'injury', 'effusion', 'nodule',
  'cyst', 'polyp', 'abscess', 'fissure', 'fistula', 'varices', 'encephalopathy', 'regurgitation', 'prolapse', 'dystrophy',
]);

/** Words that say how or when, not what: a condition phrase is judged by its other words. */
const GENERIC_WORDS = new Set([
  'acute', 'chronic', 'mild', 'moderate', 'severe', 'left', 'right', 'bilateral', 'likely', 'possible', 'probable', 'suspected',
  'new', 'known', 'history', 'stable', 'uncontrolled', 'controlled', 'worsening', 'recurrent', 'early', 'late', 'stage', 'type',
  'grade', 'primary', 'secondary', 'underlying', 'the', 'a', 'an', 'of', 'his', 'her', 'their', 'with', 'without', 'and', 'or',
  'to', 'in', 'on', 'at', 'for', 'status', 'post', 'exacerbation', 'flare', 'episode', 'complicated', 'setting', 'diagnosis',
  'lower', 'upper', 'partial', 'small', 'large', 'due', 'related', 'associated', 'some', 'significant', 'also', 'consistent',
  'new', 'onset', 'presumed', 'probably', 'concern', 'concerning', 'recent', 'ongoing', 'persistent', 'improving', 'resolved',
  'resolving', 'benign', 'simple', 'complex', 'complete', 'total', 'mixed', 'other', 'unspecified', 'nos', 'multiple', 'single',
  'diffuse', 'focal', 'generalized', 'local', 'localized', 'this', 'that', 'is', 'was', 'be', 'has', 'have', 'patient', 'he',
  'she', 'they', 'it', 'as', 'by', 'from', 'first', 'second', 'third', 'mellitus', 'essential', 'idiopathic', 'borderline',
  'symptomatic', 'asymptomatic', 'clinical', 'clinically', 'medical', 'follow', 'up', 'management', 'evaluation', 'likely',
  'component', 'pain', 'problem', 'problems', 'issue', 'issues', 'condition', 'disease', 'disorder', 'syndrome', 'i', 'ii',
  'iii', 'iv', 'iia', 'iib', 'iiia', 'iiib', 'iva', 'ivb', 'non', 'small', 'cell', 'eg', 'e.g', 'ie', 'any', 'systemic',
]);

/** Phrases that introduce a diagnosis the note asserts. */
const CUES: readonly string[][] = [
  'complicated by', 'secondary to', 'consistent with', 'suggestive of', 'concerning for', 'concern for', 'diagnosis of',
  'diagnosed with', 'underlying', 'in the setting of', 'history of', 'likely', 'probable', 'possible', 'suspected',
  'presumed', 'new diagnosis of', 'compatible with', 'indicative of',
].map((c) => c.split(' '));

/** A condition the note only rules out or denies is not asserted. */
const NEGATING = new Set(['no', 'not', 'without', 'negative', 'denies', 'denied', 'unlikely', 'excluded', 'exclude', 'doubt', 'absent', 'ruled', 'rule', 'r/o', 'nil']);
const CLAUSE_BREAKS = new Set(['.', ';', ':', ',', 'but', 'however']);
/** A differential or a query ("DDx: MI, PE", "?UTI") names what to exclude, not what the patient has. */
const HEDGED_STATEMENT_RE = /^\W*(?:ddx|differentials?|differential diagnos[ie]s|to exclude|rule out|r\/o)\b|\?\s*$/i;

export interface ConditionMention {
  phrase: string;
  /** Lexicon row, when the condition is in the lexicon. */
  row?: number;
  /** Words that must be said for the condition to count as mentioned (for phrases outside the lexicon). */
  content: string[];
  index: number;
}

function isNegated(tokens: readonly string[], index: number): boolean {
  for (let i = index - 1; i >= 0 && i >= index - 10; i -= 1) {
    const t = tokens[i] as string;
    if (CLAUSE_BREAKS.has(t)) return false;
    if (NEGATING.has(t) || t.endsWith("n't")) return true;
  }
  return false;
}

function matchRow(stems: readonly string[], i: number): ConditionName | undefined {
  return (NAMES_BY_FIRST.get(stems[i] as string) ?? []).find((n) => n.stems.every((s, k) => stems[i + k] === s));
}

function isConditionWord(token: string): boolean {
  return token.length >= 7 && CONDITION_SUFFIX_RE.test(token) && !NOT_CONDITIONS.has(token);
}

/** The content words before a head noun ("Lyme" in "Lyme disease"), up to three. */
function readModifiers(tokens: readonly string[], head: number, covered: ReadonlySet<number>): number {
  let start = head;
  while (start > 0 && head - start < 3) {
    const t = tokens[start - 1] as string;
    if (!/^[a-z][a-z'-]*$/.test(t) || covered.has(start - 1) || (GENERIC_WORDS.has(t) && !['chronic'].includes(t))) break;
    start -= 1;
  }
  return start;
}

/** The conditions a statement asserts. */
export function findConditions(statement: string): ConditionMention[] {
  if (HEDGED_STATEMENT_RE.test(statement)) return [];
  const tokens = splitTokens(statement).map((t) => t.replace(/'s$/, ''));
  const stems = tokens.map(stemToken);
  const covered = new Set<number>();
  const found: ConditionMention[] = [];
  for (let i = 0; i < stems.length; i += 1) {
    const name = matchRow(stems, i);
    if (!name || !isAbbreviationWritten(statement, name.stems)) continue;
    for (let k = 0; k < name.stems.length; k += 1) covered.add(i + k);
    if (!isNegated(tokens, i) && tokens[i - 1] !== '?') found.push({ phrase: tokens.slice(i, i + name.stems.length).join(' '), row: name.row, content: [], index: i });
    i += name.stems.length - 1;
  }
  tokens.forEach((token, i) => {
    if (covered.has(i) || isNegated(tokens, i) || tokens[i - 1] === '?') return;
    if (isConditionWord(token)) {
      covered.add(i);
      found.push({ phrase: token, content: [token], index: i });
    } else if (HEAD_NOUNS.has(stems[i] as string) && !covered.has(i - 1)) {
      const start = readModifiers(tokens, i, covered);
      const content = tokens.slice(start, i).filter((t) => !GENERIC_WORDS.has(t));
      for (let k = start; k <= i; k += 1) covered.add(k);
      if (content.length > 0) found.push({ phrase: tokens.slice(start, i + 1).join(' '), content, index: start });
    }
  });
  // "… complicated by hepatic flare": the words after a diagnostic cue, when nothing above covered them.
  for (let i = 0; i < tokens.length; i += 1) {
    const cue = CUES.find((c) => c.every((w, k) => tokens[i + k] === w));
    if (!cue) continue;
    const start = i + cue.length;
    let end = start;
    while (end < tokens.length && end - start < 4 && /^[a-z][a-z'-]*$/.test(tokens[end] as string) && !['and', 'or', 'which', 'that', 'with', 'for', 'in', 'on', 'at', 'but', 'who', 'as', 'given', 'because', 'since', 'after', 'to'].includes(tokens[end] as string)) end += 1;
    const span = Array.from({ length: end - start }, (_, k) => start + k);
    // Words that only qualify a condition named right after them ("stage III non-small cell lung cancer").
    const qualifiesNext = [end, end + 1, end + 2].some((k) => covered.has(k));
    if (span.length === 0 || qualifiesNext || span.some((k) => covered.has(k))) continue;
    const content = span.map((k) => tokens[k] as string).filter((t) => !GENERIC_WORDS.has(t) && t.length >= 3);
    span.forEach((k) => covered.add(k));
    if (content.length > 0) found.push({ phrase: span.map((k) => tokens[k]).join(' '), content, index: start });
  }
  return found.sort((a, b) => a.index - b.index);
}

function isWordSaid(index: WordIndex, word: string): boolean {
  const stem = stemToken(word);
  if (index.words.has(stem)) return true;
  // "cirrhotic" for cirrhosis, "arthritic" for arthritis; "arthritis" for osteoarthritis.
  if (saysWordStart(index, stem, Math.max(6, stem.length - 3))) return true;
  for (const w of index.words) if (w.length >= 6 && stem.endsWith(w)) return true;
  return false;
}

/** True when the transcript names the condition or describes it in one of the lexicon's words. */
export function isConditionSupported(mention: ConditionMention, index: WordIndex): boolean {
  const row = mention.row === undefined ? undefined : ROWS[mention.row];
  if (row) return [...row.names, ...row.described].some((name) => saysWordsTogether(index, stemPhrase(name)));
  return mention.content.some((word) => isWordSaid(index, word));
}

export function checkDiagnoses(statement: string, index: WordIndex): { phrase: string; reason: string; lines: number[] }[] {
  const problems: { phrase: string; reason: string; lines: number[] }[] = [];
  for (const mention of findConditions(statement)) {
    if (isConditionSupported(mention, index)) continue;
    const others = mention.row === undefined ? [] : (ROWS[mention.row]?.names ?? []).filter((n) => n !== mention.phrase).slice(0, 3);
    problems.push({
      phrase: mention.phrase,
      reason: `the assessment names "${mention.phrase}", which the transcript never mentions${others.length ? ` (nor ${others.join(', ')})` : ''}`,
      lines: linesSaying(index, mention.content.map(stemToken)),
    });
  }
  return problems;
}
