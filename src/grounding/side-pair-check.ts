/**
 * Values a note gives side by side in one list — "ER strength 4/5 R, 5/5 L", "SLS R 20 s, L 35 s", "grip right 30 kg,
 * left 22 kg" — each belong to their own side. Both sides are said in the conversation, so the part-and-side check
 * cannot see a list written the other way round; here each value is tied to its side, in the note and in what was
 * said, and a value the conversation only ever gives the other side is swapped.
 */
import { FRACTION_RE, normaliseTokens, NUMBER_RE } from './tokenize.js';
import type { TranscriptModel } from './transcript-model.js';

type Side = 'left' | 'right';

interface SideValue {
  value: string;
  side: Side | null;
}

const SIDE_TOKENS: Readonly<Record<string, Side>> = { left: 'left', right: 'right', l: 'left', r: 'right', lt: 'left', rt: 'right' };
/** Single letters are sides only in a note's shorthand; a conversation says the word. */
const SPOKEN_SIDES = new Set(['left', 'right']);
/** "all right", "that's right", "right now", "left it": the word is no side there. */
const NOT_SIDE_BEFORE = new Set(['all', 'that', "that's", 'thats', 'alright', 'is', 'you', 'i', 'she', 'he', 'we', 'they', 'just']);
const NOT_SIDE_AFTER = new Set(['now', 'away', 'here', 'there', 'then', 'so', 'okay', 'ok', 'yeah', 'thing', 'after', 'before', 'back', 'off', 'it', 'me', 'him', 'her', 'them', 'home', 'work']);
const SENTENCE_ENDS = new Set(['.', '?', '!', ';']);

function readSide(tokens: readonly string[], i: number, spoken: boolean): Side | null {
  const t = tokens[i] as string;
  if (spoken && !SPOKEN_SIDES.has(t)) return null;
  if (NOT_SIDE_BEFORE.has(tokens[i - 1] ?? '') || NOT_SIDE_AFTER.has(tokens[i + 1] ?? '')) return null;
  return SIDE_TOKENS[t] ?? null;
}

/**
 * "10 g monofilament: right 6/10, left 8/10", "Grip at 90 degrees: R 30 kg, L 22 kg": a heading before a colon that
 * names no side says what was measured, so its own numbers belong to no side and must not set which way the list
 * after it reads (a heading that names a side, "Right: 4/5", is part of the list).
 */
function dropSidelessHeading(tokens: readonly string[], spoken: boolean): readonly string[] {
  const colon = tokens.indexOf(':');
  if (colon < 0 || tokens.slice(0, colon).some((_, i) => readSide(tokens, i, spoken) !== null)) return tokens;
  return tokens.slice(colon + 1);
}

/**
 * The values of one sentence with the side each belongs to: a sentence that opens with a side gives each value to the
 * side before it ("right 20 seconds, left 35"); one that opens with a value, to the side after it ("4 out of 5 on the
 * right"). A value with no side in its sentence keeps none.
 */
function bindSentence(sentence: readonly string[], spoken: boolean): SideValue[] {
  const tokens = dropSidelessHeading(sentence, spoken);
  const items: ({ side: Side } | { value: string })[] = [];
  tokens.forEach((t, i) => {
    const side = readSide(tokens, i, spoken);
    if (side) items.push({ side });
    else if (NUMBER_RE.test(t) || FRACTION_RE.test(t)) items.push({ value: t });
  });
  const sideFirst = items.length > 0 && 'side' in (items[0] as object);
  return items.flatMap((item, k) => {
    if (!('value' in item)) return [];
    const look = sideFirst ? items.slice(0, k).reverse() : items.slice(k + 1);
    const found = look.find((o): o is { side: Side } => 'side' in o);
    return [{ value: item.value, side: found?.side ?? null }];
  });
}

function bindText(tokens: readonly string[], spoken: boolean): SideValue[] {
  const out: SideValue[] = [];
  let start = 0;
  tokens.forEach((t, i) => {
    if (!SENTENCE_ENDS.has(t) && i < tokens.length - 1) return;
    out.push(...bindSentence(tokens.slice(start, i + 1), spoken));
    start = i + 1;
  });
  return out;
}

/**
 * "5/5" written is the "5" said once the scale is named ("left is a 5"): a grade is met by its bare count given to a
 * side (a bare count of nothing, "4 more weeks", is no grade).
 */
function isSameValue(written: string, said: SideValue): boolean {
  if (written === said.value) return true;
  const grade = FRACTION_RE.exec(written);
  return said.side !== null && grade !== null && grade[2] === '5' && grade[1] === said.value;
}

const cache = new WeakMap<TranscriptModel, SideValue[]>();

function readSaidSideValues(model: TranscriptModel): SideValue[] {
  const cached = cache.get(model);
  if (cached) return cached;
  const said = model.lines.flatMap((l) => bindText(normaliseTokens(l.text, { lenient: true }), true));
  cache.set(model, said);
  return said;
}

export function checkSidePairs(statement: string, model: TranscriptModel): { phrase: string; reason: string }[] {
  const claimed = bindText(normaliseTokens(statement), false).filter((v) => v.side !== null);
  // Only a list that gives values to both sides: a lone "R grip 30 kg" is the part-and-side check's.
  if (!claimed.some((v) => v.side === 'left') || !claimed.some((v) => v.side === 'right')) return [];
  const said = readSaidSideValues(model);
  const problems: { phrase: string; reason: string }[] = [];
  for (const { value, side } of claimed) {
    const same = said.filter((s) => isSameValue(value, s));
    // Every time the conversation says the value it gives it the other side, and never this one or none.
    if (same.length === 0 || !same.every((s) => s.side !== null && s.side !== side)) continue;
    problems.push({ phrase: value, reason: `"${value}" is given to the ${side} side, but the transcript gives it to the ${same[0]?.side}` });
  }
  return problems.slice(0, 1);
}
