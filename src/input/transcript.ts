import { UsageError } from '../errors.js';
import { decodeText } from './decode-text.js';
import { readInputBytes, type InputSource, type TextSource } from './read-text.js';

/** The service refuses shorter transcripts; checking first saves a paid round trip. */
export const MIN_TRANSCRIPT_CHARS = 50;
/** About ten hours of speech: anything bigger is almost surely not a transcript. */
export const MAX_TRANSCRIPT_BYTES = 1024 * 1024;

/** Checks text already in memory: whitespace only and too short are refused with the count. */
export function checkTranscriptText(text: string, label: string): string {
  const trimmed = text.trim();
  if (trimmed.length === 0) throw new UsageError(`${label}: contains only whitespace`, { hint: 'give a transcript with some text in it' });
  const chars = [...trimmed].length;
  if (chars < MIN_TRANSCRIPT_CHARS) {
    throw new UsageError(`${label}: only ${chars} characters; a transcript needs at least ${MIN_TRANSCRIPT_CHARS}`, { hint: 'give the whole encounter' });
  }
  return text;
}

/** Reads and checks a transcript from a file or "-" (stdin) before anything is sent. */
export async function readTranscript(path: string, source: InputSource): Promise<TextSource> {
  const { bytes, label } = await readInputBytes(path, source, MAX_TRANSCRIPT_BYTES);
  return { text: checkTranscriptText(decodeText(bytes, label), label), label };
}
