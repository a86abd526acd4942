import { z } from 'zod';

/** An OpenAI-style chat completion request; both gateways take this shape. */
export interface ChatRequest {
  model: string;
  messages: readonly { role: 'system' | 'user' | 'assistant'; content: string }[];
  max_tokens?: number;
  temperature?: number;
  /** AssemblyAI's gateway only: substitutes the transcript's text for the `{{ transcript }}` tag. */
  transcript_id?: string;
}

// Loose objects: gateways add fields (usage, system_fingerprint, request_id) that we neither need nor refuse.
export const chatCompletionSchema = z.looseObject({
  id: z.string().optional(),
  model: z.string().optional(),
  choices: z
    .array(
      z.looseObject({
        message: z.looseObject({ role: z.string().optional(), content: z.string().nullable().optional() }),
        finish_reason: z.string().nullable().optional(),
      }),
    )
    .min(1),
});

export type ChatCompletion = z.infer<typeof chatCompletionSchema>;

/** One `data:` payload of a streamed completion. */
export const chatChunkSchema = z.looseObject({
  model: z.string().optional(),
  choices: z
    .array(
      z.looseObject({
        delta: z.looseObject({ content: z.string().nullable().optional() }).optional(),
        finish_reason: z.string().nullable().optional(),
      }),
    )
    .default([]),
});

/** An error object sent in place of a chunk. */
export const chatStreamErrorSchema = z.looseObject({
  error: z.union([
    z.string(),
    z.looseObject({ message: z.string().optional(), code: z.union([z.string(), z.number()]).nullable().optional(), type: z.string().nullable().optional() }),
  ]),
});

/** The text of the first choice; an empty string when the model sent none (the note parser reports it). */
export function readCompletionText(completion: ChatCompletion): string {
  return completion.choices[0]?.message.content ?? '';
}
