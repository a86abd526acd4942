/** AssemblyAI emulator: upload, transcripts (with PII redaction and speakers) and the LLM Gateway on one port, in either reading. */
export { ASSEMBLYAI_OTHER_KEY, ASSEMBLYAI_TEST_KEY, startAssemblyAiEmulator, type AssemblyAiEmulator, type AssemblyAiStartOptions, type RecordedUpload } from './emulator.js';
export { TRANSCRIPT_TAG, substituteTranscript } from './gateway.js';
export { MEDICAL_LANGUAGE_WARNING, type TranscriptScript } from './transcript-store.js';
export type { MedicalMode } from './transcript-request.js';
export { READINGS, type Reading } from '../openai/reading.js';
