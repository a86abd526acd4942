import type { TranscriptValue } from './note.js';

function readString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

/** One segment of a structured transcript as a line: `Speaker A: text`, or the text alone. */
function readSegment(segment: unknown): string | undefined {
  if (typeof segment === 'string') return segment;
  if (typeof segment !== 'object' || segment === null) return undefined;
  const s = segment as Record<string, unknown>;
  const text = readString(s.text) ?? readString(s.content) ?? readString(s.transcript);
  if (text === undefined) return undefined;
  const speaker = readString(s.speaker) ?? readString(s.speaker_label) ?? readString(s.role);
  return speaker ? `${speaker}: ${text}` : text;
}

/**
 * A transcript as text, whatever its shape: a string as it is; a list of segments ({speaker, text, start, end}, the
 * diarized form, shape not documented) as one line per segment; an object by its `text`, or its segments under
 * `utterances`, `segments` or `turns`. Anything else reads as no text.
 */
export function readTranscriptText(value: TranscriptValue | null | undefined): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.flatMap((segment) => readSegment(segment) ?? []).join('\n');
  if (!value) return '';
  const text = readString(value.text);
  if (text !== undefined) return text;
  const segments = value.utterances ?? value.segments ?? value.turns;
  return Array.isArray(segments) ? readTranscriptText(segments) : '';
}
