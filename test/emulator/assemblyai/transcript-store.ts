import { randomUUID } from 'node:crypto';
import { buildDialogue, renderUtterances, type DialogueUtterance, type Redaction } from './dialogue.js';

export interface TranscriptScript {
  /** GETs answered queued (the first) or processing before the final status. */
  pollsUntilDone: number;
  finalStatus: 'completed' | 'error';
  errorMessage: string;
}

export function createDefaultTranscriptScript(): TranscriptScript {
  return { pollsUntilDone: 2, finalStatus: 'completed', errorMessage: 'Transcoding failed. File does not appear to contain audio.' };
}

export interface TranscriptRequestIn {
  audio_url: string;
  speech_models?: string[];
  redact_pii?: boolean;
  redact_pii_policies?: string[];
  redact_pii_sub?: 'hash' | 'entity_name';
  speaker_labels?: boolean;
}

interface StoredTranscript {
  id: string;
  owner: string;
  request: TranscriptRequestIn;
  audioSha256: string;
  polls: number;
  script: TranscriptScript;
}

/** Transcripts per API key; a key never sees another's (the gateway answers 404 for them). */
export class TranscriptStore {
  private readonly byId = new Map<string, StoredTranscript>();

  create(owner: string, request: TranscriptRequestIn, audioSha256: string, script: TranscriptScript): Record<string, unknown> {
    const stored: StoredTranscript = { id: randomUUID(), owner, request, audioSha256, polls: 0, script: { ...script } };
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

  private describe(stored: StoredTranscript, status: string): Record<string, unknown> {
    const r = stored.request;
    const base = {
      id: stored.id,
      status,
      audio_url: r.audio_url,
      speech_models: r.speech_models ?? null,
      speech_model_used: r.speech_models?.[0] ?? 'universal',
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
      utterances: r.speaker_labels ? utterances.map((u) => ({ ...u, words: [] })) : null,
      audio_duration: Math.ceil((utterances.at(-1)?.end ?? 0) / 1000),
      confidence: 0.93,
    };
  }
}
