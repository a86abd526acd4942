import { z } from 'zod';

// Answers are parsed loosely so `--json` can pass on what the service sent; null is how the API says "not yet".

export const uploadSchema = z.looseObject({ upload_url: z.string().min(1) });

export const transcriptStatusSchema = z.enum(['queued', 'processing', 'completed', 'error']);

export const utteranceSchema = z.looseObject({
  speaker: z.string(),
  text: z.string(),
  start: z.number(),
  end: z.number(),
});

export const transcriptSchema = z.looseObject({
  id: z.string().min(1),
  status: transcriptStatusSchema,
  audio_url: z.string().optional(),
  text: z.string().nullable().optional(),
  utterances: z.array(utteranceSchema).nullable().optional(),
  error: z.string().nullable().optional(),
  audio_duration: z.number().nullable().optional(),
  // Read by readTranscriptNotices, whatever their shape: a note is never failed over them.
  speech_models: z.unknown().optional(),
  speech_model_used: z.unknown().optional(),
  metadata: z.unknown().optional(),
});

export type Transcript = z.infer<typeof transcriptSchema>;
export type TranscriptStatus = z.infer<typeof transcriptStatusSchema>;
export type TranscriptUtterance = z.infer<typeof utteranceSchema>;

export type PiiSubstitution = 'hash' | 'entity_name';

/** POST /v2/transcript as soap sends it; never the deprecated singular `speech_model`. */
export interface TranscriptRequest {
  audio_url: string;
  /** Required by the March 2026 API ("there is no default model"), and its default moves later: always sent. */
  speech_models: string[];
  redact_pii?: boolean;
  redact_pii_policies?: string[];
  redact_pii_sub?: PiiSubstitution;
  speaker_labels?: boolean;
  speakers_expected?: number;
  domain?: typeof MEDICAL_DOMAIN;
}

/**
 * universal-3-pro covers six languages (English, Spanish, Portuguese, French, German, Italian); universal-2 takes
 * every other one, so a visit in another language is transcribed instead of refused.
 */
export const DEFAULT_SPEECH_MODELS: readonly string[] = ['universal-3-pro', 'universal-2'];
/** Medical Mode, opt-in (`--medical`): billed as an add-on, English, Spanish, German and French only. */
export const MEDICAL_DOMAIN = 'medical-v1';
/** A clinic visit: clinician and patient (AssemblyAI's medical-scribe guide). */
export const SPEAKERS_EXPECTED = 2;
/** Seed 000's choices: a clinical transcript with names, organisations and occupations hidden. */
export const DEFAULT_PII_POLICIES: readonly string[] = ['person_name', 'organization', 'occupation'];
export const DEFAULT_GATEWAY_MODEL = 'claude-sonnet-4-6';
