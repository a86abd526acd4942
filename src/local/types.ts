/** Shared shapes of the offline engine. */
import type { Role } from '../text/turns.js';

export type { Role, Turn } from '../text/turns.js';
export type { Section as SectionName } from '../note/sections.js';

/** A cleaned sentence of one turn, before it is placed in a section. */
export interface Utterance {
  role: Role;
  line: number;
  /** Index of the turn in the transcript, so answers can be paired with questions. */
  turn: number;
  /** Cleaned text, still in the speaker's own person. */
  text: string;
  /** The sentence before discourse markers were trimmed ("No, never."), to match it with a question's answer. */
  raw: string;
  question: boolean;
  /** The speaker label as written, when the transcript has labels. */
  label?: string;
}

export interface EvidenceSentence { text: string; lines: number[] }
