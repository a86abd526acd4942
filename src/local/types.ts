/** Shared shapes of the offline engine. */
export type Role = 'clinician' | 'patient' | 'other';
export type SectionName = 'subjective' | 'objective' | 'assessment' | 'plan';

/** One transcript line with its speaker resolved; `line` is 1-based. */
export interface Turn { role: Role; text: string; line: number }

/** A cleaned sentence of one turn, before it is placed in a section. */
export interface Utterance {
  role: Role;
  line: number;
  /** Index of the turn in the transcript, so answers can be paired with questions. */
  turn: number;
  /** Cleaned text, still in the speaker's own person. */
  text: string;
  question: boolean;
}

export interface EvidenceSentence { text: string; lines: number[] }
