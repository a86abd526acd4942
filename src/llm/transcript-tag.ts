import type { ChatMessage } from './chat-message.js';

/** AssemblyAI's gateway replaces exactly this text (spaces included) with the transcript's plain text. */
export const TRANSCRIPT_TAG = '{{ transcript }}';

/**
 * Breaks any tag in text we did not write (a template, patient history, an utterance), so the gateway's
 * "first occurrence" rule can only ever hit the one we placed.
 */
export function defuseTranscriptTag(text: string): string {
  return text.split(TRANSCRIPT_TAG).join('{{transcript}}');
}

/** Send `transcript_id` only when this is true: without a tag it is useless, and it costs a lookup. */
export function containsTranscriptTag(messages: readonly ChatMessage[]): boolean {
  return messages.some((m) => m.content.includes(TRANSCRIPT_TAG));
}
