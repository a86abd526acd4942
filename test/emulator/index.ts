/** SOAPNoteAPI emulator: a real HTTP server for backend tests and local runs. */
export { startEmulator } from './emulator-server.js';
export { BILLING_DISCLAIMER } from './note-builder.js';
export { SPECIALTIES } from './specialties.js';
export { deriveAudioTranscript, MAX_AUDIO_BYTES, MAX_AUDIO_BYTES_CURRENT } from './audio-handler.js';
export { CURRENT_SPECIALTIES } from './specialties.js';
export { READINGS, type Reading } from './types.js';
export type {
  AudioOptions,
  Emulator,
  Fault,
  RecordedFile,
  RecordedRequest,
  StartOptions,
  StreamOptions,
} from './types.js';
