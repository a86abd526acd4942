export { AssemblyAiClient, AssemblyAiGatewayClient, type AssemblyAiClients } from './client.js';
export { createAssemblyAiClients } from './create-clients.js';
export {
  readTranscriptState,
  transcribeAudio,
  waitForTranscript,
  type AudioSource,
  type CompletedTranscript,
  type TranscribeOptions,
  type WaitForTranscriptOptions,
} from './transcribe-audio.js';
export {
  DEFAULT_GATEWAY_MODEL,
  DEFAULT_PII_POLICIES,
  DEFAULT_SPEECH_MODEL,
  transcriptSchema,
  type PiiSubstitution,
  type Transcript,
  type TranscriptRequest,
  type TranscriptStatus,
  type TranscriptUtterance,
} from './schemas.js';
