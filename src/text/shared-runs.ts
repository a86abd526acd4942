import { publicKeyPrefix } from './secrets.js';

/**
 * Finding, in a message a service sent back, the stretches it shares with what it was sent: a run of the patient's
 * words, or a piece of the key. Pure functions; src/text/scrubber.ts decides when to use them.
 */

/** A stretch of a message, `[start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** Shorter runs are ordinary language ("the patient has a"), not a quote of the transcript. */
export const MIN_WORDS = 4;
export const MIN_CHARS = 24;
/** The text is indexed in blocks of this size: any shared run of MIN_CHARS - 1 or more holds one whole block. */
const BLOCK = 12;
/** Occurrences kept per block: a transcript that repeats itself must not make a message quadratic to check. */
const MAX_OCCURRENCES = 16;
/** Any this many consecutive characters of a key (after its public prefix) count as the key. */
export const KEY_WINDOW = 8;

interface Token {
  start: number;
  end: number;
  word: string;
}

// A JSON escape (`\n`, `\"`, `\u00e9`) parts words as the character it stands for would, so a service that quotes
// the request body still escaped is matched word for word.
const TOKEN = /\\(?:u[0-9a-fA-F]{4}|.)|[\p{L}\p{N}]+/gsu;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    if (m[0].startsWith('\\')) continue;
    tokens.push({ start: m.index, end: m.index + m[0].length, word: m[0].toLowerCase() });
  }
  return tokens;
}

/** MIN_WORDS words from `i`, as one key (concatenated by hand: this runs once per word of a transcript). */
function gramAt(tokens: Token[], i: number): string {
  let gram = tokens[i]!.word;
  for (let k = 1; k < MIN_WORDS; k++) gram += ` ${tokens[i + k]!.word}`;
  return gram;
}

/** What a message is compared with: the text, its word runs, and its blocks. Built once per text, when first needed. */
export interface TextIndex {
  text: string;
  grams: Set<string>;
  blocks: Map<string, number[]>;
}

export function indexText(text: string): TextIndex {
  const tokens = tokenize(text);
  const grams = new Set<string>();
  for (let i = 0; i + MIN_WORDS <= tokens.length; i++) grams.add(gramAt(tokens, i));
  const blocks = new Map<string, number[]>();
  for (let at = 0; at + BLOCK <= text.length; at += BLOCK) {
    const block = text.slice(at, at + BLOCK);
    const seen = blocks.get(block);
    if (!seen) blocks.set(block, [at]);
    else if (seen.length < MAX_OCCURRENCES) seen.push(at);
  }
  return { text, grams, blocks };
}

/** The span without the spaces at its ends: `id […]`, not `id[…]`. */
function trimSpaces(message: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(message[start]!)) start++;
  while (end > start && /\s/.test(message[end - 1]!)) end--;
  return { start, end };
}

/** "…", '…', “…”, ‘…’ or «…»: what a service quotes is what it was given. */
const QUOTED = /"([^"\n]{2,300})"|'([^'\n]{2,300})'|“([^”\n]{2,300})”|‘([^’\n]{2,300})’|«([^»\n]{2,300})»/g;

/**
 * The stretches of `message` that also appear in the indexed text: MIN_WORDS words in a row (case, spacing and
 * punctuation aside), MIN_CHARS characters in a row, or a quoted name or phrase of two words or more.
 */
export function findSharedRuns(message: string, index: TextIndex): Span[] {
  const spans: Span[] = [];
  const tokens = tokenize(message);
  for (let i = 0; i + MIN_WORDS <= tokens.length; i++) {
    if (index.grams.has(gramAt(tokens, i))) spans.push({ start: tokens[i]!.start, end: tokens[i + MIN_WORDS - 1]!.end });
  }
  const { text, blocks } = index;
  let coveredTo = 0;
  for (let p = 0; p + BLOCK <= message.length; p++) {
    // A window inside a run already found can only find that run again.
    if (p + BLOCK <= coveredTo) continue;
    for (const q of blocks.get(message.slice(p, p + BLOCK)) ?? []) {
      let left = 0;
      while (p - left > 0 && q - left > 0 && message[p - left - 1] === text[q - left - 1]) left++;
      let right = BLOCK;
      while (p + right < message.length && q + right < text.length && message[p + right] === text[q + right]) right++;
      if (left + right >= MIN_CHARS) {
        spans.push(trimSpaces(message, { start: p - left, end: p + right }));
        coveredTo = Math.max(coveredTo, p + right);
      }
    }
  }
  for (const m of message.matchAll(QUOTED)) {
    const group = m.slice(1).findIndex((g) => g !== undefined);
    // Inside an escaped JSON string the closing quote comes after a backslash.
    const inner = m[group + 1]!.replace(/\\$/, '');
    if (tokenize(inner).length >= 2 && text.includes(inner)) {
      const start = m.index + 1;
      spans.push({ start, end: start + inner.length });
    }
  }
  return spans;
}

/** Every KEY_WINDOW-long piece of a key after its public prefix; none for a key too short to be worth hiding. */
export function indexSecret(secret: string): Set<string> {
  const body = secret.slice(publicKeyPrefix(secret).length);
  const windows = new Set<string>();
  for (let at = 0; at + KEY_WINDOW <= body.length; at++) windows.add(body.slice(at, at + KEY_WINDOW));
  return windows;
}

/** The stretches of `message` made of pieces of the key: at most KEY_WINDOW - 1 characters of it can remain. */
export function findSecretParts(message: string, windows: Set<string>): Span[] {
  const spans: Span[] = [];
  if (windows.size === 0) return spans;
  for (let p = 0; p + KEY_WINDOW <= message.length; p++) {
    if (windows.has(message.slice(p, p + KEY_WINDOW))) spans.push({ start: p, end: p + KEY_WINDOW });
  }
  return spans;
}

/** What a removed stretch is shown as. */
export const REMOVED = '[…]';

/** Replaces the spans with REMOVED; spans that overlap, or are apart by only spaces and punctuation, become one. */
export function replaceSpans(message: string, spans: Span[]): string {
  if (spans.length === 0) return message;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && (span.start <= last.end || !/[\p{L}\p{N}]/u.test(message.slice(last.end, span.start)))) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  let out = '';
  let at = 0;
  for (const span of merged) {
    out += message.slice(at, span.start) + REMOVED;
    at = span.end;
  }
  return out + message.slice(at);
}
