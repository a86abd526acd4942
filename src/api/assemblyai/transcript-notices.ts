import type { Transcript } from './schemas.js';

/** A service-written line, on one line and of a bounded length. */
function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 200 ? `${flat.slice(0, 199)}…` : flat;
}

/** `speech_model_used` as the service named it, when it did. */
export function readSpeechModelUsed(transcript: Transcript): string | undefined {
  return typeof transcript.speech_model_used === 'string' && transcript.speech_model_used ? transcript.speech_model_used : undefined;
}

/**
 * What a finished transcript says about how it was made, as lines for the user: the fallback speech model when it
 * was used, and each of `metadata.warnings` ("check metadata.warnings after every transcription to catch silent
 * fallbacks"). Only the service's own words about the job: never the transcript's text.
 */
export function readTranscriptNotices(transcript: Transcript): string[] {
  const lines: string[] = [];
  const used = readSpeechModelUsed(transcript);
  const asked = Array.isArray(transcript.speech_models) && typeof transcript.speech_models[0] === 'string' ? transcript.speech_models[0] : undefined;
  if (used && asked && used !== asked) lines.push(`AssemblyAI transcribed ${transcript.id} with the fallback speech model ${used}, not ${asked}`);
  const warnings = (transcript.metadata as { warnings?: unknown } | null | undefined)?.warnings;
  for (const warning of Array.isArray(warnings) ? warnings : []) {
    const message = (warning as { message?: unknown } | null)?.message;
    if (typeof message === 'string' && message.trim()) lines.push(`AssemblyAI warning for ${transcript.id}: ${oneLine(message)}`);
  }
  return lines;
}
