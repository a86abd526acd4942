/**
 * Qualifiers that come in opposing pairs change what a note names: an "arterial" ulcer is not the "venous ulcer" the
 * nurse saw, nor the "lateral malleolus" the "medial malleolus" she measured. The part or condition itself is said, so
 * the other checks find it supported; here the qualifier is compared. A note's qualifier is flagged only where the
 * conversation never says it (nor its everyday words) at all, yet says its opposite of the same thing, undenied.
 */
import { splitTokens } from './tokenize.js';
import type { TranscriptModel } from './transcript-model.js';
import { stemToken } from './word-index.js';

/** Each pair's two poles, each with the everyday words that say it. */
const PAIRS: readonly [readonly string[], readonly string[]][] = [
  [['medial', 'inner', 'inside'], ['lateral', 'outer', 'outside']],
  [['venous', 'vein', 'veins'], ['arterial', 'artery', 'arteries']],
  [['proximal'], ['distal']],
  [['superficial'], ['deep']],
  [['superior', 'top', 'upper'], ['inferior', 'bottom', 'lower']],
  [['internal'], ['external']],
  [['ipsilateral'], ['contralateral']],
  [['systolic'], ['diastolic']],
  [['obstructive'], ['central']],
  [['benign'], ['malignant', 'cancerous']],
  [['ischemic', 'ischaemic'], ['hemorrhagic', 'haemorrhagic', 'bleed']],
  [['viral', 'virus'], ['bacterial', 'bacteria']],
  // A dry cough is not a productive one, nor dry mucous membranes moist ones.
  [['dry', 'nonproductive'], ['productive', 'wet', 'chesty', 'moist']],
  // A membrane, tendon or ligament seen whole is not one torn through.
  [['intact'], ['ruptured', 'perforated', 'torn']],
];

/** Words between a qualifier and the thing it qualifies that say nothing of it ("L lateral malleolus"). */
const PASSING = new Set(['left', 'right', 'l', 'r', 'bilateral', 'the', 'of', 'a', 'an', 'and', 'leg', 'side']);
const DENIALS = new Set(['no', 'not', 'non', 'without', 'nor']);
/** How many words after the qualifier the thing it qualifies may come, and before it in the conversation. */
const HEAD_REACH = 3;
const SAID_REACH = 3;
const NOTE_DENIAL_REACH = 8;
const CLAUSE_BREAKS = new Set(['.', ';', ',', ':', 'but']);
/** Verbs that give a thing its quality after it: "the cough is dry". */
const COPULAS = new Set(['is', 'are', 'was', 'were', 'looks', 'look', 'feels', 'feel', 'sounds', 'seems']);

interface Pole {
  words: ReadonlySet<string>;
  opposite: readonly string[];
}

const POLES: ReadonlyMap<string, Pole> = new Map(PAIRS.flatMap(([a, b]) => [
  ...a.map((w) => [w, { words: new Set(a), opposite: b }] as const),
  ...b.map((w) => [w, { words: new Set(b), opposite: a }] as const),
]));

const isHeadWord = (t: string) => /^[a-z]{4,}$/.test(t) && !PASSING.has(t) && !POLES.has(t);

/**
 * The content words a qualifier in the note reaches: "arterial leg ulcer" → leg, ulcer; a qualifier that ends its
 * clause in note style reaches back to the words of its clause before it ("Eardrum ruptured.", "Cough dry;").
 */
function readHeads(tokens: readonly string[], at: number): string[] {
  const after = tokens.slice(at + 1, at + 1 + HEAD_REACH).filter(isHeadWord);
  if (after.length > 0 || !(at + 1 >= tokens.length || CLAUSE_BREAKS.has(tokens[at + 1] as string))) return after.map(stemToken);
  const before: string[] = [];
  for (let k = at - 1; k >= 0 && k >= at - HEAD_REACH && !CLAUSE_BREAKS.has(tokens[k] as string); k -= 1) before.push(tokens[k] as string);
  return before.filter(isHeadWord).map(stemToken);
}

const cache = new WeakMap<TranscriptModel, string[][]>();

function readLines(model: TranscriptModel): string[][] {
  const cached = cache.get(model);
  if (cached) return cached;
  const lines = model.lines.map((l) => splitTokens(l.text));
  cache.set(model, lines);
  return lines;
}

/** The opposite word said, undenied, a few words before one of the heads: "the venous ulcer is healing". */
function findOppositeSaid(lines: readonly string[][], opposite: readonly string[], heads: readonly string[]): string | undefined {
  for (const tokens of lines) {
    for (let i = 0; i < tokens.length; i += 1) {
      if (!opposite.includes(tokens[i] as string) || tokens.slice(Math.max(0, i - 3), i).some((t) => DENIALS.has(t))) continue;
      const after = tokens.slice(i + 1, i + 1 + SAID_REACH + 1).map(stemToken);
      if (heads.some((h) => after.includes(h))) return tokens[i];
      // Said after the thing, as what it is: "the mucous membranes are moist", "his cough is dry".
      const before = COPULAS.has(tokens[i - 1] ?? '') ? tokens.slice(Math.max(0, i - 1 - SAID_REACH), i - 1).map(stemToken) : [];
      if (heads.some((h) => before.includes(h))) return tokens[i];
    }
  }
  return undefined;
}

/** "No pain to palpation of the lateral aspect": a place the note denies anything at asserts nothing of it. */
function isDeniedInNote(tokens: readonly string[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - NOTE_DENIAL_REACH; k -= 1) {
    if (CLAUSE_BREAKS.has(tokens[k] as string)) return false;
    if (DENIALS.has(tokens[k] as string) || (tokens[k] as string).endsWith("n't")) return true;
  }
  return false;
}

export function checkOppositeQualifiers(statement: string, model: TranscriptModel): { phrase: string; reason: string }[] {
  const tokens = splitTokens(statement);
  const lines = readLines(model);
  const problems: { phrase: string; reason: string }[] = [];
  tokens.forEach((token, i) => {
    const pole = POLES.get(token);
    if (!pole || isDeniedInNote(tokens, i)) return;
    if (lines.some((line) => line.some((t) => pole.words.has(t)))) return;
    const heads = readHeads(tokens, i);
    const said = heads.length > 0 ? findOppositeSaid(lines, pole.opposite, heads) : undefined;
    if (said) problems.push({ phrase: token, reason: `the note says "${token}", but the transcript says "${said}" of it and never "${token}"` });
  });
  return problems.slice(0, 1);
}
