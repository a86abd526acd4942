import type { ChatMessageIn } from '../openai/chat-completions.js';
import { HttpFailure } from '../http-emulator.js';
import type { TranscriptStore } from './transcript-store.js';

/** Exactly this text, spaces included; `{{transcript}}` or `{{ TRANSCRIPT }}` are left alone, as documented. */
export const TRANSCRIPT_TAG = '{{ transcript }}';

/**
 * The gateway's documented substitution: only the first occurrence, in the first message that contains the tag, is
 * replaced by the transcript's plain text (no speakers); later tags and later messages stay as they are.
 */
export function substituteTranscript(messages: readonly ChatMessageIn[], text: string): ChatMessageIn[] {
  const index = messages.findIndex((m) => m.content.includes(TRANSCRIPT_TAG));
  return messages.map((m, i) => (i === index ? { ...m, content: m.content.replace(TRANSCRIPT_TAG, () => text) } : m));
}

/** Resolves `transcript_id` for this key: unknown or another account's → 404, not finished → 400. */
export function resolveGatewayMessages(store: TranscriptStore, key: string, messages: ChatMessageIn[], transcriptId: string | undefined): ChatMessageIn[] {
  if (transcriptId === undefined) return messages;
  const found = store.readText(key, transcriptId);
  if (!found) throw new HttpFailure(404, `Transcript ${transcriptId} not found`);
  if (!found.completed) throw new HttpFailure(400, `Transcript ${transcriptId} is not completed yet`);
  return substituteTranscript(messages, found.text);
}
