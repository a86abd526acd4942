/**
 * The numbers a transcript says, each with what it measures: the vital, analyte or score named just before it
 * (in the same turn or the question it answers), the drug a dose belongs to, and whether a time looks back or ahead.
 */
import { canKeyTakeUnit, findKeys } from './claim-keys.js';
import { findMedicationsInTokens } from './medication-check.js';
import { extractQuantities, type Quantity } from './quantities.js';
import { normaliseTokens } from './tokenize.js';
import type { TranscriptModel } from './transcript-model.js';

export interface HeardQuantity extends Quantity {
  line: number;
  turn: number;
  /** The vital, analyte or score it was said of, if one was named close before it. */
  key: string | null;
  /** Aliases of the drug named closest to a dose, if any. */
  drug: readonly string[] | null;
}

export interface KeyMention {
  key: string;
  line: number;
}

export interface QuantityIndex {
  quantities: HeardQuantity[];
  /** Word stems said in each turn, to tell which event a duration belongs to. */
  turnStems: Map<number, Set<string>>;
  keyMentions: KeyMention[];
  /** Values said shortly after "scale" or "pain" ("on a scale of one to ten … it's like a nine"), which support "9/10". */
  scaleValues: Map<number, number>;
}

/** How far back (tokens) a key reaches a value: "your a1c , which we checked last week , came back at 8". */
const KEY_REACH = 20;
/** Over a turn change the reply must come quickly: "what was your a1c ? — eight point two". */
const KEY_REACH_ACROSS_TURNS = 8;
const DRUG_REACH_BEFORE = 12;
const DRUG_REACH_AFTER = 4;
const SCALE_REACH = 40;
const SCALE_WORDS = new Set(['scale', 'pain', 'level', 'rate', 'rating', 'out']);

/** A word's first five letters: enough to match "vomiting" with "vomited" and "diarrhea" with "diarrhoea". */
export function stemTopicWord(word: string): string {
  return word.slice(0, 5);
}

interface FlatToken {
  token: string;
  line: number;
  turn: number;
}

/** The transcript as one normalised token stream, line by line, with a stop token between lines. */
function flattenTranscript(model: TranscriptModel): FlatToken[] {
  const flat: FlatToken[] = [];
  for (const line of model.lines) {
    for (const token of normaliseTokens(line.text, { lenient: true })) flat.push({ token, line: line.line, turn: line.turn });
    flat.push({ token: '¶', line: line.line, turn: line.turn });
  }
  return flat;
}

function nearestKey(keys: readonly { key: string; index: number; end: number; weak: boolean }[], flat: readonly FlatToken[], q: Quantity): string | null {
  const at = q.index;
  let best: { key: string; distance: number; weak: boolean } | null = null;
  for (const k of keys) {
    if (k.end > at + 1 || !canKeyTakeUnit(k.key, q.cls)) continue;
    const distance = at - k.end;
    const crossed = (flat[at]?.turn ?? 0) - (flat[k.index]?.turn ?? 0);
    if (distance > KEY_REACH || crossed > 1 || (crossed === 1 && distance > KEY_REACH_ACROSS_TURNS)) continue;
    // A named analyte beats a vague word ("level", "pressure") even a little further away.
    if (!best || (best.weak && !k.weak) || (best.weak === k.weak && distance < best.distance)) best = { key: k.key, distance, weak: k.weak };
  }
  return best?.key ?? null;
}

export function indexQuantities(model: TranscriptModel): QuantityIndex {
  const flat = flattenTranscript(model);
  const tokens = flat.map((f) => f.token);
  const keys = findKeys(tokens).map((k) => ({ ...k, end: k.index + k.length }));
  const drugs = findMedicationsInTokens(tokens);
  // A rating already given ("six out of ten … down to a one") anchors the next ones too.
  const scaleAt = tokens.flatMap((t, i) => (SCALE_WORDS.has(t) || /\/10$/.test(t) ? [i] : []));
  const quantities: HeardQuantity[] = [];
  const scaleValues = new Map<number, number>();
  for (const q of extractQuantities(tokens)) {
    const at = flat[q.index] as FlatToken;
    const key = q.cls === 'time' || q.cls === 'age' ? null : nearestKey(keys, flat, q);
    let drug: readonly string[] | null = null;
    if (q.cls === 'dose') {
      const near = drugs
        .filter((d) => (d.index < q.index && q.index - d.index <= DRUG_REACH_BEFORE) || (d.index > q.index && d.index - q.index <= DRUG_REACH_AFTER))
        .sort((a, b) => Math.abs(a.index - q.index) - Math.abs(b.index - q.index))[0];
      drug = near?.aliases ?? null;
    }
    quantities.push({ ...q, line: at.line, turn: at.turn, key, drug });
    if (q.den === undefined && scaleAt.some((s) => q.index > s && q.index - s <= SCALE_REACH)) scaleValues.set(q.value, at.line);
  }
  const keyMentions = keys.filter((k) => !k.weak).map((k) => ({ key: k.key, line: (flat[k.index] as FlatToken).line }));
  const turnStems = new Map<number, Set<string>>();
  for (const f of flat) {
    if (!/^[a-z]{4,}/.test(f.token)) continue;
    const stems = turnStems.get(f.turn) ?? new Set<string>();
    stems.add(stemTopicWord(f.token));
    turnStems.set(f.turn, stems);
  }
  return { quantities, turnStems, keyMentions, scaleValues };
}
