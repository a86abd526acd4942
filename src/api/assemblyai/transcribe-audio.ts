import { ApiError } from '../../errors.js';
import type { AssemblyAiClient, AssemblyAiClients } from './client.js';
import { DEFAULT_PII_POLICIES, DEFAULT_SPEECH_MODELS, MEDICAL_DOMAIN, SPEAKERS_EXPECTED, type PiiSubstitution, type TranscriptRequest } from './schemas.js';
import { readTranscriptState, waitForTranscript, type CompletedTranscript, type WaitForTranscriptOptions } from './wait-for-transcript.js';

export type AudioSource = { path: string } | { url: string };

export interface TranscribeOptions extends WaitForTranscriptOptions {
  /** `speech_models` in order of preference (default universal-3-pro, then universal-2 for other languages). */
  speechModels?: readonly string[];
  /** Medical Mode (`domain: "medical-v1"`). */
  medical?: boolean;
  redactPii: boolean;
  redactPiiPolicies?: readonly string[];
  redactPiiSub?: PiiSubstitution;
  /** Called once the job exists, before waiting: the id is what `soap status` resumes. */
  onSubmitted?: (transcriptId: string) => void;
  /** One line for the user (Medical Mode refused). */
  notice?: (text: string) => void;
}

/** The request soap submits: models always explicit, speakers asked for, redaction only when asked. */
export function buildTranscriptRequest(audioUrl: string, options: TranscribeOptions): TranscriptRequest {
  return {
    audio_url: audioUrl,
    speech_models: [...(options.speechModels?.length ? options.speechModels : DEFAULT_SPEECH_MODELS)],
    redact_pii: options.redactPii,
    ...(options.redactPii ? { redact_pii_policies: [...(options.redactPiiPolicies ?? DEFAULT_PII_POLICIES)], redact_pii_sub: options.redactPiiSub ?? 'hash' } : {}),
    speaker_labels: true,
    speakers_expected: SPEAKERS_EXPECTED,
    ...(options.medical ? { domain: MEDICAL_DOMAIN } : {}),
  };
}

/** A 400 that names `domain`: a service (or account) without Medical Mode. */
function refusesDomain(err: unknown): boolean {
  return err instanceof ApiError && err.status === 400 && /\bdomain\b/i.test(err.message);
}

/** Submits the request; Medical Mode refused by name is dropped and the request sent once more without it. */
async function submitTranscript(api: AssemblyAiClient, request: TranscriptRequest, options: TranscribeOptions) {
  try {
    return (await api.createTranscript(request)).data;
  } catch (err) {
    if (request.domain === undefined || !refusesDomain(err)) throw err;
    options.notice?.('AssemblyAI refused Medical Mode (domain medical-v1) for this account or API: transcribing without it');
    const { domain: _refused, ...plain } = request;
    return (await api.createTranscript(plain)).data;
  }
}

/**
 * Upload (unless the audio is already at a URL), submit with speaker labels, and wait for the text. A transcript the
 * service reports as `error` becomes JobFailedError with the service's reason.
 */
export async function transcribeAudio(clients: AssemblyAiClients, source: AudioSource, options: TranscribeOptions): Promise<CompletedTranscript> {
  const audioUrl = 'url' in source ? source.url : (await clients.api.uploadFile(source.path)).data.upload_url;
  const job = await submitTranscript(clients.api, buildTranscriptRequest(audioUrl, options), options);
  options.onSubmitted?.(job.id);
  const first = readTranscriptState(job);
  if (first.done) return first.result;
  return waitForTranscript(clients.api, job.id, { ...options, afterSuccess: true });
}
