import { randomUUID } from 'node:crypto';
import type { Reading } from '../openai/reading.js';
import { buildDialogue, renderUtterances, type DialogueUtterance, type Redaction } from './dialogue.js';
import type { MedicalMode } from './transcript-request.js';

export interface TranscriptScript {
  /** GETs answered queued (the first) or processing before the final status. */
  pollsUntilDone: number;
  finalStatus: 'completed' | 'error';
  errorMessage: string;
  /** The language is one the first speech model lacks: the second one transcribes (and, now, a warning says so). */
  modelFallback?: boolean;
  /** Speaker labels give utterances unless this is false (a recording the diarization found no turns in). */
  utterances?: boolean;
}

export function createDefaultTranscriptScript(): TranscriptScript {
  return { pollsUntilDone: 2, finalStatus: 'completed', errorMessage: 'Transcoding failed. File does not appear to contain audio.' };
}

/** The warning AssemblyAI documents for Medical Mode on an unsupported language (A-docs, medical-mode). */
export const MEDICAL_LANGUAGE_WARNING = 'Skipped medical-v1 domain correction because the language is not supported';

export interface TranscriptRequestIn {
  audio_url: string;
  speech_models?: string[];
  redact_pii?: boolean;
  redact_pii_policies?: string[];
  redact_pii_sub?: 'hash' | 'entity_name';
  speaker_labels?: boolean;
  speakers_expected?: number;
  speaker_options?: { min_speakers_expected?: number; max_speakers_expected?: number };
  domain?: 'medical-v1';
}

/** What the service was like when the transcript was submitted. */
export interface ServiceState {
  reading: Reading;
  medical: MedicalMode;
}

interface StoredTranscript {
  id: string;
  owner: string;
  request: TranscriptRequestIn;
  audioSha256: string;
  polls: number;
  script: TranscriptScript;
  service: ServiceState;
}

/** Transcripts per API key; a key never sees another's (the gateway answers 404 for them). */
export class TranscriptStore {
  private readonly byId = new Map<string, StoredTranscript>();

  create(owner: string, request: TranscriptRequestIn, audioSha256: string, script: TranscriptScript, service: ServiceState): Record<string, unknown> {
    const stored: StoredTranscript = { id: randomUUID(), owner, request, audioSha256, polls: 0, script: { ...script }, service };
    this.byId.set(stored.id, stored);
    return this.describe(stored, 'queued');
  }

  /** One poll: queued, then processing, then the scripted final status. */
  poll(owner: string, id: string): Record<string, unknown> | undefined {
    const stored = this.find(owner, id);
    if (!stored) return undefined;
    stored.polls++;
    if (stored.polls <= stored.script.pollsUntilDone) return this.describe(stored, stored.polls === 1 ? 'queued' : 'processing');
    return this.describe(stored, stored.script.finalStatus);
  }

  /** The completed text the gateway substitutes, or undefined for an unknown, foreign or unfinished transcript. */
  readText(owner: string, id: string): { text: string; completed: boolean } | undefined {
    const stored = this.find(owner, id);
    if (!stored) return undefined;
    const done = stored.polls > stored.script.pollsUntilDone && stored.script.finalStatus === 'completed';
    return { text: this.render(stored).text, completed: done };
  }

  /** Every transcript submitted so far is done at its next poll (a job that finished while nobody was looking). */
  finishAll(): void {
    for (const stored of this.byId.values()) stored.script.pollsUntilDone = Math.min(stored.script.pollsUntilDone, stored.polls);
  }

  clear(): void {
    this.byId.clear();
  }

  private find(owner: string, id: string): StoredTranscript | undefined {
    const stored = this.byId.get(id);
    return stored && stored.owner === owner ? stored : undefined;
  }

  private render(stored: StoredTranscript): { text: string; utterances: DialogueUtterance[] } {
    const r = stored.request;
    const redaction: Redaction | undefined = r.redact_pii ? { policies: r.redact_pii_policies ?? [], sub: r.redact_pii_sub ?? 'hash' } : undefined;
    const utterances = renderUtterances(buildDialogue(stored.audioSha256), redaction);
    return { text: utterances.map((u) => u.text).join(' '), utterances };
  }

  /** The model that transcribed, and the warnings the current reading adds (never with the text in them). */
  private describeModel(stored: StoredTranscript): { used: string; warnings: { message: string }[]; domainUsed: string | null } {
    const { request: r, script, service } = stored;
    const models = r.speech_models ?? ['universal'];
    const fellBack = script.modelFallback === true && models.length > 1;
    const used = fellBack ? models[1]! : models[0]!;
    const warnings: { message: string }[] = [];
    if (fellBack) warnings.push({ message: `${models[0]} does not support the detected language; used ${used}` });
    const skipped = r.domain !== undefined && service.medical === 'unsupported-language';
    if (skipped) warnings.push({ message: MEDICAL_LANGUAGE_WARNING });
    return { used, warnings, domainUsed: r.domain && !skipped ? r.domain : null };
  }

  private describe(stored: StoredTranscript, status: string): Record<string, unknown> {
    const r = stored.request;
    const model = this.describeModel(stored);
    const base = {
      id: stored.id,
      status,
      audio_url: r.audio_url,
      speech_models: r.speech_models ?? null,
      speech_model_used: model.used,
      language_code: 'en_us',
      redact_pii: r.redact_pii ?? false,
      redact_pii_policies: r.redact_pii_policies ?? null,
      redact_pii_sub: r.redact_pii_sub ?? null,
      speaker_labels: r.speaker_labels ?? false,
      text: null,
      utterances: null,
      words: null,
      audio_duration: null,
      error: null as string | null,
    };
    if (status === 'error') return { ...base, error: stored.script.errorMessage };
    if (status !== 'completed') return base;
    const { text, utterances } = this.render(stored);
    return {
      ...base,
      text,
      utterances: r.speaker_labels && stored.script.utterances !== false ? utterances.map((u) => ({ ...u, words: [] })) : null,
      audio_duration: Math.ceil((utterances.at(-1)?.end ?? 0) / 1000),
      confidence: 0.93,
      // Response extras of the current docs: `metadata.domain_used` and `metadata.warnings[{message}]`.
      ...(stored.service.reading === 'current' ? { metadata: { domain_used: model.domainUsed, warnings: model.warnings } } : {}),
    };
  }
}
