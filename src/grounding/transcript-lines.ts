import type { GroundingFinding } from './types.js';

/** A finding with the text of the transcript lines it consulted, for `soap check --json`. */
export interface GroundingFindingWithLines extends GroundingFinding {
  transcript_lines: { line: number; text: string }[];
}

/** Adds the consulted transcript lines (number and text, as in the file) to each finding. */
export function attachTranscriptLines(findings: readonly GroundingFinding[], transcript: string): GroundingFindingWithLines[] {
  const lines = transcript.replace(/\r\n?/g, '\n').split('\n');
  return findings.map((f) => ({ ...f, transcript_lines: f.lines.map((line) => ({ line, text: (lines[line - 1] ?? '').trim() })) }));
}
