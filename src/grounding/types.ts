import type { Section } from '../note/sections.js';

/** The four SOAP sections a statement can come from. */
export type SectionName = Section;

export type GroundingKind = 'number' | 'medication' | 'laterality' | 'negation' | 'code';

/** One statement of the note that the transcript does not support. */
export interface GroundingFinding {
  section: SectionName;
  /** The sentence that carries the unsupported phrase, trimmed to about 120 characters. */
  claim: string;
  kind: GroundingKind;
  /** Why it was flagged, naming the offending phrase and, where useful, what the transcript says instead. */
  reason: string;
}

interface CodeSuggestion {
  code: string;
  description?: string | null;
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
  /** Suggested codes by system (icd10, cpt, hcpcs, icd11…). */
  billing_codes?: Readonly<Record<string, readonly CodeSuggestion[]>> | null;
}
