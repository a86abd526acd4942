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
  | 'attribution';

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

interface CodeSuggestion {
  code: string;
  description?: string;
}

/**
 * The subset of a provider's note the checker reads. Structural on purpose, so any provider's note
 * object can be passed without this module depending on the provider code.
 */
export interface GroundingNoteInput {
  subjective?: string;
  objective?: string;
  assessment?: string;
  plan?: string;
  billing_codes?: { icd10?: CodeSuggestion[]; cpt?: CodeSuggestion[] };
}

/** The clinical context (`--context`): its facts support the note. Structural, like the note input. */
export interface GroundingContext {
  patient_info?: {
    age?: number | string | null;
    gender?: string | null;
    medications?: readonly string[] | null;
    allergies?: readonly string[] | null;
    medical_history?: string | null;
  } | null;
  patient_history?: string | null;
  chat_messages?: readonly { content?: string | null }[] | null;
}

export interface GroundingOptions {
  context?: GroundingContext | undefined;
}
