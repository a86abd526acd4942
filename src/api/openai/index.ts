export { OpenAiClient } from './client.js';
export { createOpenAiClient } from './create-client.js';
export { DEFAULT_CHAT_MODEL, DEFAULT_TRANSCRIPTION_MODEL, audioTranscriptionSchema, type AudioTranscription } from './schemas.js';
