export { AssemblyAiClient, AssemblyAiGatewayClient, type AssemblyAiClients } from './client.js';
export { createAssemblyAiClients } from './create-clients.js';
export { buildTranscriptRequest, transcribeAudio, type AudioSource, type TranscribeOptions } from './transcribe-audio.js';
export { readTranscriptState, waitForTranscript, type CompletedTranscript, type WaitForTranscriptOptions } from './wait-for-transcript.js';
export { readSpeechModelUsed, readTranscriptNotices } from './transcript-notices.js';
export {
  DEFAULT_GATEWAY_MODEL,
  DEFAULT_PII_POLICIES,
  DEFAULT_SPEECH_MODELS,
  MEDICAL_DOMAIN,
  transcriptSchema,
  type PiiSubstitution,
  type Transcript,
  type TranscriptRequest,
  type TranscriptStatus,
  type TranscriptUtterance,
} from './schemas.js';
