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
});

export type Transcript = z.infer<typeof transcriptSchema>;
export type TranscriptStatus = z.infer<typeof transcriptStatusSchema>;
export type TranscriptUtterance = z.infer<typeof utteranceSchema>;

export type PiiSubstitution = 'hash' | 'entity_name';

export interface TranscriptRequest {
  audio_url: string;
  speech_models?: string[];
  redact_pii?: boolean;
  redact_pii_policies?: string[];
  redact_pii_sub?: PiiSubstitution;
  speaker_labels?: boolean;
}

/** Seed 000's choices: a clinical transcript with names, organisations and occupations hidden. */
export const DEFAULT_SPEECH_MODEL = 'universal-3-pro';
export const DEFAULT_PII_POLICIES: readonly string[] = ['person_name', 'organization', 'occupation'];
export const DEFAULT_GATEWAY_MODEL = 'claude-sonnet-4-6';
