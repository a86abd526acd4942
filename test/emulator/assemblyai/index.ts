/** AssemblyAI emulator: upload, transcripts (with PII redaction and speakers) and the LLM Gateway on one port. */
export { ASSEMBLYAI_OTHER_KEY, ASSEMBLYAI_TEST_KEY, startAssemblyAiEmulator, type AssemblyAiEmulator, type RecordedUpload } from './emulator.js';
export { TRANSCRIPT_TAG, substituteTranscript } from './gateway.js';
export type { TranscriptScript } from './transcript-store.js';
