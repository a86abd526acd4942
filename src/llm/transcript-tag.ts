/** AssemblyAI's gateway replaces exactly this text (spaces included) with the transcript's plain text. */
export const TRANSCRIPT_TAG = '{{ transcript }}';

/**
 * Breaks any tag in the prompt's text (the transcript, a template, patient history, an utterance). soap never sends
 * `transcript_id`, but a gateway given one by a proxy or a later default must not find a tag to replace.
 */
export function defuseTranscriptTag(text: string): string {
  return text.split(TRANSCRIPT_TAG).join('{{transcript}}');
}
