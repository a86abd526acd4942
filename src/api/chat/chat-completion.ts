import { z } from 'zod';

/** An OpenAI-style chat completion request; both gateways take this shape. */
export interface ChatRequest {
  model: string;
  messages: readonly { role: 'system' | 'user' | 'assistant'; content: string }[];
  max_tokens?: number;
  temperature?: number;
  /**
   * AssemblyAI's gateway in the seeds' reading only: substitutes the transcript's text for the `{{ transcript }}` tag.
   * soap's note step never sends it (the text is written into the prompt, which works in every reading).
   */
  transcript_id?: string;
}

// Parse only what is used, and loosely: gateways add fields (request, http_status_code…), split answers across
// choices, and name usage two ways. Nothing here may fail an answer that was already paid for.
const choiceSchema = z.looseObject({
  message: z.looseObject({ role: z.string().nullish(), content: z.unknown().optional() }).nullish(),
  finish_reason: z.string().nullish(),
});

export const chatCompletionSchema = z.looseObject({
  id: z.string().nullish(),
  model: z.string().nullish(),
  request_id: z.string().nullish(),
  choices: z.array(choiceSchema),
  usage: z.unknown().optional(),
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
  usage: z.unknown().optional(),
});

/** An error object sent in place of a chunk. */
export const chatStreamErrorSchema = z.looseObject({
  error: z.union([
    z.string(),
    z.looseObject({ message: z.string().optional(), code: z.union([z.string(), z.number()]).nullable().optional(), type: z.string().nullable().optional() }),
  ]),
});

/** Token counts under one naming, whichever the gateway used. */
export interface TokenUsage {
  input_tokens: number;
  output_tokens: number;
  total_tokens: number;
}

/** What soap reads of a completion. */
export interface ChatAnswer {
  /** The first choice whose content is a non-empty string; '' when none is (the note parser reports it). */
  text: string;
  /** That choice's finish_reason, provider-native (`stop`, `end_turn`, `length`, `max_tokens`…). */
  finishReason: string | undefined;
  usage: TokenUsage | undefined;
  /** The gateway's own id of the request (no patient data), from the body. */
  requestId: string | undefined;
}

/** A message's content as text: a string, or the text parts of a content array. */
function readContent(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content.map((part) => (typeof part === 'object' && part !== null && typeof (part as { text?: unknown }).text === 'string' ? (part as { text: string }).text : '')).join('');
}

const count = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined);

/** `usage` as `input_tokens/output_tokens` (AssemblyAI's gateway) or `prompt_tokens/completion_tokens` (OpenAI). */
export function readUsage(usage: unknown): TokenUsage | undefined {
  if (typeof usage !== 'object' || usage === null) return undefined;
  const u = usage as Record<string, unknown>;
  const input = count(u.input_tokens) ?? count(u.prompt_tokens);
  const output = count(u.output_tokens) ?? count(u.completion_tokens);
  const total = count(u.total_tokens);
  if (input === undefined && output === undefined && total === undefined) return undefined;
  return { input_tokens: input ?? 0, output_tokens: output ?? 0, total_tokens: total ?? (input ?? 0) + (output ?? 0) };
}

/** Usage of several requests (a note written section by section) added up; undefined when none reported any. */
export function addUsage(a: TokenUsage | undefined, b: TokenUsage | undefined): TokenUsage | undefined {
  if (!a || !b) return a ?? b;
  return { input_tokens: a.input_tokens + b.input_tokens, output_tokens: a.output_tokens + b.output_tokens, total_tokens: a.total_tokens + b.total_tokens };
}

/** True when the model stopped at the token limit: `length` (OpenAI) or `max_tokens` (Claude, Gemini). */
export function isTruncated(finishReason: string | undefined): boolean {
  return finishReason !== undefined && /^(length|max_tokens)$/i.test(finishReason);
}

/** Reads a completion: the first choice with text in it (a model may leave the first one empty), and its usage. */
export function readChatAnswer(completion: ChatCompletion): ChatAnswer {
  const choices = completion.choices.map((c) => ({ text: readContent(c.message?.content), finishReason: c.finish_reason ?? undefined }));
  const chosen = choices.find((c) => c.text.trim() !== '') ?? choices[0];
  return { text: chosen?.text ?? '', finishReason: chosen?.finishReason, usage: readUsage(completion.usage), requestId: completion.request_id ?? undefined };
}

/** The answer's text (see readChatAnswer). */
export function readCompletionText(completion: ChatCompletion): string {
  return readChatAnswer(completion).text;
}
