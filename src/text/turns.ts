/** Who said a line of a transcript, as far as its label (or, for diarised text, its content) tells. */
export type Role = 'clinician' | 'patient' | 'other';

/** One transcript line with its speaker resolved; `line` is 1-based. */
export interface Turn {
  role: Role;
  text: string;
  line: number;
  /** The speaker label as written (`Mom`, `Dr. Lee`, `Speaker A`); absent in unlabelled dictation. */
  label?: string;
  /** A script's action line: what its writer saw and set down, in no one's words (screenplay-cues.ts). */
  scene?: true;
}
