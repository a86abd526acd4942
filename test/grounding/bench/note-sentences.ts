import { SECTIONS, type Section } from '../../../src/note/sections.js';
import { convertSpelledNumbers } from '../../../src/text/spelled-numbers.js';
import type { Encounter } from './corpora.js';

export type Note = Encounter['note'];

/** One sentence of a note, with where it sits in its section's text. */
export interface NoteSentence {
  section: Section;
  start: number;
  text: string;
}

/** Sentences of every section: each line, cut after . ! ? when a capital or a bullet follows. */
export function listSentences(note: Note): NoteSentence[] {
  const out: NoteSentence[] = [];
  for (const section of SECTIONS) {
    const text = note[section];
    const re = /[^\n]+/g;
    for (let line = re.exec(text); line; line = re.exec(text)) {
      const pieces = line[0].split(/(?<=[a-z0-9)][.!?])\s+(?=[A-Z•])/);
      let offset = line.index;
      for (const piece of pieces) {
        const at = text.indexOf(piece, offset);
        if (/[a-z]/i.test(piece)) out.push({ section, start: at, text: piece });
        offset = at + piece.length;
      }
    }
  }
  return out;
}

export function replaceSentence(note: Note, sentence: NoteSentence, text: string): Note {
  const body = note[sentence.section];
  return { ...note, [sentence.section]: body.slice(0, sentence.start) + text + body.slice(sentence.start + sentence.text.length) };
}

/** A small, seeded random source, so every run builds the same variants. */
export function createRandom(seedText: string): () => number {
  let seed = 2166136261;
  for (const ch of seedText) seed = Math.imul(seed ^ ch.charCodeAt(0), 16777619) >>> 0;
  return () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** What the injector needs to know about a transcript to keep a variant a real error. */
export interface TranscriptFacts {
  /** Lower-case tokens joined by single spaces, padded with a space at each end. */
  joined: string;
  numbers: Set<number>;
}

export function readTranscriptFacts(transcript: string): TranscriptFacts {
  const tokens = transcript.toLowerCase().replace(/(\d),(\d{3})/g, '$1$2').match(/\d+(?:\.\d+)?|[a-z]+(?:'[a-z]+)?/g) ?? [];
  const numbers = new Set<number>();
  for (const t of convertSpelledNumbers(tokens)) if (/^\d+(\.\d+)?$/.test(t)) numbers.add(Number(t));
  return { joined: ` ${tokens.join(' ')} `, numbers };
}

/** True when the transcript says the word or phrase (a plural or "-ing" form counts). */
export function transcriptSays(facts: TranscriptFacts, phrase: string): boolean {
  const words = phrase.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  if (words.length === 0) return false;
  const stem = (w: string) => w.replace(/(?:es|s|ing|ed)$/, '');
  const pattern = words.map((w) => `${stem(w)}[a-z]*`).join(' (?:[a-z]+ )?');
  return new RegExp(` ${pattern} `).test(facts.joined);
}

/** True when a condition or allergen's own words (any word of 5+ letters) are in the transcript. */
export function transcriptHasAnyWord(facts: TranscriptFacts, phrase: string): boolean {
  return (phrase.toLowerCase().match(/[a-z]{5,}/g) ?? []).some((w) => facts.joined.includes(` ${w.slice(0, 6)}`));
}
