import type { NoteContext, NoteLike } from '../note/index.js';
import type { Section } from '../note/sections.js';

/** The four SOAP sections a statement can come from. */
export type SectionName = Section;

export type GroundingKind =
  | 'number'
  | 'medication'
  | 'laterality'
  | 'negation'
  | 'exam'
  | 'diagnosis'
  | 'allergy'
  | 'code'
  | 'contradiction'
  | 'attribution'
  | 'plan'
  | 'history';

/** One statement of the note that the transcript does not support. */
export interface GroundingFinding {
  section: SectionName;
  /** The sentence that carries the unsupported phrase, trimmed to about 120 characters. */
  claim: string;
  kind: GroundingKind;
  /** Why it was flagged, naming the offending phrase and, where useful, what the transcript says instead. */
  reason: string;
  /** The transcript lines (1-based) the check read to decide; empty when the transcript never mentions it. */
  lines: number[];
}

/** What the checker reads of a note: any provider's, from the one note model (sections may be missing). */
export type GroundingNoteInput = NoteLike;

/** The clinical context (`--context`): its facts support the note. */
export type GroundingContext = NoteContext;

export interface GroundingOptions {
  context?: GroundingContext | undefined;
}
