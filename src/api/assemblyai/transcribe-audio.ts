import { JobFailedError } from '../../errors.js';
import { waitForJob, type JobState } from '../../jobs/wait-for-job.js';
import type { AssemblyAiClient, AssemblyAiClients } from './client.js';
import { DEFAULT_PII_POLICIES, DEFAULT_SPEECH_MODEL, type PiiSubstitution, type Transcript } from './schemas.js';

export type AudioSource = { path: string } | { url: string };

export interface WaitForTranscriptOptions {
  signal: AbortSignal;
  /** Stop waiting (the job goes on) after this long; by default wait as long as it takes. */
  waitTimeoutMs?: number;
  onProgress?: (label: string, elapsedMs: number) => void;
  /** Poll pacing; tests shorten it. Defaults: 1 s growing to 10 s. */
  initialDelayMs?: number;
  maxDelayMs?: number;
}

export interface TranscribeOptions extends WaitForTranscriptOptions {
  speechModel?: string;
  redactPii: boolean;
  redactPiiPolicies?: readonly string[];
  redactPiiSub?: PiiSubstitution;
  /** Called once the job exists, before waiting: the id is what `soap status` resumes. */
  onSubmitted?: (transcriptId: string) => void;
}

export type CompletedTranscript = Transcript & { status: 'completed'; text: string };

export function readTranscriptState(transcript: Transcript): JobState<CompletedTranscript> {
  if (transcript.status === 'error') {
    throw new JobFailedError(`AssemblyAI could not transcribe the audio (transcript ${transcript.id}): ${transcript.error ?? 'no reason given'}`, {
      hint: 'check that the file is audio the service supports, then run the command again',
    });
  }
  if (transcript.status === 'completed') return { done: true, result: { ...transcript, status: 'completed', text: transcript.text ?? '' } };
  return { done: false, label: transcript.status };
}

/** Polls a transcript until it is completed (or failed); also what `soap status <id> --provider assemblyai --wait` runs. */
export function waitForTranscript(api: AssemblyAiClient, transcriptId: string, options: WaitForTranscriptOptions): Promise<CompletedTranscript> {
  return waitForJob(async () => readTranscriptState((await api.getTranscript(transcriptId)).data), {
    ...options,
    job: { id: transcriptId, kind: 'transcript' },
  });
}

/**
 * Upload (unless the audio is already at a URL), submit with speaker labels, and wait for the text. A transcript the
 * service reports as `error` becomes JobFailedError with the service's reason.
 */
export async function transcribeAudio(clients: AssemblyAiClients, source: AudioSource, options: TranscribeOptions): Promise<CompletedTranscript> {
  const audioUrl = 'url' in source ? source.url : (await clients.api.uploadFile(source.path)).data.upload_url;
  const { data: job } = await clients.api.createTranscript({
    audio_url: audioUrl,
    speech_models: [options.speechModel ?? DEFAULT_SPEECH_MODEL],
    redact_pii: options.redactPii,
    ...(options.redactPii ? { redact_pii_policies: [...(options.redactPiiPolicies ?? DEFAULT_PII_POLICIES)], redact_pii_sub: options.redactPiiSub ?? 'hash' } : {}),
    speaker_labels: true,
  });
  options.onSubmitted?.(job.id);
  const first = readTranscriptState(job);
  if (first.done) return first.result;
  return waitForTranscript(clients.api, job.id, options);
}
